"""The holder of an activity read from its verb's subject (docs/annotation.md §9.3): a state that
proposes drills between others is not a party to them; a subject of two
numbered halves ("About 4,000 X and 3,000 Y soldiers will take part"), which the parser may hang on
the verb as two subjects, names both states. A proposal opposed, or a state only reacting to the
drills, takes no part. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


def test_a_state_proposing_drills_between_others_takes_no_part(extract_text):
    # "propose" among the talking words made every proposer a party; it was taken out again
    text = "The United States proposed joint naval drills between Japan and South Korea."
    assert not any("USA" in parties for parties, _ in rule_activity_statuses(extract_text, text))


def test_both_numbered_halves_of_a_subject_take_part(extract_text):
    text = "About 4,000 Kenyan and 3,000 Ugandan soldiers will take part in the Lake Shield joint exercise next month."
    assert [parties for parties, _ in rule_activity_statuses(extract_text, text)] == [("KEN", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow criticised the joint exercises proposed by Warsaw and Vilnius, the ministry said.",
        "About 4,000 Kenyan fans and 3,000 Ugandan fans will watch the final in Nairobi next month.",
    ],
)
def test_a_critic_or_spectators_hold_no_activity(extract_text, text):
    assert not any("RUS" in parties or "KEN" in parties for parties, _ in rule_activity_statuses(extract_text, text))
