"""Delivered goods whose buyer is the subject of a relative clause of ordering (round 19, from
wire dev misses): "Russia delivered the helicopters that Mali ordered" names no "to" phrase, yet
the clause says who bought the goods; that state is the recipient of the delivery and of the
order behind it (two records, annotation guide 9.2). A purchase still to come names no
buyer of the delivery. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NDJAMENA, Oct 2 (AFP) - China delivered the first three of six Wing Loong drones that Chad ordered in 2023, the army said on Monday.",
            [("CHN", "TCD", "delivered"), ("CHN", "TCD", "ordered")],
        ),
        (
            "MUSCAT, Jan 9 (ONA) - Britain has handed over the two Typhoon fighters that Oman purchased in 2022, the ministry said.",
            [("GBR", "OMN", "delivered"), ("GBR", "OMN", "ordered")],
        ),
    ],
)
def test_relative_buyer_is_the_recipient(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_purchase_still_to_come_names_no_buyer(extract_text):
    # the delivery gets no recipient from it; the purchase to come is the buyer's interest alone
    text = "NDJAMENA, Oct 2 (AFP) - China delivered six Wing Loong drones that Chad will order next year, the army said."
    assert transfers_joined(extract_text, text) == [("CHN", "TCD", "interest")]
