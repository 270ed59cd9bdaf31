"""Intelligence shared under other names (docs/annotation.md §9.3, intelligence): imagery and
assessments shared, pooled or passed between states are intelligence sharing, as "intelligence",
"information" and "data" are. Imagery shared by no two states names no activity. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch Defence Intelligence and Security Service is sharing imagery and assessments with the Armed Forces of Estonia on a daily basis.", [("EST", "NLD")]),
        ("Britain and France already pool satellite imagery on jihadist networks across the Sahel, an official said.", [("FRA", "GBR")]),
        ("Norway passes satellite imagery to the Finnish military every day, officials said.", [("FIN", "NOR")]),
    ],
)
def test_imagery_and_assessments_shared_between_states(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The museum shared imagery of the painting with Italian experts.",
        "The agency published its assessment of the flood damage on Monday.",
    ],
)
def test_imagery_shared_by_no_two_states_is_none(extract_text, text):
    assert rule_activity_parties(extract_text, text) == []
