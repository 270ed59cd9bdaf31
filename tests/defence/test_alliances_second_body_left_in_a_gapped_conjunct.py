"""A second alliance left or joined in a conjunct that does not repeat the verb ("quit A in one year and
B in another", "pulled out of A and of B") is left or joined as the first is: one record per state and
alliance (docs/annotation.md 9.4). A state or a body that is no alliance in that conjunct adds no
record, and a conjunct with a state of its own ("X left A and Y B") is that state's move, not the
first subject's. Sentences invented."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return sorted((a.members, str(a.status)) for a in extract_text(text).alliances if a.found_by == "rules")


@pytest.mark.parametrize(
    "text",
    [
        "After years of quarrels Bolivia pulled out of the CSTO in 1998 and of ANZUS in 2003.",
        "Long before the war, Bolivia had left ANZUS in 2003 and the CSTO in 1998.",
    ],
)
def test_both_bodies_are_left(extract_text, text):
    assert _alliances(extract_text, text) == [(("ANZUS", "BOL"), "dissolved"), (("BOL", "CSTO"), "dissolved")]


@pytest.mark.parametrize(
    "text",
    [
        "Chile exited ANZUS in 1988 and the WTO in 1994.",
        "Chile exited ANZUS in 1988 and Peru in 1994.",
    ],
)
def test_no_second_alliance_in_the_conjunct_adds_none(extract_text, text):
    assert _alliances(extract_text, text) == [(("ANZUS", "CHL"), "dissolved")]


def test_a_conjunct_with_its_own_state_is_not_the_first_subjects(extract_text):
    text = "Bolivia quit ANZUS in 2003 and Paraguay the CSTO in 2008."
    assert _alliances(extract_text, text) == [(("ANZUS", "BOL"), "dissolved")]


def test_a_conjunct_with_its_own_state_after_a_command_left_adds_none(extract_text):
    text = "Spain left the Western European Union's command in 1981 and Portugal ANZUS in 1990."
    assert _alliances(extract_text, text) == []


def test_a_denied_leaving_gives_none(extract_text):
    text = "Chile never exited ANZUS in 1988 or the CSTO in 1994, the archive shows."
    assert _alliances(extract_text, text) == []
