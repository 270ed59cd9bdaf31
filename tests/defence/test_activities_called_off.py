"""Joint activities called off: an exercise that "will not be held" or "will not take place" is
cancelled, its parties told by the clause that would have held it ("which X and Y were scheduled to
stage", "which was to bring together X and Y warplanes"); a past denial or a state's refusal to
hold one is no activity."""

from __future__ import annotations

import pytest
from defence_helpers import activity_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Coral Dawn exercise, which Japan and Australia had been scheduled to hold in May, will not take place, Canberra said.", [(("AUS", "JPN"), "cancelled")]),
        ("The joint drills between Japan and the Philippines will not take place this year, officials said.", [(("JPN", "PHL"), "cancelled")]),
        ("The border drill, which was to bring together Thai and Malaysian troops, was called off.", [(("MYS", "THA"), "cancelled")]),
    ],
)
def test_an_exercise_that_will_not_be_held_is_called_off(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The joint drills between Japan and the Philippines were not held last year.",
        "Japan will not hold joint drills with China.",
        "The exercise, which was to involve a simulated attack from Iran, was cancelled.",
    ],
)
def test_a_past_denial_or_a_refusal_is_no_activity(extract_text, text):
    assert activity_statuses(extract_text, text) == []
