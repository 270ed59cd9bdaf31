"""An exercise whose only party is an organisation of states ("NATO began its annual exercise", "the
CSTO rapid reaction force will hold an exercise") is the organisation's own: a record with the
organisation as sole party (docs/annotation.md §9.3). One state's exercise, an organisation's other
doings, and an exercise called off make none."""

from __future__ import annotations

import pytest


def _parties(extract_text, text):
    return [a.parties for a in extract_text(text).activities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO began its annual air defence exercise over the Baltic on Monday.", [("NATO",)]),
        ("The CSTO rapid reaction force will hold a command-staff exercise next month.", [("CSTO",)]),
        ("Troops of the CSTO peacekeeping force have begun the active phase of a large exercise.", [("CSTO",)]),
    ],
)
def test_an_organisations_exercise_has_it_as_sole_party(extract_text, text, expected):
    assert _parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia held a large exercise near the border on Monday.",
        "The European Union opened a training centre in Brussels on Monday.",
        "NATO held talks with Russia on Monday.",
        "NATO said it would not hold the exercise this year.",
    ],
)
def test_one_states_exercise_or_an_organisations_other_doings_stay_empty(extract_text, text):
    assert _parties(extract_text, text) == []
