"""A move told in a condition fronted by "should" is neither made nor put forward (docs/annotation.md
§9.4 records only moves the text states): "Should X and Y both join the CSTO next year, ..."
(the parser may hang the subject on the fronted auxiliary), "Should X file an application for
membership of NATO, ..." (a membership noun under the condition). The same moves told plainly are
records. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    "text",
    [
        "Should Austria and Ireland both join NATO next year, the alliance would border Switzerland on two sides.",
        "Should Austria file an application for membership of NATO, the vote would split the coalition.",
        "Should the Swiss government one day apply for NATO membership, a referendum would follow.",
        "Should Serbia seek membership in the CSTO, Brussels would freeze accession talks, diplomats said.",
    ],
)
def test_a_move_in_a_fronted_should_condition_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austria and Ireland want to join NATO, their leaders said on Monday.", [(("AUT", "NATO"), "proposed"), (("IRL", "NATO"), "proposed")]),
        ("Switzerland will file an application for membership of NATO, the government said.", [(("CHE", "NATO"), "proposed")]),
    ],
)
def test_the_same_moves_told_plainly_are_records(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected
