"""Delivered goods whose buyer is the subject of a relative clause of ordering (round 19, from
wire dev misses): when a shipment names no recipient, a clause on the goods saying who bought
them ("drones that Niger bought in 2022", "fighters the Omani air force had ordered") names
the recipient of the delivery and of the order behind it (two records, annotation guide 9.2);
an armed force there stands for its state. A purchase still to come names no buyer of the
delivery, and a recipient the sale names itself (a dative, a "to" phrase) is not overridden by
the goods' first buyer (review 19B). Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey shipped the last pair of eight Bayraktar drones that Niger bought in 2022, officials in Niamey said.",
            [("TUR", "NER", "delivered"), ("TUR", "NER", "ordered")],
        ),
        (
            "Officials in Niamey said Turkey shipped the last pair of eight Bayraktar drones that Niger had bought in 2022.",
            [("TUR", "NER", "delivered"), ("TUR", "NER", "ordered")],
        ),
        (
            "Officials in Muscat said Britain has handed over two Typhoon fighters that the Omani air force had ordered.",
            [("GBR", "OMN", "delivered"), ("GBR", "OMN", "ordered")],
        ),
    ],
)
def test_relative_buyer_is_the_recipient(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_purchase_still_to_come_names_no_buyer(extract_text):
    # the delivery gets no recipient from it; the purchase to come is the buyer's interest alone
    text = "Officials in Niamey said Turkey shipped eight Bayraktar drones that Niger will order next year."
    assert transfers_joined(extract_text, text) == [("TUR", "NER", "interest")]


def test_a_named_recipient_is_not_overridden_by_the_first_buyer(extract_text):
    # review 19B: the sale is to the dative's state; the clause only describes the goods
    text = "Britain sold Kenya the Typhoon fighters that Oman ordered but could not pay for."
    assert [t for t in extract_text(text).arms_transfers if "OMN" in t.recipient] == []
