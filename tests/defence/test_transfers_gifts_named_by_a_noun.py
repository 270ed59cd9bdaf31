"""A gift is a supply noun like a donation ("Canberra's gift of a patrol boat to Tonga", "a patrol
boat received as a gift from Japan"): its possessor or "from" state gives, its "to" state gets.
When such a noun is the subject of an agentless passive ("the donation of Russian-made jets ... was
handed over"), the verb tells the stage of the noun's transfer, not a second one from the goods'
maker. Every sentence is invented; a gift of no goods stays empty."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canberra's gift of a patrol boat to Tonga was handed over at a ceremony on Monday.", [("AUS", "TON", "delivered")]),
        ("Seoul's gift of two Russian-made Mi-8 helicopters to the Peruvian army was handed over in Lima.", [("KOR", "PER", "delivered")]),
        ("Oman's donation of four Chinese-built armoured trucks to Somalia was delivered on Friday.", [("OMN", "SOM", "delivered")]),
    ],
)
def test_the_giver_named_by_the_noun_supplies(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


def test_a_gift_of_no_goods_is_no_transfer(extract_text):
    assert _transfers(extract_text, "Canberra's gift of a hospital wing to Tonga was handed over on Monday.") == []
