"""A sale told as done with no delivery cue is `ordered` (round 19, from wire dev misses): the
guide's `ordered` is "bought (no delivery cue), agreed to sell", and "has sold tanks to X" is
the same deal seen from the seller; a delivery told beside it keeps its own stage, and a sale
in the present is trade under way. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, Feb 2 (Reuters) - Israel sold four Heron drones to Peru last year, officials said.", [("ISR", "PER", "ordered")]),
        ("QUITO, Feb 2 (EFE) - Brazil has sold 12 Super Tucano trainers to Ecuador, the ministry said.", [("BRA", "ECU", "ordered")]),
        # a delivery told beside the sale is a stage of its own
        (
            "LIMA, Feb 2 (Reuters) - Israel sold four Heron drones to Peru and delivered them last month, officials said.",
            [("ISR", "PER", "delivered"), ("ISR", "PER", "ordered")],
        ),
        # selling now is trade under way
        ("LIMA, Feb 2 (Reuters) - Israel is selling Heron drones to Peru, officials said.", [("ISR", "PER", "ongoing")]),
    ],
)
def test_sale_done_is_ordered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
