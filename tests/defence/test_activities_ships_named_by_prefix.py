"""Forces named through their ships (docs/annotation.md §9.3, parties): a ship named with its navy's
prefix ("USS Mason", "HMAS Warramunga", "BRP Antonio Luna") stands for its state among an activity's
holders or partners. A prefix that names no ship ("the INS", "HMS officials" at a meeting) makes no
activity. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sailors from the destroyer USS Mason and Omani Navy personnel practised a combined search-and-rescue drill off Muscat on Thursday.", [("OMN", "USA")]),
        ("JS Akebono, BRP Antonio Luna, USS Mobile and HMAS Warramunga sail in formation and run communications drills.", [("AUS", "JPN", "PHL", "USA")]),
        ("The Omani Navy held a joint exercise with USS Mason off Muscat on Monday.", [("OMN", "USA")]),
    ],
)
def test_a_ship_named_by_prefix_stands_for_its_state(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gentlemen from the INS held a meeting with HMS officials.",
        "USS Mason docked at Muscat on Monday for repairs.",
    ],
)
def test_no_activity_without_one(extract_text, text):
    assert rule_activity_parties(extract_text, text) == []
