"""Forces of one state stationed or based at a base whose phrase names no state ("at the X air
base", "the base at Y airport, where ... are based") are hosted by the state of the place the base's
phrase names ("near Cadiz"), else, in the story's opening sentence, by the dateline's state. A base at
home, a base with no dateline or named place, a border, and a garrison in a story of fighting make no
activity."""

from __future__ import annotations

import pytest


def _parties(extract_text, text):
    return [a.parties for a in extract_text(text).activities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("VILNIUS, May 3 (BNS) - Some 600 German soldiers are stationed at the Rukla military base, the army said.", [("DEU", "LTU")]),
        ("ATHENS, June 2 - The naval base at Souda Bay, where some 700 American sailors are stationed, will be expanded, officials said.", [("GRC", "USA")]),
        ("Spain's Rota naval base near Cadiz, where about 3,000 U.S. sailors are stationed, will host two more destroyers.", [("ESP", "USA")]),
    ],
)
def test_forces_at_a_base_are_hosted_by_its_place_or_the_dateline(extract_text, text, expected):
    assert _parties(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the base's place tells of other forces and states: neither sender nor host
        ("VILNIUS, May 3 (BNS) - Some 600 German soldiers are stationed at the Rukla military base near the river, which serves as a hub for Polish forces returning from Latvia, the army said.", [("DEU", "LTU")]),
        ("Some 600 German soldiers are stationed at a base in Lithuania, which serves as a hub for Polish forces returning from Latvia.", [("DEU", "LTU")]),
    ],
)
def test_a_relative_clause_on_the_base_names_neither_sender_nor_host(extract_text, text, expected):
    assert _parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, May 3 - Some 600 U.S. soldiers are stationed at the Fort Bragg base, the army said.",
        "Some 600 German soldiers are stationed at the Rukla military base, the army said.",
        "VILNIUS, May 3 (BNS) - Some 600 German soldiers are stationed near the border, the army said.",
        "KABUL, May 3 - Some 6,000 U.S. soldiers are stationed at the Bagram base amid heavy fighting with the Taliban, officials said.",
    ],
)
def test_a_home_base_an_unplaced_base_a_border_or_a_war_stays_empty(extract_text, text):
    assert _parties(extract_text, text) == []
