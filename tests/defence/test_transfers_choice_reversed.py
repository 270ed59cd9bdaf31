"""Goods a buyer picks are interest, but a choice reversed by a conjunct that cancels the same
goods, their order or purchase, or the decision ("picked X but later cancelled the order") is
cancelled (annotation guide 9.2: a reversed decision). A conjunct cancelling something else, or
a cancelling verb negated, leaves the interest. Invented sentences (review 13, item 8)."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((t.supplier, t.recipient, t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile picked the F-16 in 1998 but later cancelled the order.", [(("USA",), ("CHL",), "cancelled")]),
        ("Brazil chose the Gripen in 2013 but dropped the deal two years later.", [(("SWE",), ("BRA",), "cancelled")]),
        ("Morocco selected the Caesar howitzer in 2019, then scrapped the purchase a year later.", [(("FRA",), ("MAR",), "cancelled")]),
    ],
)
def test_a_choice_cancelled_is_no_interest(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway picked the K9 howitzer and scrapped its older guns.", [(("KOR",), ("NOR",), "interest")]),
        ("Chile picked the F-16 in 1998 but never cancelled the order.", [(("USA",), ("CHL",), "interest")]),
    ],
)
def test_a_choice_not_reversed_stays_interest(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


def test_a_conjunct_cancelling_another_deal_leaves_the_interest(extract_text):
    # "plans to buy Mirages from France" name goods and a seller of their own: another deal
    text = "Ecuador picked the F-16 from the United States in 2003 and later cancelled plans to buy Mirages from France."
    assert (("USA",), ("ECU",), "interest") in _transfers(extract_text, text)
