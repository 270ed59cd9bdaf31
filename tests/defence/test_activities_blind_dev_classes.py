"""Joint activities: classes of phrasing seen on the wire set's blind-written dev lines (round 7),
each pinned by invented variants, and the civilian near misses that must stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import activity_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces "with" the activity, in a clause of taking part: their states join
        ("Chilean and Peruvian forces ended the Andean Shield exercise on Friday, with troops from Bolivia, Ecuador and Colombia also taking part.", [(("BOL", "CHL", "COL", "ECU", "PER"), "occurred")]),
        ("Greek and Cypriot units finished the Medusa drills on Sunday, with soldiers from Egypt and France also participating.", [(("CYP", "EGY", "FRA", "GRC"), "occurred")]),
        # the naming participle carries the noun's "with" phrase
        ("Polish paratroopers opened an exercise dubbed Anakonda on Tuesday with troops from Lithuania and Latvia.", [(("LTU", "LVA", "POL"), "ongoing")]),
        ("Romanian marines began a drill called Sea Shield on Monday with troops from Bulgaria and Turkey.", [(("BGR", "ROU", "TUR"), "ongoing")]),
    ],
)
def test_forces_in_company_of_an_activity_take_part(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops sent to join a force another state leads: the leader takes part
        ("Niger will send 300 troops to Chad to join the French-led force fighting militants, a spokesman said.", [(("FRA", "NER", "TCD"), "planned")]),
        ("Malawi will send 400 soldiers to Mozambique to join the South African-led force there, the army said.", [(("MOZ", "MWI", "ZAF"), "planned")]),
        # the purpose hung on the request: "at the request of Y to join the X-led force"
        ("Mali will send 400 soldiers to Qatar at the request of Emir Tamim to join the British-led force.", [(("GBR", "MLI", "QAT"), "planned")]),
        ("Mali will send 400 soldiers to Qatar at the request of its emir to join the British-led multinational force deployed against Iran, his office said.", [(("GBR", "MLI", "QAT"), "planned")]),
        # a request with no purpose of a force or mission, and an uncoded host, tell nothing
        ("Mali will send 400 soldiers to Qatar at the request of its emir to protect the royal palace.", []),
        # the parser may read the participle after the force as the head ("the X-led force massing near Y")
        ("Nepal will send 800 soldiers to Kuwait to join the British-led coalition force massing near Iraq.", [(("GBR", "KWT", "NPL"), "planned")]),
        ("Peru will send 900 troops to Oman to join an American-led naval force assembling off Yemen.", [(("OMN", "PER", "USA"), "planned")]),
    ],
)
def test_the_leader_of_a_force_joined_takes_part(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The central banks of Norway and Sweden staged a joint crisis-management drill last spring.",
        "The customs services of Poland and Lithuania held a joint exercise at the border crossing.",
        "The finance ministries of Kenya and Uganda held a joint exercise on budget planning.",
        "The tax authorities of Chile and Peru ran a joint exercise last week.",
    ],
)
def test_an_exercise_held_by_a_civilian_body_is_no_military_activity(extract_text, text):
    assert activity_statuses(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a military body still holds a military exercise
        "The navies of Norway and Sweden held a joint exercise on Friday.",
        "The defence ministries of Kenya and Uganda held a joint exercise on Monday.",
    ],
)
def test_a_military_body_still_holds_an_exercise(extract_text, text):
    assert len(activity_statuses(extract_text, text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "providing X with intelligence": the recipient is the object, the intelligence comes after "with"
        ("France is providing Niger with satellite intelligence on militant movements, a general said.", [(("FRA", "NER"), "ongoing")]),
        ("Britain has been providing Ukraine with intelligence on Russian troop movements.", [(("GBR", "UKR"), "ongoing")]),
        ("Norway is supplying Estonia with intelligence about submarine activity in the Baltic.", [(("EST", "NOR"), "ongoing")]),
        # what is given is no intelligence: no activity
        ("France is providing Niger with food aid for the drought, a minister said.", []),
    ],
)
def test_providing_a_state_with_intelligence_is_intelligence_sharing(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # troops sent to serve with an organisation's mission: the organisation takes part, by its full name too
        ("Ghana plans to deploy 600 soldiers to Sudan to serve in the new United Nations Mission for Darfur.", [(("GHA", "SDN", "UN"), "planned")]),
        ("Uruguay will send 400 troops to Congo in May to serve in the United Nations Organisation Stabilisation Mission.", [(("COD", "UN", "URY"), "planned")]),
        ("Chad will send 1,000 soldiers to Mali to serve in an African Union stabilisation mission, officials said.", [(("AU", "MLI", "TCD"), "planned")]),
    ],
)
def test_the_organisation_of_a_mission_served_takes_part(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's bases are used by American forces for training, officials said.", [(("KEN", "USA"), "ongoing")]),
        # bases used to attack tell no consent of the host
        ("Iraq's air bases were used by Iranian forces to strike Kurdish positions, Baghdad complained.", []),
        ("Syria's airfields were used by Russian jets to bomb rebel towns, activists said.", []),
    ],
)
def test_bases_used_to_attack_are_no_consented_basing(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the X contingent of N troops stationed in Y": the sender qualifies the outer force noun
        ("The Egyptian contingent of 3,000 troops stationed in Kuwait under a 1991 defence protocol will remain there, the ministry said.", [(("EGY", "KWT"), "ongoing")]),
        ("A Nigerian battalion of 800 soldiers based in Gambia under a bilateral accord is to stay until June.", [(("GMB", "NGA"), "ongoing")]),
        # no sender named: nothing
        ("A contingent of 500 troops stationed in Kuwait will remain there.", []),
    ],
)
def test_a_contingent_of_troops_stationed_abroad_is_basing(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what an agreement covers or includes is its scope: no activity is told held
        "Thailand and Laos are carrying out a 2010 military accord covering cadet visits and joint flood-relief training.",
        "Chile and Peru renewed a defence memorandum covering joint naval training and staff visits.",
        "Fiji and Tonga are applying a 2012 accord covering liaison visits and joint maritime training.",
        "Oman and Jordan extended a security protocol covering cadet exchanges and joint desert training.",
    ],
)
def test_the_scope_of_an_agreement_is_no_activity_held(extract_text, text):
    assert activity_statuses(extract_text, text) == []
