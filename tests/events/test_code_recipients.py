"""Recipients and direction: where the coder finds whom an act is aimed at when the row's own
routes name nobody."""

import pytest


def _event(result, trigger):
    return next(e for e in result.events if e.evidence.trigger.text == trigger)


def test_a_state_inside_the_object_phrase_is_the_recipient(extract_text):
    # "struck <targets> in <state>": the state sits two phrases below the object.
    result = extract_text("Turkish drones struck several depots in Iraq on Friday.")
    event = _event(result, "struck")
    assert (event.actor, event.recipient) == (("TUR",), ("IRQ",))


def test_an_adjective_nested_in_compound_modifiers_names_the_other_side(extract_text):
    result = extract_text("Egypt cancelled its order for twelve Russian Su-35 fighter jets on Monday.")
    event = _event(result, "cancelled")
    assert event.recipient == ("RUS",)


def test_a_generic_noun_yields_to_the_state_named_inside_its_phrase(extract_text):
    result = extract_text("Brazil will buy South Korean K9 artillery systems next year.")
    event = _event(result, "buy")
    assert event.recipient == ("KOR",)



def test_a_demand_is_aimed_at_the_subject_of_the_clause_it_governs(extract_text):
    result = extract_text("Lithuania demanded on Monday that Belarus return the seized trucks.")
    event = _event(result, "demanded")
    assert (event.type, event.actor, event.recipient) == ("REQUEST", ("LTU",), ("BLR",))


def test_a_mediator_acts_towards_the_parties_of_the_act_it_mediated(extract_text):
    result = extract_text("Armenia and Azerbaijan released twenty detainees each in an exchange mediated by Qatar.")
    event = _event(result, "mediated")
    assert event.actor == ("QAT",)
    assert set(event.recipient) == {"ARM", "AZE"}


def test_an_act_at_a_shared_border_is_aimed_at_the_neighbour(extract_text):
    result = extract_text("Armenia deployed extra troops along its border with Azerbaijan on Sunday.")
    event = _event(result, "deployed")
    assert (event.actor, event.recipient) == (("ARM",), ("AZE",))


def test_coordinated_adjectives_before_a_force_noun_are_both_actors(extract_text):
    result = extract_text("Indian and Chinese troops exchanged fire in the Galwan valley on Monday.")
    event = _event(result, "exchanged")
    assert set(event.actor) == {"IND", "CHN"}


def test_calling_the_act_just_told_names_it_is_aimed_at_its_actor(extract_text):
    result = extract_text("Russian warships sailed close to the Latvian coast on Monday. Riga condemned the manoeuvre, calling it reckless.")
    event = _event(result, "condemned")
    assert (event.actor, event.recipient) == (("LVA",), ("RUS",))


def test_a_protest_against_the_government_is_aimed_at_the_protesters_own_state(extract_text):
    result = extract_text("Thousands of Georgians rallied in Tbilisi on Sunday against the government's new media law.")
    event = _event(result, "rallied")
    assert (event.type, event.actor, event.recipient) == ("PROTEST", ("GEO",), ("GEO",))


def test_a_protest_against_plans_with_a_foreign_body_is_aimed_at_it(extract_text):
    result = extract_text("Hundreds of Greek students marched in Athens against plans for new exercises with NATO warships.")
    event = _event(result, "marched")
    assert event.recipient == ("NATO",)


def test_an_answer_to_anothers_act_is_aimed_at_whoever_did_it(extract_text):
    result = extract_text("Austria refused a Polish request to send ammunition to Ukraine.")
    event = _event(result, "refused")
    assert (event.actor, event.recipient) == (("AUT",), ("POL",))


def test_agreeing_to_anothers_mediation_is_not_folded_into_the_mediation(extract_text):
    result = extract_text("Ethiopia agreed to Kenyan mediation in its talks with Egypt.")
    event = _event(result, "agreed")
    assert (event.type, event.actor, event.recipient) == ("AGREE", ("ETH",), ("KEN",))


def test_an_exercise_with_no_partner_is_a_show_of_force_and_a_joint_one_cooperation(extract_text):
    solo = _event(extract_text("China held large naval exercises near the Paracel Islands on Monday."), "exercises")
    joint = _event(extract_text("Greece held naval exercises with Egypt on Monday."), "exercises")
    assert (solo.type, solo.cameo) == ("MOBILIZE", "150")
    assert (joint.type, joint.recipient) == ("COOPERATE", ("EGY",))


