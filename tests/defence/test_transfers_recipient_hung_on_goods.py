"""A supply verb's recipient that the parser hangs on the goods (round 11, from wire dev
misses): "will donate rifles, mortars and shells to Moldova" (on the last of the goods),
"shipped a consignment of grenades and 300 rifles to the army" (on the goods' "of" phrase),
"handed over vehicles worth 3 million euros to Laos" (on a modifier of the object). The "to" phrase
still names who receives every item. Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_with_items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Austria will donate 40 trucks, 12 mortars and 5,000 rounds of ammunition to Moldova, the ministry said.",
            [("AUT", "MDA", "offered", "mortars"), ("AUT", "MDA", "offered", "rounds of ammunition"), ("AUT", "MDA", "offered", "trucks")],
        ),
        (
            "Last week Spain shipped a consignment of grenades and 300 rifles to the army of Mauritania.",
            [("ESP", "MRT", "delivered", "grenades"), ("ESP", "MRT", "delivered", "rifles")],
        ),
        ("Japan on Friday handed over 15 armoured vehicles worth 3 million euros to Laos.", [("JPN", "LAO", "delivered", "armoured vehicles")]),
    ],
)
def test_recipient_on_the_goods_receives_every_item(extract_text, text, expected):
    assert transfers_with_items(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "to" that names no recipient: an infinitive, the supplier's own troops, no state at all
        "Austria will donate 40 trucks, 12 mortars and 5,000 rounds of ammunition to be used in Moldova.",
        "Austria will donate 40 trucks, 12 mortars and 5,000 rounds of ammunition to its troops in Kosovo.",
        "Japan on Friday handed over 15 armoured vehicles worth 3 million euros to the delight of the crowd.",
        "Austria sold 12 howitzers similar to those of Hungary.",
    ],
)
def test_a_to_phrase_that_names_no_state_gives_no_recipient(extract_text, text):
    assert transfers_with_items(extract_text, text) == []
