"""Phrases the parser hangs on a value word ("worth", "valued") that modifies a contract or goods
noun: the "for", "with" and "to" after the value are the phrases of the noun the value modifies,
so the contract's goods and seller, and the gift's recipient, are read as if the value were not
there. A value phrase naming no goods or no state adds nothing. Hand-built parses fix the
attachment; every sentence is invented."""

from __future__ import annotations

from defence_helpers import hand_parsed_transfers
from handparse import hand_parse


def _contract(goods: tuple, category: str | None):
    # "Peru signed a contract worth millions with Spain for <goods> ." with "with" and "for" on "worth"
    return hand_parse(
        [
            ("Peru", 1, "nsubj", "PROPN", "peru", "NNP"),
            ("signed", 1, "ROOT", "VERB", "sign", "VBD"),
            ("a", 3, "det", "DET", "a", "DT"),
            ("contract", 1, "dobj", "NOUN", "contract", "NN"),
            ("worth", 3, "amod", "ADJ", "worth", "JJ"),
            ("millions", 4, "npadvmod", "NOUN", "million", "NNS"),
            ("with", 4, "prep", "ADP", "with", "IN"),
            ("Spain", 6, "pobj", "PROPN", "spain", "NNP"),
            ("for", 4, "prep", "ADP", "for", "IN"),
            goods,
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        states={0: "PER", 7: "ESP"},
        equipment={9: category} if category else {},
    )


def test_the_goods_and_seller_hung_on_a_contracts_value_are_the_contracts(transfers, dates):
    parsed = _contract(("frigates", 8, "pobj", "NOUN", "frigate", "NNS"), "frigate")
    assert hand_parsed_transfers(transfers, dates, parsed) == [(("ESP",), ("PER",), "ordered", "frigates")]


def test_a_contract_for_no_goods_stays_empty(transfers, dates):
    # near miss: "... a contract worth millions with Spain for advice ."
    parsed = _contract(("advice", 8, "pobj", "NOUN", "advice", "NN"), None)
    assert hand_parsed_transfers(transfers, dates, parsed) == []


def _gift(recipient: str, recipient_lemma: str, states: dict[int, str]):
    # "Japan gave trucks worth millions to <recipient> ." with "to" on "worth"
    return hand_parse(
        [
            ("Japan", 1, "nsubj", "PROPN", "japan", "NNP"),
            ("gave", 1, "ROOT", "VERB", "give", "VBD"),
            ("trucks", 1, "dobj", "NOUN", "truck", "NNS"),
            ("worth", 2, "amod", "ADJ", "worth", "JJ"),
            ("millions", 3, "npadvmod", "NOUN", "million", "NNS"),
            ("to", 3, "prep", "ADP", "to", "IN"),
            (recipient, 5, "pobj", "PROPN", recipient_lemma, "NNP"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        states={0: "JPN"} | states,
        equipment={2: "military truck"},
    )


def test_the_recipient_hung_on_the_goods_value_receives_them(transfers, dates):
    parsed = _gift("Laos", "laos", {6: "LAO"})
    assert hand_parsed_transfers(transfers, dates, parsed) == [(("JPN",), ("LAO",), "delivered", "trucks")]


def test_a_value_phrase_naming_no_state_gives_no_recipient(transfers, dates):
    # near miss: "Japan gave trucks worth millions to Oxfam ." (no state receives them)
    parsed = _gift("Oxfam", "oxfam", {})
    assert hand_parsed_transfers(transfers, dates, parsed) == []
