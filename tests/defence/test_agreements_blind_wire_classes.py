"""Agreements in classes of phrasing that other writers use (round 7): an act still to come under
an accord whose own clause tells its stage, a treaty signed whose relative clause tells its terms,
forces kept in a host state under an accord, an offer to conclude a pact, and a deal for a
purchase or a licensed production run (an order, not an agreement). All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act is still to come: the accord is no further along than its own clause says
        ("The bombers are to leave the Greek base under an accord Athens and Washington reached last week, the minister said.", [("GRC,USA", "agreed")]),
        ("The last Russian troops will leave Moldova by June under an agreement Moscow and Chisinau reached in March.", [("MDA,RUS", "agreed")]),
        ("The troops are to pull out under a deal agreed between Paris and Bamako last week.", [("FRA,MLI", "agreed")]),
        # an act in a relative "under which" is no stage of the accord ("leave" is no end of it)
        ("Seoul and Washington reached an accord this month under which US troops will leave the capital.", [("KOR,USA", "agreed")]),
        # an act told as done still shows the accord in force
        ("The US jets left the Turkish base under an accord Ankara and Washington signed in 2019.", [("TUR,USA", "in_force")]),
    ],
)
def test_an_act_still_to_come_under_an_accord_leaves_its_own_stage(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative "under which" whose verb is a pledge: the treaty's terms, not an act done under it
        ("Putin and Lukashenko signed a friendship and mutual assistance treaty in Minsk on Monday, under which both vow to defend the other if attacked.", [("BLR,RUS", "signed")]),
        ("Kenya and Uganda signed a defence treaty on Tuesday under which each country undertakes to help the other in case of attack.", [("KEN,UGA", "signed")]),
        ("Peru and Chile signed a pact on Friday under which both promise to defend the other against aggression.", [("CHL,PER", "signed")]),
        ("Ghana and Togo signed a security accord in Accra on Monday, under which the two commit to aid each other if either is attacked.", [("GHA,TGO", "signed")]),
        # an act done under it still shows it in force
        ("Britain and Oman have a treaty under which British officers train the Omani army.", [("GBR,OMN", "in_force")]),
    ],
)
def test_a_relative_clause_telling_the_terms_of_a_signed_treaty_is_no_act_under_it(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state an act under the accord is done in is its other side
        ("The Egyptian brigade of some 5,000 troops stationed in Kuwait under a 1991 bilateral protocol will remain there, a spokesman said.", [("EGY,KWT", "in_force")]),
        ("Britain, which keeps about 1,500 soldiers in Belize under a defence accord that dates from 1981, said on Monday it was watching the crisis.", [("BLZ,GBR", "in_force")]),
        ("Some 600 Nigerian soldiers based in Gambia under a 2017 security pact will stay.", [("GMB,NGA", "in_force")]),
        ("The Turkish contingent of some 3,000 troops based in Qatar under a 2014 bilateral accord will remain, an official said.", [("QAT,TUR", "in_force")]),
        ("A Moroccan battalion deployed in Gabon under a 1990 defence protocol will stay on.", [("GAB,MAR", "in_force")]),
        # the force a state has: the state acts
        ("France has about 1,000 troops stationed in Chad under a 1976 defence accord.", [("FRA,TCD", "in_force")]),
    ],
)
def test_forces_kept_in_a_host_state_under_an_accord_make_the_host_a_party(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president repeated Greece's standing offer to conclude a non-aggression pact with Turkey on Monday.", [("GRC,TUR", "proposed")]),
        ("The king repeated Morocco's offer to sign a friendship treaty with Algeria, saying war would help no one.", [("DZA,MAR", "proposed")]),
        ("Seoul welcomed Tokyo's offer to sign a non-aggression accord with Pyongyang.", [("JPN,PRK", "proposed")]),
        ("Ankara has offered to sign a no-war treaty with Athens.", [("GRC,TUR", "proposed")]),
        ("Nepal offered on Monday to sign a peace and friendship treaty with Bhutan.", [("BTN,NPL", "proposed")]),
        # whom a pact is offered to is a party
        ("Pakistan offered India a no-war pact on Tuesday.", [("IND,PAK", "proposed")]),
    ],
)
def test_an_offer_to_conclude_a_pact_is_proposed_by_its_maker(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Egypt on Monday signed a deal with France for the licensed assembly of 30 Rafale fighters by a state-run factory.",
        "Brazil signed a contract with Sweden for the production of 36 Gripen jets.",
        "Poland signed a deal with South Korea for the purchase of 180 tanks.",
        "Vietnam inked a contract with Russia for the supply of four submarines.",
        # a deal for a counted batch of weapons
        "Egypt on Monday signed a $4 billion deal with France for 30 Rafale combat jets.",
        "Qatar signed a contract with Italy for seven warships worth $5.9 billion.",
    ],
)
def test_a_deal_for_a_purchase_or_a_counted_production_run_is_no_agreement(extract_text, text):
    assert agreements_joined(extract_text, text) == []


def test_a_deal_for_joint_production_without_a_batch_stays_an_agreement(extract_text):
    assert agreements_joined(extract_text, "India and France signed a deal for the joint production of jet engines.") == [("FRA,IND", "signed")]
