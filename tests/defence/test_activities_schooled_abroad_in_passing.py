"""Forces schooled at another state's military school, told in passing (docs/annotation.md §9.3,
education): cadets who "passed out of" a military academy graduated from it; a school named in
apposition to its proper name ("at INS X, the Indian Navy's submarine school") and owned by forces
is military; trainees may be the passive subject ("sailors of X have been trained at ..."). A
civilian school or fainting cadets name no activity. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve cadets from Nepal passed out of the Indian Military Academy on Saturday.", [("IND", "NPL")]),
        ("More than 200 sailors of the Vietnamese navy have been trained at INS Satavahana, the Indian Navy's submarine school.", [("IND", "VNM")]),
    ],
)
def test_forces_schooled_at_another_state_s_military_school(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Twelve students from Nepal passed out of the Indian Institute of Technology on Saturday.",
        "Two Nepali cadets passed out from the heat during the parade in Dehradun on Saturday.",
        "More than 200 nurses from Vietnam have been trained at the Indian Red Cross's nursing school.",
    ],
)
def test_no_forces_schooled_at_a_military_school(extract_text, text):
    assert rule_activity_parties(extract_text, text) == []
