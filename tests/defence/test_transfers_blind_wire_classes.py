"""Arms transfers, round seven: classes of phrasing that writers who never saw the rules use
(guide 9.2). Every sentence here is invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status, t.quantity, t.year) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the recipient named before the goods: "the sale to X of N <systems>", cleared for export
        ("Washington cleared a potential sale to Norway of 40 Javelin missiles.", [("USA", "NOR", "offered", 40, 2025)]),
        ("The Pentagon backed the proposed transfer to Kyiv of 31 Abrams tanks.", [("USA", "UKR", "offered", 31, 2025)]),
        ("Berlin authorised the delivery to Ukraine of 18 Leopard 2 tanks on Friday.", [("DEU", "UKR", "offered", 18, 2025)]),
        ("Rome approved a sale to Qatar of 28 NH90 helicopters, officials said.", [("ITA", "QAT", "offered", 28, 2025)]),
    ],
)
def test_a_sale_that_names_the_recipient_before_the_goods(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delivery called off goes to the state the goods' clause says bought them; one record, cancelled
        ("Washington has halted the delivery of 20 F-35 jets that Turkey ordered last year.", [("USA", "TUR", "cancelled", 20, 2025)]),
        ("Germany froze the delivery of tanks that Qatar had bought.", [("DEU", "QAT", "cancelled", None, 2025)]),
        ("The United States stopped the delivery of 12 helicopters that Nigeria had purchased.", [("USA", "NGA", "cancelled", 12, 2025)]),
        ("Paris suspended the delivery of Rafale jets which India had ordered.", [("FRA", "IND", "cancelled", None, 2025)]),
    ],
)
def test_a_halted_delivery_goes_to_the_buyer_of_the_goods(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delivery under a dated contract tells two stages: delivered now, ordered in the contract's year
        ("Russia finished the delivery of 12 Su-35 fighters to Egypt under a deal signed in 2018.", [("RUS", "EGY", "delivered", 12, 2025), ("RUS", "EGY", "ordered", None, 2018)]),
        ("Paris handed over 24 Rafale jets to Greece under a deal signed in 2021.", [("FRA", "GRC", "delivered", 24, 2025), ("FRA", "GRC", "ordered", None, 2021)]),
        ("Spain handed over two frigates to Chile under an agreement signed last year.", [("ESP", "CHL", "delivered", 2, 2025), ("ESP", "CHL", "ordered", None, 2024)]),
        ("France delivered six submarines to Brazil under a contract concluded in 2009.", [("FRA", "BRA", "delivered", 6, 2025), ("FRA", "BRA", "ordered", None, 2009)]),
        # an undated contract tells no stage of its own
        ("Germany delivered four frigates to Egypt under a contract.", [("DEU", "EGY", "delivered", 4, 2025)]),
        # a delivery still to come under a dated contract is the order, in that year
        ("Italy will deliver two frigates to Egypt under a contract concluded in 2020.", [("ITA", "EGY", "ordered", 2, 2020)]),
    ],
)
def test_a_delivery_under_a_dated_contract_also_tells_the_order(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of makers sells as the maker that leads it (a company stands for its state)
        ("Kenya decided to buy ten Hermes drones from a consortium headed by Elbit Systems.", [("ISR", "KEN", "interest", 10, 2025)]),
        ("Egypt ordered 30 helicopters from a group led by Leonardo.", [("ITA", "EGY", "ordered", 30, 2025)]),
        ("Greece will buy four frigates from an industrial team led by Naval Group, officials said.", [("FRA", "GRC", "interest", 4, 2025)]),
        ("Peru bought eight trainer aircraft from a joint venture led by Saab.", [("SWE", "PER", "ordered", 8, 2025)]),
        # the goods' acronym in brackets is the same goods: one record
        ("Poland will buy 60 Rosomak armoured personnel carriers (APCs) from Finland.", [("FIN", "POL", "interest", 60, 2025)]),
        ("Latvia ordered 40 Piorun man-portable air defence systems (MANPADS) from Poland.", [("POL", "LVA", "ordered", 40, 2025)]),
        ("Romania will buy 12 Reaper unmanned aircraft (UAVs) from the United States.", [("USA", "ROU", "interest", 12, 2025)]),
        ("Estonia ordered 30 armoured personnel carriers (APCs) from Finland.", [("FIN", "EST", "ordered", 30, 2025)]),
    ],
)
def test_a_consortium_sells_as_its_leader_and_a_bracketed_acronym_is_the_same_goods(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # states that talk about a sale of goods another state makes are not its seller; no stage told
        ("Japan and Australia talked about the sale of Chinese drones to Iran.", [("CHN", "IRN", "offered", None, 2025)]),
        ("Berlin and Paris talked over the sale of Russian S-400 systems to India on Monday.", [("RUS", "IND", "offered", None, 2025)]),
        ("Poland and Lithuania debated the delivery of Iranian Shahed drones to Russia.", [("IRN", "RUS", "offered", None, 2025)]),
        ("Britain and France discussed the US sale of F-35 jets to Turkey.", [("USA", "TUR", "offered", None, 2025)]),
        # the two sides discussing it negotiate
        ("Israel and India discussed the sale of Heron drones.", [("ISR", "IND", "negotiating", None, 2025)]),
    ],
)
def test_states_talking_about_another_states_sale_are_not_its_seller(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the first six" with no noun: a share of the goods told before, delivered, with its own count
        ("Croatia ordered 12 Rafale jets from France and received the first six on Tuesday.", [("FRA", "HRV", "delivered", 6, 2025), ("FRA", "HRV", "ordered", 12, 2025)]),
        ("Egypt bought 24 Rafale jets from France in 2015. It received the last four on Monday.", [("FRA", "EGY", "delivered", 4, 2025), ("FRA", "EGY", "ordered", 24, 2015)]),
        ("Peru ordered ten K9 howitzers from South Korea and got the initial three in May.", [("KOR", "PER", "delivered", 3, 2025), ("KOR", "PER", "ordered", 10, 2025)]),
        ("Chile bought eight Gripen fighters from Sweden and received the remaining two last week.", [("SWE", "CHL", "delivered", 2, 2025), ("SWE", "CHL", "ordered", 8, 2025)]),
        # with no goods told before, a bare number is no transfer
        ("Croatia received the first six from France on Tuesday.", []),
    ],
)
def test_an_ordinal_share_with_no_noun_continues_the_goods_told_before(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's simple present for a counted lot is one deal told as news: ordered
        ("Hungary buys 44 Leopard tanks from Germany.", [("DEU", "HUN", "ordered", 44, 2025)]),
        ("Norway sells 12 K9 howitzers to Estonia.", [("NOR", "EST", "ordered", 12, 2025)]),
        ("Poland orders 96 Apache helicopters from the United States", [("USA", "POL", "ordered", 96, 2025)]),
        ("Slovakia purchases 152 CV90 vehicles from Sweden.", [("SWE", "SVK", "ordered", 152, 2025)]),
        # with no count it is a trade that goes on
        ("Russia sells arms to Syria.", [("RUS", "SYR", "ongoing", None, 2025)]),
        # bare "Leopard tanks" (no model number) are German tanks
        ("Hungary bought 44 Leopard tanks.", [("DEU", "HUN", "ordered", 44, 2025)]),
    ],
)
def test_a_headline_deal_in_the_present_is_ordered(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected
