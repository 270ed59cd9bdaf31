""""Service members" are forces as troops are (docs/annotation.md §9.3, basing and stationing): a
sized garrison of them in another state, or stationed there, is based there. "Members" alone
(of parliament, of a club) are no forces. Sentences invented."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Some 4,000 British service members are stationed in Germany, the ministry said.", ("DEU", "GBR")),
        ("Washington has no plan to cut the 2,500 American service members stationed in Italy.", ("ITA", "USA")),
        ("About 1,200 U.S. service members in Spain will stay through next year.", ("ESP", "USA")),
    ],
)
def test_service_members_abroad_are_a_garrison(extract_text, text, parties):
    assert _records(extract_text, text) == [(parties, "ongoing")]


@pytest.mark.parametrize(
    "text",
    [
        "The 300 Irish members of parliament in Brussels will vote on Monday.",
        "About 1,200 German club members in Spain will stay through next year.",
    ],
)
def test_other_members_are_no_forces(extract_text, text):
    assert _records(extract_text, text) == []
