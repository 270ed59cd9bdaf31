"""An investigation undergone in a state is that state's accusation (sentences written for these tests)."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("A Canadian businessman was put under investigation in France over the contract.", ("FRA",), ("CAN",)),
        ("A British journalist was placed under investigation in Turkey for espionage.", ("TUR",), ("GBR",)),
        ("Two Russian diplomats are under investigation in Germany for spying.", ("DEU",), ("RUS",)),
        ("The Hungarian company came under investigation in Romania last year.", ("ROU",), ("HUN",)),
    ],
)
def test_under_investigation_in_a_state_is_that_states_accusation(extract_text, sentence, actor, recipient):
    assert events_coded(extract_text, sentence) == [("ACCUSE", actor, recipient)]


def test_an_investigation_with_no_state_named_codes_nothing(extract_text):
    assert events_coded(extract_text, "A Greek ship was placed under investigation.") == []


def test_an_attack_received_from_a_state_stays_that_states_attack(extract_text):
    assert events_coded(extract_text, "Ukraine came under attack from Russia.") == [("ASSAULT", ("RUS",), ("UKR",))]
