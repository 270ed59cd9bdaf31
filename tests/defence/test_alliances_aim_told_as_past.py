"""A membership a verb of being equates with an aim is sought (proposed), unless the aim is told as
one of the past: "was once its goal", "had been its ambition until 2012", "was its aim until the
war": no longer sought, no proposal. An aim told as standing, or dated without an end, is still
sought. Invented sentences (review 13, item 8)."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    "text",
    [
        "Membership in NATO was once Finland's goal, until it joined in 2023.",
        "Membership of the CSTO had been Serbia's ambition until 2012, a minister wrote.",
        "For a decade, NATO membership was Georgia's aim until the war changed everything.",
    ],
)
def test_an_aim_of_the_past_is_no_proposal(extract_text, text):
    assert [a for a in alliances_listed(extract_text, text) if a[1] == "proposed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Membership in NATO remains Moldova's stated aim, the president said.", [(("MDA", "NATO"), "proposed")]),
        ("Membership of NATO was Ukraine's aim in 2008.", [(("NATO", "UKR"), "proposed")]),
    ],
)
def test_a_standing_aim_is_still_sought(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected
