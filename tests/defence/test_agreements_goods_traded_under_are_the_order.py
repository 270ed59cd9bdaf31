"""Weapons bought, sold or made in an act done under an unnamed agreement whose making the
sentence leaves untold ("the sale of nine corvettes to Peru under the accord", "a shipyard will
turn out 16 patrol boats under a licence agreement") make that agreement the order of the transfer
(docs/annotation.md 9.1: purchase contracts are arms transfers), no agreement of its own. An
agreement named for defence or cooperation, or an exchange of notes, stays a framework between
the states; so does one with a name of its own or a stage told with its parties ("under the truce
signed by the two capitals"; "under the deal the cabinet approved" stays the order), and troops
sent under a pact move no goods."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    "text",
    [
        "Greek officials said the sale of nine Rafale jets to Athens under the agreement would close in May.",
        "Chile is to take 30 ex-German Leopard 2 tanks next year under a deal with Berlin.",
        "Peru will buy 14 Korean K9 howitzers under an accord approved by its cabinet on Monday.",
        "A Brazilian factory will build 12 Scorpene submarines for the navy under a licence agreement with France.",
    ],
)
def test_goods_traded_under_an_agreement_make_it_the_order(extract_text, text):
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty Mi-17 helicopters reached Budapest from Moscow last spring under a 2019 defence cooperation accord between Hungary and Russia.", [("HUN,RUS", "in_force")]),
        ("Kenyan troops were sent to Somalia under a 2011 defence pact with Mogadishu.", [("KEN,SOM", "in_force")]),
    ],
)
def test_a_defence_framework_or_troops_sent_under_it_stays_an_agreement(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named agreement is more than an order
        ("Under the Kestrel pact, Norway is to build six frigates with help from Denmark.", [("DNK,NOR", "in_force")]),
        # its signing is told: the agreement stands, the weapons moved under it a matter inside a side
        ("Under the ceasefire accord signed by Chad and Niger, the militias will hand over 800 rifles to the police.", [("NER,TCD", "signed")]),
    ],
)
def test_a_named_agreement_or_one_whose_stage_is_told_stays_an_agreement(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
