""""according to NATO member X's air force": a state named after an alliance's member noun stays the
member when it is the possessor of a body the resolver reads as one mention (its armed forces, its
ministry): formal membership (docs/annotation.md §9.4). A body that is no military alliance gives
none. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two jets were scrambled on Monday, according to NATO member Norway's air force.", [(("NATO", "NOR"), "formal")]),
        ("Reporters were briefed by CSTO member Armenia's defence ministry on Monday.", [(("ARM", "CSTO"), "formal")]),
    ],
)
def test_a_member_state_named_as_possessor_is_a_member(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


def test_a_member_of_no_alliance_named_as_possessor_is_none(extract_text):
    assert alliances_listed(extract_text, "Two jets were scrambled on Monday, according to EU member Norway's air force.") == []
