""""The alliance" stands for the one military alliance its article named before (invented articles)."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return [(a.name, a.members, a.status) for a in extract_text(text).alliances]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finland joined NATO in 2023, after decades of neutrality. Sweden joined the alliance a year later.",
            [("NATO", ("FIN", "NATO"), "formal"), ("NATO", ("NATO", "SWE"), "formal")],
        ),
        ("NATO leaders met in Vilnius on Tuesday. Ukraine wants to join the alliance, its president said.", [("NATO", ("NATO", "UKR"), "proposed")]),
    ],
)
def test_the_alliance_is_the_one_named_before(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Serbia will not join the alliance, its president said.",  # none named before
        "NATO and the CSTO held talks on Monday. Serbia wants to join the alliance, its president said.",  # two named: which one?
    ],
)
def test_the_alliance_with_no_single_referent_names_none(extract_text, text):
    assert _alliances(extract_text, text) == []
