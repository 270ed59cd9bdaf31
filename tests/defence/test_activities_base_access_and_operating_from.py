"""Joint activities: a state granting another state's forces access to its bases, and forces
flying or operating from a base in another state, are basing (docs/annotation.md §9.3: a state's
bases used by another state's forces); access to markets or camps, a state's own base, and a base
used to strike a third state are none. Units named by their echelon are forces."""

from __future__ import annotations

import pytest
from defence_helpers import activity_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Romania granted U.S. forces access to its Black Sea bases.", [(("ROU", "USA"), "ongoing")]),
        ("The Philippines gave American troops access to four more military bases on Thursday.", [(("PHL", "USA"), "ongoing")]),
        ("MANILA (PNA) -- The Philippines will grant Japanese forces access to its military facilities under the new pact.", [(("JPN", "PHL"), "planned")]),
        ("Oman has offered British warships access to the port of Duqm.", [(("GBR", "OMN"), "proposed")]),
    ],
)
def test_forces_granted_access_to_another_states_bases_are_based_there(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. jets flew sorties from a base in Australia last week.", [(("AUS", "USA"), "ongoing")]),
        ("British Typhoon jets are flying air policing missions from Romania's Kogalniceanu base.", [(("GBR", "ROU"), "ongoing")]),
    ],
)
def test_forces_operating_from_a_base_in_another_state_are_based_there(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "China granted Kenyan exporters access to its markets.",
        "Greece gave the American company access to its ports for trade.",
        "Kenya granted refugees access to its camps.",
        "Israeli jets flew sorties from a base in Azerbaijan to strike Iranian targets.",
        "Chinese jets flew patrols from their base in Hainan.",
    ],
)
def test_civilian_access_a_states_own_base_or_a_base_to_strike_from_is_no_activity(extract_text, text):
    assert activity_statuses(extract_text, text) == []


def test_a_unit_named_by_its_echelon_is_a_force(extract_text):
    assert activity_statuses(extract_text, "A Belgian platoon is stationed in Estonia.") == [(("BEL", "EST"), "ongoing")]
