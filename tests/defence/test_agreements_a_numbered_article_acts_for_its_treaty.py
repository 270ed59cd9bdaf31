"""A numbered part of an agreement that acts tells the agreement in force (docs/annotation.md §9.1:
"Article 5 of the treaty between X and Y obliges ..."), also where the parser makes the numeral
the head ("Article IV", the part noun its compound) and where the part is a passive's agent
("its ships are shielded by Article 3 of the X-Y treaty"). A part that would act only in a
hypothetical clause tells no agreement. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_listed


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The envoy said Article IV of the 1960 defence treaty between Tokyo and Canberra extends to disputed reefs.", ("AUS", "JPN")),
        ("Canberra insists that its ships near the reef are shielded by Article 3 of the Australia-Japan Security Treaty.", ("AUS", "JPN")),
        ("Clause 9 of the security accord between Chile and Peru requires each navy to report patrols.", ("CHL", "PER")),
    ],
)
def test_a_numbered_part_that_acts_tells_its_treaty_in_force(extract_text, text, parties):
    assert agreements_listed(extract_text, text) == [(parties, "in_force")]


@pytest.mark.parametrize(
    "text",
    [
        "The islands could be covered by Article 5 of a treaty between Japan and the United States, an analyst said.",
        "Article IV of a new charter between Chile and Peru would oblige both to share data.",
    ],
)
def test_a_part_acting_only_in_a_hypothetical_tells_no_agreement(extract_text, text):
    assert agreements_listed(extract_text, text) == []
