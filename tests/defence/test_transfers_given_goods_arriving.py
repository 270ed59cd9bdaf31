"""Goods named as given that are then told to have arrived (round 10, from blind wire dev
classes): "rockets donated by Norway have reached X", "radars given by Japan are now in X",
"howitzers sent by Serbia were taken into service by the army of X": the clause the goods are
subject of names the recipient; a made-in origin supplies goods a bare participle delivered
("Indian-made launchers delivered to Armenia"). Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The second of the four patrol boats donated by Spain has reached Mauritania, officials said.", [("ESP", "MRT", "delivered")]),
        ("Two radars given by Japan are now in Laos, where crews are training on them.", [("JPN", "LAO", "delivered")]),
        ("Twenty howitzers sent by Serbia were taken into service by the army of Chad.", [("SRB", "TCD", "delivered")]),
        ("Chinese-made armoured vehicles delivered to Gabon last year were shown at a parade.", [("CHN", "GAB", "delivered")]),
        ("Korean-built K9 howitzers delivered to Egypt in 2023 were used in an exercise.", [("KOR", "EGY", "delivered")]),
    ],
)
def test_given_goods_arriving_tell_the_recipient(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rockets donated by Norway are now in storage.",
        "Rockets donated by Norway remain in a poor state.",
    ],
)
def test_given_goods_somewhere_else_than_a_state_are_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []
