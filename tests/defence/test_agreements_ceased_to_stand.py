"""An agreement that "ceased to exist", "ceased to be in force/effect" or "stopped being in
effect" has ended (terminated, docs/annotation.md 9.1): the ceasing verb takes the agreement's
standing as its complement, so the agreement does not act in force there. Standing told without a
ceasing verb stays in force, and a ceasing verb on something that is no agreement gives no record."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1994 naval accord between Chile and Peru ceased to be in force on Monday.", [("CHL,PER", "terminated")]),
        ("Officials in Accra said the border treaty between Ghana and Togo ceased to exist in 2019.", [("GHA,TGO", "terminated")]),
        ("The defence pact between Laos and Thailand stopped being in effect last year, the ministry said.", [("LAO,THA", "terminated")]),
    ],
)
def test_an_agreement_that_ceased_to_stand_is_terminated(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_an_agreement_that_remains_in_force_stands(extract_text):
    assert agreements_joined(extract_text, "The 1994 naval accord between Chile and Peru remains in force.") == [("CHL,PER", "in_force")]


@pytest.mark.parametrize(
    "text",
    [
        # no agreement noun: fighting that ceased is no agreement ended
        "Fighting between the rebels and the army ceased to exist as a threat to the capital.",
        # a body, not an agreement, that ceased to exist
        "The joint commission of Chile and Peru ceased to exist in 2001.",
    ],
)
def test_ceasing_without_an_agreement_gives_no_record(extract_text, text):
    assert agreements_joined(extract_text, text) == []
