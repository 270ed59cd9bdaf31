"""Joint activities: forces arriving with the host's approval, officers schooled at another state's
military schools (named by the school's own adjective or "in City, State"), the states of forces
nested in "of" phrases, and forces doing anything in a clause on the activity ("with units from X
and Y firing ..."); with the near misses (a sender's own approval, forces acting on others)."""

from __future__ import annotations

import pytest
from defence_helpers import activity_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belgian troops arrived at Estonia's Amari air base, with Tallinn's approval, to build a fuel depot.", [(("BEL", "EST"), "ongoing")]),
        ("German troops landed in Lithuania on Friday with the consent of the Lithuanian government.", [(("DEU", "LTU"), "ongoing")]),
    ],
)
def test_forces_arriving_with_the_hosts_approval_are_its_guests(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops arrived in Crimea with the approval of the Kremlin.",
        "Turkish troops arrived in Syria with Washington's approval to fight the militants.",
    ],
)
def test_approval_by_the_sender_or_a_third_state_tells_no_consent(extract_text, text):
    assert activity_statuses(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 200 Cambodian officers attend Chinese military academies each year.", [(("CHN", "KHM"), "ongoing")]),
        ("Nine Omani naval officers graduated last week from the staff college in Camberley, Britain.", [(("GBR", "OMN"), "occurred")]),
    ],
)
def test_officers_schooled_at_another_states_military_school(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan students are studying at Russian universities this year.",
        "Pakistani police officers graduated from the staff college in Ankara, Turkey.",
        "Kazakh officers are studying at military academies at home this year.",
    ],
)
def test_civilian_schooling_police_or_schooling_at_home_is_no_activity(extract_text, text):
    assert activity_statuses(extract_text, text) == []


def test_the_states_of_forces_nested_in_of_phrases_take_part(extract_text):
    text = "Mechanics and pilots of the air arms of Peru and Chile began a joint drill on Monday."
    assert [parties for parties, _ in activity_statuses(extract_text, text)] == [("CHL", "PER")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Baltic drill closed on Sunday, with warships from Poland, Germany and Denmark sailing in formation off Gdansk.", [(("DEU", "DNK", "POL"), "occurred")]),
        ("The missile drill closed on Tuesday, with units from Kyrgyzstan, Belarus and Kazakhstan launching rockets at target drones.", [(("BLR", "KAZ", "KGZ"), "occurred")]),
        # forces acting on other forces in that clause do not take part
        ("The U.S.-Japanese drills ended on Friday, with Chinese warships shadowing the American carrier group.", [(("JPN", "USA"), "occurred")]),
    ],
)
def test_forces_acting_in_a_clause_on_the_activity_take_part(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected
