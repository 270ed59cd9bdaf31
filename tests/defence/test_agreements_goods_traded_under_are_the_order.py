"""Weapons bought, sold or made in an act done under an agreement ("the purchase of 36 jets from
France under the agreement", "will buy 200 armoured carriers from France under a deal", "will
assemble 18 tanks under a licence agreement") make that agreement the order of the transfer
(docs/annotation.md 9.1: purchase contracts are arms transfers), no agreement of its own. An
agreement named for defence or cooperation, or an exchange of notes, stays a framework between
the states; troops sent under a pact move no goods."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((",".join(a.parties), a.status) for a in extract_text(text).agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Athens said its purchase of 24 Rafale fighters from France under the agreement would be paid in three instalments.",
        "Under a deal the cabinet approved, Chile is to buy 30 Leopard 2 tanks from Germany.",
        "A Brazilian factory will build 12 Scorpene submarines for the navy under a licence agreement with France.",
    ],
)
def test_goods_traded_under_an_agreement_make_it_the_order(extract_text, text):
    assert _agreements(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary received 20 Russian helicopters in 2022 under its defence cooperation accord with Moscow.", [("HUN,RUS", "in_force")]),
        ("Kenyan troops were sent to Somalia under a 2011 defence pact with Mogadishu.", [("KEN,SOM", "in_force")]),
    ],
)
def test_a_defence_framework_or_troops_sent_under_it_stays_an_agreement(extract_text, text, expected):
    assert _agreements(extract_text, text) == expected