def test_an_attack_noun_as_subject_of_a_violent_verb_is_one_event_with_its_actor(extract_text):
    result = extract_text("Recent Turkish drone strikes have killed five PKK commanders in northern Iraq.")
    assaults = [e for e in result.events if e.type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].actor == ("TUR",)


def test_talks_between_two_states_name_both_as_actors(extract_text):
    result = extract_text("Talks between Serbia and Kosovo on energy resumed in Brussels on Monday.")
    event = _event(result, "Talks")
    assert event.type == "CONSULT"
    assert set(event.actor) == {"SRB", "XKX"}


def test_the_visit_of_x_to_y_is_xs_visit_to_y(extract_text):
    result = extract_text("The visit of the Chinese foreign minister to Pakistan was postponed.")
    event = _event(result, "visit")
    assert (event.actor, event.recipient) == (("CHN",), ("PAK",))


def test_their_stands_for_the_nearest_subject_before_it(extract_text):
    result = extract_text("Three Nigerian soldiers died when their patrol was ambushed by ISWAP fighters near Maiduguri.")
    event = _event(result, "ambushed")
    assert event.recipient == ("NGA",)


def test_a_group_of_a_society_acting_against_its_states_seat_keeps_the_same_state_recipient(extract_text):
    result = extract_text("Angry Polish farmers blockaded Warsaw on Monday.")
    event = _event(result, "blockaded")
    assert (event.actor, event.recipient) == (("POL",), ("POL",))


def test_what_a_protest_demands_is_its_content_and_names_its_recipient(extract_text):
    result = extract_text("Families of Georgian sailors held in Russia began a hunger strike in Tbilisi on Monday, demanding that Moscow free the crew.")
    assert [e.type for e in result.events] == ["PROTEST"]
    (event,) = result.events
    assert (event.actor, event.recipient) == (("GEO",), ("RUS",))


def test_force_used_in_a_joint_exercise_is_the_exercise(extract_text):
    result = extract_text("Japanese and American destroyers sank a retired frigate in a live-fire drill off Okinawa on Tuesday.")
    event = _event(result, "sank")
    assert (event.type, event.cameo) == ("COOPERATE", "062")
    assert set(event.actor) == {"JPN", "USA"} and event.recipient == ()


def test_a_verb_coordinated_under_will_is_planned_too(extract_text):
    result = extract_text("Norway will supply Ukraine with artillery shells and receive Ukrainian drones in return.")
    event = _event(result, "receive")
    assert event.status == "planned"


def test_a_concession_is_aimed_at_whoever_demanded_it(extract_text):
    result = extract_text("Serbia agreed on Monday to withdraw its extra troops from the border after appeals from Germany.")
    event = next(e for e in result.events if e.type == "CONCEDE")
    assert (event.actor, event.recipient) == (("SRB",), ("DEU",))


def test_an_act_announced_to_someone_is_aimed_at_the_one_told(extract_text):
    result = extract_text("Mali notified France on Monday that it was terminating the defence cooperation treaty.")
    event = next(e for e in result.events if e.evidence.trigger.text == "terminating")
    assert (event.actor, event.recipient) == (("MLI",), ("FRA",))


def test_a_delivery_marked_as_aid_is_aid_and_its_gift_participle_is_the_same_act(extract_text):
    result = extract_text("Ghana received four armoured vehicles donated by Turkey on Friday.")
    (event,) = result.events
    assert (event.type, event.cameo, event.actor, event.recipient) == ("AID", "072", ("TUR",), ("GHA",))


def test_a_small_clause_subject_is_the_object_and_its_participle_no_event(extract_text):
    result = extract_text("A French training mission has trained 900 Malian soldiers deployed against jihadists in the north.")
    assert [e.type for e in result.events] == ["AID"]
    assert result.events[0].recipient == ("MLI",)


def test_condemning_it_points_back_at_the_attacker_just_told(extract_text):
    result = extract_text("Iran fired drones at Israel on Sunday. Germany condemned it on Monday.")
    event = _event(result, "condemned")
    assert (event.actor, event.recipient) == (("DEU",), ("IRN",))


def test_blaming_each_other_is_a_joint_accusation(extract_text):
    result = extract_text("Serbia and Kosovo blamed each other for the violence.")
    event = _event(result, "blamed")
    assert set(event.actor) == {"SRB", "XKX"} and event.recipient == ()


