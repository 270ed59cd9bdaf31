"""A purchase noun naming the seller but no buyer (round 11, from wire dev misses): "QUITO - The
purchase of eight howitzers from France was finalised" is bought by the state the story is
written from (the dateline), as an unsaid buyer of a participle is ("frigates purchased from
Spain docked ..."). A buyer named ("Colombia's purchase") wins; with no seller or no dateline, none.
Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("QUITO, Nov. 5 (EFE) -- The purchase of eight Caesar howitzers from France was finalised on Tuesday.", [("FRA", "ECU", "ordered")]),
        ("QUITO, Nov. 5 (EFE) -- Colombia's purchase of eight Caesar howitzers from France was finalised on Tuesday.", [("FRA", "COL", "ordered")]),
    ],
)
def test_a_purchase_with_its_buyer_unsaid_is_the_datelines(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "QUITO, Nov. 5 (EFE) -- The purchase of eight Caesar howitzers was finalised on Tuesday.",
        "The purchase of eight Caesar howitzers from France was finalised on Tuesday.",
    ],
)
def test_a_purchase_with_no_seller_or_no_dateline_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []
