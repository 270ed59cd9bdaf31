"""Forces told by a possessive pronoun ("their crews", "its sailors") are those of the forces or
ships that were the subject before them, in an earlier clause of the sentence or the sentence
before. The class: a port call or a deployment told first, and what the ships' or units' people do
told after it through the pronoun. That state takes part with the other side the activity names
(docs/annotation.md §9.3: training given by one state to another is an activity of both).
Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the pronoun in a later clause of the same sentence
        ("Three Dutch frigates docked in Mombasa on Tuesday, and next week their crews will be training Kenyan navy divers.", ("KEN", "NLD")),
        ("Once the Indonesian corvette has moored in Darwin next week, its sailors will run boarding drills with the Australian navy.", ("AUS", "IDN")),
        # the pronoun in the sentence after the one naming the ships
        ("Four Indian warships are due in Colombo on Sunday. Their sailors will stage search-and-rescue drills with the Sri Lankan navy over three days.", ("IND", "LKA")),
        # the sentence before has no verb: its subject is the root the parser leaves
        ("A Turkish frigate squadron on a week-long call at Tripoli. Their crews will be training Libyan coast guard sailors.", ("LBY", "TUR")),
        # the sentence before is a passive: its subject is the ships towed, not the tugs that towed them
        ("Two Chilean frigates were towed into Callao by tugs. Their crews will then train alongside Peruvian sailors for a week.", ("CHL", "PER")),
    ],
)
def test_crews_told_by_a_possessive_are_their_ships_state(extract_text, text, parties):
    assert rule_activity_statuses(extract_text, text) == [(parties, "planned")]


def test_a_passive_agent_is_no_antecedent(extract_text):
    # the shadowing frigates are the agent: the crews are the shadowed warships'
    text = "Two Russian warships were shadowed by British frigates. Their crews will then drill alongside Cuban sailors."
    assert all("GBR" not in parties for parties, _ in rule_activity_statuses(extract_text, text))


def test_their_forces_after_two_coordinated_chiefs_are_both_states(extract_text):
    text = "The Tanzanian defence chief and his Rwandan counterpart announced in Arusha that their armies would stage a combined exercise next spring."
    assert rule_activity_statuses(extract_text, text) == [(("RWA", "TZA"), "planned")]


@pytest.mark.parametrize(
    "text",
    [
        # the crews do no military activity with the hosts
        "Three Dutch warships will stay in Mombasa until Friday, and their crews will tour a game park with Kenyan officials.",
        # the possessive's subject is no force or ship: "their" names no forces' state
        "Dutch tourists arrived in Mombasa on Monday, and their guides will train Kenyan divers next week.",
    ],
)
def test_no_activity_from_other_possessives(extract_text, text):
    assert not any(len(parties) > 1 and "NLD" in parties for parties, _ in rule_activity_statuses(extract_text, text))
