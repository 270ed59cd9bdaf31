"""A contract or deal between the two sides of an arms transfer is that transfer's order only when
it tells nothing else: a deal that says what it is on (a phrase or an infinitive naming no goods)
is an agreement of its own, even in an article that tells a transfer between the same states.
One whose phrase names the goods, or only a sum, a time or a cause, is still the order.
Invented sentences (review 13, item 5)."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France delivered 36 Rafale jets to India. India and France also signed a deal on Friday to cooperate on space research.", [(("FRA", "IND"), "signed")]),
        ("Turkey handed four T129 helicopters to Pakistan last year. Ankara and Islamabad have now signed a contract on joint weather forecasting.", [(("PAK", "TUR"), "signed")]),
        ("Spain sold two frigates to Peru. Lima and Madrid also signed a deal about fisheries.", [(("ESP", "PER"), "signed")]),
    ],
)
def test_a_deal_on_another_subject_stays_an_agreement(extract_text, text, expected):
    assert agreements_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "transfer"),
    [
        ("Turkey handed four T129 helicopters to Pakistan last year. Ankara and Islamabad signed the contract for the helicopters in 2018.", ("TUR", "PAK")),
        ("Turkey handed four T129 helicopters to Pakistan last year. Ankara and Islamabad signed the contract for $1.5 billion in 2018.", ("TUR", "PAK")),
        ("Germany shipped Leopard tanks to Qatar in 2015. Doha later froze the contract for political reasons.", ("DEU", "QAT")),
        ("France delivered 36 Rafale jets to India. India and France signed the deal in 2016.", ("FRA", "IND")),
    ],
)
def test_the_order_of_the_transfer_is_still_no_agreement(extract_text, text, transfer):
    records = extract_text(text)
    assert agreements_listed(extract_text, text) == []
    assert [(t.supplier[0], t.recipient[0]) for t in records.arms_transfers] == [transfer]
