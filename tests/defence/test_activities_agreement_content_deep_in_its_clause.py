"""An activity named deep inside a clause that tells what an agreement lays out or lets is the
agreement's content, not an activity held (docs/annotation.md §9.3, an agreement's scope): "the
pact, which provides the framework for X's troops taking part in joint exercises", "ratified the
accord, letting the two navies share fuel during joint drills". A pact renewed tells what goes on
under it, and a participle on a verb of holding tells no content. Sentences invented."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean Senate ratified the status of forces agreement with Peru, which provides the legal basis for Peruvian troops taking part in joint exercises in Chile.",
        "Norway's parliament on Tuesday approved a logistics agreement with Denmark, letting the two navies share fuel and spare parts during joint drills.",
    ],
)
def test_an_activity_in_the_content_of_an_agreement_is_no_record(extract_text, text):
    assert _records(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # renewed: what goes on under it is told
        ("Norway and Denmark renewed their logistics agreement, letting the two navies share fuel during joint drills.", ("DNK", "NOR")),
        # a participle on the holding verb, no agreement
        ("Norway and Denmark held joint naval drills on Monday, letting the two navies test new radars.", ("DNK", "NOR")),
    ],
)
def test_activities_held_beside_a_participle_stay(extract_text, text, parties):
    assert [p for p, _ in _records(extract_text, text)] == [parties]
