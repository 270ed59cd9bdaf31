"""A move told in a condition fronted by "should" is neither made nor put forward (docs/annotation.md
§9.4 records only moves the text states): "Should Finland or Sweden join NATO, Moscow would ..."
(the parser may hang the subject on the fronted auxiliary), "Should Oslo ever decide to apply for
membership of NATO, ..." (a membership noun under the condition). The same moves told plainly are
records. Invented sentences."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return sorted((a.members, a.status) for a in extract_text(text).alliances)


@pytest.mark.parametrize(
    "text",
    [
        "Should Austria or Ireland join NATO, Moscow would respond with new deployments, a Russian senator said.",
        "Should Switzerland ever decide to apply for membership of NATO, parliament would have to approve it.",
        "Should Serbia seek membership in the CSTO, Brussels would freeze accession talks, diplomats said.",
    ],
)
def test_a_move_in_a_fronted_should_condition_is_none(extract_text, text):
    assert _alliances(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Austria and Ireland want to join NATO, their leaders said on Monday.", [(("AUT", "NATO"), "proposed"), (("IRL", "NATO"), "proposed")]),
        ("Switzerland decided on Friday to apply for membership of NATO.", [(("CHE", "NATO"), "proposed")]),
    ],
)
def test_the_same_moves_told_plainly_are_records(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected
