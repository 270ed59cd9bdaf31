"""Forces moved, sent or massed: the verbs of moving forces, where they go and who they face
(sentences written for these tests)."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Moscow has rushed reinforcements to the border with Ukraine, Western officials said.", ("RUS",), ("UKR",)),
        ("India redeployed two divisions from the western front to its border with China, PTI reported.", ("IND",), ("CHN",)),
        ("Chinese troops moved up to the frontier with India in the Ladakh sector, officials said.", ("CHN",), ("IND",)),
        ("Minsk moved artillery up to its border with Lithuania's southern districts.", ("BLR",), ("LTU",)),
    ],
)
def test_forces_moved_to_a_shared_border_face_the_neighbour(extract_text, sentence, actor, recipient):
    assert events_coded(extract_text, sentence) == [("MOBILIZE", actor, recipient)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan dispatched destroyers to waters near the disputed islands, Kyodo said.",
        "The Soviet fleet sailed into the Mediterranean yesterday, TASS said.",
        "Greece sent two frigates out into the Aegean near Turkey's coast.",
    ],
)
def test_warships_sent_or_sailing_are_a_show_of_force_not_aid(extract_text, sentence):
    assert [(e.type, e.cameo) for e in extract_text(sentence).events] == [("MOBILIZE", "150")]


def test_a_place_near_a_state_is_not_a_deployment_into_it(extract_text):
    assert events_coded(extract_text, "Greece sent two frigates out into the Aegean near Turkey's coast.") == [("MOBILIZE", ("GRC",), ())]


def test_forces_sent_to_another_state_still_protect_it(extract_text):
    assert events_coded(extract_text, "The Pentagon dispatched 3,000 additional troops to Poland on Friday.") == [("AID", ("USA",), ("POL",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing relocated its consulate staff to another city after the dispute.",
        "A group of fishermen headed out to sea on Monday.",
        "The ship moved to the port of Haifa on Tuesday.",
    ],
)
def test_people_or_ships_moving_without_forces_mobilise_nothing(extract_text, sentence):
    assert not [e for e in extract_text(sentence).events if e.type == "MOBILIZE"]


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("Uganda pulled its troops out of Congo's Ituri province on Tuesday.", ("COD",)),
        ("Moscow pulled its peacekeepers out of Moldova's eastern region, TASS reported.", ("MDA",)),
    ],
)
def test_a_compound_preposition_still_names_the_place_left(extract_text, sentence, recipient):
    events = extract_text(sentence).events
    assert [(e.type, e.recipient[:1]) for e in events] == [("RETREAT", recipient)]


def test_ground_held_and_evacuated_is_a_withdrawal_from_it(extract_text):
    assert events_coded(extract_text, "Israel evacuated its settlements in the Gaza Strip on Monday.") == [("RETREAT", ("ISR",), ("PSE",))]


@pytest.mark.parametrize(
    ("sentence", "type_", "recipient"),
    [
        ("American doctors donated and delivered medicine to Iraq.", "AID", ("IRQ",)),
        ("Syria condemned and rejected the Turkish incursion.", "ACCUSE", ("TUR",)),
    ],
)
def test_coordinated_verbs_share_the_object_and_phrase_of_the_second(extract_text, sentence, type_, recipient):
    first = extract_text(sentence).events[0]
    assert (first.type, first.recipient) == (type_, recipient)


def test_verbs_with_subjects_of_their_own_share_nothing(extract_text):
    assert all(e.recipient == () for e in extract_text("Russia attacked and Ukraine retaliated on Monday.").events)


@pytest.mark.parametrize(
    "sentence",
    [
        "Cyprus deployed riot police to the Greek-majority south on Friday.",
        "Ukraine sent troops to the Russian-speaking east.",
    ],
)
def test_a_people_living_in_the_destination_is_no_host_state(extract_text, sentence):
    assert [(e.type, e.recipient) for e in extract_text(sentence).events] == [("MOBILIZE", ())]


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("North Korea allowed Russian inspectors into Yongbyon, KCNA said.", ("RUS",)),
        ("Israel allowed UN monitors into Gaza.", ("UN",)),
    ],
)
def test_monitors_let_in_are_access_granted_to_their_body(extract_text, sentence, recipient):
    assert [(e.type, e.recipient) for e in extract_text(sentence).events] == [("RETREAT", recipient)]


def test_a_particle_parsed_as_an_adverb_still_selects_its_row(extract_text):
    assert [e.type for e in extract_text("The rebels backed down after the talks.").events] == ["CONCEDE"]


@pytest.mark.parametrize(
    ("sentence", "type_", "recipient"),
    [
        ("Armenian forces were engaged in ethnic cleansing in Karabakh against the Azerbaijani population.", "ASSAULT", ("AZE",)),
        ("Russian forces were engaged in heavy fighting in Donbas against Ukrainian troops.", "ASSAULT", ("UKR",)),
        ("Indian troops participated in exercises in Rajasthan with Egypt.", "COOPERATE", ("EGY",)),
    ],
)
def test_an_act_engaged_in_takes_its_other_side_from_the_engaging_verb(extract_text, sentence, type_, recipient):
    assert [(e.type, e.recipient) for e in extract_text(sentence).events] == [(type_, recipient)]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Japan scrambled fighter jets on Tuesday after Chinese bombers approached Okinawa, Kyodo said.", ("JPN",), ("CHN",)),
        ("Greece put its navy on alert following Turkish incursions into its waters.", ("GRC",), ("TUR",)),
        ("South Korea raised its alert level after the North fired a missile.", ("KOR",), ("PRK",)),
    ],
)
def test_forces_readied_in_answer_to_another_states_act_face_it(extract_text, sentence, actor, recipient):
    assert ("MOBILIZE", actor, recipient) in events_coded(extract_text, sentence)


def test_forces_readied_after_a_disaster_face_no_one(extract_text):
    assert events_coded(extract_text, "Kenya put its troops on alert after heavy rains flooded the capital.") == [("MOBILIZE", ("KEN",), ())]
