"""DefenceExtractor: one extractor per record kind over each sentence, then what spans the
article (one-party contracts take the other side of their transfer; pacts make alliances)."""

from __future__ import annotations

import inspect

from handparse import hand_parse

from accord.defence.extract import DefenceExtractor


class _NoMatcher:
    def find(self, doc, index):
        raise AssertionError("equipment given by the caller is not looked for again")


def test_a_one_party_contract_takes_the_other_side_of_the_transfer_it_buys(rules, dates, grammar):
    # "Poland signed a contract for tanks from Korea ."
    parsed = hand_parse(
        [
            ("Poland", 1, "nsubj", "PROPN", "poland", "NNP"),
            ("signed", 1, "ROOT", "VERB", "sign", "VBD"),
            ("a", 3, "det", "DET", "a", "DT"),
            ("contract", 1, "dobj", "NOUN", "contract", "NN"),
            ("for", 3, "prep", "ADP", "for", "IN"),
            ("tanks", 4, "pobj", "NOUN", "tank", "NNS"),
            ("from", 3, "prep", "ADP", "from", "IN"),
            ("Korea", 6, "pobj", "PROPN", "korea", "NNP"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        states={0: "POL", 7: "KOR"},
        equipment={5: "main battle tank"},
    )
    records = DefenceExtractor(rules, _NoMatcher(), grammar).extract(parsed.doc, parsed.index, dates, parsed.equipment)
    (transfer,) = records.arms_transfers
    assert (transfer.supplier, transfer.recipient, transfer.status) == (("KOR",), ("POL",), "ordered")
    (agreement,) = records.agreements
    assert (agreement.parties, agreement.status, agreement.domain) == (("KOR", "POL"), "signed", "defence")
    assert [e.name for e in records.equipment] == ["tanks"]


def test_extract_takes_only_what_it_uses():
    assert list(inspect.signature(DefenceExtractor.extract).parameters) == ["self", "doc", "index", "dates", "equipment"]
