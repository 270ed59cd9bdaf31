"""A purchase contract is no agreement (docs/annotation.md §9.1: it is an arms transfer, ordered),
also where the parser splits its phrase: "finalised a contract worth $N for 16 howitzers" (the goods
hung on "worth"), "a deal on the purchase of 8 patrol boats" (a commercial noun on a supply of
counted weapons), "withdrew from the deal to buy four corvettes" (the deal's infinitive hung on
the verb above it). A pact on a civil supply, or one left for another purpose, stays an agreement.
Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_listed


@pytest.mark.parametrize(
    "text",
    [
        "Norway and South Korea finalised a contract worth some $900 million for 16 howitzers.",
        "An order on the supply of 8 patrol boats was signed by Ghana and Turkey on Monday.",
        "Ghana and Turkey have agreed a deal on the purchase of 8 patrol boats.",
        "Citing costs, Chile withdrew from the deal to buy four corvettes from Italy.",
    ],
)
def test_a_contract_for_counted_weapons_is_no_agreement(extract_text, text):
    assert agreements_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and Iran signed an agreement on the supply of gas on Monday.", [(("IRN", "RUS"), "signed")]),
        ("Peru pulled out of the treaty with Chile to protest the sale of jets to Bolivia.", [(("CHL", "PER"), "terminated")]),
        ("Egypt and France signed a defence cooperation agreement worth noting for its scope.", [(("EGY", "FRA"), "signed")]),
    ],
)
def test_an_agreement_on_a_civil_supply_or_left_for_another_purpose_stays(extract_text, text, expected):
    assert agreements_listed(extract_text, text) == expected
