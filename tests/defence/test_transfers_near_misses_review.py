"""Transfers a careful reader would not record, or would record at another stage: a state's
own forces abroad, an intent turned down or reversed, an arrangement that never came about,
civilian goods for an armed force, and a sale only condemned or talked about. Every sentence
is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    "text",
    [
        # a state supplying its own forces abroad makes no transfer to the host
        "Russia sent weapons to its forces in Syria.",
        "Turkey shipped armoured vehicles to its troops in Libya.",
        "France flew ammunition to its soldiers in Mali.",
    ],
)
def test_supplies_to_a_states_own_forces_abroad_are_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


def test_people_in_a_state_named_by_no_state_still_stand_for_it(extract_text):
    assert transfers_joined(extract_text, "Britain delivered 20 Mastiff vehicles to its friends in Kenya.") == [("GBR", "KEN", "delivered")]


@pytest.mark.parametrize(
    "text",
    [
        # an intent turned down or denied, or a refusal, gives no transfer
        "Berlin rejected a proposal to send Taurus missiles to Ukraine.",
        "Rome dismissed a plan to sell frigates to Egypt.",
        "Reports of a plan to sell tanks to Egypt were denied by Rome.",
        "Germany's refusal to send Taurus missiles to Ukraine angered Kyiv.",
        "Sweden's rejection of a request to deliver howitzers to Kyiv drew criticism.",
    ],
)
def test_a_refused_or_denied_intent_gives_no_transfer(extract_text, text):
    assert [t for t in transfers_joined(extract_text, text) if t[2] in ("offered", "delivered", "ordered")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany reversed its decision to send Leopard tanks to Saudi Arabia.", [("DEU", "SAU", "cancelled")]),
        ("Spain rescinded its decision to sell patrol boats to Venezuela.", [("ESP", "VEN", "cancelled")]),
    ],
)
def test_a_reversed_decision_cancels_the_transfer(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "was to" in a condition or before a collapse tells no arrangement
        "Under the plan, France was to sell 24 Rafale jets to Egypt, but talks collapsed.",
        "If the deal had gone ahead, Russia was to deliver 10 Su-35 jets to Iran.",
        "Italy was to supply eight helicopters to Peru, but the negotiations failed.",
        "If Congress had approved it, the United States was to sell 40 F-35 jets to Turkey.",
    ],
)
def test_an_arrangement_that_never_came_about_gives_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


def test_an_arrangement_still_stands_when_nothing_undoes_it(extract_text):
    assert transfers_joined(extract_text, "Under the deal, Russia was to deliver 10 Su-35 jets to Iran.") == [("RUS", "IRN", "ordered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # civilian modifiers yield to an armed force as recipient
        ("Japan donated 20 rescue helicopters to the Philippine air force.", [("JPN", "PHL", "delivered")]),
        ("Italy gave two medical helicopters to the Tunisian army.", [("ITA", "TUN", "delivered")]),
        ("Germany donated two rescue helicopters to the Greek navy.", [("DEU", "GRC", "delivered")]),
    ],
)
def test_civilian_goods_given_to_an_armed_force_are_a_transfer(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_civilian_goods_for_civilians_stay_out(extract_text):
    assert transfers_joined(extract_text, "Japan donated 20 rescue helicopters to the Philippines.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the condemner is no seller; the seller the noun names keeps its sale, at no stage beyond offered
        ("China condemned the US sale of F-16 fighters to Taiwan.", [("USA", "TWN", "offered")]),
        ("Iran denounced the French sale of Rafale jets to the UAE.", [("FRA", "ARE", "offered")]),
        # a sale only talked about tells no stage: offered at most
        ("Tokyo warned Seoul of the sale of missiles to Taiwan by Washington.", [("USA", "TWN", "offered")]),
        ("Athens complained about the sale of frigates to Turkey by Germany.", [("DEU", "TUR", "offered")]),
    ],
)
def test_a_sale_condemned_or_talked_about_is_offered_by_its_seller(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_condemned_sale_with_no_other_seller_gives_nothing(extract_text):
    assert transfers_joined(extract_text, "Beijing condemned the sale of jets to Taipei.") == []
