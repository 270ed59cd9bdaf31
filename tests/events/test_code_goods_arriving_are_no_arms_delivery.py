"""Goods, aircraft or drones told arriving or landing somewhere "from" a state are no arms
delivery by that state (no COOPERATE 062): grain, medicine and aid are civilian, a drone that
lands is an incursion, and jets that land are moved by their own air force. Sentences written
for these tests."""

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "A cargo of maize from Zambia arrived in Malawi on Friday.",
        "A consignment of insulin from Denmark arrived in Kenya.",
        "A convoy carrying tents from Turkey arrived in Armenia.",
        "Three drones launched from Belarus landed in Latvia overnight.",
        "Dutch F-16 jets from Germany landed in Estonia for an air policing rotation.",
    ],
)
def test_things_arriving_from_a_state_are_not_its_delivery(extract_text, sentence):
    assert [e for e in extract_text(sentence).events if e.type == "COOPERATE"] == []
