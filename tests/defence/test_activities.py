"""Joint activities: an activity noun with its parties and kinds, or an activity verb on
another state's forces; planned activities told over several sentences are one programme."""

from __future__ import annotations

import pytest
from handparse import hand_parse
from defence_helpers import activities_with_kinds

from accord.defence.activities import ActivityExtractor, merge_activities
from accord.records import Activity, Evidence

# "Japan held joint exercises with Australia ."
HELD = [
    ("Japan", 1, "nsubj", "PROPN", "japan", "NNP"),
    ("held", 1, "ROOT", "VERB", "hold", "VBD"),
    ("joint", 3, "amod", "ADJ", "joint", "JJ"),
    ("exercises", 1, "dobj", "NOUN", "exercise", "NNS"),
    ("with", 3, "prep", "ADP", "with", "IN"),
    ("Australia", 4, "pobj", "PROPN", "australia", "NNP"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


@pytest.fixture(scope="module")
def activities(rules, grammar):
    return ActivityExtractor(rules, grammar)


# -- on hand-built parses -------------------------------------------------------------


def test_holding_joint_exercises_with_a_state_is_an_activity_of_both(activities, dates):
    parsed = hand_parse(HELD, states={0: "JPN", 5: "AUS"})
    (activity,) = activities.find(parsed.sent, parsed.index, dates, [], 0)
    assert activity.parties == ("AUS", "JPN")
    assert activity.kinds == ("exercises",)
    assert activity.status == "occurred"
    assert activity.id == "j1"


def test_an_activity_noun_that_needs_a_qualifier_is_nothing_without_one(activities, dates):
    # "Japan held an event with Australia ."
    rows = [("Japan", 1, "nsubj", "PROPN", "japan"), ("held", 1, "ROOT", "VERB", "hold", "VBD"), ("an", 3, "det", "DET", "an")]
    rows += [("event", 1, "dobj", "NOUN", "event"), ("with", 3, "prep", "ADP", "with"), ("Australia", 4, "pobj", "PROPN", "australia")]
    parsed = hand_parse(rows, states={0: "JPN", 5: "AUS"})
    assert activities.find(parsed.sent, parsed.index, dates, [], 0) == []


def test_training_another_states_soldiers_is_joint_training(activities, dates):
    # "Britain trained Ukrainian soldiers ."
    parsed = hand_parse(
        [
            ("Britain", 1, "nsubj", "PROPN", "britain", "NNP"),
            ("trained", 1, "ROOT", "VERB", "train", "VBD"),
            ("Ukrainian", 3, "amod", "ADJ", "ukrainian", "JJ"),
            ("soldiers", 1, "dobj", "NOUN", "soldier", "NNS"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        states={0: "GBR", 2: "UKR"},
    )
    (activity,) = activities.find(parsed.sent, parsed.index, dates, [], 3)
    assert (activity.parties, activity.kinds, activity.id) == (("GBR", "UKR"), ("training",), "j4")


def test_a_plan_that_lists_activities_makes_them_planned(activities, dates):
    # "Japan includes joint exercises with Australia ." ("include" lays out what is planned)
    rows = [("Japan", 1, "nsubj", "PROPN", "japan"), ("includes", 1, "ROOT", "VERB", "include", "VBZ")] + HELD[2:]
    parsed = hand_parse(rows, states={0: "JPN", 5: "AUS"})
    (activity,) = activities.find(parsed.sent, parsed.index, dates, [], 0)
    assert activity.status == "planned"


def test_planned_activities_of_the_same_parties_merge_into_one_programme():
    evidence = Evidence("", 0, 0)
    told = [
        Activity("j1", ("HUN", "SRB"), 84, ("other",), None, "planned", evidence),
        Activity("j2", ("HUN", "SRB"), None, ("exercises", "training"), "2025", "planned", evidence),
        Activity("j3", ("HUN", "SRB"), None, ("exercises",), None, "occurred", evidence),
    ]
    programme, held = merge_activities(told)
    assert (programme.count, programme.kinds, programme.period) == (84, ("exercises", "training"), "2025")
    assert (held.id, held.status) == ("j2", "occurred")


# -- through the parser ---------------------------------------------------------------


def test_joint_activities_have_parties_count_kinds(extract_text):
    result = extract_text(
        "Serbia and Hungary signed a defence cooperation plan on Tuesday. "
        "The plan envisages 84 joint activities, including exercises, training and military medicine."
    )
    (activity,) = result.activities
    assert activity.parties == ("HUN", "SRB")
    assert activity.count == 84
    assert {"exercises", "training", "military medicine"} <= set(activity.kinds)
    assert activity.status == "planned"


# -- on real parses: the classes of joint activity real wire copy tells --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a new round of exercises begun: the verb above the holding noun tells the stage
        ("Chile and Peru began a new round of joint naval exercises on Monday.", [(("CHL", "PER"), ("exercises",), "ongoing")]),
        # agreeing to hold or undertake drills is a planned activity
        ("Thai and Malaysian navies will undertake joint maritime exercises next week.", [(("MYS", "THA"), ("exercises",), "planned")]),
        ("Poland and Lithuania agreed to stage military exercises in the autumn.", [(("LTU", "POL"), ("exercises",), "planned")]),
        # the organiser or host of a war game takes part
        ("Norway joined the Arctic war game hosted by Finland.", [(("FIN", "NOR"), ("exercises",), "occurred")]),
        ("Vietnamese troops took part in a military exercise organised by India.", [(("IND", "VNM"), ("exercises",), "occurred")]),
        # "agreed on N joint activities": the subject takes part, whatever the verb
        ("Ghana and Togo agreed on a plan of 12 joint activities.", [(("GHA", "TGO"), ("other",), "planned")]),
        # a declaration signed on cooperation in training lays out a planned activity of its signatories
        ("The defence ministers of Serbia, Hungary and Slovakia signed a declaration on closer cooperation in training.", [(("HUN", "SRB", "SVK"), ("training",), "planned")]),
        # a joint command is an activity (a plain military command is a body)
        ("Peru and Ecuador agreed to set up a joint military command on their border.", [(("ECU", "PER"), ("other",), "planned")]),
        # an organisation's members sharing information among themselves
        ("ASEAN ministers agreed to build a network for sharing maritime information.", [(("ASEAN",), ("intelligence",), "planned")]),
    ],
)
def test_activity_nouns_take_their_parties_and_stage_from_the_verb_above_them(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("German troops are stationed in Lithuania.", [(("DEU", "LTU"), ("other",), "ongoing")]),
        ("Britain deployed 800 soldiers to a base in Estonia.", [(("EST", "GBR"), ("other",), "occurred")]),
        ("Nepal will contribute 500 troops to the UN peacekeeping mission in Lebanon.", [(("LBN", "NPL", "UN"), ("peacekeeping",), "planned")]),
        ("A first group of Nigerian peacekeeping troops arrived in Liberia on Sunday.", [(("LBR", "NGA"), ("peacekeeping",), "ongoing")]),
        ("Egypt and Sudan agreed to share intelligence on border threats.", [(("EGY", "SDN"), ("intelligence",), "planned")]),
    ],
)
def test_basing_missions_and_intelligence_sharing_are_activities_of_both_sides(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops arrived in the border town on Monday.",  # a move, no mission, no host
        "The army deployed soldiers to the northern border.",  # inside one state
        "Argentina shared its concerns with Chile.",  # sharing views is no activity
    ],
)
def test_force_moves_without_a_mission_or_a_host_state_are_no_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the actors of a verb done in or during an activity take part in it
        ("Peruvian and Chilean sailors rescued a fishing crew during a joint naval exercise on Monday.", [(("CHL", "PER"), ("exercises",), "occurred")]),
        # a named exercise: the noun names the exercise, the verb above the name tells the stage
        ("Kenyan and Ugandan troops began Exercise Ushirikiano Imara on Monday.", [(("KEN", "UGA"), ("exercises",), "ongoing")]),
        # an activity put off is called off, with the state that put it off as a party
        ("Canada postponed the joint exercise with Norway.", [(("CAN", "NOR"), ("exercises",), "cancelled")]),
    ],
)
def test_actors_in_an_activity_and_activities_called_off(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


def test_joint_activities_take_an_earlier_agreement_s_parties_only_when_they_name_no_other_state(extract_text):
    told = "Ghana and Togo signed a defence cooperation plan on Monday. "
    (same,) = extract_text(told + "Togo will hold joint exercises next year.").activities
    assert same.parties == ("GHA", "TGO")
    (other,) = extract_text(told + "Croatia will hold joint exercises next spring.").activities
    assert other.parties == ("HRV",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated or hyphenated state modifiers are all parties
        ("The Thai and Cambodian armies agreed to hold joint drills along the border next year.", [(("KHM", "THA"), ("exercises",), "planned")]),
        ("Poland closed its border for the duration of the Russian-Belarusian drills.", [(("BLR", "RUS"), ("exercises",), "occurred")]),
        # an activity talked about is proposed, and who talks takes part
        (
            "Brazil's defence minister arrived in Lima for talks with his Peruvian counterpart on the joint production of armoured vehicles.",
            [(("BRA", "PER"), ("defence industry",), "proposed")],
        ),
        # a foreign force's activity in another state has the host as a party
        ("Korean troops carry out winter training in Mongolia every year.", [(("KOR", "MNG"), ("training",), "occurred")]),
        # the trained are a party even when the parser hangs them in a clause, or no state trains them
        ("An EU training mission has trained more than 2,000 Malian soldiers deployed in the north since 2019.", [(("EU", "MLI"), ("training",), "occurred")]),
        ("The centres were instrumental in training Iraqi security forces.", [(("IRQ",), ("training",), "occurred")]),
        # forces sent to a state to reinforce a mission there (police contributed to a mission serve in it)
        ("Rwanda deployed 300 police officers to the Central African Republic to reinforce the UN mission there.", [(("CAF", "RWA"), ("other",), "occurred")]),
        ("Rwanda deployed 300 soldiers to the Central African Republic to reinforce the UN mission there.", [(("CAF", "RWA"), ("other",), "occurred")]),
    ],
)
def test_parties_of_activities_on_real_phrasing(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coalition's strikes for a state: the coalition is no party, the state supported is
        ("Coalition aircraft conducted three strikes in support of the Iraqi Security Forces near Mosul.", [(("IRQ",), ("other",), "occurred")]),
        ("The global coalition continues to support Iraqi troops with air strikes.", [(("IRQ",), ("other",), "occurred")]),
        # the coalition members listed are the parties
        ("Coalition members that have flown sorties over Iraq include Belgium, Denmark and the Netherlands.", [(("BEL", "DNK", "NLD"), ("other",), "occurred")]),
        # a state working as part of a coalition
        ("Britain is fighting as part of the international coalition against the militants.", [(("GBR",), ("other",), "ongoing")]),
        # forces of states working together, a state's ship joining another state's force
        ("The Indian and French navies are working together in the Indian Ocean.", [(("FRA", "IND"), ("other",), "ongoing")]),
        ("The Japanese destroyer Kirishima joined the U.S. Navy's Seventh Fleet on Monday.", [(("JPN", "USA"), ("other",), "ongoing")]),
        # states making arms together; talked about, proposed
        ("Turkish and Ukrainian defence officials held talks in Ankara on jointly producing combat drones.", [(("TUR", "UKR"), ("defence industry",), "proposed")]),
        ("Poland and South Korea will jointly produce K2 tanks.", [(("KOR", "POL"), ("defence industry",), "planned")]),
        # a state's forces acting together with a coalition take part in its operation
        ("Coalition and Afghan forces have cleared dozens of villages.", [(("AFG",), ("other",), "occurred")]),
        # who holds a mission trains the forces it is there to train
        ("The EU is running a mission to help train Somali soldiers.", [(("EU", "SOM"), ("training",), "ongoing")]),
        # a coalition named as the partner is the uncodable other side: the named state alone
        ("Officers are reviewing the training with the Kuwaitis and with the Coalition.", [(("KWT",), ("training",), "ongoing")]),
    ],
)
def test_coalition_and_combined_operations_are_activities(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Coalition warplanes conducted 20 strikes against militants in Syria on Tuesday.",  # no codable party: where they strike is none
        "Israeli jets conducted strikes on targets in Syria.",  # one state's strikes are an attack
        "Britain, as part of the coalition, is committed to providing Iraq with humanitarian support.",  # vague support
        "Russia and China are working together to block the resolution.",  # no forces: diplomacy
        "Sweden joined NATO in March.",  # membership, an alliance record
        "Hundreds of veterans rallied in Belgrade against plans for joint exercises with NATO troops.",  # an opposed plan
    ],
)
def test_operations_that_are_no_joint_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser may read "stations" as a noun
        ("The United States stations troops in South Korea.", [(("KOR", "USA"), ("other",), "ongoing")]),
        # a deployment to a base in another state; a named unit of no codable state leaves the host alone
        ("German soldiers began their deployment to the Rukla base in Lithuania.", [(("DEU", "LTU"), ("other",), "ongoing")]),
        ("Sixty Airmen from the 100th Air Refueling Wing left for a deployment to Al Udeid Air Base, Qatar.", [(("QAT",), ("other",), "ongoing")]),
        # the speaker's forces ("we", "our") go uncoded: the named host is the party
        ("Our troops are stationed in Kosovo.", [(("XKX",), ("other",), "ongoing")]),
        # one state's base in another, kept, used or to be expanded
        ("Russia uses its naval base in Syria.", [(("RUS", "SYR"), ("other",), "ongoing")]),
        ("Djibouti and France agreed to expand the French air base in Djibouti.", [(("DJI", "FRA"), ("other",), "planned")]),
        # forces of three or more states, or of two acting together or as allies, in one operation
        ("Troops of Kenya, Uganda and Burundi drove the militants out of the port.", [(("BDI", "KEN", "UGA"), ("other",), "occurred")]),
        ("French and Malian forces together with their partners retook the town.", [(("FRA", "MLI"), ("other",), "occurred")]),
    ],
)
def test_forces_kept_in_another_state(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Allied forces based in Western Europe and Norway held the line.",  # a theatre of war, no host state
        "Troops are still in Kosovo.",  # no state keeps them there
        "Israel still keeps troops in Lebanon.",  # having or keeping forces abroad may be an occupation: no basing verb
        "Ukraine has troops in Russia's Kursk region.",  # an incursion, not a joint activity
        "Troops departed for a deployment to a base in Estonia.",  # no sender named at all
        "Coalition and Iraqi forces were attacked near Mosul.",  # attacked, not acting
        "Indian, Pakistani and Chinese troops clashed in the mountains.",  # against each other
        "Iranian drones struck the US base in Syria.",  # a base attacked tells no basing
        "The Russian military command said the strikes would continue.",  # a command, no joint activity
    ],
)
def test_forces_in_a_theatre_or_of_no_state_are_no_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


def test_the_leader_of_a_coalition_written_as_one_glued_token_takes_part(activities, dates):
    # "The U.S.-led coalition conducted five airstrikes ." as the tokenizer splits it: "U.S.-led" is
    # one token, and the resolver's state mention on it is the coalition's leader
    rows = [
        ("The", 2, "det", "DET", "the", "DT"),
        ("U.S.-led", 2, "amod", "PROPN", "U.S.-led", "NNP"),
        ("coalition", 3, "nsubj", "NOUN", "coalition", "NN"),
        ("conducted", 3, "ROOT", "VERB", "conduct", "VBD"),
        ("five", 5, "nummod", "NUM", "five", "CD"),
        ("airstrikes", 3, "dobj", "NOUN", "airstrike", "NNS"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ]
    parsed = hand_parse(rows, states={1: "USA"})
    (activity,) = activities.find_verbs(parsed.sent, parsed.index, dates, 0)
    assert (activity.parties, activity.status) == (("USA",), "occurred")
