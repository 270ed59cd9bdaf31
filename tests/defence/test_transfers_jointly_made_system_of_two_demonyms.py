"""A system named as jointly made by two states ("the Franco-Italian SAMP/T", "Swedish-British
missiles") comes from each of them when no seller is told: one record per maker's state (guide
9.2, several suppliers give one record per pair), not only from the demonym nearest the name. A
seller the text names keeps the sale, whether it is one of the makers or a third state; a buyer
that is itself one of the makers buys partly its own make and gets no record. A third state told
as acting on the goods (their donor or payer, "donated by X", "that X had donated") supplies
them, not the makers. Every sentence is invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thailand will buy Franco-Italian Aster missiles, its navy said.", [("FRA", "THA", "interest"), ("ITA", "THA", "interest")]),
        ("Four Franco-German Tiger helicopters were handed over to Spain in 2005.", [("DEU", "ESP", "delivered"), ("FRA", "ESP", "delivered")]),
        ("Peru's air force is weighing the Swedish-British Meteor missile.", [("GBR", "PER", "interest"), ("SWE", "PER", "interest")]),
    ],
)
def test_each_makers_state_supplies_when_no_seller_is_told(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first of the two makers named as seller
        ("Norway and France signed a contract on Monday for eight Franco-Italian Aster missiles.", [("FRA", "NOR", "ordered")]),
        ("Qatar signed a contract with Sweden for Swedish-British Meteor missiles.", [("SWE", "QAT", "ordered")]),
        # the one maker named elsewhere in the sentence
        ("Greece took delivery of Franco-Italian Aster missiles bought from France.", [("FRA", "GRC", "delivered"), ("FRA", "GRC", "ordered")]),
        # a third state selling second-hand goods
        ("Belgium will sell its Franco-German Alpha Jets to Qatar.", [("BEL", "QAT", "offered")]),
    ],
)
def test_a_named_seller_keeps_the_sale(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the buyer is one of the makers
        "Italy bought Anglo-Italian AW101 helicopters last year.",
        # goods shown, nothing sold
        "A Franco-Italian Aster missile was on display at the Paris air show.",
    ],
)
def test_no_transfer_from_a_joint_name_alone(extract_text, text):
    assert _transfers(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the goods' donor or payer is named on them: the makers are not their suppliers
        ("Poland received Franco-Italian Aster missiles that Denmark had donated.", []),
        ("Ukraine took delivery of Swedish-British Meteor missiles paid for by Norway.", []),
        # a place the goods stand in is no actor: each maker supplies
        ("Latvia received Franco-Italian SAMP/T batteries stationed in Lithuania.", [("FRA", "LVA", "delivered"), ("ITA", "LVA", "delivered")]),
    ],
)
def test_a_third_state_acting_on_the_goods_leaves_the_makers_out(extract_text, text, expected):
    assert [r for r in _transfers(extract_text, text) if r[0] in ("FRA", "ITA", "SWE", "GBR")] == expected
