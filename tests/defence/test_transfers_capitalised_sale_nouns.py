"""A transfer noun written as part of a programme's name (round 11, from wire dev misses):
"approved a possible Foreign Military Sale to Bahrain of twelve AH-64E" reads the capitalised
"Sale" as the parser's proper noun; with no seller named, the goods' maker supplies, as for
"the possible sale to Bahrain of ...". Every sentence is invented; near misses stay empty."""

from __future__ import annotations


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


def test_a_capitalised_sale_with_no_seller_named_is_the_makers_offer(extract_text):
    text = "WASHINGTON -- The State Department has approved a possible Foreign Military Sale to the Kingdom of Bahrain of twelve (12) AH-64E Apache helicopters."
    assert _transfers(extract_text, text) == [("USA", "BHR", "offered")]


def test_a_programme_named_with_no_goods_or_recipient_is_no_transfer(extract_text):
    assert _transfers(extract_text, "The Foreign Military Sale programme was reviewed by auditors in Bahrain.") == []
