"""A state joined by a hyphen to a participle before the agreement noun ("a Brazil-brokered
accord", "the Moscow-led pact", "the Geneva-headquartered treaty body") names who brokers, leads
or hosts it, not a party (docs/annotation.md 9.1: parties are the states that make it), and the
participle tells no stage of it ("led" is no negotiation). A state named before the noun without
such a participle ("the Chile-Peru accord") stays a party."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed a Brazil-brokered defence accord on Monday.",
        "Chile and Peru signed a Norway-mediated border accord in Lima on Monday.",
    ],
)
def test_a_broker_named_before_the_noun_is_no_party(extract_text, text):
    assert agreements_joined(extract_text, text) == [("CHL,PER", "signed")]


def test_a_leader_named_before_the_noun_tells_no_stage_and_no_party(extract_text):
    # the pact is only named as led by Moscow: no agreement between Kyrgyzstan and Russia is told
    assert agreements_joined(extract_text, "Kyrgyzstan sent no delegate to the summit of the Moscow-led pact.") == []


def test_states_named_before_the_noun_without_a_participle_stay_parties(extract_text):
    assert agreements_joined(extract_text, "The Chile-Peru defence accord was signed on Monday.") == [("CHL,PER", "signed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of acting as a party ("negotiated", "signed") is no role: the state named makes the accord
        ("The Canada-negotiated border accord with Peru took effect in 2019.", [("CAN,PER", "in_force")]),
        ("Last year's Korea-signed defence pact with Chile was ratified on Friday.", [("CHL,KOR", "ratified")]),
    ],
)
def test_a_party_participle_before_the_noun_keeps_the_state_a_party(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
