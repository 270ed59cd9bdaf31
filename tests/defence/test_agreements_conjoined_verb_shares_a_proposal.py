"""A verb conjoined to a proposed one, sharing its subject, is proposed too (docs/annotation.md
§9.1, §9.4): "proposed that X and Y pool their navies and sign a defence pact" proposes the pact
(and the alliance it would make); it was not signed. A conjoined verb with its own subject, or
one beside a verb told as done, keeps its own status. Invented sentences."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((a.parties, a.status) for a in extract_text(text).agreements)


def _alliances(extract_text, text):
    return sorted((a.members, a.status) for a in extract_text(text).alliances)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The Kenyan president proposed on Monday that Kenya and Uganda merge their border units and conclude a mutual defence pact.", ("KEN", "UGA")),
        ("Peru's foreign minister suggested that Peru and Chile pool their coast guards and sign a maritime security accord.", ("CHL", "PER")),
    ],
)
def test_a_pact_conjoined_to_a_proposal_is_proposed(extract_text, text, parties):
    assert _agreements(extract_text, text) == [(parties, "proposed")]


def test_the_alliance_of_such_a_pact_is_proposed(extract_text):
    text = "The Kenyan president proposed on Monday that Kenya and Uganda merge their border units and conclude a mutual defence pact."
    assert _alliances(extract_text, text) == [(("KEN", "UGA"), "proposed")]


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
    assert _agreements(extract_text, text) == expected
