"""Goods given by a head of state or official named as a participle's agent (round 11, from
wire dev misses): "helicopters donated by President Macron were handed over to the Ghanaian
Air Force" are France's gift, not a sale by the goods' maker. An official who only does
something else to the goods gives nothing. Every sentence is invented."""

from __future__ import annotations

from defence_helpers import transfers_joined


def test_a_gift_by_a_head_of_state_is_his_states(extract_text):
    text = "Two Mi-17 helicopters donated by President Emmanuel Macron were handed over to the Ghanaian Air Force on Monday."
    assert transfers_joined(extract_text, text) == [("FRA", "GHA", "delivered")]


def test_an_official_who_does_not_give_the_goods_is_no_supplier(extract_text):
    text = "Two Mi-17 helicopters inspected by President Emmanuel Macron were handed over to the Ghanaian Air Force on Monday."
    assert ("FRA", "GHA", "delivered") not in transfers_joined(extract_text, text)
