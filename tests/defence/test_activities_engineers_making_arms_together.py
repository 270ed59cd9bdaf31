"""Joint production told through the people doing it (docs/annotation.md §9.3, defence industry):
"X and Y engineers are jointly developing / producing / constructing" is an activity of X and Y (the
resolver reads a state's engineers as a civilian body of it), also after a dateline the parser takes
for the subject. Armed groups making arms together are no states' joint production. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greek and Cypriot engineers are jointly developing a new naval drone at a plant near Athens, the ministry said.", [("CYP", "GRC")]),
        ("Polish and Czech engineers are jointly producing artillery shells at a factory in Silesia.", [("CZE", "POL")]),
        ("Turkish and Azerbaijani engineers are jointly constructing a drone factory near Baku.", [("AZE", "TUR")]),
        ("PUNE, May 3 (PTI) Indian and French engineers are jointly developing a new engine for the fighter at a plant here, an official said.", [("FRA", "IND")]),
    ],
)
def test_engineers_of_two_states_making_arms_together(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Houthi and Iranian fighters are jointly building drones in a workshop near Sanaa, the report said.",
        "Polish engineers are developing artillery shells at a factory in Silesia.",
    ],
)
def test_no_joint_production_of_states(extract_text, text):
    assert rule_activity_parties(extract_text, text) == []
