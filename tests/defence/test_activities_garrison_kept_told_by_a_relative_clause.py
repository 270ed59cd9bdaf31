"""A garrison told by its size in a relative clause of keeping ("the 3,000 troops it keeps in X",
"the 4,000 soldiers that Y maintains in X") is based there (docs/annotation.md §9.3: a garrison a
state keeps, has or maintains in another state, told by its size): the clause's subject (a pronoun
read as the state it stands for) sends them, the place hosts them. Sentences invented."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Paris has no plans to cut the 1,200 troops it keeps in Gabon, the ministry said.", ("FRA", "GAB")),
        ("Britain will reduce the 4,000 soldiers it maintains in Germany by half.", ("DEU", "GBR")),
        ("The 900 marines that Washington keeps in Australia will stay another year.", ("AUS", "USA")),
    ],
)
def test_a_sized_garrison_kept_in_a_relative_clause_is_based_there(extract_text, text, parties):
    assert _records(extract_text, text) == [(parties, "ongoing")]


@pytest.mark.parametrize(
    "text",
    [
        # no forces: what a state keeps abroad is no garrison
        "Britain will sell the 40 tanks it keeps in Germany.",
        # a garrison in a story of fighting is no joint activity
        "Moscow will not cut the 2,000 troops it keeps in Syria, where they are fighting rebels.",
        # no size: "troops it keeps in X" reads as often of an occupation
        "Ankara will not withdraw the troops it keeps in Iraq.",
    ],
)
def test_no_garrison_without_forces_size_or_consent(extract_text, text):
    assert _records(extract_text, text) == []
