"""Intelligence shared in a clause the parser reads as one noun phrase (docs/annotation.md §9.3,
intelligence): in "X and Y exchange data" or "the X and Y navies swap data" the small English model
often takes the present-tense verb for a noun compounded with what is shared, or leaves the states
as a modifier of the verb, so the clause has no subject. The states to the left of the sharing word
are the sharers; told in the simple present, the sharing is a standing practice (ongoing).
A modal, a negation, a civilian body or police among the sharers' words, or the phrase read inside
an "of" object, tells no standing military practice. Sentences invented."""

from __future__ import annotations

import pytest


def _found(extract_text, text):
    return [(a.parties, str(a.status), a.kinds) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("VILNIUS -- Lithuanian and Polish military intelligence exchange information on troop movements in Kaliningrad daily.", ("LTU", "POL")),
        ("ROME -- Italy and Tunisia exchange data on migrant boats, a navy spokesman said on Friday.", ("ITA", "TUN")),
        ("OSLO -- Norwegian and Danish navies swap sensor data on submarines in the North Sea around the clock.", ("DNK", "NOR")),
    ],
)
def test_sharing_clause_read_as_a_noun_phrase_is_a_standing_practice(extract_text, text, parties):
    assert _found(extract_text, text) == [(parties, "ongoing", ("intelligence",))]


@pytest.mark.parametrize(
    "text",
    [
        "The tax offices of France and Belgium exchange data on cross-border workers.",
        "PARIS -- French and Belgian customs exchange information on smuggling routes every day.",
        "The central banks of Chile and Peru exchange data on currency flows.",
        "Chile and Peru exchange fire across the border, witnesses said.",
        "Chile and Peru will not exchange radar data, officials said.",
    ],
)
def test_civil_bodies_fire_and_denials_share_no_intelligence(extract_text, text):
    assert _found(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Argentina exchange census data.",
        "Chile and Argentina exchange weather data each morning.",
        "The Chilean and Argentine weather offices exchange data.",
        "Chile and Argentina exchange data.",
        "Chile and Argentina exchange radar data, Bolivian officials wrongly claimed.",
        "Chile and Argentina swap radar data, a Bolivian senator wrongly asserted.",
    ],
)
def test_civil_or_bare_data_and_reports_called_false_share_no_intelligence(extract_text, text):
    # data is intelligence only with military sharers or a military or security qualifier; a civil
    # qualifier, on the data or on the sharers, makes it none; a report the sentence calls false tells nothing
    assert _found(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Chile and Argentina exchange sonar data every night.", ("ARG", "CHL")),
        ("Chile and Argentina exchange radar data, Bolivian officials claimed.", ("ARG", "CHL")),
        ("Uruguayan and Paraguayan navies swap data.", ("PRY", "URY")),
        ("Uruguay and Paraguay swap data on arms smuggling every week.", ("PRY", "URY")),
    ],
)
def test_data_with_a_military_qualifier_or_military_sharers_is_intelligence(extract_text, text, parties):
    assert _found(extract_text, text) == [(parties, "ongoing", ("intelligence",))]
