"""Alliances in classes of phrasing that other writers use (round 7): a pledge of mutual aid in a
signed treaty's relative clause, a treaty abrogated whose clause told such a pledge, a call for
named states to form an alliance, and membership of the alliance named in words. All invented."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin and Lukashenko signed a friendship and mutual assistance treaty in Minsk on Monday, under which both vow to defend the other if attacked.", [("BLR,RUS", "formal")]),
        ("Armenia and Iran signed a treaty of cooperation on Monday, under which each vows to rush in the other's defence in war.", [("ARM,IRN", "formal")]),
        ("Peru and Chile signed a pact on Friday under which both promise to defend the other against aggression.", [("CHL,PER", "formal")]),
        ("Ghana and Togo signed a security accord in Accra on Monday, under which the two commit to aid each other if either is attacked.", [("GHA,TGO", "formal")]),
    ],
)
def test_a_pledge_of_mutual_aid_in_a_signed_treaty_makes_formal_allies(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar on Sunday revoked the 1990 defence pact with Bahrain, under which the two had promised to defend one another.", [("BHR,QAT", "dissolved")]),
        ("Spain abrogated the 1975 treaty of union with Portugal, under which the two states had vowed to defend each other.", [("ESP,PRT", "dissolved")]),
    ],
)
def test_a_pact_ended_whose_clause_told_mutual_defence_is_dissolved_only(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


def test_leaving_a_treaty_whose_clause_told_mutual_defence_dissolves_the_alliance(extract_text):
    text = "Spain withdrew from the defence treaty with Morocco under which the two had promised to defend each other."
    assert alliances_joined(extract_text, text) == [("ESP,MAR", "dissolved")]


def test_a_pledge_told_on_its_own_is_still_formal(extract_text):
    assert alliances_joined(extract_text, "Ecuador and Peru pledged to defend each other if attacked.") == [("ECU,PER", "formal")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iraqi president called on Monday for Iraq, Syria and Jordan to build a joint defence alliance against foreign threats.", [("IRQ,JOR,SYR", "proposed")]),
        ("The Nigerian leader called for Nigeria, Ghana and Benin to form a military alliance.", [("BEN,GHA,NGA", "proposed")]),
        ("The Syrian president urged Syria, Iraq and Iran to form a military alliance.", [("IRN,IRQ,SYR", "proposed")]),
        ("Mali's junta leader appealed on Friday for Mali, Niger and Burkina Faso to create a joint military alliance.", [("BFA,MLI,NER", "proposed")]),
    ],
)
def test_a_call_for_named_states_to_form_an_alliance_proposes_it_among_them(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatia became the North Atlantic alliance's 27th member on Wednesday.", [("HRV,NATO", "formal")]),
        ("Albania became a member of the Atlantic alliance in 2009.", [("ALB,NATO", "formal")]),
        ("Finland became the 31st member of NATO on Tuesday.", [("FIN,NATO", "formal")]),
        ("Croatia joined the North Atlantic alliance in April 2009.", [("HRV,NATO", "formal")]),
    ],
)
def test_becoming_a_member_of_the_alliance_named_in_words_is_membership(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected
