"""A contract for goods between a buyer and the goods' maker state is an order; its year is the one
the signing verb is told with ("signed a contract in 2012", "In 2012, X and Y signed a contract"),
not the publication's. Sentences invented."""

from __future__ import annotations

import pytest


def _orders(extract_text, text):
    return [(t.supplier, t.recipient, t.status, t.year) for t in extract_text(text).arms_transfers]


@pytest.mark.parametrize(
    "text",
    [
        "Back in 2012, Brazil and France signed a contract for the local assembly of Scorpene submarines.",
        "Brazil and France signed a contract in 2012 for the local assembly of four Scorpene submarines.",
    ],
)
def test_the_order_year_is_the_signing_year(extract_text, text):
    assert _orders(extract_text, text) == [(("FRA",), ("BRA",), "ordered", 2012)]


def test_an_undated_contract_keeps_the_publication_year(extract_text):
    text = "Brazil and France have now signed a contract for the local assembly of Scorpene submarines."
    assert _orders(extract_text, text) == [(("FRA",), ("BRA",), "ordered", 2025)]


def test_a_number_in_the_goods_name_is_no_signing_year(extract_text):
    text = "Thailand and Israel signed a contract for 18 ATMOS 2000 guns, officials in Bangkok confirmed."
    assert _orders(extract_text, text) == [(("ISR",), ("THA",), "ordered", 2025)]
