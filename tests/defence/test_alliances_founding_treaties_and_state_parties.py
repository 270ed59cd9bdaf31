"""Pacts and the alliances they make, as docs/annotation.md §9.4 writes them:

- an alliance's founding treaty (the Warsaw Treaty, the Collective Security Treaty), signed,
  prolonged or left, binds (or frees) each party as a member of the alliance: one record per
  state and organisation, not one record of the states alone;
- a defence pact's allies are states: a union of states or a news agency named among the parties
  is no ally ("Britain and the EU negotiate a defence pact" is no alliance of two states);
- a membership suspended or frozen by several states is one record per state.

Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


def test_a_protocol_prolonging_a_founding_treaty_keeps_each_party_a_member(extract_text):
    text = "The leaders of Poland, Hungary and Romania today signed a protocol prolonging the Warsaw Treaty for another ten years."
    assert alliances_listed(extract_text, text) == [
        (("HUN", "WARSAW_PACT"), "formal"),
        (("POL", "WARSAW_PACT"), "formal"),
        (("ROU", "WARSAW_PACT"), "formal"),
    ]


def test_parties_leaving_a_founding_treaty_each_leave_the_alliance(extract_text):
    text = "Georgia, which left the Collective Security Treaty in 1999 along with Azerbaijan, has no plans to return."
    alliances = alliances_listed(extract_text, text)
    assert (("AZE", "CSTO"), "dissolved") in alliances and (("CSTO", "GEO"), "dissolved") in alliances
    assert all(len(members) == 2 for members, _ in alliances)


@pytest.mark.parametrize(
    "text",
    [
        "Britain and the European Union are negotiating a security and defence pact, diplomats said.",
        "NATO and Russia signed a security treaty in Paris in 1997.",
    ],
)
def test_a_defence_pact_with_a_body_that_is_no_state_is_no_alliance(extract_text, text):
    assert alliances_listed(extract_text, text) == []


def test_a_defence_pact_between_states_stays_an_alliance_of_the_states(extract_text):
    text = "Armenia and Greece signed a mutual defence treaty in Athens on Monday."
    assert alliances_listed(extract_text, text) == [(("ARM", "GRC"), "formal")]


def test_a_participation_frozen_by_several_states_is_one_record_each(extract_text):
    text = "Bulgaria and Romania have frozen their participation in the Warsaw Pact, officials said on Friday."
    assert alliances_listed(extract_text, text) == [(("BGR", "WARSAW_PACT"), "suspended"), (("ROU", "WARSAW_PACT"), "suspended")]


def test_a_protocol_beside_two_founding_treaties_is_of_neither(extract_text):
    text = "Poland and Hungary signed a protocol on trade, as the Warsaw Treaty and the North Atlantic Treaty were debated."
    assert [a for a in extract_text(text).alliances if "WARSAW_PACT" in a.members or "NATO" in a.members] == []


def test_a_founding_treaty_founded_by_states_stays_one_record_of_the_founders(extract_text):
    text = "Australia, New Zealand and the United States founded the ANZUS Treaty in 1951."
    assert alliances_listed(extract_text, text) == [(("AUS", "NZL", "USA"), "formal")]


def test_a_protocol_formalised_is_no_founding(extract_text):
    # "formalised" starts like "formed" but tells a signing: each party stays a member
    text = "Leaders of Poland, Hungary and Bulgaria formalised a protocol prolonging the Warsaw Treaty on Friday."
    assert alliances_listed(extract_text, text) == [(("BGR", "WARSAW_PACT"), "formal"), (("HUN", "WARSAW_PACT"), "formal"), (("POL", "WARSAW_PACT"), "formal")]


def test_a_founding_treaty_outside_the_pacts_phrase_makes_no_member(extract_text):
    # near miss: the treaty is named in another clause, not by the protocol's own phrase
    text = "Sweden and Finland signed a protocol on Friday, weeks after NATO marked the anniversary of the North Atlantic Treaty."
    assert alliances_listed(extract_text, text) == []
