"""An auxiliary put before its subject makes a fronted clause a condition ("Should X enter the
CSTO, ..."), but a negative adverb before the auxiliary ("no sooner had", "hardly had") inverts a
statement: the move is told as made. The parser reads both kinds of fronted clause as the main
one; only a clause that has a main clause after it is taken as a condition."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's repro
        ("No sooner had Finland joined NATO than Moscow announced new garrisons on the border.", [("FIN,NATO", "formal")]),
        ("Hardly had Chile joined the CSTO when Peru protested at the border.", [("CHL,CSTO", "formal")]),
    ],
)
def test_a_move_after_a_negative_inversion_is_told_as_made(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Should Chile enter the CSTO, Moscow would welcome it.",
        "Had Chile applied to join NATO, Argentina would have objected.",
        "Were Chile to quit the CSTO, Moscow would respond.",
    ],
)
def test_a_fronted_condition_still_tells_no_move(extract_text, text):
    assert alliances_joined(extract_text, text) == []
