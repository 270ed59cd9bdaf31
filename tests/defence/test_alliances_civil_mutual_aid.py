"""Mutual aid and announced alliances that are no defence alliance (review 19, items 2 and 3):
help promised for a civil emergency or dispute, and an alliance made public on a civil topic or
with a company, are no alliance; the same words with a military context stay one (invented articles)."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    "text",
    [
        "Greece and Cyprus agreed to come to one another's aid in case of earthquakes.",
        "Brazil and Argentina pledged to defend each other in the WTO dispute.",
        "Canada and Mexico signed a pact to come to each other's aid in pandemics.",
        # invented variants: floods, a fisheries round, droughts
        "Chile and Peru promised to come to each other's aid in case of floods.",
        "Norway and Iceland vowed to defend each other at the fisheries talks.",
        "Kenya and Uganda signed an accord to come to one another's aid during droughts.",
    ],
)
def test_mutual_aid_for_a_civil_matter_is_no_alliance(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Greece and Cyprus agreed to come to one another's aid in case of an attack.", ("CYP", "GRC")),
        ("Brazil and Argentina pledged to defend each other if either is attacked.", ("ARG", "BRA")),
        ("Canada and Mexico signed a pact to come to each other's aid against aggression.", ("CAN", "MEX")),
        ("Chile and Peru pledged to defend each other.", ("CHL", "PER")),
        ("Greece and Turkey pledged to defend each other in 1952.", ("GRC", "TUR")),
    ],
)
def test_mutual_aid_against_attack_stays_an_alliance(extract_text, text, members):
    assert (members, "formal") in alliances_listed(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Poland announced an alliance with Lithuania on energy.",
        "France and Italy announced an alliance on migration.",
        "Airbus announced an alliance with Lockheed Martin.",
        # invented variants: tourism, water, a carmaker
        "Spain announced an alliance with Portugal on tourism.",
        "Chile and Peru announced an alliance on water.",
        "Renault announced an alliance with Boeing.",
    ],
)
def test_an_alliance_announced_on_a_civil_topic_or_by_companies_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Poland announced a military alliance with Lithuania.", ("LTU", "POL")),
        ("Poland and Lithuania announced a defence alliance on Friday.", ("LTU", "POL")),
    ],
)
def test_a_military_alliance_announced_stays_formal(extract_text, text, members):
    assert alliances_listed(extract_text, text) == [(members, "formal")]
