"""Two readings of wire copy: the parser may make a dateline's city the subject and the true
subject its apposition ("MALE, Feb 22 (PTI) Coast guards of X, Y and Z began ..."), and forces
that arrive, set out or are sent "for" an activity take part in it with the state they come to
("fighters arrived at an air base in X for the drills"). Sentences invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PENANG, March 3 (AFP) Coast guards of Malaysia, Thailand and Indonesia began the fifth edition of the trilateral exercise off Penang on Tuesday.", [("IDN", "MYS", "THA")]),
        ("Hungarian Air Force Gripen fighters arrived at an air base in Croatia on Monday for the flight exercise, which begins on Wednesday.", [("HRV", "HUN")]),
    ],
)
def test_dateline_subject_and_travel_for_an_activity(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # travelling for something that is no activity
        "Hungarian Air Force fighters arrived at an air base in Croatia on Monday for repairs.",
        # travellers that are not forces
        "Hungarian tourists arrived in Croatia on Monday for the sailing event.",
        # a dateline's apposition that is a civilian body
        "APIA, March 3 (AFP) Health ministries of Fiji and Samoa held a joint exercise on Tuesday.",
    ],
)
def test_no_activity_told(extract_text, text):
    assert rule_activity_parties(extract_text, text) == []
