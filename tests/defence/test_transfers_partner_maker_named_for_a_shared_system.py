"""A system several makers build together (the Eurofighter: Airbus, BAE Systems, Leonardo) comes
from the state of the partner maker the sentence names ("Typhoons built by Italy's Leonardo":
Italy sells), not from the gazetteer's first origin; with no maker named, or makers of two
states, the gazetteer's origin stands. Every sentence is invented; a maker shown beside the goods
with no sale stays empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar signed a contract for 24 Eurofighter Typhoons built by Britain's BAE Systems on Monday.", [("GBR", "QAT", "ordered")]),
        ("Oman will buy 12 Eurofighter jets assembled by Italy's Leonardo, the ministry said.", [("ITA", "OMN", "interest")]),
    ],
)
def test_the_named_partner_makers_state_supplies(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saudi Arabia ordered 48 Eurofighter Typhoons in 2018.", [("DEU", "SAU", "ordered")]),  # no maker named
        ("Austria bought 15 Eurofighter jets from Germany in 2003.", [("DEU", "AUT", "ordered")]),  # the seller named
        # makers of two states named: no one partner picked
        ("Kuwait will sign a contract for 28 Eurofighter Typhoons built by Italy's Leonardo and Germany's Airbus, an official said.", [("DEU", "KWT", "interest")]),
    ],
)
def test_the_gazetteer_origin_stands_otherwise(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_maker_showing_its_goods_sells_nothing(extract_text):
    assert transfers_joined(extract_text, "Italy's Leonardo showed a Eurofighter Typhoon at the Farnborough air show.") == []
