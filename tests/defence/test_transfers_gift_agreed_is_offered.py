"""A gift agreed is the giver's pledge, `offered` (round 19, from wire dev misses; docs/annotation.md
9.2: "has agreed or signed a deal to donate"): an agreement or a signed deal over a verb of
giving (gift_verbs: "donate", "gift") arranges no sale, and the guide's `offered` is "will
donate"; agreeing to sell stays `ordered`, and a donation made is `delivered`. "Give" is no gift
verb (review 19B): "agreed to give jets under a sale" tells a sale, `ordered`. Every sentence is
invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After months of talks, Canada agreed to donate three retired Sea King helicopters to the Peruvian navy.", [("CAN", "PER", "offered")]),
        ("Ottawa signed an accord on Wednesday to gift three retired Sea King helicopters to Peru's coast guard.", [("CAN", "PER", "offered")]),
        ("After months of talks, Canada agreed to sell three retired Sea King helicopters to the Peruvian navy.", [("CAN", "PER", "ordered")]),
        ("Three retired Sea King helicopters were donated last year by Canada to Peru.", [("CAN", "PER", "delivered")]),
        # review 19B: "give" under a sale or a price is a sale's delivery term, no gift
        ("The United States agreed to give Taiwan 66 F-16 fighters under an $8 billion sale.", [("USA", "TWN", "ordered")]),
        ("Greece signed a contract to give Bulgaria four F-4 fighters for 20 million euros.", [("GRC", "BGR", "ordered")]),
    ],
)
def test_gift_agreed_is_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
