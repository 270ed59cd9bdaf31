"""Joint activities as wire copy tells them: datelines, reported speech, pronouns, passives,
appositions and nominalisations, and the near misses that must stay empty (invented sentences)."""

from __future__ import annotations

import pytest


def _activities(extract_text, text):
    return [(a.parties, a.status) for a in extract_text(text).activities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round of drills begun under a dateline; a phrasal starting verb holds its subject
        ("BEIJING, May 3 (Reuters) - China and Pakistan kicked off a new round of joint naval drills in the Arabian Sea on Tuesday, the Chinese defence ministry said.", [(("CHN", "PAK"), "ongoing")]),
        # drills "which began" are under way
        ("The drills, which began Monday off Trincomalee, bring together Indian and Sri Lankan warships.", [(("IND", "LKA"), "ongoing")]),
        # a pronoun subject stands for the subject of the reporting verb
        ("Greece and Egypt said they would hold air force drills in the eastern Mediterranean in October.", [(("EGY", "GRC"), "planned")]),
        ("CAIRO (AP) - Egypt said on Sunday it would hold naval exercises with Greece next month.", [(("EGY", "GRC"), "planned")]),
        # the partner of the agreeing verb takes part
        ("Kenya agreed with Tanzania to hold regular military exercises, the statement said.", [(("KEN", "TZA"), "planned")]),
    ],
)
def test_exercises_begun_or_agreed_in_reported_speech(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the exercise named, then described in apposition with its organiser or host
        ("Sweden took part in Baltops, the annual naval exercise led by the United States.", [(("SWE", "USA"), "occurred")]),
        ("Poland is participating in Arctic Challenge, an air exercise hosted by Norway.", [(("NOR", "POL"), "ongoing")]),
        ("Khaan Quest, a peacekeeping exercise co-hosted by Mongolia and the United States, opened on Monday.", [(("MNG", "USA"), "ongoing")]),
        # a foreign force in drills held in a state: the host takes part
        ("Some 85 American soldiers took part in the Eagle Partner drills held in Armenia.", [(("ARM", "USA"), "occurred")]),
        # the organiser named one level down: "X's <name> exercise", "X-led exercises"
        ("Finnish troops joined Estonia's Spring Storm exercise in May.", [(("EST", "FIN"), "occurred")]),
        ("Thailand joined US-led Cobra Gold exercises on Tuesday.", [(("THA", "USA"), "occurred")]),
        # the forces an activity involves take part
        ("The drills involve about 3,000 soldiers from Russia and Belarus.", [(("BLR", "RUS"), "occurred")]),
    ],
)
def test_a_war_game_another_state_runs_has_the_organiser_as_a_party(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian and Thai navies conducted a coordinated patrol along their maritime boundary last week.", [(("IND", "THA"), "occurred")]),
        ("Chinese and Russian bombers flew a joint patrol over the Sea of Japan on Wednesday, Tokyo said.", [(("CHN", "RUS"), "occurred")]),
    ],
)
def test_joint_and_coordinated_patrols(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trainees receive training "from" the trainer
        ("Around 200 Malian soldiers received training from Russian instructors last month.", [(("MLI", "RUS"), "occurred")]),
        # a passive in progress is ongoing; a continuing training is ongoing
        ("Ukrainian pilots are being trained by Danish instructors on F-16 jets.", [(("DNK", "UKR"), "ongoing")]),
        ("The training of Iraqi troops by Spanish advisers continued despite the attacks.", [(("ESP", "IRQ"), "ongoing")]),
        ("British Royal Marines trained alongside Norwegian troops in the Arctic.", [(("GBR", "NOR"), "occurred")]),
        # the trained named through "members of X's forces"
        ("Turkey has trained about 1,000 members of Niger's security forces since 2021, Anadolu reported.", [(("NER", "TUR"), "occurred")]),
    ],
)
def test_training_of_one_states_forces_by_another(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject that has the forces a basing verb places sends them
        ("France has some 1,500 soldiers stationed in Chad.", [(("FRA", "TCD"), "ongoing")]),
        # a base kept by the subject, no owner named on the base
        ("Russia maintains a military base in Tajikistan.", [(("RUS", "TJK"), "ongoing")]),
        ("Canada leads the NATO multinational brigade stationed in Latvia.", [(("CAN", "LVA", "NATO"), "ongoing")]),
    ],
)
def test_forces_and_bases_kept_in_another_state(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Intelligence is being shared between Kenyan and Somali security agencies, the minister said.", [(("KEN", "SOM"), "ongoing")]),
        ("The United States provides intelligence to Ukraine on Russian troop movements.", [(("UKR", "USA"), "occurred")]),
        ("Australia and New Zealand have stepped up intelligence sharing on regional threats.", [(("AUS", "NZL"), "occurred")]),
    ],
)
def test_intelligence_shared_or_given(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ships sent to a mission are forces there
        ("Canada is contributing two frigates to the NATO naval mission in the Mediterranean.", [(("CAN", "NATO"), "ongoing")]),
        # forces deployed as part of a mission (intransitive), or to join a force the purpose names
        ("Kenyan police officers deployed to Haiti as part of a multinational security mission.", [(("HTI", "KEN"), "occurred")]),
        ("Italy dispatched another 300 troops to join the U.N. peacekeeping force in Lebanon.", [(("ITA", "LBN"), "occurred")]),
        # forces offered to a multinational mission: the sender alone, proposed (not a transfer)
        ("Kenya offered 1,000 police officers for the multinational mission.", [(("KEN",), "proposed")]),
        # forces sent to train the host's forces, or at the host's request
        ("Italy offered to send naval units to Libya to help train its coast guard.", [(("ITA", "LBY"), "proposed")]),
        ("Rwanda sent 1,000 soldiers to Mozambique's Cabo Delgado province at Maputo's request.", [(("MOZ", "RWA"), "occurred")]),
    ],
)
def test_contributions_to_a_multinational_mission(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


def test_forces_offered_to_a_mission_are_no_arms_transfer(extract_text):
    assert extract_text("Kenya offered 1,000 police officers for the multinational mission.").arms_transfers == ()


@pytest.mark.parametrize(
    "text",
    [
        "The army deployed 2,000 troops to the capital after the protests.",  # a domestic deployment
        "Nigerian troops were deployed to the joint operation in the northeast.",  # a domestic operation
        "Police deployed officers to the stadium as part of a security operation.",
        "The Indian navy held a large-scale exercise in the Bay of Bengal.",  # one state's exercise
        "The defence ministry said it would hold live-fire drills near the border on Friday.",
        "China held war games around Taiwan, Taipei said.",
        "North Korea test-fired two ballistic missiles into the sea on Sunday.",  # a weapons test
        "Iran tested a new air defence system during the drills, state media said.",
        "Israel keeps troops in southern Lebanon despite the ceasefire.",  # keeping troops is no basing
        "Russia has troops in Transnistria, a breakaway region of Moldova.",
        "Israeli jets struck soldiers stationed in southern Lebanon.",  # an attack on forces based there
        "The rebels have fighters stationed in the hills.",
        "The U.S. military provided intelligence to local police on the suspects.",  # no second state
        "The government provided data to the United Nations on refugee numbers.",  # data given is no intelligence
    ],
)
def test_near_misses_are_no_joint_activity(extract_text, text):
    assert _activities(extract_text, text) == []


def test_activities_told_under_an_agreement_take_its_parties(extract_text):
    told = "Chad and Sudan signed a security pact on Monday. Under the pact, the two armies will start patrols along the border and will share intelligence on smuggling routes."
    assert [(a.parties, a.status) for a in extract_text(told).activities] == [(("SDN", "TCD"), "planned")]
    assert "intelligence" in extract_text(told).activities[0].kinds
    # patrols with no agreement above them are no joint activity
    assert _activities(extract_text, "The two armies will start patrols along the border.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # begun: "got under way", "is under way"
        ("The joint exercise between Egypt and Greece got under way on Monday.", [(("EGY", "GRC"), "ongoing")]),
        ("The exercise between Chile and Peru is under way.", [(("CHL", "PER"), "ongoing")]),
        # a habit told in the present goes on
        ("Japan and Australia routinely hold drills in the South China Sea.", [(("AUS", "JPN"), "ongoing")]),
        ("Kenya and Uganda regularly conduct joint border patrols.", [(("KEN", "UGA"), "ongoing")]),
        # the past tense stays a past event
        ("Japan and Australia held drills in the South China Sea last week.", [(("AUS", "JPN"), "occurred")]),
    ],
)
def test_activities_under_way_or_held_by_habit_are_ongoing(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the exercise named, then its host or organiser in a relative clause
        ("Swedish troops joined the drills that Finland hosts every spring.", [(("FIN", "SWE"), "occurred")]),
        ("Dutch marines took part in exercises which Poland is hosting this week.", [(("NLD", "POL"), "occurred")]),
        ("Canadian jets joined the air exercise that Norway leads each year.", [(("CAN", "NOR"), "occurred")]),
        ("Greek warships sailed in the naval drills which Egypt staged last month.", [(("EGY", "GRC"), "occurred")]),
        # a state that only reacts to the drills in the clause takes no part
        ("Swedish troops joined the drills that Russia condemned on Monday.", []),
    ],
)
def test_the_host_named_in_a_relative_clause_takes_part(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces the host state asked for, by its government or leader, are a hosted deployment
        ("Russia sent advisers to Syria at the request of the Syrian government.", [(("RUS", "SYR"), "occurred")]),
        ("Rwanda sent soldiers to Mozambique at the request of the Mozambican president.", [(("MOZ", "RWA"), "occurred")]),
        # a request by anyone else hosts nothing, and the one who asked is no party
        ("Russia sent troops into Ukraine at the request of the separatist leaders.", []),
        ("Russia sent advisers to Syria at the request of Iran.", []),
    ],
)
def test_a_request_marks_a_hosted_deployment_only_from_the_host(extract_text, text, expected):
    assert _activities(extract_text, text) == expected
