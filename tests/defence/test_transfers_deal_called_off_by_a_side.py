"""A deal called off by a side of a transfer (round 17, a class left in round 16: earlier
contracts frozen): "X delivered goods to Y years after X froze the contract" tells the deal's
suspension as a stage of its own, cancelled. A deal of its own (with goods or a partner named),
called off by a third state, or only urged off is none. Every sentence is invented; near misses
stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus shipped the last Tor launchers to Venezuela in March, two years after Minsk had suspended the deal.", [("BLR", "VEN", "cancelled"), ("BLR", "VEN", "delivered")]),
        ("Egypt ordered 30 howitzers from South Korea in 2019, but Cairo froze the order a year later.", [("KOR", "EGY", "cancelled"), ("KOR", "EGY", "ordered")]),
        # a reporting clause between: the calling off still hangs on the transfer's clause
        ("Turkey shipped the last howitzers to Azerbaijan this spring, a ministry spokesman told reporters, long after Baku had suspended the order.", [("TUR", "AZE", "cancelled"), ("TUR", "AZE", "delivered")]),
    ],
)
def test_a_deal_called_off_by_a_side_of_the_transfer_is_its_cancelled_stage(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a third state calls off a deal: not this transfer's
        ("Belarus shipped Tor launchers to Venezuela in March, weeks after Brazil froze its contract.", [("BLR", "VEN", "delivered")]),
        # only urged: the deal is still on
        ("Egypt ordered 30 howitzers from South Korea, and Washington urged Cairo to freeze the order.", [("KOR", "EGY", "ordered")]),
        # a deal with a partner of its own
        ("Belarus shipped Tor launchers to Venezuela, after Minsk cancelled a deal with Cuba.", [("BLR", "VEN", "delivered")]),
        # a clause of its own after a semicolon, and some deal, not this one
        ("Serbia handed two Pantsir batteries to Angola on Monday; separately, Angola cancelled the order.", [("SRB", "AGO", "delivered")]),
        ("Serbia handed two Pantsir batteries to Angola, weeks after Luanda froze a contract.", [("SRB", "AGO", "delivered")]),
    ],
)
def test_a_deal_of_its_own_or_only_urged_off_adds_no_stage(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_deal_called_off_with_no_date_has_no_year(extract_text):
    """The deal's stage is not dated by the publication: the clause tells no date."""
    transfers = extract_text("Peru received the Korean howitzers in 2021, long after Lima had frozen the order.").arms_transfers
    assert sorted((t.status, t.year) for t in transfers) == [("cancelled", None), ("delivered", 2021)]
