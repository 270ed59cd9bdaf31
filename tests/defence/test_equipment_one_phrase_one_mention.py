"""One noun phrase naming one system is one mention (round 10, from blind wire dev classes): a
designation and the generic noun its phrase ends in, a few modifiers apart ("PAC-3 MSE interceptor
missiles", "GM200 ground-based radars"), and a generic phrase in apposition to a named system
("MiG-29 fighters, the most advanced interceptor ..."). Goods listed side by side stay apart.
Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_with_items


def _equipment(extract_text, text):
    return [e.name for e in extract_text(text).equipment]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Poland will buy 40 Aster 30 B1NT interceptor missiles.", ["Aster 30"]),
        ("Estonia received three TRML-4D ground-based radars.", ["TRML-4D"]),
        ("Egypt flies Su-30 jets, the heaviest combat aircraft in the region.", ["Su-30"]),
    ],
)
def test_one_phrase_naming_a_system_is_one_mention(extract_text, text, names):
    assert _equipment(extract_text, text) == names


def test_the_merged_phrase_makes_one_transfer(extract_text):
    text = "Paris approved a possible sale of 40 Aster 30 B1NT interceptor missiles to Qatar."
    assert [t[:3] for t in transfers_with_items(extract_text, text)] == [("FRA", "QAT", "offered")]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a list: each system its own mention
        ("Poland ordered K2 tanks, radars and trucks from Korea.", 3),
        # a package in apposition to goods of no named system stays a mention of its own
        ("The arms package, 12 howitzers and 40 trucks, will go to Kenya.", 3),
    ],
)
def test_goods_listed_side_by_side_stay_apart(extract_text, text, count):
    assert len(_equipment(extract_text, text)) == count
