"""Rows for particular objects: what a verb codes with them, and the near misses it leaves alone."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Verbal backing: defending a state against words aimed at it.
        ("Kenya defended Uganda against Western criticism of its elections.", [("SUPPORT", ("KEN",), ("UGA",))]),
        ("Kenya defended Uganda against charges of election fraud.", [("SUPPORT", ("KEN",), ("UGA",))]),
        # Defending against force is not verbal backing: only the attack is told.
        ("Kenya defended Uganda against the rebel attack.", [("ASSAULT", ("REB",), ())]),
    ],
)
def test_defending_a_state_against_criticism_is_support(extract_text, sentence, expected):
    assert [(e.type, e.actor, e.recipient) for e in extract_text(sentence).events] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # Defending oneself against words backs no one, least of all the critic.
        "Kenya defended itself against accusations from Uganda.",
        "Kenya and Tanzania defended themselves against criticism from the European Union.",
        "The Kenyan government defended itself against charges from Uganda of election fraud.",
    ],
)
def test_defending_oneself_against_criticism_is_no_support(extract_text, sentence):
    assert not [e for e in extract_text(sentence).events if e.type == "SUPPORT"], sentence


def test_halting_mediation_reduces_relations_with_the_parties(extract_text):
    (event,) = extract_text("The European Union halted its mediation between Serbia and Kosovo.").events
    assert (event.type, event.cameo, event.actor, set(event.recipient)) == ("SANCTION", "165", ("EU",), {"SRB", "XKX"})


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("Kenyan police remained on standby near the stadium.", ()),
        # forces on alert in another state are ready there, not military protection sent to it
        ("Russia put its troops in Belarus on alert.", ("BLR",)),
    ],
)
def test_forces_kept_on_alert_are_a_mobilization(extract_text, sentence, recipient):
    (event,) = extract_text(sentence).events
    assert (event.type, event.cameo, event.recipient) == ("MOBILIZE", "152", recipient)


@pytest.mark.parametrize(
    "sentence",
    [
        "Egyptian troops remained on high alert along the border.",
        "The Egyptian navy stayed on alert after the incident.",
    ],
)
def test_forces_remaining_on_alert_are_a_mobilization(extract_text, sentence):
    assert [(e.type, e.actor) for e in extract_text(sentence).events] == [("MOBILIZE", ("EGY",))], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # Only forces kept on alert are readied: the public, hospitals or markets are not.
        "Residents of Cairo stayed on alert for air raid sirens.",
        "Hospitals across Egypt remained on high alert after the blast.",
        "Egyptian markets remained on alert ahead of the rate decision.",
    ],
)
def test_others_remaining_on_alert_are_no_mobilization(extract_text, sentence):
    assert not [e for e in extract_text(sentence).events if e.type == "MOBILIZE"], sentence


def test_forces_merely_staying_somewhere_are_no_event(extract_text):
    assert not extract_text("Israeli troops remained on the border.").events


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The APEC group (Asia-Pacific Economic Cooperation) agreed on Friday to open a trade office in Lima.", [("AGREE", ("APEC",))]),
        ("The Asia-Pacific Economic Cooperation summit opened in Lima on Friday.", [("CONSULT", ("APEC",))]),  # the summit only
    ],
)
def test_a_trigger_word_inside_an_organisations_name_is_no_event(extract_text, sentence, expected):
    assert [(e.type, e.actor) for e in extract_text(sentence).events] == expected


def test_the_same_word_as_a_plain_noun_still_codes(extract_text):
    events = extract_text("Cooperation between Serbia and Hungary grew.").events
    assert [(e.type, set(e.actor)) for e in events] == [("COOPERATE", {"SRB", "HUN"})]