def test_an_act_held_over_a_condition_is_aimed_at_whoever_must_meet_it(extract_text):
    result = extract_text("Azerbaijan said it could launch a new operation in Karabakh unless Armenia withdrew its troops.")
    event = _event(result, "launch")
    assert (event.type, event.actor, event.recipient) == ("THREATEN", ("AZE",), ("ARM",))


def test_a_protest_started_to_oppose_a_states_act_is_aimed_at_that_state(extract_text):
    result = extract_text("Tunisian students began a hunger strike on Monday to protest against Germany's decision to deport them.")
    assert [(e.type, e.actor, e.recipient) for e in result.events] == [("PROTEST", ("TUN",), ("DEU",))]


def test_a_show_of_force_staged_in_another_state_is_aimed_at_the_host(extract_text):
    result = extract_text("Iran is conducting missile exercises in Syria.")
    assert [(e.type, e.actor, e.recipient) for e in result.events] == [("MOBILIZE", ("IRN",), ("SYR",))]


def test_hyphen_joined_state_adjectives_name_every_party(extract_text):
    result = extract_text("Poland condemned the Russian-Belarusian drills near its border.")
    ((type_, actor, recipient),) = [(e.type, e.actor, e.recipient) for e in result.events]
    assert (type_, actor, set(recipient)) == ("ACCUSE", ("POL",), {"RUS", "BLR"})


def test_a_hyphen_joined_pair_of_states_acts_jointly(extract_text):
    result = extract_text("Russian-Belarusian drills began on Monday.")
    assert [(e.type, set(e.actor), e.recipient) for e in result.events] == [("COOPERATE", {"RUS", "BLR"}, ())]


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("The EU envoy demanded parties to the conflict in Yemen to allow aid workers free movement.", ("YEM",)),
        ("Chad urged the factions in the war in Sudan to respect the truce.", ("SDN",)),
    ],
)
def test_a_generic_objects_phrase_hung_on_the_verb_still_names_the_recipient(extract_text, sentence, recipient):
    ((type_, got),) = [(e.type, e.recipient) for e in extract_text(sentence).events]
    assert (type_, got) == ("REQUEST", recipient)


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("The British government banned a small party in Northern Ireland.", ("GBR",), ("GBR",)),
        ("The Serbian police raided offices of the Serbian opposition.", ("SRB",), ("SRB",)),
        ("Serbian police raided a warehouse in Bosnia.", ("SRB",), ("BIH",)),
    ],
)
def test_repression_of_something_in_the_actors_own_state_keeps_the_same_state_recipient(extract_text, sentence, actor, recipient):
    ((got_actor, got_recipient),) = [(e.actor, e.recipient) for e in extract_text(sentence).events]
    assert (got_actor, got_recipient) == (actor, recipient)


@pytest.mark.parametrize(
    "sentence",
    ["Egypt executed a man convicted of spying for Israel.", "Iran hanged two men accused of working for the CIA."],
)
def test_the_state_named_in_a_victims_charge_is_not_the_recipient(extract_text, sentence):
    (event,) = [e for e in extract_text(sentence).events if e.type == "ASSAULT"]
    assert event.recipient == ()


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("The Red Crescent suspended food deliveries in Kabul after an attack on its convoy.", ("AFG",)),
        ("UNICEF halted aid shipments in Mogadishu on Monday.", ("SOM",)),
    ],
)
def test_a_sanction_carried_out_in_another_state_is_aimed_at_it(extract_text, sentence, recipient):
    (event,) = extract_text(sentence).events
    assert (event.type, event.recipient) == ("SANCTION", recipient)


def test_what_happened_before_an_act_does_not_choose_its_row(extract_text):
    (event,) = extract_text("The Red Crescent suspended food deliveries in Kabul after an attack on its convoy.").events
    assert event.cameo != "0871"  # not "suspended attacks": the attack came before


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("Palestinian militants killed nine people on Friday when they opened fire in Haifa.", ("ISR",)),
        ("Gunmen killed five soldiers when they attacked a checkpoint in Mali.", ("MLI",)),
        # a "when" clause of other doers tells when, not where the act happened
        ("Russian jets bombed a hospital when talks stalled in Geneva.", ()),
        ("Russian jets bombed a hospital when the ministers met in Geneva.", ()),
    ],
)
def test_the_place_of_an_attack_may_be_told_in_its_when_clause(extract_text, sentence, recipient):
    (event,) = [e for e in extract_text(sentence).events if e.type == "ASSAULT"]
    assert event.recipient == recipient, sentence
