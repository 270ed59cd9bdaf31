"""Forces of one state stationed or based at a base whose phrase names no state ("at the X air
base", "the base at Y, where ... are based") are hosted by the state of the place the base's own
phrase names ("outside Kaunas", "in Lithuania"). The dateline is not read for the host: a story filed
from one capital often tells of a base in another state. A base at home, a base with no named place, a
border, and a garrison in a story of fighting make no activity."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Around 400 Dutch soldiers are stationed at a base outside Kaunas, a spokesman said.", [("LTU", "NLD")]),
        ("Two hundred Czech airmen are based at the Siauliai air base in Lithuania, the ministry said.", [("CZE", "LTU")]),
        ("Spain's Rota naval base near Cadiz, where about 3,000 U.S. sailors are stationed, will host two more destroyers.", [("ESP", "USA")]),
    ],
)
def test_forces_at_a_base_are_hosted_by_the_state_of_its_place(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 250 Belgian airmen are based at an air base in Romania, which also hosts Portuguese jets on their way back from Poland.",
        "About 250 Belgian airmen are stationed at a base near Constanta, which also hosts Portuguese jets on their way back from Poland.",
    ],
)
def test_a_relative_clause_on_the_base_names_neither_sender_nor_host(extract_text, text):
    assert activity_parties(extract_text, text) == [("BEL", "ROU")]


@pytest.mark.parametrize(
    "text",
    [
        # the dateline's state is where the story is filed from, not where the base is
        "BERLIN, May 3 (Reuters) - Around 400 Dutch soldiers are stationed at the Ramstein air base, officials said.",
        "RIGA, April 9 - Some 300 Canadian troops are based at the Adazi base, the ministry said.",
        "WASHINGTON, May 3 - Some 600 U.S. soldiers are stationed at the Fort Bragg base, the army said.",
        "About 250 Belgian airmen are based at the Campia Turzii air base, a ministry official said.",
        "SOFIA, June 8 - About 250 Belgian airmen are based close to the frontier, a ministry official said.",
        "KABUL, May 3 - Some 6,000 U.S. soldiers are stationed at the Bagram base amid heavy fighting with the Taliban, officials said.",
    ],
)
def test_a_dateline_a_home_base_an_unplaced_base_a_border_or_a_war_gives_no_host(extract_text, text):
    assert all(a.found_by != "rules" for a in extract_text(text).activities)
