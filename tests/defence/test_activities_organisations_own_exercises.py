"""An exercise whose only party is an organisation of states ("NATO began its annual exercise", "the
CSTO's air force is to stage an exercise") is the organisation's own: a record with the
organisation as sole party (docs/annotation.md §9.3). One state's exercise, an organisation's other
doings, an exercise called off, and "exercise" as a figure of speech (a predicate noun, "an exercise
in futility") make none."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO began its annual air defence exercise over the Baltic on Monday.", [("NATO",)]),
        ("The CSTO's collective air force is to stage a search-and-rescue exercise in the autumn.", [("CSTO",)]),
        ("Soldiers of the CSTO collective force wrapped up a week-long exercise on Friday.", [("CSTO",)]),
        ("NATO held an exercise in cyber defence on Monday.", [("NATO",)]),
    ],
)
def test_an_organisations_exercise_has_it_as_sole_party(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


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
    assert activity_parties(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ASEAN summit was an exercise in futility, critics said.",
        "NATO's budget review was a painful exercise for the allies.",
        "Critics called the CSTO meeting an exercise in public relations.",
        "For the African Union, the census of its standby brigade proved an exercise in patience.",
    ],
)
def test_an_exercise_as_a_figure_of_speech_stays_empty(extract_text, text):
    assert activity_parties(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The CSTO staged an exercise in desert warfare on Monday.", [("CSTO",)]),
        ("NATO held an exercise in crisis management last week.", [("NATO",)]),
    ],
)
def test_an_exercise_held_in_a_field_is_the_organisations_own(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected
