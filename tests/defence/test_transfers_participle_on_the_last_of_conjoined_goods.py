"""A participle of giving or buying on the last of conjoined goods ("rifles and two helicopters
donated by Spain", "tanks, trucks and a gunship delivered by Belarus") is said of all of them:
each conjunct that names goods is goods of the transfer, one record each (guide 9.2). A conjunct
that names no goods ("medicines and two helicopters donated by Spain") adds nothing. Hand-built
parses fix the attachment on the last conjunct; every sentence is invented."""

from __future__ import annotations

from defence_helpers import hand_parsed_transfers
from handparse import hand_parse


def _displayed(first: tuple, first_category: str | None):
    # "The army displayed <first> and helicopters donated by Spain to Peru ." with "donated" on "helicopters"
    return hand_parse(
        [
            ("The", 1, "det", "DET", "the", "DT"),
            ("army", 2, "nsubj", "NOUN", "army", "NN"),
            ("displayed", 2, "ROOT", "VERB", "display", "VBD"),
            first,
            ("and", 3, "cc", "CCONJ", "and", "CC"),
            ("helicopters", 3, "conj", "NOUN", "helicopter", "NNS"),
            ("donated", 5, "acl", "VERB", "donate", "VBN"),
            ("by", 6, "agent", "ADP", "by", "IN"),
            ("Spain", 7, "pobj", "PROPN", "spain", "NNP"),
            ("to", 6, "prep", "ADP", "to", "IN"),
            ("Peru", 9, "pobj", "PROPN", "peru", "NNP"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ],
        states={8: "ESP", 10: "PER"},
        equipment={5: "transport helicopter"} | ({3: first_category} if first_category else {}),
    )


def test_a_participle_on_the_last_conjunct_is_said_of_all_the_goods(transfers, dates):
    parsed = _displayed(("rifles", 2, "dobj", "NOUN", "rifle", "NNS"), "assault rifle")
    assert hand_parsed_transfers(transfers, dates, parsed) == [(("ESP",), ("PER",), "delivered", "helicopters"), (("ESP",), ("PER",), "delivered", "rifles")]


def test_a_conjunct_naming_no_goods_adds_nothing(transfers, dates):
    # near miss: "The army displayed medicines and helicopters donated by Spain to Peru ."
    parsed = _displayed(("medicines", 2, "dobj", "NOUN", "medicine", "NNS"), None)
    assert hand_parsed_transfers(transfers, dates, parsed) == [(("ESP",), ("PER",), "delivered", "helicopters")]
