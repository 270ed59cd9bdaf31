"""Orders told without a buy verb, and a seller named on a renaming of the goods (round 11,
from wire dev misses): "last year signed for 30 tanks from X" (a phrasal buy: ordered), "exercised
an option for eight more howitzers from X" (an option taken up is an order; one only held is
none), "commissioned two corvettes, used ships bought from X, at a ceremony" (the participle on
an apposition names the seller). Every sentence is invented; near misses stay
empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last year Finland signed for 30 Leopard 2 tanks from Germany.", [("DEU", "FIN", "ordered")]),
        ("Romania signed for 18 F-16 fighters from Norway last year.", [("NOR", "ROU", "ordered")]),
    ],
)
def test_signing_for_goods_orders_them(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lithuania exercised an option for eight more Caesar howitzers from France.", [("FRA", "LTU", "ordered")]),
        ("Lithuania is expected to exercise an option for eight more Caesar howitzers from France.", [("FRA", "LTU", "interest")]),
    ],
)
def test_an_option_exercised_is_an_order(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania holds an option for eight more Caesar howitzers from France.",
        "The deal also carries an option for eight more Caesar howitzers.",
        "Norway signed for the parcel of documents from Sweden.",
    ],
)
def test_an_option_only_held_or_a_signature_for_no_goods_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Friday Ghana commissioned its first two corvettes, used ships bought from South Korea, at a ceremony in Tema.", [("KOR", "GHA", "delivered")]),
        ("Nigeria commissioned its first two patrol ships, former Danish vessels bought from Denmark, at Lagos last week.", [("DNK", "NGA", "delivered")]),
    ],
)
def test_a_participle_on_a_renaming_of_the_goods_names_the_seller(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_renaming_built_at_home_names_no_seller(extract_text):
    assert transfers_joined(extract_text, "Peru commissioned its first two patrol boats, vessels built at a local yard, into the navy on Sunday.") == []
