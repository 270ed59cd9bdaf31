"""A membership that a verb of being equates with an aim ("CSTO membership is still its first priority",
"Moldova's aim is membership of the CSTO") is sought, not held (docs/annotation.md §9.4:
proposed), by whoever holds the aim: the aim's possessor, or for "its" the subject of the clause
that tells the aim. Denied, or an aim of no alliance, it is none. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO membership is still its first priority, Bosnia's cabinet insisted after a late-night session.", [(("BIH", "NATO"), "proposed")]),
        ("Officials in Chisinau said Moldova's long-term objective is membership of the CSTO.", [(("CSTO", "MDA"), "proposed")]),
    ],
)
def test_a_membership_equated_with_an_aim_is_sought(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Serbia said membership of the CSTO is not its goal.",  # denied
        "Georgia's main goal is membership of the European Union.",  # no alliance
        "Membership in NATO remains a goal of many, analysts said.",  # no state holds the aim
    ],
)
def test_a_denied_or_unheld_aim_or_one_of_no_alliance_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []
