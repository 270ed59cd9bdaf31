"""An agreement said in the simple present to cease to exist, or to be in force, on a date of its
own ("ceases to exist in November") tells a scheduled end, not one reached (docs/annotation.md
9.1): it stands until then, as one that "expires in November" does. The date may hang on the
complement of the ceasing verb; a ceasing told in the past is an end."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined, alliances_joined


@pytest.mark.parametrize(
    "text",
    [
        "Under the schedule agreed in Lima, the fisheries accord between Chile and Peru ceases to exist in October.",
        "The border protocol between Bolivia and Paraguay ceases to be in force next year, diplomats noted.",
    ],
)
def test_a_ceasing_on_a_date_ahead_leaves_the_agreement_in_force(extract_text, text):
    statuses = [status for _, status in agreements_joined(extract_text, text)]
    assert statuses == ["in_force"]


def test_a_pact_ceasing_on_a_date_ahead_is_no_dissolved_alliance(extract_text):
    text = "The mutual defence treaty binding Ghana and Togo ceases to exist in December under its own terms."
    assert ("GHA,TGO", "dissolved") not in alliances_joined(extract_text, text)
    assert ("GHA,TGO", "terminated") not in agreements_joined(extract_text, text)


def test_a_ceasing_told_in_the_past_still_terminates(extract_text):
    assert agreements_joined(extract_text, "The fisheries accord between Chile and Peru ceased to exist in 2019.") == [("CHL,PER", "terminated")]


def test_a_ceasing_with_no_parties_gives_no_record(extract_text):
    assert agreements_joined(extract_text, "The local truce ceases to exist in November, a militia spokesman warned.") == []
