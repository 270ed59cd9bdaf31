"""The states of an exercise's company listed in apposition (docs/annotation.md §9.3, company and
leaders): "got under way with around 9,000 personnel, X, Y and Z units among them" names X, Y and Z
as parties beside the organiser. A company of no forces lists no party. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spring Lance, the Latvian army's biggest annual exercise, got under way on Monday with around 9,000 personnel, Danish, Dutch and Polish units among them.",
            [("DNK", "LVA", "NLD", "POL")],
        ),
        (
            "Finland is hosting some 20,000 troops from 14 allied countries, among them Germany, Poland and Estonia, for the Northern Shield exercise, the army said.",
            [("DEU", "EST", "FIN", "POL")],
        ),
    ],
)
def test_forces_listed_among_the_company_take_part(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


def test_a_company_of_no_forces_lists_no_party(extract_text):
    text = "The Riga book fair opened on Monday with around 900 guests, Danish, Dutch and Polish publishers among them."
    assert rule_activity_parties(extract_text, text) == []
