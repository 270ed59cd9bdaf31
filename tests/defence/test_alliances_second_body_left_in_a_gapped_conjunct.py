"""A second alliance left or joined in a conjunct that does not repeat the verb ("quit A in 1970 and
B in 1975", "pulled out of A in 1970 and of B in 1975") is left or joined as the first is: one
record per state and alliance (docs/annotation.md 9.4). A state or a body that is no alliance in
that conjunct adds no record. Sentences invented."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return sorted((a.members, str(a.status)) for a in extract_text(text).alliances if a.found_by == "rules")


@pytest.mark.parametrize(
    "text",
    [
        "Peru, which withdrew from SEATO in 1970 and from CENTO in 1975, now courts Beijing.",
        "By the late seventies Peru had exited SEATO in 1970 and CENTO in 1975.",
    ],
)
def test_both_bodies_are_left(extract_text, text):
    assert _alliances(extract_text, text) == [(("CENTO", "PER"), "dissolved"), (("PER", "SEATO"), "dissolved")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile exited SEATO in 1970 and the WTO in 1975.",
        "Chile exited SEATO in 1970 and Peru in 1975.",
    ],
)
def test_no_second_alliance_in_the_conjunct_adds_none(extract_text, text):
    assert _alliances(extract_text, text) == [(("CHL", "SEATO"), "dissolved")]


def test_a_denied_leaving_gives_none(extract_text):
    text = "Chile never exited SEATO in 1970 or CENTO in 1975, the archive shows."
    assert _alliances(extract_text, text) == []
