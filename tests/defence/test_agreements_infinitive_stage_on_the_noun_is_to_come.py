"""An infinitive of a stage hung on the agreement noun tells a stage still to come ("a memorandum
to be signed next month", "the pact to be signed by X and Y"): the agreement has not reached it
(docs/annotation.md §9.1: not yet signed), so it stays at the stage its other words tell ("agreed
on the text of ...": agreed) or is being negotiated. A pact signed whose infinitive names its
purpose ("signed a pact to share data") stays signed. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Uganda have agreed on the text of a border security memorandum to be signed by their presidents next month.", [(("KEN", "UGA"), "agreed")]),
        ("The defence pact to be signed by Peru and Chile covers border patrols.", [(("CHL", "PER"), "negotiating")]),
    ],
)
def test_a_stage_in_an_infinitive_on_the_noun_is_not_reached(extract_text, text, expected):
    assert agreements_listed(extract_text, text) == expected


def test_a_purpose_infinitive_leaves_the_signing_told(extract_text):
    assert agreements_listed(extract_text, "Peru and Chile signed a defence pact to share naval data.") == [(("CHL", "PER"), "signed")]
