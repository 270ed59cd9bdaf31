"""The object told after a day (round 13, from wire dev misses): "the army received on Friday
twelve T-90 tanks from Russia", "shipped on Monday a first lot of mortars to
X". The parser may read the goods after the day as the object of the day's preposition
("on ... aircraft"); the phrase is still what the verb moves. A day with no goods after it, or
a preposition that holds no day, is read as before. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LIMA, Sept 1 (Andina) - Peru's army received on Friday twelve T-90 tanks from Russia, officials said.",
            [("RUS", "PER", "delivered")],
        ),
    ],
)
def test_goods_after_a_day_are_the_verbs_object(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_day_alone_brings_no_goods(extract_text):
    # near miss: "on Thursday" holds only the day; nothing is received from abroad
    text = "ASUNCION, Sept 1 (EFE) - The Paraguayan Air Force celebrated on Thursday its anniversary at a ceremony in Asuncion."
    assert transfers_joined(extract_text, text) == []
