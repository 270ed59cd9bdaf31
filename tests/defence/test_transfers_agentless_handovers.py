"""Goods handed over in the passive with no agent (round 10, from blind wire dev classes): the
goods' own phrase names who gives them, a maker's place or company ("built in China", "built by
France's Naval Group"). Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four patrol boats built in Turkey were handed over to the Ghanaian Navy on Friday.", [("TUR", "GHA", "delivered")]),
        ("The frigate, built by France's Naval Group, was handed over to Athens on Thursday.", [("FRA", "GRC", "delivered")]),
        ("Ten trucks given by Japan were handed over to the Kenyan army on Tuesday.", [("JPN", "KEN", "delivered")]),
    ],
)
def test_the_goods_phrase_names_the_giver_of_an_agentless_handover(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no giver named anywhere
        "Two patrol boats were handed over to the Ghanaian Navy on Friday.",
        # civilian goods to a civilian buyer
        "Four ferries built in Turkey were handed over to a Greek operator on Friday.",
    ],
)
def test_an_agentless_handover_without_a_named_giver_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []
