"""Forces told by a possessive pronoun ("their crews", "its sailors") are those of the forces or
ships that were the subject before them, in an earlier clause of the sentence or the sentence
before (wire copy of port calls: "X ships docked at Y, during which their crews will train Y's
marines"). That state takes part with the other side the activity names (docs/annotation.md §9.3:
training given by one state to another is an activity of both). Sentences invented."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Two Spanish Navy frigates docked at Dakar on Monday for a week-long visit, during which their crews will train Senegalese sailors in boarding drills.", ("ESP", "SEN")),
        ("The frigate USS Hayes tied up in Split on Friday for a port visit during which its sailors will hold damage-control training with the Croatian navy.", ("HRV", "USA")),
        ("A Japanese destroyer flotilla called at Manila on a goodwill visit. Their crews will hold joint training with sailors of the Philippine Navy before leaving.", ("JPN", "PHL")),
    ],
)
def test_crews_told_by_a_possessive_are_their_ships_state(extract_text, text, parties):
    assert _records(extract_text, text) == [(parties, "planned")]


def test_their_forces_after_two_coordinated_chiefs_are_both_states(extract_text):
    text = "The Kenyan army chief and his Ugandan counterpart agreed that their forces will hold a joint exercise in May."
    assert _records(extract_text, text) == [(("KEN", "UGA"), "planned")]


@pytest.mark.parametrize(
    "text",
    [
        # a port call whose crews do no military activity with the hosts
        "Two Spanish Navy frigates docked at Dakar on Monday for a week-long visit, during which their crews will play football with Senegalese sailors.",
        # the possessive's subject is no force or ship: "their" names no forces' state
        "Spanish tourists arrived in Dakar on Monday, and their guides will train Senegalese sailors next week.",
    ],
)
def test_no_activity_from_other_possessives(extract_text, text):
    assert not any(len(parties) > 1 and "ESP" in parties for parties, _ in _records(extract_text, text))
