"""A share of an order told by a participle on its count (round 11, from wire dev misses):
"on Sunday the first three fighters of the 16 bought from X arrived ...", "four trainers,
the first of 10 purchased from X, arrived by ship ...", "the army received an initial lot of
three drones, out of the nine acquired by Kenya from X". The participle on the bare count stands for the
goods the share is of: the order (its count is the whole order's) and, when the goods are
told to arrive or be received, the delivery too. The buyer unnamed is the dateline's state.
Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BOGOTA, Sept 9 (EFE) - On Sunday the first three Gripen fighters of the 16 bought from Sweden arrived at Palanquero.",
            [("SWE", "COL", "delivered"), ("SWE", "COL", "ordered")],
        ),
        (
            "QUITO, Sept 9 (EFE) - Four KT-1 trainers, the first of 10 purchased from South Korea, arrived by ship at the port of Manta on Sunday.",
            [("KOR", "ECU", "delivered"), ("KOR", "ECU", "ordered")],
        ),
        (
            "The Kenyan army received on Friday an initial lot of three Bayraktar drones, out of the nine acquired by Kenya from Turkey.",
            [("TUR", "KEN", "delivered"), ("TUR", "KEN", "ordered")],
        ),
    ],
)
def test_share_of_an_order_arriving_tells_the_order_and_the_delivery(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_out_of_an_order_counts_the_whole(extract_text):
    text = "QUITO, Sept 9 (EFE) - Three Caesar howitzers, out of 18 ordered from France, were delivered to Guayaquil on Monday."
    found = extract_text(text).arms_transfers
    assert sorted((",".join(t.supplier), ",".join(t.recipient), t.status, t.quantity) for t in found) == [("FRA", "ECU", "delivered", None), ("FRA", "ECU", "ordered", 18)]


def test_the_order_counts_the_whole_and_arrives_once(extract_text):
    text = "MANILA, June 2 (PNA) -- Two S-70 helicopters, the first of 32 purchased from Poland in 2022, arrived at Clark air base on Monday."
    found = extract_text(text).arms_transfers
    assert sorted((t.status, t.quantity) for t in found) == [("delivered", None), ("ordered", 32)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods not (yet) arriving: the order alone
        ("BOGOTA, Sept 9 (EFE) - The first three Gripen fighters of the 16 bought from Sweden were put on show at an air fair on Sunday.", [("SWE", "COL", "ordered")]),
        ("QUITO, Sept 9 (EFE) - Four KT-1 trainers, the first of 10 purchased from South Korea, are due to reach Manta by sea next spring.", [("KOR", "ECU", "ordered")]),
    ],
)
def test_share_not_yet_arrived_is_only_ordered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_count_bought_at_home_is_no_transfer(extract_text):
    assert transfers_joined(extract_text, "The first four trucks of the 14 bought from a local dealer arrived at the base on Friday.") == []
