"""Bodies that are no government (towns, universities, sports federations, clubs, chambers of
industry, provinces, political parties) sign no intergovernmental agreement, whatever states
name their homes (docs/annotation.md 9.1); the states' own ministries, forces and the states
themselves still do. Neither the rules nor the back-off give a record for the first. Sentences
invented."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((a.parties, str(a.status)) for a in extract_text(text).agreements)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour towns of Kiel and Gdynia signed a friendship charter on Monday.",
        "The basketball federations of Greece and Turkey concluded a pact on fan safety.",
        "Brazilian club Flamengo and Portuguese club Benfica signed a cooperation agreement.",
        "Ghana and Togo's chambers of industry signed an accord on border trade.",
        "Kenya's Mombasa county and India's Kerala province signed an agreement on port security.",
        "The Greek Socialists and the Cypriot Communists signed a pact on electoral cooperation.",
        "Spain's University of Salamanca and Mexico's National Autonomous University signed an exchange accord.",
    ],
)
def test_a_pact_signed_by_bodies_that_are_no_government_is_none(extract_text, text):
    assert _agreements(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The defence ministries of Greece and Cyprus signed a memorandum on joint training.", ("CYP", "GRC")),
        ("Chile's navy and Peru's coast guard signed a memorandum on search and rescue.", ("CHL", "PER")),
        ("Ghana and Togo signed an accord on border security.", ("GHA", "TGO")),
        ("The Soviet Union and Finland signed a treaty of friendship.", ("FIN", "RUS")),
        ("The European Union and Japan signed a security partnership agreement.", ("EU", "JPN")),
        ("The Czech Republic and Slovakia signed a treaty on air policing.", ("CZE", "SVK")),
    ],
)
def test_a_pact_signed_by_states_their_ministries_or_forces_stands(extract_text, text, parties):
    assert _agreements(extract_text, text) == [(parties, "signed")]


def test_a_city_named_as_the_place_of_signing_is_no_party(extract_text):
    text = "Spain and Portugal signed a defence accord in the Portuguese city of Porto."
    assert _agreements(extract_text, text) == [(("ESP", "PRT"), "signed")]
