"""Joint activities told in other words than the usual ones (issue 13, generalising): headlines
that join their states with a comma, the speaker's own forces, activities mounted or wound up, the
exchange of intelligence as a noun, forces sent at "the government's" request or to back the host's
government, a joint activity reported to begin by the states that say so, forces serving in an
organisation's mission, teaching forces; and the near misses that must stay as they are: civilian
"exercises", a drill called off by a third state, teaching that is no training (invented sentences)."""

from __future__ import annotations

import pytest


def _activities(extract_text, text):
    return [(a.parties, a.status) for a in extract_text(text).activities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline joins its subjects with a comma
        ("Peru, Chile begin joint naval drills", [(("CHL", "PER"), "ongoing")]),
        ("Ghana, Togo start joint border patrols", [(("GHA", "TGO"), "ongoing")]),
        # the speaker's own army, navy or forces stand for the speaker's state
        ("Ghana's defence minister said his army would hold joint drills with Togo.", [(("GHA", "TGO"), "planned")]),
        ("The Chilean admiral said his navy would stage exercises with Argentina next year.", [(("ARG", "CHL"), "planned")]),
        # mounting or winding up an activity holds it
        ("Indonesian and Malaysian warships mounted coordinated patrols in the Strait.", [(("IDN", "MYS"), "occurred")]),
        ("Egypt and Sudan wound up joint air force drills on Thursday.", [(("EGY", "SDN"), "occurred")]),
        # the exchange (or sharing) of intelligence told as a noun with an "of" object
        ("Japan and South Korea resumed the exchange of military intelligence.", [(("JPN", "KOR"), "ongoing")]),
        ("The exchange of intelligence between Kenya and Somalia was expanded last year.", [(("KEN", "SOM"), "occurred")]),
        # "the government" asking for the forces is the host's
        ("Chad sent troops into Mali at the government's request.", [(("MLI", "TCD"), "occurred")]),
        ("Rwanda deployed soldiers to Mozambique at the request of the government.", [(("MOZ", "RWA"), "occurred")]),
        # forces sent to the side of the host's government or army
        ("Russia deployed forces to Syria to back the government.", [(("RUS", "SYR"), "occurred")]),
        ("Cuban troops were sent to Angola to support the Angolan government.", [(("AGO", "CUB"), "occurred")]),
        ("Rwanda sent troops to Mozambique to help its army.", [(("MOZ", "RWA"), "occurred")]),
        # a headline's adjectives joined by a comma
        ("Greek, Cypriot forces wrap up joint drills", [(("CYP", "GRC"), "occurred")]),
        # a joint activity with no party of its own, begun in what two states say
        ("The defence ministers of Greece and Cyprus said joint manoeuvres would begin next week.", [(("CYP", "GRC"), "planned")]),
        ("Beijing and Islamabad said joint patrols would start on Monday.", [(("CHN", "PAK"), "planned")]),
        # forces serving in an organisation's mission in a state
        ("Kenyan troops serve in the African Union mission in Somalia.", [(("AU", "KEN", "SOM"), "ongoing")]),
        ("Ethiopian troops serve with the UN mission in South Sudan.", [(("ETH", "SSD", "UN"), "ongoing")]),
        # teaching or instructing another state's forces is training
        ("French trainers have been teaching Nigerien soldiers.", [(("FRA", "NER"), "ongoing")]),
        ("Ghanaian officers instruct Liberian recruits.", [(("GHA", "LBR"), "ongoing")]),
        # the host of an exercise named in a relative clause the parser reads as a noun phrase
        ("Chile's navy joined the RIMPAC exercise, which the United States hosts.", [(("CHL", "USA"), "occurred")]),
        ("Brazil will take part in Cobra Gold, the exercise Thailand hosts every year.", [(("BRA", "THA"), "planned")]),
        # forces sent to drills another state hosts ("to" read as a dative)
        ("Kazakhstan sent 200 soldiers to drills that Russia is hosting.", [(("KAZ", "RUS"), "occurred")]),
        # drills that include forces from a state: held, not planned; the origin hung on the verb
        ("The drills, hosted by Kenya, included soldiers from Rwanda.", [(("KEN", "RWA"), "occurred")]),
        ("The drills included soldiers from Rwanda and Kenya.", [(("KEN", "RWA"), "occurred")]),
        # ships and aircraft stationed or based in another state
        ("British jets are stationed in Estonia under a NATO plan.", [(("EST", "GBR"), "ongoing")]),
        ("Britain bases its fighter jets in Cyprus.", [(("CYP", "GBR"), "ongoing")]),
        # forces received for an activity: the host takes part
        ("The Omani army welcomed British soldiers for a desert exercise.", [(("GBR", "OMN"), "occurred")]),
        # a state's bases used by another state's forces
        ("Japan's bases are used by American forces.", [(("JPN", "USA"), "ongoing")]),
        ("American forces use Japanese bases.", [(("JPN", "USA"), "ongoing")]),
        ("American jets use bases in Japan.", [(("JPN", "USA"), "ongoing")]),
        # a military exercise in a place keeps its record
        ("Japan and India held joint exercises in the Arabian Sea.", [(("IND", "JPN"), "occurred")]),
    ],
)
def test_activities_told_in_other_words(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who calls off an activity whose parties the noun names is none of them
        ("The joint drill between Serbia and Hungary was cancelled by Russia.", [(("HUN", "SRB"), "cancelled")]),
        ("Joint exercises of Armenia and India were postponed by Yerevan's ally Russia.", [(("ARM", "IND"), "cancelled")]),
        # ... but the canceller of an activity with one named partner is the other party
        ("Poland cancelled drills with Germany.", [(("DEU", "POL"), "cancelled")]),
    ],
)
def test_a_drill_called_off_by_a_third_state(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # exercises and drills of a civilian kind
        "Economic exercises between Japan and Korea began.",
        "Brazil and Argentina held a joint financial drill for their banks.",
        "Diplomatic exercises between Norway and Iceland were held in Oslo.",
        # a headline comma before the subject joins no place or time
        "Monday, Chile begins naval drills",
        # the speaker's forces with no speaker named
        "His army will hold drills next week.",
        # exchanges of other things
        "Israel and Hamas began an exchange of prisoners.",
        "India and Pakistan traded an exchange of fire on the border.",
        # a state's own drill, an occupation, forces massed on a border
        "China held its own military drills near Taiwan.",
        "Russian troops occupied parts of Georgia.",
        "India massed troops on its border with Pakistan.",
        # forces sent at the request of a government that is not the host's
        "Chad sent troops into Mali at the request of the French government.",
        # forces sent against the host's government, to back a group, or another state's army
        "Russia sent troops into Ukraine to topple the government.",
        "Russia sent troops to Syria to support the rebels.",
        "Chad sent soldiers to Niger to support the army of Mali.",
        # one state saying a joint activity begins names no second party
        "Russia said joint drills would begin soon.",
        # serving in a state with no mission, or in a police mission
        "Kenyan troops serve in Somalia.",
        "Kenyan police officers serve in the UN mission in Haiti.",
        # teaching that is no training of forces
        "Kenyan teachers teach Somali children.",
        "Chinese language instructors in Kenya teach at the Confucius Institute.",
        # a scenario an exercise involves names no party
        "The drill involved a simulated attack from Russia.",
        # bases used by no forces, by the state's own forces, by an armed group, or in a war
        "American tourists use Japanese bases.",
        "Japan's bases are used by Japanese forces.",
        "Kurdish rebels use Iraqi bases.",
        "Syrian bases are used by Russian jets in the war.",
        # a state welcoming an activity it does not hold
        "Thai officials welcomed visiting American tourists for a joint festival.",
        # a state hosting another's warships may be a port call
        "Cuba hosts Russian warships in Havana.",
        # exercises on a civilian topic
        "Britain and France held a joint exercise in budget cuts.",
        "Japan and India held joint exercises on trade finance.",
    ],
)
def test_near_misses_stay_empty(extract_text, text):
    assert _activities(extract_text, text) == []
