"""The rest of a delivery still to come (round 13, from wire dev misses): "delivered two
Kirpi vehicles to Ghana, with six more to follow", "with the balance of the eight systems to
follow in the autumn", "received two patrol boats, with Ankara pledging six more". Goods told
still to follow, or pledged, beside a delivery are a second stage: `offered` (annotation guide
9.2, one record per stated stage; a pledge to send is offered). Something else to follow ("with
talks to follow") adds nothing. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ACCRA, May 2 (GNA) - Turkey delivered two Kirpi vehicles to the Ghana Army on Monday, with six more to follow in May, officials said.", [("TUR", "GHA", "delivered"), ("TUR", "GHA", "offered")]),
        (
            "KYIV, May 2 (Reuters) - Norway has delivered the first NASAMS launchers to Ukraine, with the balance of the eight systems to follow in the autumn.",
            [("NOR", "UKR", "delivered"), ("NOR", "UKR", "offered")],
        ),
        (
            "ACCRA, May 2 (GNA) - The Ghana Navy on Monday received two patrol boats gifted by Turkey, with Ankara pledging six more for next year.",
            [("TUR", "GHA", "delivered"), ("TUR", "GHA", "offered")],
        ),
    ],
)
def test_goods_still_to_follow_are_pledged_beside_the_delivery(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_something_else_to_follow_adds_no_stage(extract_text):
    # near miss: talks, not goods, are to follow
    text = "ACCRA, May 2 (GNA) - Beijing on Tuesday handed the Ghana Navy four patrol boats, with talks to follow on training."
    assert transfers_joined(extract_text, text) == [("CHN", "GHA", "delivered")]


def test_a_share_provided_with_the_whole_keeps_its_stage(extract_text):
    # the older reading stays: a share a partner provides of goods sent is at the whole's stage
    text = "Norway and Finland will send howitzers to Ukraine, with Oslo providing eight of them."
    assert {t.status for t in extract_text(text).arms_transfers} == {"offered"}
