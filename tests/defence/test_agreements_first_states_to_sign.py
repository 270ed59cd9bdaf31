"""The states a predicate noun describes take the stage of its infinitive: "X and Y, diplomats
noted, were the only members to have ratified the pact", "Z became the first country to sign the
treaty" (the copula's subject is the infinitive's doer). A predicate noun naming no state gives no
party. All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana, Togo and Benin, diplomats noted, were the only members to have ratified the West African mutual defence pact by June.", [("BEN,GHA,TGO", "ratified")]),
        ("Oman was the first country to sign the defence cooperation treaty with Jordan.", [("JOR,OMN", "signed")]),
    ],
)
def test_the_states_a_predicate_noun_describes_take_its_infinitives_stage(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_a_predicate_noun_of_no_state_names_no_party(extract_text):
    assert agreements_joined(extract_text, "It was the first time to sign a defence pact in a decade.") == []
