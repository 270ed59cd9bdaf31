"""A purchase contract is no agreement (docs/annotation.md §9.1: it is an arms transfer, ordered),
also where the parser splits its phrase: "a contract worth $N for 12 jets" (the goods hung on
"worth"), "a contract on the delivery of 20 helicopters" (a contract on a supply of counted
weapons), "pulled out of the deal to buy 8 frigates" (the deal's infinitive hung on the verb
above it). A pact on a civil supply, or one left for another purpose, stays an agreement.
Invented sentences."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((a.parties, a.status) for a in extract_text(text).agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt and France on Monday signed a contract worth about $4 billion for 30 Rafale fighters.",
        "Vietnam and Russia have signed a contract on the delivery of 12 Su-30 fighters, officials said.",
        "Peru has pulled out of the deal to buy 8 frigates from Spain after a court ruling, the ministry said.",
    ],
)
def test_a_contract_for_counted_weapons_is_no_agreement(extract_text, text):
    assert _agreements(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and Iran signed an agreement on the supply of gas on Monday.", [(("IRN", "RUS"), "signed")]),
        ("Peru pulled out of the treaty with Chile to protest the sale of jets to Bolivia.", [(("CHL", "PER"), "terminated")]),
        ("Egypt and France signed a defence cooperation agreement worth noting for its scope.", [(("EGY", "FRA"), "signed")]),
    ],
)
def test_an_agreement_on_a_civil_supply_or_left_for_another_purpose_stays(extract_text, text, expected):
    assert _agreements(extract_text, text) == expected
