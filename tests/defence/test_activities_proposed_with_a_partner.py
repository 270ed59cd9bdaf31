"""An activity put forward by a proposing verb (docs/annotation.md §9.3, status ``proposed``): who
proposes doing it "with" another side is a party with that side ("Budapest proposed joint
exercises with Austria"); who proposes drills "between" two others still takes no part. The
status is ``proposed`` either way. Sentences invented."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Lisbon has proposed joint maritime exercises with Morocco to curb smuggling in the strait.", ("MAR", "PRT")),
        ("The Chilean navy chief suggested joint naval drills with Peru during a visit to Lima on Monday.", ("CHL", "PER")),
        ("Greece proposed regular joint air patrols with Cyprus, the defence ministry said.", ("CYP", "GRC")),
    ],
)
def test_the_proposer_of_an_activity_with_another_side_takes_part(extract_text, text, parties):
    assert _records(extract_text, text) == [(parties, "proposed")]


def test_a_proposer_of_drills_between_others_still_takes_no_part(extract_text):
    records = _records(extract_text, "Norway proposed joint naval drills between Denmark and Sweden.")
    assert records == [(("DNK", "SWE"), "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        # a proposal of something else made "with" a partner: no activity at all
        "Lisbon has proposed a fisheries agreement with Morocco to curb overfishing in the strait.",
        # an activity proposed for no one named: no party, no record
        "The committee proposed joint exercises to improve readiness.",
    ],
)
def test_no_activity_from_other_proposals(extract_text, text):
    assert _records(extract_text, text) == []
