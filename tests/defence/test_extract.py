"""DefenceExtractor: one extractor per record kind over each sentence, then what spans the
article (one-party contracts take the other side of their transfer; pacts make alliances)."""

from __future__ import annotations

import inspect

import pytest

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
    assert list(inspect.signature(DefenceExtractor.extract).parameters) == ["self", "doc", "index", "dates", "equipment", "backoff"]


# -- near misses: wording a defence rule could mistake for a record yields none -------------


@pytest.mark.parametrize(
    "text",
    [
        # arming domestic groups is not an interstate transfer
        "The government armed local militias in the north with rifles.",
        "Mali's army distributed weapons to village self-defence groups.",
        # medical and humanitarian supplies are aid, not arms
        "Japan sent medical supplies to Turkey after the earthquake.",
        "The UAE delivered humanitarian aid and medical equipment to Gaza.",
        # a weapons test moves nothing between states
        "North Korea tested a new ballistic missile on Sunday.",
        "Iran test-fired two cruise missiles near the Strait of Hormuz.",
        # an agreement inside one state
        "The federal government and the Jubaland region signed a security agreement.",
        # a denied activity
        "No Chilean frigates joined the naval exercise with Argentina.",
    ],
)
def test_near_misses_yield_no_defence_record(extract_text, text):
    records = extract_text(text)
    assert not (records.agreements or records.arms_transfers or records.activities or records.alliances)


def test_forces_offered_for_a_mission_are_a_proposed_activity_not_a_transfer(extract_text):
    records = extract_text("Italy offered troops and aircraft for the UN mission in Lebanon.")
    assert records.arms_transfers == ()
    assert [(a.parties, a.status) for a in records.activities] == [(("ITA", "LBN", "UN"), "proposed")]
