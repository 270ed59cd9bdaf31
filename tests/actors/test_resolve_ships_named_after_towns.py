"""Navies name ships after towns: a city's or capital's name right after a vessel noun or a ship
prefix ("the frigate Victoria", "INS Kolkata", "the destroyer Canberra") is the ship's name,
neither a place nor the government seated there. Sentences invented."""

from __future__ import annotations

import pytest

from accord.actors.resolve import resolve_actors


def _mentions(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return [(doc[m.start : m.end].text, m.code) for m in index.mentions]


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The Portuguese Navy frigate Victoria left Lisbon for the Gulf of Guinea.", "Victoria"),
        ("The destroyer INS Kolkata docked at Colombo for a goodwill visit.", "Kolkata"),
        ("Sailors of the frigate Canberra trained with Fijian troops.", "Canberra"),
    ],
)
def test_a_town_named_after_a_vessel_noun_is_the_ship(pipeline, text, ship):
    assert all(phrase != ship for phrase, _ in _mentions(pipeline, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The frigate sailed to Victoria on Monday.", ("Victoria", "SYC")),
        ("Canberra ordered two frigates from Spain.", ("Canberra", "AUS")),
        ("The ship docked in Colombo on Tuesday.", ("Colombo", "LKA")),
    ],
)
def test_a_town_not_right_after_a_vessel_noun_stays_a_place(pipeline, text, place):
    assert place in _mentions(pipeline, text)


def test_an_activity_with_a_ship_named_after_a_capital_has_no_party_there(extract_text):
    activities = extract_text("The Portuguese frigate Victoria and the Spanish Navy held a joint patrol off Galicia on Monday.").activities
    assert all("SYC" not in a.parties for a in activities)
