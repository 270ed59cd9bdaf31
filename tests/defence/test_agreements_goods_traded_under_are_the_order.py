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
        "The purchase of 24 Rafale fighter jets from France under the agreement signed on Monday will boost Greece's air force.",
        "Belgium will buy 200 Griffon armoured personnel carriers from France under a government-to-government deal approved on Friday.",
        "A state-owned arms maker will assemble 18 Kaplan MT medium tanks for the Indonesian Army under a licence agreement signed with Turkey last year.",
    ],
)
def test_goods_traded_under_an_agreement_make_it_the_order(extract_text, text):
    assert _agreements(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under its defence cooperation accord with Moscow, Hungary has taken Russian tanks and helicopters as repayment of a debt.", [("HUN,RUS", "in_force")]),
        ("Kenyan troops were sent to Somalia under a 2011 defence pact with Mogadishu.", [("KEN,SOM", "in_force")]),
    ],
)
def test_a_defence_framework_or_troops_sent_under_it_stays_an_agreement(extract_text, text, expected):
    assert _agreements(extract_text, text) == expected
