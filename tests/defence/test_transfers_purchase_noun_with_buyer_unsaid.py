"""A purchase noun naming the seller but no buyer (round 11, from wire dev misses): "LIMA - The
purchase of 12 helicopters from Russia was formalised" is bought by the state the story is
written from (the dateline), as an unsaid buyer of a participle is ("frigates purchased from
Spain docked ..."). A buyer named ("by Bolivia") wins; with no seller or no dateline, none.
Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, Nov. 5 (Reuters) -- The purchase of 12 Mi-17 helicopters from Russia was formalised on Monday with the signing of the contract.", [("RUS", "PER", "ordered")]),
        ("LIMA, Nov. 5 (Reuters) -- The purchase of 12 Mi-17 helicopters from Russia by Bolivia was formalised on Monday.", [("RUS", "BOL", "ordered")]),
    ],
)
def test_a_purchase_with_its_buyer_unsaid_is_the_datelines(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, Nov. 5 (Reuters) -- The purchase of 12 Mi-17 helicopters was formalised on Monday.",
        "The purchase of 12 Mi-17 helicopters from Russia was formalised on Monday.",
    ],
)
def test_a_purchase_with_no_seller_or_no_dateline_is_no_transfer(extract_text, text):
    assert _transfers(extract_text, text) == []
