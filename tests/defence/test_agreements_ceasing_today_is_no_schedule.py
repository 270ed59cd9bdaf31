"""A present-tense lapse is a scheduled end only when its time lies ahead of the publication date
(docs/annotation.md 9.1): "ceases to exist today", "lapses as of today" tell an end reached on the
day of the report, as a headline does; "expires tomorrow" or "in 2031" still leaves the agreement
standing until then. (Tests publish on 2025-03-14.)"""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined, alliances_joined


@pytest.mark.parametrize(
    "text",
    [
        # the review's repro
        "The INF treaty between Russia and the United States ceases to exist today.",
        "Officials in Quito confirmed that the fishing accord between Ecuador and Colombia expires today.",
    ],
)
def test_a_lapse_today_is_an_end(extract_text, text):
    assert [status for _, status in agreements_joined(extract_text, text)] == ["terminated"]


def test_a_pact_ceasing_as_of_today_is_dissolved(extract_text):
    # the review's repro
    text = "The defence pact between Ghana and Togo ceases to be in force as of today."
    assert agreements_joined(extract_text, text) == [("GHA,TGO", "terminated")]
    assert alliances_joined(extract_text, text) == [("GHA,TGO", "dissolved")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Quito confirmed that the fishing accord between Ecuador and Colombia expires tomorrow.",
        "The border protocol between Bolivia and Paraguay ceases to be in force in 2031, diplomats noted.",
    ],
)
def test_a_lapse_ahead_leaves_the_agreement_in_force(extract_text, text):
    assert [status for _, status in agreements_joined(extract_text, text)] == ["in_force"]


def test_a_lapse_later_in_the_year_of_publication_is_still_ahead(extract_text):
    text = "The fishing accord between Ecuador and Colombia expires at the end of this year, officials in Quito said."
    assert agreements_joined(extract_text, text) == [("COL,ECU", "in_force")]
