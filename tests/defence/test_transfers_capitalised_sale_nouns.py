"""A transfer noun written as part of a programme's name (round 11, from wire dev misses):
"cleared a possible Foreign Military Sale to Kuwait of eight CH-47F" reads the capitalised
"Sale" as the parser's proper noun; with no seller named, the goods' maker supplies, as for
"a possible sale to Kuwait of ...". Every sentence is invented; near misses stay empty."""

from __future__ import annotations

from defence_helpers import transfers_joined


def test_a_capitalised_sale_with_no_seller_named_is_the_makers_offer(extract_text):
    text = "WASHINGTON -- On Friday the State Department cleared a possible Foreign Military Sale to Kuwait of eight (8) CH-47F Chinook helicopters."
    assert transfers_joined(extract_text, text) == [("USA", "KWT", "offered")]


def test_a_programme_named_with_no_goods_or_recipient_is_no_transfer(extract_text):
    assert transfers_joined(extract_text, "The Foreign Military Sale programme was reviewed by auditors in Bahrain.") == []
