"""A gift agreed is the giver's pledge, `offered` (round 19, from wire dev misses): an agreement
or a signed deal over a verb of giving ("has agreed to donate jets", "signed a deal to gift
boats") arranges no sale, and the guide's `offered` is "will donate"; agreeing to sell stays
`ordered`, and a donation made is `delivered`. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SOFIA, Oct 25 (BTA) - Greece has agreed to donate four F-4 fighters to Bulgaria, the ministers said.", [("GRC", "BGR", "offered")]),
        ("SOFIA, Oct 25 (BTA) - Greece has signed an agreement to donate four F-4 fighters to Bulgaria, the ministers said.", [("GRC", "BGR", "offered")]),
        ("SOFIA, Oct 25 (BTA) - Greece has agreed to give Bulgaria four F-4 fighters, the ministers said.", [("GRC", "BGR", "offered")]),
        ("SOFIA, Oct 25 (BTA) - Greece has agreed to sell four F-4 fighters to Bulgaria, the ministers said.", [("GRC", "BGR", "ordered")]),
        ("SOFIA, Oct 25 (BTA) - Greece donated four F-4 fighters to Bulgaria, the ministers said.", [("GRC", "BGR", "delivered")]),
    ],
)
def test_gift_agreed_is_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
