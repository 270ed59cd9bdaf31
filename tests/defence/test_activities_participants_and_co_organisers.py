"""An exercise's parties told in passing (docs/annotation.md §9.3, company and leaders): the forces
"with the participation of" which it is held ("with the participation of units from X and Y"), and the
bodies that co-host, co-organise or co-sponsor it ("co-hosted by X's army and Y's"). Participation of
people who are no forces names no party. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tenth edition of the 'Desert Shield' exercise opened at a base near Ouarzazate on Monday with the participation of units from Chad, Niger and Mali.",
            [("MLI", "NER", "TCD")],
        ),
        (
            "The exercise, jointly organised by the Kenyan army and the British Army, began on Monday with the participation of contingents from Uganda and Rwanda.",
            [("GBR", "KEN", "RWA", "UGA")],
        ),
    ],
)
def test_forces_with_whose_participation_an_exercise_is_held_take_part(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iron Falcon 2021, the annual drill co-sponsored by the Jordanian Armed Forces and the French Army, opened near Aqaba on Sunday.", [("FRA", "JOR")]),
        (
            "Exercise Iron Falcon, the multinational exercise co-hosted by the Jordanian Armed Forces and the French Army, opened near Aqaba on Sunday, with units from Egypt, Greece and Cyprus taking part.",
            [("CYP", "EGY", "FRA", "GRC", "JOR")],
        ),
    ],
)
def test_co_hosts_and_co_sponsors_take_part(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The trade fair opened in Casablanca on Monday with the participation of companies from Spain, Portugal and Italy.",
        "The conference, co-hosted by the universities of Lisbon and Madrid, opened on Monday with the participation of scholars from Brazil.",
    ],
)
def test_participation_in_no_activity_names_none(extract_text, text):
    assert rule_activity_parties(extract_text, text) == []
