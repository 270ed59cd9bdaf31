"""Forces that enter a state or fly into it with the host's consent told ("at the request of its
president") are hosted there as forces that arrive or land are (docs/annotation.md §9.3 basing:
forces sent at the invitation or request of the host); the place entered may be the verb's object.
With no consent told, entering or flying in is no activity (it may be an invasion)."""

from __future__ import annotations

import pytest


def _parties(extract_text, text):
    return [a.parties for a in extract_text(text).activities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 1,500 Nigerian troops entered Gambia on Tuesday at the request of its president, the army said.", [("GMB", "NGA")]),
        ("Another 500 British soldiers flew into Oman on Monday at the request of the sultan.", [("GBR", "OMN")]),
    ],
)
def test_forces_entering_at_the_hosts_request_are_hosted(extract_text, text, expected):
    assert _parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 1,500 Nigerian troops entered Gambia on Tuesday, the army said.",
        "Russian jets flew into Syria on Monday.",
    ],
)
def test_entering_with_no_consent_told_stays_empty(extract_text, text):
    assert _parties(extract_text, text) == []
