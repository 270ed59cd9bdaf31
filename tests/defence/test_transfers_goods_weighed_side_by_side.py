"""Goods a buyer weighs side by side, and "looking at" as weighing (round 11, from wire dev
misses): "is evaluating the TB2 alongside the Wing Loong", "weighing the K2 against the Leopard"
give an interest in each, from its own maker's state; "is looking at the Rafale and the F-16
instead" weighs the goods looked at (the phrase itself, not something in a clause on it). Every
sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before deciding next year, the Kenyan army is evaluating the Turkish Bayraktar TB2 alongside the Chinese Wing Loong II.",
            [("CHN", "KEN", "interest"), ("TUR", "KEN", "interest")],
        ),
        ("Peru is weighing the South Korean K2 against the German Leopard 2A7, the army said.", [("DEU", "PER", "interest"), ("KOR", "PER", "interest")]),
    ],
)
def test_goods_weighed_side_by_side_are_each_of_interest(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya is looking at the Turkish Bayraktar TB2, officials said.", [("TUR", "KEN", "interest")]),
        (
            "Chile scrapped its plan to buy Gripen fighters from Sweden and is looking at the French Rafale and the American F-16 instead, a minister said.",
            [("FRA", "CHL", "interest"), ("SWE", "CHL", "cancelled"), ("USA", "CHL", "interest")],
        ),
    ],
)
def test_looking_at_goods_is_an_interest(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Investigators are looking at the wreck of a Turkish Bayraktar TB2 that crashed near Nairobi.",
        "Kenya is looking at ways to repair its Bayraktar TB2 drones.",
        "Kenya compared its Bayraktar TB2 against the Chinese Wing Loong II at an exercise.",
    ],
)
def test_looking_at_something_else_or_comparing_own_goods_is_no_interest(extract_text, text):
    assert transfers_joined(extract_text, text) == []
