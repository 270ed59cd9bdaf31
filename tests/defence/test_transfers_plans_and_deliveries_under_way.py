"""Arms transfers whose stage hangs on a word around the cue (round 10, from blind wire dev
classes): a sale cleared under a programme whose name the parser reads as a proper noun, a
contract hung on the last of several goods, a plan told as "is to", and deliveries begun or
still to be completed. Every sentence is invented; near misses must stay empty or keep their stage."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the programme's name ends in the transfer noun; the recipient and the goods hang on the verb
        ("The State Department cleared a possible Foreign Military Sale to Oman of 12 M777 howitzers on Monday.", [("USA", "OMN", "offered")]),
        ("Washington approved a possible Foreign Military Sale to the Sultanate of Oman of 24 Apache helicopters.", [("USA", "OMN", "offered")]),
        ("The U.S. cleared a possible Foreign Military Sale of 40 AMRAAM missiles to Finland on Friday.", [("USA", "FIN", "offered")]),
    ],
)
def test_a_cleared_sale_named_as_a_programme_is_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Military Sale office in Ankara was closed on Monday.",
        "A Foreign Military Sale case manager visited Seoul.",
    ],
)
def test_a_programme_name_without_goods_or_buyer_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbia will supply Cyprus with trucks, mortars and shells under a deal concluded in May.",
            [("SRB", "CYP", "ordered")] * 3,
        ),
        ("Korea will provide Peru with KT-1 trainers and spare parts under a deal concluded last year.", [("KOR", "PER", "ordered")] * 2),
    ],
)
def test_a_contract_on_the_last_of_the_goods_covers_them_all(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_goods_under_an_aid_programme_stay_offered(extract_text):
    # a programme is no contract: a supply promised under it is a pledge
    assert transfers_joined(extract_text, "Norway will supply Latvia with trucks and radars under its aid programme.") == [("NOR", "LVA", "offered")] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Italy is to send four helicopters to Tunisia.", [("ITA", "TUN", "offered")]),
        ("Austria is to give Moldova 20 armoured vehicles, the government said.", [("AUT", "MDA", "offered")]),
        ("Norway and Sweden are to donate 10 tanks to Ukraine.", [("NOR", "UKR", "offered"), ("SWE", "UKR", "offered")]),
        # a decision to buy is an interest
        ("Egypt is to buy 12 Rafale jets from France.", [("FRA", "EGY", "interest")]),
    ],
)
def test_a_transfer_a_state_is_to_make_is_a_plan(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_transfer_a_state_was_to_make_stays_arranged(extract_text):
    assert transfers_joined(extract_text, "Italy was to send four helicopters to Tunisia under the 2019 deal.") == [("ITA", "TUN", "ordered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Algeria has started to receive Su-30 fighters from Russia.", [("RUS", "DZA", "ongoing")]),
        ("Belarus has begun delivering armoured cars to Zimbabwe.", [("BLR", "ZWE", "ongoing")]),
        ("Spain began deliveries of Leopard tanks to Ukraine in May.", [("ESP", "UKR", "ongoing")]),
        ("Next year Italy will complete deliveries of the last corvettes to Algeria, a minister said.", [("ITA", "DZA", "ongoing")]),
        ("France will finish deliveries of the last Rafale jets to Greece next year.", [("FRA", "GRC", "ongoing")]),
        # the last still due: the deliveries go on, none is told arrived
        ("Deliveries of Rafale jets from France to Greece are proceeding, with the rest due to arrive next spring.", [("FRA", "GRC", "ongoing")]),
    ],
)
def test_deliveries_begun_or_still_to_complete_are_under_way(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia completed deliveries of S-400 systems to India.", [("RUS", "IND", "delivered")]),
        ("Brazil has finished delivering Super Tucano aircraft to Chile.", [("BRA", "CHL", "delivered")]),
    ],
)
def test_deliveries_completed_or_told_arrived_are_delivered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_beginning_talks_on_a_purchase_is_no_delivery(extract_text):
    assert transfers_joined(extract_text, "Peru began talks with South Korea on buying K2 tanks.") == [("KOR", "PER", "negotiating")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told in a clause on a deal, the transfer is the deal's, present tense or past
        ("Lima approved the contract under which Madrid is to deliver four patrol boats to Peru.", [("ESP", "PER", "ordered")]),
        ("The contract under which Spain is to sell six corvettes to Peru was cancelled on Monday.", [("ESP", "PER", "cancelled")]),
    ],
)
def test_a_transfer_a_deal_says_a_state_is_to_make_keeps_the_deals_stage(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
