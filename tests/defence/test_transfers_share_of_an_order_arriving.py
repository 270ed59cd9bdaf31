"""A share of an order told by a participle on its count (round 11, from wire dev misses):
"the first four jets of the 14 acquired from Sweden landed ...", "two jets, the first of 12
ordered from France, touched down ...", "a first batch, out of the 12 acquired by Morocco
from the United States, was received ...". The participle on the bare count stands for the
goods the share is of: the order (its count is the whole order's) and, when the goods are
told to arrive or be received, the delivery too. The buyer unnamed is the dateline's state.
Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIMA, March 3 (Reuters) - The first four Gripen fighters of the 14 acquired from Sweden landed at Las Palmas air base on Friday.",
            [("SWE", "PER", "delivered"), ("SWE", "PER", "ordered")],
        ),
        (
            "ATHENS, May 4 (Reuters) - Two Rafale jets, the first of 12 ordered from France, touched down at Tanagra on Tuesday, officials said.",
            [("FRA", "GRC", "delivered"), ("FRA", "GRC", "ordered")],
        ),
        (
            "A first batch of four Apache helicopters, out of the 12 acquired by Morocco from the United States, was received on Monday by the army.",
            [("USA", "MAR", "delivered"), ("USA", "MAR", "ordered")],
        ),
    ],
)
def test_share_of_an_order_arriving_tells_the_order_and_the_delivery(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


def test_out_of_an_order_counts_the_whole(extract_text):
    text = "ATHENS, May 4 (Reuters) - Six Rafale jets, out of 18 ordered from France, touched down at Tanagra on Tuesday, officials said."
    found = extract_text(text).arms_transfers
    assert sorted((",".join(t.supplier), ",".join(t.recipient), t.status, t.quantity) for t in found) == [("FRA", "GRC", "delivered", None), ("FRA", "GRC", "ordered", 18)]


def test_the_order_counts_the_whole_and_arrives_once(extract_text):
    text = "KUWAIT, Dec 4 (KUNA) -- Two Rafale jets, the first of 12 contracted from France in 2021, landed at the air base on Tuesday to join the Kuwaiti air force."
    found = extract_text(text).arms_transfers
    assert sorted((t.status, t.quantity) for t in found) == [("delivered", None), ("ordered", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods not (yet) arriving: the order alone
        ("LIMA, March 3 (Reuters) - The first four Gripen fighters of the 14 acquired from Sweden were displayed at an air show.", [("SWE", "PER", "ordered")]),
        ("ATHENS, May 4 (Reuters) - Two Rafale jets, the first of 12 ordered from France, are expected to touch down at Tanagra next year.", [("FRA", "GRC", "ordered")]),
    ],
)
def test_share_not_yet_arrived_is_only_ordered(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


def test_a_count_bought_at_home_is_no_transfer(extract_text):
    assert _transfers(extract_text, "The first four trucks of the 14 bought from a local dealer arrived at the base on Friday.") == []
