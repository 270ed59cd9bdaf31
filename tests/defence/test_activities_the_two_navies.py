"""A counted subject that names no state ("the two navies", "both armies", "the two crews") stands
for the states named before it in the sentence, when they are as many as it counts (docs/annotation.md
§9.3, parties). When the count does not match, or nothing military is counted, no party is guessed.
Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean frigate Lynch put to sea alongside the Peruvian destroyer Ferre, with the two crews practising formation manoeuvres off Arica.", [("CHL", "PER")]),
        ("Chilean and Peruvian marines landed near Arica on Monday, and the two navies will hold a joint patrol next week.", [("CHL", "PER")]),
    ],
)
def test_the_two_navies_are_the_states_named_before(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chilean, Peruvian and Bolivian marines landed near Arica on Monday, and the two navies will hold a joint patrol next week.",
        "Chile and Peru met in the final on Monday, and the two teams will hold a joint training camp next week.",
    ],
)
def test_no_party_guessed_when_the_count_or_the_noun_does_not_fit(extract_text, text):
    assert not any(len(parties) == 2 for parties in rule_activity_parties(extract_text, text))


def test_two_armies_holding_separate_drills_hold_no_joint_one(extract_text):
    text = "India accused Pakistan of shelling border villages, and the two armies conducted separate exercises along the frontier."
    assert not any(set(parties) == {"IND", "PAK"} for parties in rule_activity_parties(extract_text, text))
