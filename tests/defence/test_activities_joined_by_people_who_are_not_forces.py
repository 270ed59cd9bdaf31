"""A passive "joined by" adds the states whose forces join an activity (docs/annotation.md §9.3,
company), but the origin of people who are not forces ("observers / journalists from X") names no
party. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    "text",
    [
        "The drills began, joined by observers from Japan and Australia.",
        "The naval drills opened on Sunday, joined by envoys from Norway and Iceland.",
    ],
)
def test_people_from_states_who_are_not_forces_do_not_join(extract_text, text):
    assert activity_parties(extract_text, text) == []


def test_forces_from_states_still_join(extract_text):
    text = "The winter manoeuvres got under way at dawn, joined by marines from Norway and Iceland."
    assert activity_parties(extract_text, text) == [("ISL", "NOR")]
