"""Forces that enter a state or fly into it with the host's consent told ("at the invitation of its
president") are hosted there as forces that arrive or land are (docs/annotation.md §9.3 basing:
forces sent at the invitation or request of the host); the place entered may be the verb's object,
when it names a place ("entered the last week of the drills" enters none).
With no consent told, entering or flying in is no activity (it may be an invasion)."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Around 900 Rwandan soldiers entered Mozambique last week at the invitation of its president, officials said.", [("MOZ", "RWA")]),
        ("Several hundred Italian paratroopers flew into Niger on Sunday at the invitation of the junta.", [("ITA", "NER")]),
    ],
)
def test_forces_entering_at_the_hosts_request_are_hosted(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Around 900 Rwandan soldiers entered Mozambique last week, officials said.",
        "Russian jets flew into Syria on Monday.",
    ],
)
def test_entering_with_no_consent_told_stays_empty(extract_text, text):
    assert activity_parties(extract_text, text) == []
