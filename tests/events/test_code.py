"""Event coding: who did what to whom, with status, from the dependency parse."""

import pytest


def _events(result, type_=None):
    return [e for e in result.events if type_ is None or e.type == type_]


def test_capital_as_subject_accuses_the_states_named_in_the_object(extract_text):
    result = extract_text("Belgrade condemned the military cooperation declaration signed by Albania, Croatia and Kosovo.")
    (event,) = _events(result, "ACCUSE")
    assert event.actor == ("SRB",)
    assert set(event.recipient) == {"ALB", "HRV", "XKX"}
    assert event.status == "occurred"
    assert event.quad_class == 3 and event.goldstein < 0


def test_compound_subject_gives_both_actors(extract_text):
    result = extract_text("Serbia and Hungary signed a defence cooperation plan in Belgrade on Tuesday.")
    event = next(e for e in result.events if e.evidence.trigger.text == "signed")
    assert set(event.actor) == {"SRB", "HUN"}
    assert event.date == "2025-03-11"


def test_passive_agent_is_the_actor_and_subject_the_recipient(extract_text):
    result = extract_text("Albania was condemned by Serbia on Monday.")
    (event,) = _events(result, "ACCUSE")
    assert (event.actor, event.recipient) == (("SRB",), ("ALB",))


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Serbia did not condemn Albania.", "negated"),
        ("Serbia wants to meet Hungary next week.", "intended"),
        ("Serbia denied attacking Hungary.", "negated"),
        ("Serbia plans to meet Hungary next week.", "planned"),
        ("Serbia will meet Hungary next week.", "planned"),
        ("Serbia proposed to meet Hungary.", "proposed"),
        ("If Russia attacked Poland, NATO would respond.", "hypothetical"),
        ("Serbia is holding talks with Hungary.", "ongoing"),
        ("Serbia met Hungary on Friday.", "occurred"),
    ],
)
def test_negation_and_modality_set_the_status(extract_text, sentence, status):
    result = extract_text(sentence)
    # The embedded act ("meet", "attacking") carries the status; the governing verb may code its own event.
    embedded = [e for e in result.events if e.evidence.trigger.text in ("meet", "met", "attacking", "attacked", "condemn", "holding", "talks")]
    assert embedded, sentence
    assert embedded[0].status == status


def test_a_reported_attack_is_the_speakers_accusation(extract_text):
    result = extract_text("The United States said Russia attacked Ukraine.")
    assert not _events(result, "ASSAULT")
    (event,) = _events(result, "ACCUSE")
    assert (event.actor, event.recipient, event.cameo) == (("USA",), ("RUS",), "112")


def test_an_attributed_fact_keeps_the_event_and_records_the_speaker(extract_text):
    result = extract_text("Russia attacked Ukraine on Sunday, the United States said.")
    (event,) = _events(result, "ASSAULT")
    assert (event.actor, event.recipient) == (("RUS",), ("UKR",))
    speaker = result.actor(event.speaker_ids[0])
    assert speaker is not None and speaker.country == "USA"


def test_calling_something_a_provocation_is_an_accusation(extract_text):
    result = extract_text("Serbian President Aleksandar Vucic called the declaration by Albania and Kosovo a provocation.")
    (event,) = _events(result, "ACCUSE")
    assert event.actor == ("SRB",)
    assert set(event.recipient) == {"ALB", "XKX"}


def test_quoted_we_is_the_speakers_state(extract_text):
    result = extract_text('"We will defend our territory and we condemn this attack by Azerbaijan," Armenian Prime Minister Nikol Pashinyan said.')
    accusations = _events(result, "ACCUSE")
    assert accusations and accusations[0].actor == ("ARM",)


def test_no_actor_no_event(extract_text):
    result = extract_text("Officials condemned the attack on the convoy.")
    assert not result.events


def test_evidence_points_at_the_sentence_and_trigger(extract_text):
    text = "Talks stalled. Hungary condemned Serbia on Friday."
    result = extract_text(text)
    (event,) = _events(result, "ACCUSE")
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text == "Hungary condemned Serbia on Friday."
    assert event.evidence.trigger.text == "condemned"


def test_planned_cooperation_is_coded_as_agree(extract_text):
    result = extract_text("Serbia will buy twelve Rafale jets from France next year.")
    (event,) = result.events
    assert (event.type, event.cameo, event.status) == ("AGREE", "0312", "planned")


def test_an_actors_own_will_not_is_a_refusal(extract_text):
    result = extract_text("Hungary said it would not provide weapons to Ukraine.")
    (event,) = result.events
    assert (event.type, event.status, event.actor, event.recipient) == ("REJECT", "occurred", ("HUN",), ("UKR",))


def test_committing_to_an_act_is_one_occurred_event(extract_text):
    result = extract_text("Pristina agreed on Wednesday to delay the deployment of special police.")
    (event,) = result.events
    assert (event.type, event.status, event.date) == ("CONCEDE", "occurred", "2025-03-12")


def test_threat_subsumes_its_content_and_takes_its_recipient(extract_text):
    result = extract_text("China threatened on Tuesday to sanction US defence companies.")
    (event,) = result.events
    assert (event.type, event.actor, event.recipient) == ("THREATEN", ("CHN",), ("USA",))


def test_hyphenated_weapons_test_is_one_verb(extract_text):
    result = extract_text("North Korea test-fired several cruise missiles off its west coast on Wednesday.")
    (event,) = result.events
    assert (event.type, event.actor) == ("MOBILIZE", ("PRK",))


def test_unnamed_protesters_are_the_public_of_the_place(extract_text):
    result = extract_text("Thousands of people rallied in Seoul on Sunday against the deployment.")
    (event,) = result.events
    assert (event.type, event.actor) == ("PROTEST", ("KOR",))


def test_deployment_to_another_state_is_military_protection(extract_text):
    result = extract_text("Kenya deployed another 200 police officers to Haiti on Wednesday.")
    (event,) = result.events
    assert (event.type, event.cameo, event.actor, event.recipient) == ("AID", "074", ("KEN",), ("HTI",))


def test_reaction_to_the_move_addresses_its_participants(extract_text):
    result = extract_text("Cyprus took delivery of Israeli air defence systems. Ankara condemned the purchase.")
    accusation = next(e for e in result.events if e.type == "ACCUSE")
    assert accusation.actor == ("TUR",) and "CYP" in accusation.recipient
