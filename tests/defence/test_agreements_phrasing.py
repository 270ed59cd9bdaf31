"""Agreements mentioned in passing, on varied wire-copy phrasing: a standing treaty, an accord
left or renounced, a treaty under which something is done, any signed instrument."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an existing or standing treaty is in force
        ("Manila invoked its 1951 mutual defence treaty with Washington.", [("PHL,USA", "in_force")]),
        ("The existing defence pact between Egypt and Sudan remains in force, Cairo said.", [("EGY,SDN", "in_force")]),
        ("Officials in Tokyo pointed to the security treaty that binds Japan and the United States.", [("JPN,USA", "in_force")]),
        ("Seoul reaffirmed its existing defence treaty with Washington after the missile launch.", [("KOR,USA", "in_force")]),
        ("The 2014 security accord between Kabul and Washington remains in force, officials said.", [("AFG,USA", "in_force")]),
        ("A defence pact allowing French troops to use Ivorian bases has stayed in force for decades.", [("CIV,FRA", "in_force")]),
        # an act done under a treaty tells it is in force
        ("Under their mutual defence treaty, the United States is obliged to defend South Korea.", [("KOR,USA", "in_force")]),
        ("Under a 1978 treaty with Panama, the United States handed over the canal.", [("PAN,USA", "in_force")]),
        ("Under its security pact with Australia, the Solomon Islands can ask for police help.", [("AUS,SLB", "in_force")]),
        ("Japanese and American troops drilled together under the 1960 treaty between Japan and the United States.", [("JPN,USA", "in_force")]),
        # an act under "the treaty" with one side named: the sentence's two states
        ("Acting under the 1960 treaty, American aircraft landed at a Japanese base.", [("JPN,USA", "in_force")]),
    ],
)
def test_standing_agreements_are_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # withdrawing from, renouncing or reneging on an accord ends it
        ("Mali renounced its defence agreements with France on Monday.", [("FRA,MLI", "terminated")]),
        ("Niger reneged on its military cooperation accord with the United States.", [("NER,USA", "terminated")]),
        ("Burkina Faso announced it was withdrawing from a 2018 security agreement with Paris.", [("BFA,FRA", "terminated")]),
        ("Washington pulled out of the missile treaty it had signed with Moscow.", [("RUS,USA", "terminated")]),
        ("Chad said it was ending its defence cooperation agreement with France.", [("FRA,TCD", "terminated")]),
        ("Moscow withdrew from its arms control treaty with Washington in August.", [("RUS,USA", "terminated")]),
        ("The junta repudiated the defence accords Niger had signed with France.", [("FRA,NER", "terminated")]),
        # an accord that lapses by itself is over
        ("The arbitration treaty between Mexico and Guatemala expired last year.", [("GTM,MEX", "terminated")]),
    ],
)
def test_an_accord_left_is_terminated(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any signed instrument, its parties from the signers or "between X and Y"
        ("Kenya and Somalia signed a memorandum on border security on Monday.", [("KEN,SOM", "signed")]),
        ("A roadmap for defence cooperation was signed between India and Vietnam in Hanoi.", [("IND,VNM", "signed")]),
        ("NAIROBI, March 3 - The foreign ministers of Ethiopia and Djibouti signed a protocol on port security.", [("DJI,ETH", "signed")]),
        ("Seoul and Warsaw signed a document on arms industry cooperation.", [("KOR,POL", "signed")]),
        ("Egypt signed a defence cooperation plan with Greece in Athens.", [("EGY,GRC", "signed")]),
        ("A memorandum on naval cooperation was signed by Egypt and Saudi Arabia on Sunday.", [("EGY,SAU", "signed")]),
        ("Vietnam and the Philippines inked a roadmap on maritime security cooperation.", [("PHL,VNM", "signed")]),
        # entering into a treaty signs it; concluding one too; signing it into law ratifies it
        ("Decades ago Peru entered into a treaty with Ecuador that settled the border.", [("ECU,PER", "signed")]),
        ("A convention on fisheries between Norway and Iceland was concluded in 1990.", [("ISL,NOR", "signed")]),
        ("The US president signed the new trade agreement with Chile into law.", [("CHL,USA", "ratified")]),
        # an agreement whose parties its phrase names, acting in the clause, is in force; a recent one signed
        ("Recent accords between Kenya and Ethiopia have eased border tensions.", [("ETH,KEN", "signed")]),
        ("The border treaty between Peru and Ecuador has brought calm to the region.", [("ECU,PER", "in_force")]),
        ("The fisheries accord between Chile and Argentina has so far failed to win approval in Congress.", [("ARG,CHL", "signed")]),
        # a signing told only as a condition is no stage; a text already negotiated is agreed
        ("If Baghdad signs the security agreement that Washington has negotiated, American troops will stay.", [("IRQ,USA", "agreed")]),
    ],
)
def test_signed_instruments_and_their_parties(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_a_third_state_commenting_on_a_pact_is_no_party_to_it(extract_text):
    text = "Canberra is weighing whether to join the Pacific pact, a step the Chinese embassy said would raise tensions."
    assert all("CHN" not in a.parties for a in extract_text(text).agreements)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement told only as a possibility, a condition or a wish exists in no stage
        ("A peace treaty between Israel and Saudi Arabia could transform the region.", []),
        ("A ceasefire between Hamas and Israel would save lives.", []),
        ("A trade agreement between India and the UK would boost exports.", []),
        ("A fisheries pact between Chile and Peru might ease tensions.", []),
        ("A defence accord between Ghana and Togo will deter smugglers.", []),
        # one that acts as a fact, or an existing one whose effect lies ahead, is in force
        ("The border treaty between Ghana and Togo has eased tensions.", [("GHA,TGO", "in_force")]),
        ("The defence accord between Ghana and Togo will deter smugglers.", [("GHA,TGO", "in_force")]),
    ],
)
def test_an_agreement_acts_in_force_only_as_a_fact(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
