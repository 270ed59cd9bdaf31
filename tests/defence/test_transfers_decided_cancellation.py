"""A decision or agreement to cancel a purchase is its cancellation (round 19, from wire dev
misses): "the cabinet decided to cancel the purchase of vehicles" reverses the order (guide
9.2: "a reversed decision is `cancelled`"), as "cancelled the purchase" does; a cancellation only
possible or urged by another leaves the deal on offer. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Citing a shrinking budget, Slovakia's cabinet decided on Tuesday to cancel the purchase of 40 Boxer armoured vehicles from Germany.", [("DEU", "SVK", "cancelled")]),
        ("After weeks of talks, Spain agreed to cancel the sale of two frigates to Chile.", [("ESP", "CHL", "cancelled")]),
        ("Slovakia's cabinet decided to scrap the planned purchase of 40 German Boxer vehicles.", [("DEU", "SVK", "cancelled")]),
        ("Slovakia's cabinet may yet decide to cancel the purchase of 40 Boxer armoured vehicles from Germany.", [("DEU", "SVK", "offered")]),
        ("Opposition parties have urged Slovakia's cabinet to cancel the purchase of 40 Boxer armoured vehicles from Germany.", [("DEU", "SVK", "offered")]),
    ],
)
def test_decided_cancellation(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
