"""A sum of money given after goods is no more of those goods (review 19B): "has given the army
more than $30 million in support" names money, not "more" of the trucks told before, so the
earlier transfer is not carried onto it (a second record in another year). "12 more" still is.
Every sentence is invented."""

from __future__ import annotations

from defence_helpers import transfers_joined


def test_money_given_after_goods_carries_no_transfer(extract_text):
    text = "Japan handed over 40 armoured trucks to the Kenyan army on Friday, the Japanese embassy said. Tokyo has given the army more than $30 million in support since 2015."
    assert [(t.status, t.year) for t in extract_text(text).arms_transfers] == [("delivered", 2025)]


def test_more_of_the_goods_is_still_the_goods(extract_text):
    text = "Kenya has ordered 40 armoured trucks from Japan. It took delivery of 12 more in 2023."
    assert ("JPN", "KEN", "delivered") in transfers_joined(extract_text, text)
