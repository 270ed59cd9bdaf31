"""The rest of a delivery still to come (round 13, from wire dev misses): "handed over three
Mi-17 helicopters to Chad, with a fourth to follow", "with the remainder of the 20 howitzers to
follow next month", "received two Y-12 aircraft, with Beijing pledging four more". Goods told
still to follow, or pledged, beside a delivery are a second stage: `offered` (annotation guide
9.2, one record per stated stage; a pledge to send is offered). Something else to follow ("with
talks to follow") adds nothing. Every sentence is invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NDJAMENA, May 2 (AFP) - France has handed over three Mi-17 helicopters to the Chadian army, with a fourth to follow, officials said.", [("FRA", "TCD", "delivered"), ("FRA", "TCD", "offered")]),
        (
            "KYIV, May 2 (Reuters) - The first of the Archer howitzers gifted by Sweden are now in Ukraine, the minister said, with the remainder of the 20 guns to follow next month.",
            [("SWE", "UKR", "delivered"), ("SWE", "UKR", "offered")],
        ),
        (
            "ACCRA, May 2 (GNA) - Ghana on Friday received two Y-12 transport aircraft donated by China to its air force, with Beijing pledging four more before the end of the year.",
            [("CHN", "GHA", "delivered"), ("CHN", "GHA", "offered")],
        ),
    ],
)
def test_goods_still_to_follow_are_pledged_beside_the_delivery(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


def test_something_else_to_follow_adds_no_stage(extract_text):
    # near miss: talks, not goods, are to follow
    text = "ACCRA, May 2 (GNA) - China handed over four patrol boats to the Ghana Navy on Tuesday, with talks to follow on training."
    assert _transfers(extract_text, text) == [("CHN", "GHA", "delivered")]


def test_a_share_provided_with_the_whole_keeps_its_stage(extract_text):
    # the older reading stays: a share a partner provides of goods sent is at the whole's stage
    text = "Norway and Finland will send howitzers to Ukraine, with Oslo providing eight of them."
    assert {t.status for t in extract_text(text).arms_transfers} == {"offered"}
