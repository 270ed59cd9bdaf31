"""Two conjoined goods phrases where the parser hangs the second on the transfer word itself
(a conjunct of the noun "purchase" or of the verb "bought") rather than on the first goods:
the second phrase is goods of the same transfer, one record per item (guide 9.2). Only a
phrase whose own words name goods counts: a conjoined noun whose goods sit in its own
prepositional phrase ("a study of drones"), or that names no goods, adds nothing. Hand-built
parses fix the misattachment; every sentence is invented."""

from __future__ import annotations

from defence_helpers import hand_parsed_transfers
from handparse import hand_parse


def _purchase_called_off(second: tuple, second_category: str | None, source_on: int = 8):
    # "Chile called off the purchase of tanks and <second> from Spain ." with <second> hung on
    # "purchase" and "from Spain" on the row ``source_on``
    rows = [
        ("Chile", 1, "nsubj", "PROPN", "chile", "NNP"),
        ("called", 1, "ROOT", "VERB", "call", "VBD"),
        ("off", 1, "prt", "ADP", "off", "RP"),
        ("the", 4, "det", "DET", "the", "DT"),
        ("purchase", 1, "dobj", "NOUN", "purchase", "NN"),
        ("of", 4, "prep", "ADP", "of", "IN"),
        ("tanks", 5, "pobj", "NOUN", "tank", "NNS"),
        ("and", 4, "cc", "CCONJ", "and", "CC"),
        second,
        ("from", source_on, "prep", "ADP", "from", "IN"),
        ("Spain", 9, "pobj", "PROPN", "spain", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    equipment = {6: "main battle tank"} | ({8: second_category} if second_category else {})
    return hand_parse(rows, states={0: "CHL", 10: "ESP"}, equipment=equipment)


def test_goods_hung_on_the_purchase_noun_are_goods_of_the_purchase(transfers, dates):
    parsed = _purchase_called_off(("helicopters", 4, "conj", "NOUN", "helicopter", "NNS"), "transport helicopter")
    assert hand_parsed_transfers(transfers, dates, parsed) == [(("ESP",), ("CHL",), "cancelled", "helicopters"), (("ESP",), ("CHL",), "cancelled", "tanks")]


def test_a_conjoined_noun_naming_no_goods_adds_nothing(transfers, dates):
    # near miss: "... the purchase of tanks and training from Spain": training is no goods
    parsed = _purchase_called_off(("training", 4, "conj", "NOUN", "training", "NN"), None, source_on=4)
    assert hand_parsed_transfers(transfers, dates, parsed) == [(("ESP",), ("CHL",), "cancelled", "tanks")]


def test_goods_hung_on_the_buying_verb_are_goods_of_the_purchase(transfers, dates):
    # "Chile bought tanks and helicopters from Spain ." with "helicopters" hung on "bought"
    parsed = hand_parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "chile", "NNP"),
            ("bought", 1, "ROOT", "VERB", "buy", "VBD"),
            ("tanks", 1, "dobj", "NOUN", "tank", "NNS"),
            ("and", 1, "cc", "CCONJ", "and", "CC"),
            ("helicopters", 1, "conj", "NOUN", "helicopter", "NNS"),
            ("from", 1, "prep", "ADP", "from", "IN"),
            ("Spain", 5, "pobj", "PROPN", "spain", "NNP"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        states={0: "CHL", 6: "ESP"},
        equipment={2: "main battle tank", 4: "transport helicopter"},
    )
    assert hand_parsed_transfers(transfers, dates, parsed) == [(("ESP",), ("CHL",), "ordered", "helicopters"), (("ESP",), ("CHL",), "ordered", "tanks")]


def test_goods_only_in_the_conjoined_nouns_own_phrase_add_nothing(transfers, dates):
    # near miss: "Chile bought tanks from Spain and a study of drones ." ("study" hung on "bought")
    parsed = hand_parse(
        [
            ("Chile", 1, "nsubj", "PROPN", "chile", "NNP"),
            ("bought", 1, "ROOT", "VERB", "buy", "VBD"),
            ("tanks", 1, "dobj", "NOUN", "tank", "NNS"),
            ("from", 1, "prep", "ADP", "from", "IN"),
            ("Spain", 3, "pobj", "PROPN", "spain", "NNP"),
            ("and", 1, "cc", "CCONJ", "and", "CC"),
            ("a", 7, "det", "DET", "a", "DT"),
            ("study", 1, "conj", "NOUN", "study", "NN"),
            ("of", 7, "prep", "ADP", "of", "IN"),
            ("drones", 8, "pobj", "NOUN", "drone", "NNS"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        states={0: "CHL", 4: "ESP"},
        equipment={2: "main battle tank", 9: "unmanned aerial vehicle"},
    )
    assert hand_parsed_transfers(transfers, dates, parsed) == [(("ESP",), ("CHL",), "ordered", "tanks")]


def test_conjoined_goods_parsed_as_such_stay_one_record_each(extract_text):
    # the model's own parse: both phrases under "of", one record each, as before
    found = extract_text("Peru has called off the planned purchase of 10 Mi-35 gunships and six Ka-226 helicopters from Russia.").arms_transfers
    assert sorted((t.supplier, t.recipient, t.status) for t in found) == [(("RUS",), ("PER",), "cancelled")] * 2
