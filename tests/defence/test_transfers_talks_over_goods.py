"""Talks over goods (round 13, from wire dev misses): "Peru is in talks with South Korea over new
K2 tanks", "Seoul is in negotiations with Lima on the supply of K2 tanks", "talks on a sale of
Gripen jets to Colombia". Talks whose topic is goods, or a sale, supply or contract of
goods, between two named sides negotiate the transfer (`negotiating`, annotation guide 9.2).
The seller is the side the goods come from, else the side the buyer talks with; a sale's "to X"
names the buyer. Talks told not held or collapsed, talks with one side named, and talks where
neither side is the goods' maker give none. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, March 3 (Andina) - Peru is in talks with South Korea over new K2 tanks for its army, a defence ministry official said.", [("KOR", "PER", "negotiating")]),
        ("LIMA, March 3 (Andina) - South Korea is in negotiations with Peru on the supply of K2 tanks, the ministry said.", [("KOR", "PER", "negotiating")]),
    ],
)
def test_talks_over_goods_negotiate_the_transfer(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: talks collapsed, talks denied, one side only
        "LIMA, March 3 (Andina) - Talks between Peru and South Korea on the sale of K2 tanks collapsed on Monday, officials said.",
        "LIMA, March 3 (Andina) - Peru said it was not in talks with anyone over new tanks.",
        "LIMA, March 3 (Andina) - Officials held talks on K2 tanks at the defence fair on Monday.",
    ],
)
def test_talks_without_two_sides_or_held_give_none(extract_text, text):
    assert transfers_joined(extract_text, text) == []


def test_talks_between_two_buyers_of_a_third_makers_goods_name_no_seller_from_the_talks(extract_text):
    # near miss: neither talker makes the jets; the talks do not tell who sells them
    text = "LIMA, March 3 (Andina) - Peru and Chile held talks on the Russian Su-30 jets, officials said."
    assert not any(("PER" in t.supplier or "CHL" in t.supplier) for t in extract_text(text).arms_transfers)
