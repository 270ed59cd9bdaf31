"""A verb conjoined to a proposed one, sharing its subject, is proposed too (docs/annotation.md
§9.1, §9.4): "suggested that X and Y share radar data and sign a security pact" proposes the pact
(and the alliance it would make); it was not signed. A conjoined verb with its own subject, or
one beside a verb told as done, keeps its own status. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_listed, alliances_listed


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("In a letter to Kampala, Nairobi proposed that Kenya and Uganda share radar data and sign a mutual defence treaty.", ("KEN", "UGA")),
        ("Peru's navy chief suggested that Peru and Chile run joint coast guard patrols and then sign a maritime security accord.", ("CHL", "PER")),
    ],
)
def test_a_pact_conjoined_to_a_proposal_is_proposed(extract_text, text, parties):
    assert agreements_listed(extract_text, text) == [(parties, "proposed")]


def test_the_alliance_of_such_a_pact_is_proposed(extract_text):
    text = "In a letter to Kampala, Nairobi proposed that Kenya and Uganda share radar data and sign a mutual defence treaty."
    assert alliances_listed(extract_text, text) == [(("KEN", "UGA"), "proposed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told as done beside the first verb: signed
        ("Kenya and Uganda merged their border units and signed a mutual defence pact on Monday.", [(("KEN", "UGA"), "signed")]),
        # its own subject: the signing is told as done
        ("Kenya proposed new talks, and Uganda and Tanzania signed a defence accord on Monday.", [(("TZA", "UGA"), "signed")]),
    ],
)
def test_a_conjoined_verb_told_as_done_keeps_its_stage(extract_text, text, expected):
    assert agreements_listed(extract_text, text) == expected
