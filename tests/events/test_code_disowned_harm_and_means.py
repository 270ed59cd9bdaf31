"""Harm the actor disowns, and acts done with another's means (sentences written for these
tests)."""

import pytest


def _coded(extract_text, sentence):
    return [(e.type, e.actor, e.recipient, e.status.value) for e in extract_text(sentence).events]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Israel is not prepared to attack Iran, its defence minister said.", ("ISR",), ("IRN",)),
        ("Britain was not ready to attack Iraq without a UN mandate.", ("GBR",), ("IRQ",)),
        ("Russia will not attack Ukraine, the Kremlin said.", ("RUS",), ("UKR",)),
        ("Tehran is unwilling to attack Israeli ships, IRNA reported.", ("IRN",), ("ISR",)),
    ],
)
def test_disowned_force_is_the_threat_it_would_be_negated(extract_text, sentence, actor, recipient):
    # "will attack X" is THREATEN; saying it will not is that announcement, negated (PLOVER's
    # negation mode), not an attack that failed to happen
    assert _coded(extract_text, sentence) == [("THREATEN", actor, recipient, "negated")]


def test_readying_denied_stays_a_negated_mobilisation(extract_text):
    events = extract_text("Serbia has not prepared to attack Kosovo, its defence minister said.").events
    assert [(e.type, e.status.value) for e in events] == [("MOBILIZE", "negated")]


def test_a_plain_attack_denied_stays_negated_assault_or_nothing(extract_text):
    assert not [e for e in extract_text("The army did not attack the village, residents said.").events if e.type == "THREATEN"]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("The United States used Saudi Arabia's bases to attack Iraq.", ("USA",), ("IRQ",)),
        ("Israel used Jordanian airspace to strike Iranian targets, Al-Ahram reported.", ("ISR",), ("IRN",)),
        ("France used airfields in Chad to bomb rebel positions in Libya.", ("FRA",), ("REB",)),
    ],
)
def test_an_act_done_with_another_states_means_is_the_users(extract_text, sentence, actor, recipient):
    assert [(e.type, e.actor, e.recipient) for e in extract_text(sentence).events] == [("ASSAULT", actor, recipient)]


def test_asking_another_to_act_still_makes_it_the_doer(extract_text):
    assert [(e.type, e.actor, e.recipient) for e in extract_text("The United States asked Japan to help defend Taiwan.").events][:1] == [("REQUEST", ("USA",), ("JPN",))]
