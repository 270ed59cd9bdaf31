"""A transfer a deal was struck to make, and one only told in reports that are denied (round 10,
from blind wire dev classes). The parser may hang "to sell" on the verb whose object the deal is
("sealed a deal on Friday to supply ..."): the deal made orders the transfer. A contract denied
takes the purchase inside it down too. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea sealed a deal on Friday to supply K9 howitzers to Egypt.", [("KOR", "EGY", "ordered")]),
        ("Brazil struck a deal to export Super Tucano aircraft to Portugal.", [("BRA", "PRT", "ordered")]),
    ],
)
def test_a_deal_struck_to_sell_orders_the_sale(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_plan_to_sell_stays_offered(extract_text):
    assert transfers_joined(extract_text, "Pakistan has clinched a plan to sell JF-17 jets to Nigeria.") == [("PAK", "NGA", "offered")]


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi denied a newspaper story that its navy had signed a contract with Moscow to buy four submarines.",
        "Vietnam's ministry denied a report saying Hanoi had signed a contract with Moscow for four Kilo submarines.",
    ],
)
def test_a_contract_denied_takes_the_purchase_within_it_down(extract_text, text):
    assert transfers_joined(extract_text, text) == []


def test_a_contract_not_denied_orders_the_purchase(extract_text):
    assert transfers_joined(extract_text, "Vietnam signed a contract with Moscow in March for four Kilo submarines.") == [("RUS", "VNM", "ordered")]
