"""Navies name ships after towns: a city's or capital's name right after a vessel noun or a ship
prefix ("the destroyer Canberra", "INS Kolkata", "the corvette Valletta") is the ship's name,
neither a place nor the government seated there; unless the name opens a clause on the vessel
noun with no relative word ("the frigate Paris sold to Cairo": the government that sold it).
Sentences invented."""

from __future__ import annotations

import pytest

from actor_helpers import mention_code_pairs


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The Spanish corvette Valletta will be decommissioned in 2027.", "Valletta"),
        ("The destroyer INS Kolkata docked at Colombo for a goodwill visit.", "Kolkata"),
        ("Sailors of the frigate Canberra trained with Fijian troops.", "Canberra"),
    ],
)
def test_a_town_named_after_a_vessel_noun_is_the_ship(pipeline, text, ship):
    assert all(phrase != ship for phrase, _ in mention_code_pairs(pipeline, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The frigate sailed to Valletta on Monday.", ("Valletta", "MLT")),
        ("Canberra ordered two frigates from Spain.", ("Canberra", "AUS")),
        ("The ship docked in Colombo on Tuesday.", ("Colombo", "LKA")),
    ],
)
def test_a_town_not_right_after_a_vessel_noun_stays_a_place(pipeline, text, place):
    assert place in mention_code_pairs(pipeline, text)


@pytest.mark.parametrize(
    ("text", "government"),
    [
        # near misses: the capital is the subject of a clause on the vessel, no ship's name
        ("Egypt received the frigate Paris sold to Cairo last year.", ("Paris", "FRA")),
        ("Indonesia took delivery of the corvette Moscow built for it in 2019.", ("Moscow", "RUS")),
    ],
)
def test_a_capital_opening_a_clause_on_the_vessel_is_the_government(pipeline, text, government):
    assert government in mention_code_pairs(pipeline, text)


def test_a_sale_told_by_such_a_clause_keeps_its_seller(extract_text):
    events = extract_text("Egypt received the frigate Paris sold to Cairo last year.").events
    assert any("FRA" in e.actor and "EGY" in e.recipient for e in events)


def test_an_activity_with_a_ship_named_after_a_capital_has_no_party_there(extract_text):
    activities = extract_text("Italian marines trained aboard the corvette Valletta with Greek divers last week.").activities
    assert activities and all("MLT" not in a.parties for a in activities)
