"""One reading of "his/her/its/my country (government, nation)" as the speaker's own state,
shared by arms transfers and activities (grammar.speakers_country, one word list in
[grammar]); invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


def _activities(extract_text, text):
    return sorted((tuple(a.parties), a.status) for a in extract_text(text).activities)


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish defence minister said his country was willing to sell Bayraktar drones to Poland.",
        "The Turkish defence minister said her government was ready to supply Bayraktar drones to Poland.",
        '"My country will sell Bayraktar drones to Poland," the Turkish defence minister said.',
    ],
)
def test_the_speakers_country_supplies(extract_text, text):
    assert transfers_joined(extract_text, text) == [("TUR", "POL", "offered")]


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian minister said his country would hold joint exercises with Latvia next year.",
        "The Estonian minister said her government would hold joint exercises with Latvia next year.",
        "The Estonian minister said their country would hold joint exercises with Latvia next year.",
    ],
)
def test_the_speakers_country_takes_part(extract_text, text):
    assert _activities(extract_text, text) == [(("EST", "LVA"), "planned")]


def test_a_speaker_with_no_state_adds_no_party(extract_text):
    # "the minister" names no state: only the partner is known
    assert _activities(extract_text, "The minister said his country would hold joint exercises with Latvia next year.") == [(("LVA",), "planned")]


def test_the_word_lists_are_one_in_grammar(rules):
    assert {"country", "government", "nation"} <= rules.grammar.own_country_nouns
    assert {"his", "her", "my", "our"} <= rules.grammar.own_country_possessives
    assert not hasattr(rules.transfers, "own_state_nouns")
