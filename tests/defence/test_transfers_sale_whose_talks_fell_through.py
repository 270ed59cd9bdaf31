"""A sale the talks were over, when those talks fell through ("negotiations over the sale of
frigates to X broke down"), is no transfer (guide 9.2: before a collapse it is none); talks that
only stalled or resumed are still held, so the sale under them stays `negotiating`. Every sentence
is invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    "text",
    [
        "Negotiations over the sale of eight Italian frigates to Indonesia broke down in May.",
        "The talks on the sale of Swedish Gripen jets to Colombia failed after a dispute over offsets.",
        "Talks about the delivery of K9 howitzers from South Korea to Egypt collapsed on Tuesday, officials said.",
    ],
)
def test_a_sale_whose_talks_fell_through_is_no_transfer(extract_text, text):
    assert _transfers(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiations over the sale of eight Italian frigates to Indonesia stalled in May.", [("ITA", "IDN", "negotiating")]),
        ("The talks on the sale of Swedish Gripen jets to Colombia resumed after a dispute over offsets.", [("SWE", "COL", "negotiating")]),
    ],
)
def test_a_sale_under_talks_still_held_is_negotiating(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected
