"""A deal signed "to buy" goods is an order by its signer, however the parser hangs the infinitive:
as a purpose of the signing or, with a plural "contracts", as its complement (read as if the
contracts were told to buy). The signer buys, the "from" state sells; a deal only wanted is no
order; a signing denied ("has not signed", "signed no contracts") or imagined gives none, and one
still to come is a deal being concluded (negotiating), not an order. Every sentence is invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana has signed contracts to buy four Embraer Super Tucano aircraft from Brazil.", [("BRA", "GHA", "ordered")]),
        ("Kenya signed contracts on Monday to buy 30 Otokar Cobra armoured vehicles from Turkey, the ministry said.", [("TUR", "KEN", "ordered")]),
    ],
)
def test_the_signer_of_contracts_to_buy_orders(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


def test_contracts_called_off_are_cancelled(extract_text):
    assert _transfers(extract_text, "Ghana has cancelled its contracts to buy four Embraer Super Tucano aircraft from Brazil.") == [("BRA", "GHA", "cancelled")]


def test_contracts_only_wanted_are_no_order(extract_text):
    assert _transfers(extract_text, "Ghana wants contracts to buy four Embraer Super Tucano aircraft from Brazil.") == []


@pytest.mark.parametrize(
    "text",
    [
        # the signing denied by "not", "never" or "no": no deal, no transfer
        "Kenya has not signed contracts to buy armoured vehicles from Turkey, the ministry said.",
        "Kenya never signed contracts to acquire Otokar Cobra vehicles from Turkey.",
        "Ghana signed no contracts to acquire Embraer trainer aircraft from Brazil last year.",
        "Brazil has not signed contracts to sell Embraer trainer aircraft to Ghana.",
        # a signing only imagined
        "Ghana would sign contracts to acquire Embraer trainer aircraft from Brazil if funds allowed.",
    ],
)
def test_contracts_not_signed_are_no_transfer(extract_text, text):
    assert _transfers(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ghana will sign contracts next month to buy four Embraer Super Tucano aircraft from Brazil.",
        "Kenya is expected to sign contracts to buy armoured vehicles from Turkey in June.",
    ],
)
def test_contracts_still_to_be_signed_are_being_concluded_not_an_order(extract_text, text):
    # guide 9.2: the two sides are concluding the deal (negotiating); the order comes with the signing
    assert [status for *_, status in _transfers(extract_text, text)] == ["negotiating"]
