"""Who takes part in a company clause on the activity's verb ("ended the drills, with troops from X
also taking part") is named in more ways than forces "from" a state: forces "of" a state's armed
force ("with 50 personnel of the X Armed Forces also joining") and states named as the clause's
subject ("with X and Y also taking part"). A state in a company clause that tells no taking part
("with China also watching") is no party."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thai and Malaysian troops opened the Sea Shield exercise on Monday, with 50 personnel of the Singapore Armed Forces also joining the drills.", [("MYS", "SGP", "THA")]),
        ("Indonesian and Australian marines began the annual exercise on Tuesday, with Fiji and Tonga also taking part.", [("AUS", "FJI", "IDN", "TON")]),
    ],
)
def test_forces_of_a_state_and_states_in_the_company_clause_take_part(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


def test_a_state_in_a_company_clause_that_only_watches_is_no_party(extract_text):
    text = "Kenyan and Ugandan soldiers concluded the exercise on Friday, with China also watching closely."
    assert activity_parties(extract_text, text) == [("KEN", "UGA")]


def test_states_taking_part_in_talks_make_no_activity(extract_text):
    assert activity_parties(extract_text, "The trade talks ended on Friday, with Fiji and Tonga also taking part.") == []
