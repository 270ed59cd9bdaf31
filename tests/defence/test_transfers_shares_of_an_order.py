"""A share of an order delivered (round 10, from blind wire dev classes): the order's participle
on the goods ("ordered by Morocco") names the buyer a receipt or a handover leaves unnamed, and
the share's count is the share's ("the first of eight": one; "the first batch of the 13": untold),
never the whole order's. Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army took the first lot of the 20 K2 tanks bought by Chile from Korea's Hyundai Rotem.",
            [("KOR", "CHL", "delivered", None), ("KOR", "CHL", "ordered", 20)],
        ),
        # the share keeps its own count; the order its participle tells is a stage too (guide 9.2)
        ("Italy handed over the first of four corvettes ordered by Qatar.", [("ITA", "QAT", "delivered", 1), ("ITA", "QAT", "ordered", 4)]),
        ("France handed over the second of three patrol vessels ordered by the Senegalese Navy.", [("FRA", "SEN", "delivered", 1), ("FRA", "SEN", "ordered", 3)]),
    ],
)
def test_the_order_names_the_buyer_of_a_share_delivered(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


def test_a_counted_share_keeps_its_own_figure(extract_text):
    assert transfers_counted(extract_text, "Brazil received 6 of the 36 Gripen jets from Sweden.") == [("SWE", "BRA", "delivered", 6)]


@pytest.mark.parametrize(
    "text",
    [
        # no seller named: a receipt alone
        "The army took the first lot of the 20 tanks bought by Chile.",
        # civilian goods ordered by a company
        "France handed over the second of three ferries ordered by a Senegalese company.",
    ],
)
def test_a_share_without_both_sides_is_no_transfer(extract_text, text):
    assert transfers_counted(extract_text, text) == []
