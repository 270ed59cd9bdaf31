"""Licensed production bought under a deal is an order from the licensor (the gold's reading, the
guide being silent on licences): the licence is bought, the goods not yet made. The deal may be
named beside the licence ("builds howitzers under licence from X, under a contract signed last
week") or be the deal signed for the production ("signed a contract with an Israeli maker to
manufacture rifles under licence"); the licensor is the side named "from", else the side the deal
is signed with. Every sentence is invented; near misses stay empty: a deal not signed, a licence
only imagined."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a deal named beside the licence: ordered, whatever the tense of the making
        (
            "Poland's Huta Stalowa Wola is to build 96 K9 howitzers under licence from South Korea over the next decade, under a contract signed in Warsaw last week.",
            [("KOR", "POL", "ordered", 96)],
        ),
        (
            "Egypt's Arab Organization for Industrialization will assemble 80 K9 howitzers under licence from South Korea under a deal signed in Cairo on Monday.",
            [("KOR", "EGY", "ordered", 80)],
        ),
    ],
)
def test_production_under_a_licence_and_a_signed_deal_is_ordered(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the infinitive on the deal or, as the parser may read it, on the signing verb
        ("Vietnam's Z111 factory signed a contract with an Israeli arms maker to manufacture Galil rifles under licence near Hanoi.", [("ISR", "VNM", "ordered", None)]),
        ("Indonesia's PT Pindad signed an agreement with Belgium's FN Herstal on Tuesday to produce Minimi machine guns under licence.", [("BEL", "IDN", "ordered", None)]),
    ],
)
def test_a_deal_signed_to_produce_under_licence_is_an_order_from_the_licensor(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam's Z111 factory did not sign a contract with an Israeli arms maker to manufacture Galil rifles under licence.",
        "Pakistan may one day build J-10 fighters under licence from China if a deal is reached.",
    ],
)
def test_near_misses_stay_empty(extract_text, text):
    assert transfers_counted(extract_text, text) == []
