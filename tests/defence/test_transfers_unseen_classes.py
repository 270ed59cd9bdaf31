"""Arms transfers told in words and shapes no earlier rule listed (issue 13, round 8): more
verbs of giving and acquiring, nouns of offer and request, and two stages in one sentence (a
share of an order that has arrived, a receipt before a new order). Each class is written in
several agencies' styles, with near misses that must stay empty. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_counted, transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany dispatched 14 Leopard tanks to Ukraine.", [("DEU", "UKR", "delivered")]),
        ("Russia has rushed S-300 batteries to Syria, the ministry said.", [("RUS", "SYR", "delivered")]),
        # the purchase the frigate is described by is the order its delivery presupposes (guide 9.2)
        ("Morocco has commissioned a frigate bought from the Netherlands.", [("NLD", "MAR", "delivered"), ("NLD", "MAR", "ordered")]),
        ("A consignment of Chinese rifles was delivered to Zimbabwe.", [("CHN", "ZWE", "delivered")]),
    ],
)
def test_more_verbs_and_nouns_of_giving_and_acquiring(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow's offer of Su-35 fighters to Indonesia", [("RUS", "IDN", "offered")]),
        ("Russia renewed its offer of Su-57 jets to India.", [("RUS", "IND", "offered")]),
        ("Ukraine's request for F-16 jets from the Netherlands", [("NLD", "UKR", "interest")]),
        ("Kenya made a request to Italy for six helicopters.", [("ITA", "KEN", "interest")]),
        # a request the supplier approves is an offer; one turned down is none
        ("Washington approved Taipei's request for Abrams tanks.", [("USA", "TWN", "offered")]),
        ("Berlin rejected Kyiv's request for Taurus missiles.", []),
    ],
)
def test_an_offer_or_request_told_by_a_noun(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway ordered 24 K9 howitzers from South Korea, of which six have arrived.",
            [("KOR", "NOR", "delivered", 6), ("KOR", "NOR", "ordered", 24)],
        ),
        (
            "Ghana ordered 12 Super Tucano aircraft from Brazil, six of which have been delivered.",
            [("BRA", "GHA", "delivered", 6), ("BRA", "GHA", "ordered", 12)],
        ),
        (
            "Egypt has received 10 of the 30 Rafale jets it ordered from France.",
            [("FRA", "EGY", "delivered", 10), ("FRA", "EGY", "ordered", 30)],
        ),
        (
            "Greece ordered 18 Rafale jets from France and took delivery of the initial four in 2021.",
            [("FRA", "GRC", "delivered", 4), ("FRA", "GRC", "ordered", 18)],
        ),
        # a share still to come, or one that did something else, is no new stage
        ("Kenya has bought 18 drones from Turkey, of which four will arrive next year.", [("TUR", "KEN", "ordered", 18)]),
        ("Kenya has bought 18 drones from Turkey, of which four crashed.", [("TUR", "KEN", "ordered", 18)]),
    ],
)
def test_a_share_of_an_order_that_arrived_is_a_second_stage(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After receiving the first batch of Bayraktar drones from Turkey, Poland ordered more.",
            [("TUR", "POL", "delivered"), ("TUR", "POL", "ordered")],
        ),
        ("Having taken delivery of two Gowind corvettes from France, Egypt ordered two more.", [("FRA", "EGY", "delivered"), ("FRA", "EGY", "ordered")]),
        # "more" with no goods told before is nothing
        ("Poland ordered more, officials said.", []),
    ],
)
def test_a_receipt_before_a_new_order_is_two_stages(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia dispatched two warships to the Mediterranean.",
        "Beijing rushed medical supplies to Laos after the floods.",
        "The Indian Navy commissioned a destroyer built at a domestic shipyard.",
        "The offer of 300 troops to the UN mission was welcomed.",
        "Police were armed with new rifles ahead of the summit.",
        "North Korea tested a new ballistic missile on Sunday.",
        "Troops of the 5th Brigade were dispatched to the border with Peru.",
        "China shipped 20 tonnes of rice and medical supplies to Myanmar.",
        "The first six of the 12 fighter jets built by the local factory arrived at the air base.",
        "The airline ordered 30 A321 aircraft and received the first five.",
        "After testing the first batch of drones, the army ordered more from a domestic firm.",
        "Seoul's offer of talks with Pyongyang was ignored.",
    ],
)
def test_near_misses_of_the_new_words_stay_empty(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second preposition coordinated with the first
        ("Turkey supplied Bayraktar drones to Ukraine and to Poland.", [("TUR", "POL", "delivered"), ("TUR", "UKR", "delivered")]),
        ("Seoul will export K9 howitzers to Norway and to Estonia next year.", [("KOR", "EST", "offered"), ("KOR", "NOR", "offered")]),
        ("The sale of F-16 jets to Jordan and to Bahrain was approved.", [("USA", "BHR", "offered"), ("USA", "JOR", "offered")]),
        ("Kenya received drones from Turkey and from Israel.", [("ISR", "KEN", "delivered"), ("TUR", "KEN", "delivered")]),
        # each item with the side named after it
        ("Israel sold Spike missiles to India and Heron drones to Azerbaijan.", [("ISR", "AZE", "delivered"), ("ISR", "IND", "delivered")]),
        ("Vietnam bought tanks from Russia and patrol boats from India.", [("IND", "VNM", "ordered"), ("RUS", "VNM", "ordered")]),
        # one side shared by all items stays shared
        (
            "France sold Rafale jets and Caesar howitzers to Qatar and Egypt.",
            [("FRA", "EGY", "delivered"), ("FRA", "EGY", "delivered"), ("FRA", "QAT", "delivered"), ("FRA", "QAT", "delivered")],
        ),
    ],
)
def test_two_recipients_or_suppliers_in_one_sentence(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a model the gazetteer lacks, named by a designation before a platform noun
        ("The Soviet Union supplied MiG-23 fighters to Libya in 1979, officials said.", [("RUS", "LBY", "delivered")]),
        ("Japan will provide Manila with five TC-90 aircraft.", [("JPN", "PHL", "offered")]),
        ("Seoul sold 12 KX-21 jets to Jakarta.", [("KOR", "IDN", "delivered")]),
        # an airliner's designation is no weapon; a bare platform noun stays too vague
        ("China bought 100 A320 aircraft from France.", []),
        ("Turkey sold fighters to Libya.", []),
    ],
)
def test_goods_named_by_an_unknown_designation(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bulgaria backed out of its agreement to buy Gripen jets from Sweden last spring.", [("SWE", "BGR", "cancelled")]),
        ("Colombia withdrew from its plan to buy Rafale jets from France.", [("FRA", "COL", "cancelled")]),
        ("Peru backed out of the contract to acquire K2 tanks from South Korea.", [("KOR", "PER", "cancelled")]),
        ("Chile signed up to the deal to buy Leopard tanks from Germany.", [("DEU", "CHL", "ordered")]),
    ],
)
def test_a_buyer_leaving_the_deal_cancels_it(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first 12 of 48 K9 howitzers that Seoul agreed to sell to Cairo reached Alexandria on Monday.",
            [("KOR", "EGY", "delivered", 12), ("KOR", "EGY", "ordered", 48)],
        ),
        (
            "The frigates Oman ordered from Britain docked at Muscat after a long voyage.",
            [("GBR", "OMN", "delivered", None), ("GBR", "OMN", "ordered", None)],
        ),
        # an arrival still to come tells no new stage
        ("The two frigates that Jakarta bought from Rome will arrive next year.", [("ITA", "IDN", "ordered", 2)]),
    ],
)
def test_goods_told_ordered_arriving_are_delivered(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


def test_spare_parts_beside_a_system_are_goods_of_their_own(extract_text):
    items = sorted((t.item, t.status) for t in extract_text("Peru has sold mortar rounds and spare parts to Bolivia.").arms_transfers)
    assert items == [("mortar rounds", "delivered"), ("spare parts", "delivered")]


def test_a_makers_name_is_no_goods(extract_text):
    text = "Oman scrapped its contract with Italy's Leonardo for 16 NH90 helicopters."
    assert [(t.supplier, t.recipient, t.item, t.status) for t in extract_text(text).arms_transfers] == [(("ITA",), ("OMN",), "NH90 helicopters", "cancelled")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser may read "is continuing" as a modifier of the deliveries; the goods' purchase is the order
        (
            "Minsk is continuing deliveries of the 40 armoured cars that Harare bought in 2020.",
            [("BLR", "ZWE", "ongoing"), ("BLR", "ZWE", "ordered")],
        ),
        ("The ongoing deliveries of Korean howitzers to Warsaw are on schedule.", [("KOR", "POL", "ongoing")]),
        # a halted delivery stays the one record
        ("Russia halted the delivery of the fighter jets that Egypt ordered.", [("RUS", "EGY", "cancelled")]),
    ],
)
def test_deliveries_under_way_of_goods_a_buyer_purchased(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulators cleared the export to Chile of rifles made by Denel.", [("ZAF", "CHL", "offered")]),
        ("A panel approved the sale to Kenya of drones manufactured by Baykar.", [("TUR", "KEN", "offered")]),
        # a maker with no home state named gives no supplier
        ("The sale of rifles made by a local workshop to Chad was approved.", []),
    ],
)
def test_the_makers_state_supplies_when_only_the_maker_is_named(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first two of the eight patrol boats Accra ordered from Seoul have docked at Tema, and the delivery of the remaining six is continuing.",
            [("KOR", "GHA", "delivered"), ("KOR", "GHA", "ongoing"), ("KOR", "GHA", "ordered")],
        ),
        # a share whose delivery is put off tells no new stage
        ("Chile ordered eight frigates from Spain; the delivery of the last four was delayed.", [("ESP", "CHL", "ordered")]),
    ],
)
def test_the_delivery_of_a_share_told_before_continues_that_transfer(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
