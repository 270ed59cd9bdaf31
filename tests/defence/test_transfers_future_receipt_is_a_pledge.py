"""A receipt told in the future (round 17, from blind wire dev classes): "X will receive goods
from Y" is Y's pledge seen from the recipient (offered); under a named arrangement ("under a
2021 contract", "under a loan programme") the receipt is arranged (ordered). Every sentence is
invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's navy will get two refitted patrol boats from South Korea before the rainy season.", [("KOR", "GHA", "offered")]),
        ("According to the ministry, Mongolia will receive 30 military trucks from Japan in the spring.", [("JPN", "MNG", "offered")]),
        # the arrangement named: ordered
        ("Botswana will receive eight armoured vehicles from Turkey under a 2021 contract.", [("TUR", "BWA", "ordered")]),
        ("Peru will receive 12 howitzers from Spain under a military loan programme, the army said.", [("ESP", "PER", "ordered")]),
        # a share of a deal: arranged
        ("As part of the 2023 deal, Croatia will get six Rafale jets from France by 2027.", [("FRA", "HRV", "ordered")]),
        # the deal signed before, in a clause on the receipt: arranged
        ("Nepal will get six transport helicopters from India, having signed the deal in May.", [("IND", "NPL", "ordered")]),
        # a deal still to sign, a signing of something else, a time: the pledge stays
        ("Nepal will get six transport helicopters from India once the two governments sign the deal.", [("IND", "NPL", "offered")]),
        ("Nepal will get six transport helicopters from India after signing a letter to the UN.", [("IND", "NPL", "offered")]),
        # "under" with no arrangement: the pledge stays
        ("Mongolia will receive 30 military trucks from Japan under pressure from Tokyo's allies.", [("JPN", "MNG", "offered")]),
    ],
)
def test_a_future_receipt_is_the_suppliers_pledge_unless_arranged(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a wish, not a pledge
        "Mongolia hopes one day to receive fighter jets of its own.",
        # negated
        "Officials said Ghana will not receive the patrol boats from South Korea this year.",
        # civilian goods to a hospital
        "The hospital will receive 30 ambulances from Japan next month.",
    ],
)
def test_a_future_receipt_wished_negated_or_civilian_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []
