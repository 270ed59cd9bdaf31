"""An end denied to a known pact ("did not scrap its treaty with X", "has not suspended the accord")
leaves it standing: in force, as an agreement named in passing is (issue 13, docs/annotation.md 9.1),
and a defence pact so held binds its parties as allies (9.4); a pact first named indefinitely under
a denied end ("did not cancel a deal with X") is told by nothing. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined, alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Despite the quarrel, Ghana's president insisted that the defence treaty with Togo would not be scrapped.", [("GHA,TGO", "in_force")]),
        ("Ghana did not scrap its defence treaty with Togo despite last year's quarrel.", [("GHA,TGO", "in_force")]),
        ("Malawi has not suspended the accord with Zambia.", [("MWI,ZMB", "in_force")]),
        ("Bhutan never renounced its pact with Nepal.", [("BTN,NPL", "in_force")]),
    ],
)
def test_a_known_pact_whose_end_is_denied_is_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_a_defence_treaty_whose_end_is_denied_binds_allies(extract_text):
    text = "Ghana will never terminate the defence treaty it signed with Togo in 1990, its president insisted despite the quarrel."
    assert alliances_joined(extract_text, text) == [("GHA,TGO", "formal")]


def test_a_denied_end_of_an_indefinite_pact_tells_nothing(extract_text):
    assert agreements_joined(extract_text, "Malawi did not cancel a deal with Zambia.") == []
