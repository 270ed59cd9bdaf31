"""An end denied to a known pact ("would not end its treaty with X", "has not suspended the accord")
leaves it standing: in force, as an agreement named in passing is (issue 13, docs/annotation.md 9.1),
and a defence pact so held binds its parties as allies (9.4); a pact first named indefinitely under
a denied end ("did not cancel a deal with X") is told by nothing."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined, alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said Ghana would not end its 1990 defence treaty with Togo.", [("GHA,TGO", "in_force")]),
        ("Malawi has not suspended the accord with Zambia.", [("MWI,ZMB", "in_force")]),
        ("Bhutan never renounced its pact with Nepal.", [("BTN,NPL", "in_force")]),
    ],
)
def test_a_known_pact_whose_end_is_denied_is_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_a_defence_treaty_whose_end_is_denied_binds_allies(extract_text):
    text = "The minister said Ghana would not end its 1990 defence treaty with Togo."
    assert alliances_joined(extract_text, text) == [("GHA,TGO", "formal")]


def test_a_denied_end_of_an_indefinite_pact_tells_nothing(extract_text):
    assert agreements_joined(extract_text, "Malawi did not cancel a deal with Zambia.") == []
