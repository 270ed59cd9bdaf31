"""The holder of an activity read from its verb's subject (docs/annotation.md §9.3): a state that
proposes joint drills with another takes part in what it proposes (proposed); a subject of two
numbered halves ("About 4,000 X and 3,000 Y soldiers will take part"), which the parser may hang on
the verb as two subjects, names both states. A proposal opposed, or a state only reacting to the
drills, takes no part. Sentences invented."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Warsaw has proposed regular joint exercises with Vilnius's forces on Polish territory, the minister said.", [(("LTU", "POL"), "proposed")]),
        ("Chile proposed joint naval drills with Peru next year.", [(("CHL", "PER"), "proposed")]),
    ],
)
def test_a_state_proposing_joint_drills_takes_part(extract_text, text, expected):
    assert _records(extract_text, text) == expected


def test_both_numbered_halves_of_a_subject_take_part(extract_text):
    text = "About 4,000 Kenyan and 3,000 Ugandan soldiers will take part in the Lake Shield joint exercise next month."
    assert [parties for parties, _ in _records(extract_text, text)] == [("KEN", "UGA")]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow criticised the joint exercises proposed by Warsaw and Vilnius, the ministry said.",
        "About 4,000 Kenyan fans and 3,000 Ugandan fans will watch the final in Nairobi next month.",
    ],
)
def test_a_critic_or_spectators_hold_no_activity(extract_text, text):
    assert not any("RUS" in parties or "KEN" in parties for parties, _ in _records(extract_text, text))
