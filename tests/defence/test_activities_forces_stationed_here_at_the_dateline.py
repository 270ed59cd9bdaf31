"""Forces placed "here" in wire copy ("the 2,000 X troops stationed here") are in the place of the
story's dateline, whose state hosts them (docs/annotation.md §9.3, basing and stationing): a
garrison of both states. With no dateline opening the text, "here" names no host and no record is
made. Sentences invented."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("LIBREVILLE -- The 900 French soldiers stationed here under the 1960 defence accord will stay, the ministry said.", ("FRA", "GAB")),
        ("TOKYO, May 3 (Kyodo) -- Tokyo agreed on Friday to pay more toward the upkeep of the 54,000 American troops stationed here.", ("JPN", "USA")),
        ("BERLIN, June 2 - Washington plans to cut the 35,000 U.S. soldiers based here by a third, officials said.", ("DEU", "USA")),
    ],
)
def test_forces_stationed_here_are_hosted_by_the_dateline_state(extract_text, text, parties):
    assert _records(extract_text, text) == [(parties, "ongoing")]


@pytest.mark.parametrize(
    "text",
    [
        # no dateline: "here" names no state
        "The 900 French soldiers stationed here under the 1960 defence accord will stay, the ministry said.",
        # a dateline, but people who are no forces
        "LIBREVILLE -- The 900 French engineers stationed here by the oil company will stay, the firm said.",
        # a dateline, but the forces are the dateline state's own
        "PARIS, May 3 - The 900 French soldiers stationed here for the parade will return to their barracks on Monday.",
    ],
)
def test_no_garrison_without_a_dateline_host_or_foreign_forces(extract_text, text):
    assert _records(extract_text, text) == []
