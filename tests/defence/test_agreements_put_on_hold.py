"""An agreement put in a state of suspension by a phrase rather than a verb (docs/annotation.md
9.1: suspended, frozen): "put the pact on hold", "hold the treaty in abeyance", "placed the accord
on ice", including the parser's reading of "put on hold a pact" with "hold" as the verb. Talks
put on hold are no agreement suspended. All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana has put its defence cooperation agreement with Togo on hold, the presidency said.", [("GHA,TGO", "suspended")]),
        ("Ghana has put on hold a defence cooperation agreement with Togo.", [("GHA,TGO", "suspended")]),
        ("Bolivia will hold its security treaty with Paraguay in abeyance until further notice.", [("BOL,PRY", "suspended")]),
        ("The military cooperation accord between Oman and Jordan was put on ice in May.", [("JOR,OMN", "suspended")]),
    ],
)
def test_an_agreement_put_on_hold_is_suspended(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # talks or drills put on hold suspend no agreement
        "Ghana put the talks on a defence pact with Togo on hold.",
        "Bolivia put its joint exercises with Paraguay on hold.",
    ],
)
def test_other_things_put_on_hold_suspend_no_agreement(extract_text, text):
    assert [a for a in agreements_joined(extract_text, text) if a[1] == "suspended"] == []
