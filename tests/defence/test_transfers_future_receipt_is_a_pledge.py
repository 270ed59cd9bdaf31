"""A receipt told in the future (round 17, from blind wire dev classes): "X will receive goods
from Y" is Y's pledge seen from the recipient (offered); under a named arrangement ("under a
2021 contract", "under a loan programme") the receipt is arranged (ordered). Every sentence is
invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's navy will get two refitted patrol boats from South Korea before the rainy season.", [("KOR", "GHA", "offered")]),
        ("According to the ministry, Mongolia will receive 30 military trucks from Japan in the spring.", [("JPN", "MNG", "offered")]),
        # the arrangement named: ordered
        ("Botswana will receive eight armoured vehicles from Turkey under a 2021 contract.", [("TUR", "BWA", "ordered")]),
        ("Peru will receive 12 howitzers from Spain under a military loan programme, the army said.", [("ESP", "PER", "ordered")]),
    ],
)
def test_a_future_receipt_is_the_suppliers_pledge_unless_arranged(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a wish, not a pledge
        "Mongolia hopes one day to receive fighter jets of its own.",
        # negated
        "Officials said Ghana will not receive the patrol boats from South Korea this year.",
        # civilian goods to a hospital
        "The hospital will receive 30 ambulances from Japan next month.",
    ],
)
def test_a_future_receipt_wished_negated_or_civilian_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []
