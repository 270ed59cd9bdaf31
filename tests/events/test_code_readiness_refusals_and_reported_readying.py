"""Readiness negated, negated twice, and force readied as someone else tells it (sentences
written for these tests; annotation guide 6.3 and 8)."""

import pytest


def _coded(extract_text, sentence):
    return [(e.type, e.actor, e.recipient, e.status.value) for e in extract_text(sentence).events]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        ("China is not unwilling to talk with Washington, Beijing said.", "CONSULT", ("CHN",), ("USA",)),
        ("Iran is not unwilling to negotiate with France.", "CONSULT", ("IRN",), ("FRA",)),
        ("Turkey is not unready to meet Greek officials, Ankara said.", "CONSULT", ("TUR",), ("GRC",)),
        ("Egypt is not unprepared to talk with Ethiopia.", "CONSULT", ("EGY",), ("ETH",)),
    ],
)
def test_a_negative_readiness_negated_is_the_plain_intent(extract_text, sentence, type_, actor, recipient):
    assert _coded(extract_text, sentence) == [(type_, actor, recipient, "intended")]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Hungary is not willing to send weapons to Ukraine.", ("HUN",), ("UKR",)),
        ("Poland is not ready to send tanks to Ukraine.", ("POL",), ("UKR",)),
        ("Japan is not willing to meet Chinese officials.", ("JPN",), ("CHN",)),
        ("Egypt is not ready to talk with Ethiopia.", ("EGY",), ("ETH",)),
        ("Germany is unwilling to send tanks to Ukraine.", ("DEU",), ("UKR",)),
    ],
)
def test_declining_to_act_is_a_refusal_like_will_not(extract_text, sentence, actor, recipient):
    # Guide 6.3: "declines to act, says it will not do something" is REJECT, and it happened.
    assert _coded(extract_text, sentence) == [("REJECT", actor, recipient, "occurred")]


def test_not_prepared_to_attack_is_coded_as_will_not_attack(extract_text):
    # No REJECT code exists for a refused attack: both are the threat "will attack NATO" would
    # be, negated (PLOVER's negation mode), not a negated attack.
    expected = [("THREATEN", ("RUS",), ("NATO",), "negated")]
    assert _coded(extract_text, "Russia is not prepared to attack NATO.") == expected
    assert _coded(extract_text, "Russia will not attack NATO.") == expected


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Hungary did not send weapons to Ukraine.", "negated"),
        ("Iran is willing to talk with France.", "intended"),
    ],
)
def test_near_misses_keep_their_reading(extract_text, sentence, status):
    assert [e.status.value for e in extract_text(sentence).events] == [status]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Azerbaijan is poised to attack Armenia, Yerevan warned.", ("AZE",), ("ARM",)),
        ("Serbia is preparing to attack Kosovo, Pristina warned.", ("SRB",), ("XKX",)),
        ("Russian troops are poised to invade Ukraine, Kyiv warned.", ("RUS",), ("UKR",)),
        ("Iran is poised to strike Israel, Washington warned.", ("IRN",), ("ISR",)),
    ],
)
def test_force_readied_told_in_a_warning_is_the_readier_mobilizing(extract_text, sentence, actor, recipient):
    assert [(e.type, e.actor, e.recipient) for e in extract_text(sentence).events] == [("MOBILIZE", actor, recipient)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Azerbaijan will attack Armenia, Yerevan warned.",
        "Armenia warned that it is poised to attack Azerbaijan.",
    ],
)
def test_a_warning_of_force_not_readied_or_of_ones_own_stays_a_threat(extract_text, sentence):
    assert [e.type for e in extract_text(sentence).events] == ["THREATEN"]
