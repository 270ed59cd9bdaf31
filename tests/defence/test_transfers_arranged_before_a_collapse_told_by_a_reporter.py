"""A transfer a state "was to" make before a collapse ("..., but the talks collapsed") is none
(docs/annotation.md 9.2), also when a trailing reporter ("..., an official said") makes the parser
hang the collapse on the reporter instead of joining it to the arrangement. An arrangement with no
collapse told stays `ordered`. All sentences are invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return [(t.supplier, t.recipient, t.status) for t in extract_text(text).arms_transfers]


@pytest.mark.parametrize(
    "text",
    [
        "Serbia was to send howitzers to Cyprus, but talks broke down in the summer, the Serbian defence ministry said.",
        "Croatia was to buy patrol boats from Finland, but the talks failed in May, a Croatian official said.",
        "Bulgaria was to sell patrol boats to Georgia, but the negotiations collapsed last year, officials said.",
    ],
)
def test_an_arrangement_before_a_collapse_told_by_a_reporter_is_none(extract_text, text):
    assert _transfers(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary was to supply helicopters to Croatia, a Hungarian official said on Monday.", [(("HUN",), ("HRV",), "ordered")]),
        ("Croatia was to buy patrol boats from Finland, and the talks went well in May, a Croatian official said.", [(("FIN",), ("HRV",), "ordered")]),
    ],
)
def test_an_arrangement_with_no_collapse_stays_ordered(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected
