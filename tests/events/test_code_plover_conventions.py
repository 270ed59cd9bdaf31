"""Coding conventions of the PLOVER manual (sentences written for these tests)."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    "sentence",
    [
        "Serbia's foreign minister said Kosovo must withdraw its police from the north.",
        "Hungary said Croatia should return the seized trucks.",
    ],
)
def test_saying_another_state_must_act_is_a_request_by_the_speaker(extract_text, sentence):
    ((type_, actor, recipient),) = events_coded(extract_text, sentence)
    assert type_ == "REQUEST"
    assert (actor, recipient) in ((("SRB",), ("XKX",)), (("HUN",), ("HRV",)))


def test_the_demand_takes_the_code_of_the_act_demanded(extract_text):
    events = extract_text("The Hungarian president said Belgrade should open talks with Pristina.").events
    assert [(e.type, e.cameo, e.actor, e.recipient) for e in events] == [("REQUEST", "106", ("HUN",), ("SRB",))]


def test_a_state_saying_it_should_act_makes_no_demand(extract_text):
    assert all(e.type != "REQUEST" for e in extract_text("Serbia said it should strengthen its border controls.").events)


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Kosovo miners began a hunger strike against the Serbian government.", "142"),
        ("Montenegrin teachers launched a general strike over wages.", "143"),
        ("Serbian doctors started a labour strike on Monday.", "143"),
    ],
)
def test_labour_and_hunger_strikes_are_protest_whatever_verb_starts_them(extract_text, sentence, cameo):
    events = extract_text(sentence).events
    assert [(e.type, e.cameo) for e in events] == [("PROTEST", cameo)]


def test_an_air_strike_stays_an_assault(extract_text):
    assert [e.type for e in extract_text("Russia launched an air strike on Ukraine.").events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    ["Armenia lifted the curfew in Yerevan on Tuesday.", "Georgia lifted the state of emergency in Tbilisi."],
)
def test_lifting_a_curfew_or_state_of_emergency_is_retreat(extract_text, sentence):
    assert [e.type for e in extract_text(sentence).events] == ["RETREAT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Serbian president will visit Hungary next week.",
        "Serbia's prime minister plans to meet the Hungarian foreign minister on Friday.",
    ],
)
def test_future_visits_and_meetings_stay_consult(extract_text, sentence):
    events = extract_text(sentence).events
    assert [(e.type, e.status) for e in events] == [("CONSULT", "planned")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia plans to withdraw its troops from Georgia next year.",
        "Azerbaijan will release the Armenian prisoners next month.",
    ],
)
def test_planned_withdrawals_and_releases_are_intents(extract_text, sentence):
    events = extract_text(sentence).events
    assert [(e.type, e.cameo, e.status) for e in events] == [("CONCEDE", "080", "planned")]


@pytest.mark.parametrize(
    ("sentence", "cameo"),
    [
        ("Turkey could launch a military operation in Syria unless Kurdish forces leave.", "138"),
        ("Serbia will expel Croatian diplomats unless Zagreb apologises.", "1312"),
    ],
)
def test_an_act_held_over_the_other_side_with_unless_is_a_threat(extract_text, sentence, cameo):
    events = extract_text(sentence).events
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", cameo)]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # Told by no one, the conditional sanction is a possible act; told by Serbia, a threat (below).
        ("Serbia would impose sanctions on Kosovo if Pristina refused to withdraw its police.", "SANCTION"),
        ("Serbia would impose sanctions on Kosovo if Pristina refused to withdraw its police, its president said.", "THREATEN"),
    ],
)
def test_the_condition_clause_is_no_event(extract_text, sentence, type_):
    # The refusal the sanction depends on is no event of its own.
    events = extract_text(sentence).events
    assert [(e.type, e.actor, e.recipient) for e in events] == [(type_, ("SRB",), ("XKX",))]


@pytest.mark.parametrize(
    ("sentence", "type_", "cameo"),
    [
        # PLOVER: "THREATEN could be ASSAULT + hypothetical ... the coder should always return
        # the single event category"; docs/annotation.md 6.3: a harmful act announced "if/unless".
        ("Israel said it could strike Iran if the talks collapse.", "THREATEN", "138"),
        ("Egypt could bomb Libyan militia camps if the ceasefire fails, its foreign minister said.", "THREATEN", "138"),
        ("Russia may cut gas supplies to Moldova if it joins the EU, according to the Kremlin.", "THREATEN", "1312"),
        # Conditional cooperation stated by the actor is AGREE (docs/annotation.md, section 8).
        ("Slovakia said it could resume deliveries to Ukraine if the EU pays.", "AGREE", "0312"),
    ],
)
def test_an_act_the_actor_makes_conditional_with_if_is_the_category_it_amounts_to(extract_text, sentence, type_, cameo):
    events = extract_text(sentence).events
    assert [(e.type, e.cameo, e.status) for e in events] == [(type_, cameo, "hypothetical")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts said Israel could strike Iran if the talks collapse.",  # told by a third party
        "Egypt could bomb Libyan militia camps if the ceasefire fails, Libya's foreign minister said.",
        "Israel could strike Iran if the talks collapse, according to analysts.",  # attributed with "according to"
        "According to Western officials, Israel could strike Iran if the talks collapse.",
        "Israel could strike Iranian missile sites if the talks in Oman collapse.",  # told by no one
        "Israel could strike Iran.",  # possible, but held over no one
    ],
)
def test_a_merely_possible_act_keeps_its_type(extract_text, sentence):
    events = extract_text(sentence).events
    assert [(e.type, e.status) for e in events] == [("ASSAULT", "hypothetical")], sentence


def test_the_demand_codes_even_when_the_act_demanded_has_no_row(extract_text):
    events = extract_text("Croatia said Serbia must rename the bridge before the summit.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("REQUEST", ("HRV",), ("SRB",))]


@pytest.mark.parametrize(
    "sentence",
    ["Estonia sent anti-tank missiles to Moldova last week.", "Norway has sent artillery shells and howitzers to Georgia."],
)
def test_sending_weapons_to_a_state_is_military_aid(extract_text, sentence):
    events = [(e.type, e.cameo) for e in extract_text(sentence).events]
    assert events == [("AID", "072")]


@pytest.mark.parametrize(
    "sentence",
    ["Japan sent two destroyers to the Gulf to protect its own shipping.", "Britain sent a frigate to the Black Sea."],
)
def test_sending_warships_to_a_sea_is_a_deployment_not_aid(extract_text, sentence):
    events = [(e.type, e.cameo, e.recipient) for e in extract_text(sentence).events]
    assert events == [("MOBILIZE", "150", ())]


def test_selling_weapons_stays_material_cooperation(extract_text):
    events = [(e.type, e.cameo) for e in extract_text("Estonia sold anti-tank missiles to Moldova last week.").events]
    assert events == [("COOPERATE", "062")]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("A roadside bomb near the Iraqi town of Tikrit on Friday killed two Danish soldiers.", ("IRQ",), ("DNK",)),
        ("Four Belgian soldiers were killed by a land mine outside the Afghan city of Kandahar.", ("AFG",), ("BEL",)),
        ("A journalist was killed in a car bomb explosion in Damascus.", ("SYR",), ("SYR",)),
        ("Three children were killed in Turkish artillery fire in northern Syria on Monday.", ("TUR",), ("SYR",)),
        ("Two rockets were fired at Haifa from southern Lebanon overnight.", ("LBN",), ("ISR",)),
    ],
)
def test_violence_with_no_named_doer_is_coded_with_the_weapons_or_the_scenes_state(extract_text, sentence, actor, recipient):
    events = [(e.type, e.actor, e.recipient) for e in extract_text(sentence).events]
    assert events == [("ASSAULT", actor, recipient)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The bodies of soldiers killed in Ukraine were returned to their families.",
        "Moldova mourned the farmers killed in the storm near Chisinau.",
    ],
)
def test_a_participle_describing_the_dead_codes_no_attack_by_the_place(extract_text, sentence):
    assert all(e.type != "ASSAULT" for e in extract_text(sentence).events)


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Two soldiers were killed in a rocket attack in Mali.", ("MLI",), ("MLI",)),
        ("A Russian air strike killed six civilians in Syria.", ("RUS",), ("SYR",)),
        ("A suicide bomber killed ten people in a market in Somalia.", ("SOM",), ("SOM",)),
    ],
)
def test_an_attack_word_marks_violence_with_no_named_doer(extract_text, sentence, actor, recipient):
    assert events_coded(extract_text, sentence) == [("ASSAULT", actor, recipient)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Five people were killed in a road accident in Kenya.",
        "Thirty people were killed in floods in Pakistan.",
        "Three workers were killed in Dhaka on Monday.",
        "A fire killed twelve workers at a garment factory in Dhaka.",
        "A gas explosion killed five people in an apartment block in Moscow.",
        "Twenty miners were killed in a mine in Shanxi province, China.",
        "A strike by dock workers in Chile killed one person.",
        "An explosion at a Turkish fireworks factory killed four people.",
        "Two soldiers were killed when their helicopter crashed in Mali.",
        "A mine collapse killed twelve workers in Colombia.",
        "An earthquake killed forty people in eastern Turkey.",
        "A landslide killed nine villagers in Nepal on Sunday.",
    ],
)
def test_deaths_that_nothing_marks_as_an_attack_code_no_assault(extract_text, sentence):
    assert all(e.type != "ASSAULT" for e in extract_text(sentence).events)


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [("Saudi Arabia executed three people in Riyadh on Tuesday.", ("SAU",)), ("Egypt executed seven men in Cairo on Monday.", ("EGY",))],
)
def test_an_execution_by_a_named_state_keeps_that_state_as_the_doer(extract_text, sentence, actor):
    assert [(e.type, e.actor) for e in extract_text(sentence).events] == [("ASSAULT", actor)]


def test_a_state_saying_it_was_fired_at_from_another_accuses_that_state(extract_text):
    events = extract_text("Turkey said a rocket was fired at it from Syria on Sunday.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("ACCUSE", ("TUR",), ("SYR",))]


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("Turkish forces launched artillery and rocket fire against Kurdish villages near Syria's border.", None),
        ("Eritrean troops launched artillery, mortar and rocket fire against Ethiopian positions.", ("ETH",)),
        ("Sudanese troops unleashed machine-gun fire on Chadian villagers.", ("TCD",)),
        ("Russia unleashed a barrage of missile strikes on Ukraine.", ("UKR",)),
    ],
)
def test_fire_or_a_barrage_launched_at_a_target_is_an_assault_on_it(extract_text, sentence, recipient):
    events = extract_text(sentence).events
    assert [e.type for e in events] == ["ASSAULT"]
    if recipient is not None:
        assert events[0].recipient == recipient


def test_launching_a_missile_with_no_target_stays_a_show_of_force(extract_text):
    assert [e.type for e in extract_text("North Korea launched a missile on Tuesday.").events] == ["MOBILIZE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Peruvian artillery shelled the Ecuadorean town of Macara, killing six people.",
        "Ecuador launched rocket fire against Peruvian outposts, wounding eleven soldiers.",
    ],
)
def test_the_toll_of_an_attack_is_that_attack_not_a_second_one(extract_text, sentence):
    events = extract_text(sentence).events
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Chilean bus crash killed nine people on Sunday.",
        "Eleven people were killed by a train crash in India.",
        "The Red Cross will help identify passengers killed by the Algerian plane crash in Mali.",
    ],
)
def test_deaths_in_an_accident_are_no_assault(extract_text, sentence):
    assert all(e.type != "ASSAULT" for e in extract_text(sentence).events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Greece is against Turkey's plan to drill near Crete.",
        "Peru is opposed to Bolivian mediation in the border talks, an aide said.",
        "Chile was opposed to the Argentine proposal.",
    ],
)
def test_being_against_or_opposed_to_another_states_move_is_a_rejection(extract_text, sentence):
    events = [e for e in extract_text(sentence).events if e.type == "REJECT"]
    assert [(e.actor, e.recipient) for e in events] in ([(("GRC",), ("TUR",))], [(("PER",), ("BOL",))], [(("CHL",), ("ARG",))])


def test_violating_a_ban_someone_imposed_rejects_it(extract_text):
    events = extract_text("A Lebanese newspaper violated a ban by the Syrian government.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("REJECT", ("LBN",), ("SYR",))]


def test_an_attack_told_as_the_time_of_another_act_is_asserted_not_alleged(extract_text):
    events = extract_text("Greece announced a suspension of flights to Turkey on Friday, a day after a Turkish jet shot down a Greek drone.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("SANCTION", ("GRC",), ("TUR",)), ("ASSAULT", ("TUR",), ("GRC",))]


def test_an_attack_reported_as_the_content_of_speech_is_still_an_accusation(extract_text):
    events = extract_text("The Greek minister said Turkish jets attacked a Greek patrol boat.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("ACCUSE", ("GRC",), ("TUR",))]


def test_a_cause_clause_inside_the_reported_content_is_still_the_speakers_claim(extract_text):
    events = extract_text("Chile said the talks collapsed because Peruvian troops shelled a Chilean border post.").events
    assert ("ACCUSE", ("CHL",), ("PER",)) in [(e.type, e.actor, e.recipient) for e in events]
    assert "ASSAULT" not in [e.type for e in events]


def test_how_the_same_side_carried_out_an_attack_is_that_attack_and_says_where_it_struck(extract_text):
    events = extract_text("Two Iraqi suicide bombers killed 30 people on Friday when they detonated their vests in Amman.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("ASSAULT", ("IRQ",), ("JOR",))]


def test_another_sides_act_in_a_when_clause_stays_its_own_event(extract_text):
    events = extract_text("Syrian gunmen killed two Lebanese guards when Lebanese soldiers attacked their post.").events
    assert [e.actor for e in events if e.type == "ASSAULT"] == [("SYR",), ("LBN",)]


def test_a_minefield_explosion_is_an_attack(extract_text):
    events = extract_text("A minefield explosion near Kandahar killed two Afghan boys.").events
    assert [e.type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(
    "sentence",
    ["Serbian demonstrators attacked the Croatian embassy.", "The Chinese consulate was wrecked by Vietnamese protesters."],
)
def test_force_used_by_protesters_is_a_violent_protest(extract_text, sentence):
    events = extract_text(sentence).events
    assert [(e.type, e.cameo) for e in events] in ([("PROTEST", "145")], [])
    assert all(e.type != "ASSAULT" for e in events)


def test_protesters_firing_weapons_make_an_attack(extract_text):
    events = extract_text("Serbian demonstrators fired rockets at the Croatian embassy.").events
    assert [e.type for e in events] == ["ASSAULT"]


def test_force_used_on_protesters_stays_an_assault(extract_text):
    events = extract_text("Serbian troops attacked Croatian demonstrators.").events
    assert [e.type for e in events] == ["ASSAULT"]


def test_an_allegation_by_no_one_codes_neither_the_act_nor_an_accusation(extract_text):
    sentence = "A report released on Tuesday alleged that Libya knew of the plot, and that Libyan troops later shelled Chadian villages."
    assert extract_text(sentence).events == ()


def test_a_claim_by_a_named_side_is_its_accusation(extract_text):
    events = extract_text("The Malian opposition claimed that Nigerien troops shelled the village.").events
    assert [(e.type, e.recipient) for e in events] == [("ACCUSE", ("NER",))]


@pytest.mark.parametrize(
    "sentence",
    ["Hamas launched two rockets at Israel on Friday.", "Hezbollah launched four missiles against Israel overnight."],
)
def test_a_drone_strike_needs_a_drone(extract_text, sentence):
    events = extract_text(sentence).events
    assert [e.type for e in events] == ["ASSAULT"]
    assert all(e.cameo != "1952" for e in events)


@pytest.mark.parametrize(
    "sentence",
    ["Russia launched drones at Ukraine overnight.", "Turkey launched Bayraktar TB2 drones at Kurdish positions in Syria."],
)
def test_drones_launched_at_a_target_are_a_drone_strike(extract_text, sentence):
    assert [(e.type, e.cameo) for e in extract_text(sentence).events] == [("ASSAULT", "1952")]


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("The Uzbek president threatened to impose a curfew in Tashkent.", "UZB"),
        ("The Kazakh government threatened to ban rallies across Kazakhstan.", "KAZ"),
    ],
)
def test_a_threat_that_falls_on_the_actors_own_state_has_it_as_recipient(extract_text, sentence, state):
    assert [(e.type, e.actor, e.recipient) for e in extract_text(sentence).events] == [("THREATEN", (state,), (state,))]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient", "cameo"),
    [
        ("The Bangladeshi peacekeepers arrived in Mali on Monday.", "BGD", "MLI", "074"),
        ("The first contingent of Kenyan peacekeepers arrived in Somalia.", "KEN", "SOM", "074"),
        ("The second deployment of Irish peacekeeping troops has arrived in Lebanon, officials said.", "IRL", "LBN", "074"),
        ("A Turkish relief convoy arrived in Syria on Tuesday.", "TUR", "SYR", "073"),
    ],
)
def test_peacekeepers_or_aid_arriving_in_a_state_are_aid_to_it(extract_text, sentence, actor, recipient, cameo):
    events = extract_text(sentence).events
    assert [(e.type, e.cameo, e.actor, e.recipient) for e in events] == [("AID", cameo, (actor,), (recipient,))]


def test_a_minister_arriving_with_no_purpose_named_codes_nothing(extract_text):
    assert extract_text("The Chinese foreign minister arrived in Moscow.").events == ()


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("The official Armenian news agency said Azerbaijani troops attacked Armenian villages.", "AZE", "ARM"),
        ("An editor at the official Turkish news agency said Syrian troops shelled Turkish villages.", "SYR", "TUR"),
        ("The Serbian newspaper reported that Croatian forces attacked Serbian villages.", "HRV", "SRB"),
    ],
)
def test_a_news_medium_reporting_violence_accuses_no_one_the_violence_is_coded(extract_text, sentence, actor, recipient):
    events = extract_text(sentence).events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("ASSAULT", (actor,), (recipient,))]


def test_a_state_reporting_violence_still_accuses(extract_text):
    events = extract_text("The Iranian foreign ministry said Iraqi troops attacked Iranian villages.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("ACCUSE", ("IRN",), ("IRQ",))]


def test_demanding_help_from_another_is_a_request_for_aid(extract_text):
    events = extract_text("Kosovo demanded support from the European Union.").events
    assert [(e.type, e.cameo, e.actor, e.recipient) for e in events] == [("REQUEST", "103", ("XKX",), ("EU",))]


def test_being_prepared_to_give_aid_is_an_intent_not_the_aid(extract_text):
    events = extract_text("Norway is prepared to provide aid to Sudan.").events
    assert [(e.type, e.actor, e.recipient, e.status) for e in events] == [("AGREE", ("NOR",), ("SDN",), "intended")]


@pytest.mark.parametrize(
    ("sentence", "cameo", "recipient"),
    [
        ("The OSCE withdrew its observers from Georgia on Monday.", "1662", "GEO"),
        ("The Red Cross pulled out its aid workers from Somalia.", "1663", "SOM"),
    ],
)
def test_withdrawing_observers_or_aid_workers_from_a_state_is_a_sanction(extract_text, sentence, cameo, recipient):
    events = extract_text(sentence).events
    assert [(e.type, e.cameo, e.recipient) for e in events] == [("SANCTION", cameo, (recipient,))]


def test_announcing_such_a_withdrawal_is_a_threat(extract_text):
    events = extract_text("The UN announced it will withdraw its inspectors from Syria.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("THREATEN", ("UN",), ("SYR",))]


def test_withdrawing_troops_stays_a_retreat(extract_text):
    assert [e.type for e in extract_text("Russia withdrew its troops from Georgia.").events] == ["RETREAT"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The purpose of an offer and what it is to help bring about are not acts told.
        ("Syria has offered its troops to the Lebanese president to help him oust the rebel general from the enclave.", [("AGREE", ("SYR",), ("LBN",))]),
        ("Turkey sent troops to Libya to help the government fight the rebels.", [("AID", ("TUR",), ("LBY",))]),
    ],
)
def test_the_complement_of_a_purpose_is_no_event(extract_text, sentence, expected):
    assert [(e.type, e.actor, e.recipient) for e in extract_text(sentence).events] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Israel has agreed to Egyptian mediation in the talks with Hamas.", [("AGREE", "038", ("ISR",), ("EGY",))]),
        ("Qatar agreed to a truce with Bahrain.", [("RETREAT", "0871", ("QAT",), ("BHR",))]),
    ],
)
def test_a_noun_the_verbs_row_names_is_coded_once_by_the_verb(extract_text, sentence, expected):
    assert [(e.type, e.cameo, e.actor, e.recipient) for e in extract_text(sentence).events] == expected


def test_a_noun_the_verbs_row_does_not_name_keeps_its_own_event(extract_text):
    # "agreed to the sale of Peruvian jets": the sale is Peru's act to come, the agreement Chile's.
    events = extract_text("Chile agreed to the sale of Peruvian jets.").events
    assert [(e.type, e.actor) for e in events] == [("AGREE", ("CHL",)), ("AGREE", ("PER",))]
