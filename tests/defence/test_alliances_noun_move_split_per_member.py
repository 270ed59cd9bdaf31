"""An alliance noun that stands for an organisation named before it ("the Warsaw Pact states A, B
and C dissolved the alliance") gives one record per member state and organisation, as joining or
leaving it does (docs/annotation.md 9.4: `[X, NATO]`, `[Y, NATO]`); an alliance of states alone
("Chile and Peru formed a military alliance") stays one record of its members."""

from __future__ import annotations

from defence_helpers import alliances_joined


def test_an_organisation_dissolved_by_its_members_gives_one_record_per_member(extract_text):
    text = "In 1977 the remaining SEATO states Thailand, the Philippines and Pakistan dissolved the alliance."
    assert alliances_joined(extract_text, text) == [("PAK,SEATO", "dissolved"), ("PHL,SEATO", "dissolved"), ("SEATO,THA", "dissolved")]


def test_an_alliance_of_states_alone_stays_one_record(extract_text):
    assert alliances_joined(extract_text, "Chile and Peru formed a military alliance on Monday.") == [("CHL,PER", "formal")]


def test_an_alliance_only_praised_gives_no_record(extract_text):
    # near miss: no move of the alliance told
    assert alliances_joined(extract_text, "Historians in the SEATO states Thailand and Pakistan still praise the alliance's founders.") == []


def test_a_new_alliance_with_an_outside_state_puts_no_state_into_the_organisation(extract_text):
    # a new alliance of two SEATO states with a third state: no record makes India a SEATO member
    alliances = alliances_joined(extract_text, "The SEATO allies Thailand and Pakistan set up a military alliance with India.")
    assert ("IND,SEATO", "formal") not in alliances
