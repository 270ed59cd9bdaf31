"""A decision or agreement to cancel a purchase is its cancellation (round 19, from wire dev
misses): "the government decided to cancel the purchase of vehicles" reverses the order (guide
9.2: "a reversed decision is `cancelled`"), as "cancelled the purchase" does; a cancellation only
possible or urged by another leaves the deal on offer. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ZAGREB, June 19 (HINA) - The government decided on Tuesday to cancel the purchase of 12 Patria armoured vehicles from Finland.", [("FIN", "HRV", "cancelled")]),
        ("CAIRO, Aug 6 (MENA) - France agreed on Monday to cancel the sale of two Gowind corvettes to Egypt, officials said.", [("FRA", "EGY", "cancelled")]),
        ("ZAGREB, June 19 (HINA) - The government may decide to cancel the purchase of 12 Patria armoured vehicles from Finland.", [("FIN", "HRV", "offered")]),
        ("ZAGREB, June 19 (HINA) - The opposition urged the government to cancel the purchase of 12 Patria armoured vehicles from Finland.", [("FIN", "HRV", "offered")]),
    ],
)
def test_decided_cancellation(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
