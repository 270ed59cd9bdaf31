"""A share of leased goods delivered (round 17, from blind wire dev classes): "the first three of
12 jets leased from X arrived" tells two stages, the delivery and the lease behind it (ordered),
as a partial delivery of a purchase does; a whole lease delivered is one stage. Every sentence
is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NAIROBI, May 3 - The first three of 12 Hawk trainers leased from Britain landed at Laikipia air base on Monday, the air force said.", [("GBR", "KEN", "delivered"), ("GBR", "KEN", "ordered")]),
        ("TUNIS, June 9 - Two of the eight patrol boats leased from Italy have docked at the port of Bizerte.", [("ITA", "TUN", "delivered"), ("ITA", "TUN", "ordered")]),
    ],
)
def test_a_share_of_leased_goods_delivered_tells_the_lease_too(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole lease delivered: one stage
        ("NAIROBI, May 3 - Four Hawk trainers leased from Britain landed at Laikipia air base on Monday.", [("GBR", "KEN", "delivered")]),
    ],
)
def test_a_whole_lease_delivered_is_one_stage(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
