"""An agreement named with a relative clause that has no pronoun ("the truce X and Y signed", "the
pact both capitals agreed") is one the clause's subject made: its parties are the
states of that subject and its stage the verb's (docs/annotation.md 9.1). The parser often reads
such a clause as one of its own (the verb hung on the main verb or the root, the subject in
apposition to the noun or read as the main verb's object); the reading holds all the same. An act
under the agreement shows it standing, as with "that" (see
test_agreements_acts_under_a_newly_signed_agreement.py)."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diplomats in Geneva welcomed the ceasefire Sudan and South Sudan concluded on Tuesday.", [("SDN,SSD", "signed")]),
        ("Talks on border trade will build on the maritime accord Ecuador and Colombia signed last month.", [("COL,ECU", "signed")]),
        ("The ministers hailed the pact Ghana and Togo have concluded.", [("GHA,TGO", "signed")]),
    ],
)
def test_the_subject_of_a_relative_without_pronoun_made_the_agreement(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a truce acted under still names its makers in its own clause
        ("Shelling stopped along the line under the truce Armenia and Azerbaijan concluded in 2020.", [("ARM,AZE", "in_force")]),
        ("Shelling stopped along the line under the truce that Armenia and Azerbaijan concluded in 2020.", [("ARM,AZE", "in_force")]),
        # an act to come under an agreement made in a year before the publication's: it stands already
        ("Coast guard cutters are to sail from Valparaiso under the accord Chile and Peru signed in 2009.", [("CHL,PER", "in_force")]),
    ],
)
def test_an_act_under_an_agreement_named_by_its_makers_shows_it_standing(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an act under a truce names no party to it; the clause after it is no relative of the truce
        "Under the truce Armenia withdrew two battalions from the line.",
        # a verb with an object of its own is a new clause, not a relative on the noun
        "Since the truce Armenia has approved a larger army budget.",
        # the clause's subject names no state
        "Observers praised the ceasefire the rebel commanders signed on Monday.",
    ],
)
def test_no_agreement_from_a_clause_that_is_no_relative_of_the_noun(extract_text, text):
    assert agreements_joined(extract_text, text) == []
