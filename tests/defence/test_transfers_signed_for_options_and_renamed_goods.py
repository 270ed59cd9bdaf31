"""Orders told without a buy verb, and a seller named on a renaming of the goods (round 11,
from wire dev misses): "has signed for 54 tanks from X" (a phrasal buy: ordered), "exercised
an option for 12 more howitzers from X" (an option taken up is an order; one only held is
none), "commissioned its first two submarines, second-hand boats bought from Germany" (the
participle on an apposition names the seller). Every sentence is invented; near misses stay
empty."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has signed for 40 CV90 infantry fighting vehicles from Sweden, the ministry said.", [("SWE", "NOR", "ordered")]),
        ("Romania signed for 18 F-16 fighters from Norway last year.", [("NOR", "ROU", "ordered")]),
    ],
)
def test_signing_for_goods_orders_them(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland exercised an option for 12 more K9 howitzers from Hanwha.", [("KOR", "POL", "ordered")]),
        ("Poland is expected to exercise an option for 12 more K9 howitzers from Hanwha.", [("KOR", "POL", "interest")]),
    ],
)
def test_an_option_exercised_is_an_order(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Poland has an option for 12 more K9 howitzers from Hanwha.",
        "The contract includes an option for 12 more K9 howitzers.",
        "Norway signed for the parcel of documents from Sweden.",
    ],
)
def test_an_option_only_held_or_a_signature_for_no_goods_is_no_transfer(extract_text, text):
    assert _transfers(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru commissioned its first two submarines, second-hand vessels bought from Germany, into the navy on Sunday.", [("DEU", "PER", "delivered")]),
        ("Myanmar commissioned its first two frigates, Type 053H vessels bought from China, into the navy on Sunday.", [("CHN", "MMR", "delivered")]),
    ],
)
def test_a_participle_on_a_renaming_of_the_goods_names_the_seller(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


def test_a_renaming_built_at_home_names_no_seller(extract_text):
    assert _transfers(extract_text, "Peru commissioned its first two patrol boats, vessels built at a local yard, into the navy on Sunday.") == []
