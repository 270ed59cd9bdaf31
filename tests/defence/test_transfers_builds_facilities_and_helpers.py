"""Arms transfers on invented wire copy, round six (review of issue 13): a build names a buyer only
in its direct "for" phrase, a build a state is helped with is its own, and a goods word that only
qualifies a facility ("a submarine factory") names no goods, for every transfer cue."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    "text",
    [
        # the buyer is the direct "for" object, not a state deep inside a purpose
        "Russia is building drones for the war in Ukraine.",
        "Russia is building drones for its campaign against Ukraine.",
        # a helped state builds for its own use: no buyer
        "Iran is helping Russia build drones for its war in Ukraine.",
        "Iran is helping Russia build drones for Ukraine.",
        "China helped Pakistan build frigates.",
    ],
)
def test_a_build_names_no_buyer_in_a_purpose_or_under_help(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy will build frigates for Greece's navy.", [("ITA", "GRC", "ordered")]),
        ("Italy will build frigates for the navy of Greece.", [("ITA", "GRC", "ordered")]),
        ("Italy will build frigates for the Greek navy.", [("ITA", "GRC", "ordered")]),
    ],
)
def test_a_buyer_may_be_named_by_its_armed_force(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # building
        "South Korea will build a submarine factory for Poland.",
        "Poland will build a tank repair plant for Ukraine.",
        "Lockheed Martin will build an F-16 training centre for Romania.",
        "Germany will build an ammunition factory for Ukraine.",
        "Germany will build a tank repair workshop for Ukraine.",
        "India will build a BrahMos missile production line for Vietnam.",
        "The UAE will build a factory that makes drones for Sudan.",
        # selling, delivering, buying
        "France sold a tank factory to India.",
        "Germany delivered an ammunition plant to Ukraine.",
        "Russia supplied a missile production line to Iran.",
        "The US will sell a drone assembly line to India.",
        "Ukraine bought an ammunition factory from Germany.",
        # a transfer noun
        "Germany approved the sale of an ammunition plant to Ukraine.",
    ],
)
def test_a_facility_for_goods_is_no_goods(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany approved the sale of tanks to Ukraine.", [("DEU", "UKR", "offered")]),
        ("France delivered the Rafale jets to the air base in India.", [("FRA", "IND", "delivered")]),
        ("Spain will build corvettes for the Saudi navy and a shipyard for Morocco.", [("ESP", "SAU", "ordered")]),
    ],
)
def test_goods_beside_a_facility_stay_goods(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deal whose infinitive the parser hangs on the cancelling verb (bare "bombs" is not in the
        # equipment vocabulary, for car bombs: the class holds with any listed goods)
        ("Spain cancelled its deal to sell tanks to Saudi Arabia.", [("ESP", "SAU", "cancelled")]),
        ("Spain cancelled a deal to sell 90 mortars to Oman.", [("ESP", "OMN", "cancelled")]),
        ("Spain scrapped its contract to sell frigates to Saudi Arabia.", [("ESP", "SAU", "cancelled")]),
    ],
)
def test_a_deal_to_sell_called_off_is_cancelled(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
