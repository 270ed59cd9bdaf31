"""Forces placed "here" in wire copy ("the 700 X marines based here") are in the place of the
story's dateline, whose state hosts them (docs/annotation.md §9.3, basing and stationing): a
garrison of both states. The class: any agency story that opens on its place (in capitals, or
before a dash) and tells a garrison by where it is written from. With no dateline opening the text,
"here" names no host; nor does a "here" quoted from a speaker of another state. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("ABIDJAN (Reuters) - Ivorian officers on Thursday toured the camp of the 600 French marines based here since 2015.", ("CIV", "FRA")),
        ("DAKAR, March 2 - Senegal's president met the commander of the 350 French soldiers stationed here on Thursday.", ("FRA", "SEN")),
        ("OSLO -- Norway will pay part of the housing costs of the 700 American marines stationed here, the ministry said.", ("NOR", "USA")),
    ],
)
def test_forces_stationed_here_are_hosted_by_the_dateline_state(extract_text, text, parties):
    assert rule_activity_statuses(extract_text, text) == [(parties, "ongoing")]


@pytest.mark.parametrize(
    "text",
    [
        # no dateline: "here" names no state
        "The 600 French marines based here since 2015 will get new barracks, officials said.",
        # a state opening the text as a sentence's subject, with its apposition, is no dateline
        "Moldova, a small post-Soviet state, says 1,500 Russian soldiers are based here.",
        # "here" quoted from a speaker another state's word names: he speaks from elsewhere
        'OSLO -- The talks were held in Stockholm. "We are glad of the American marines based here," the Swedish defence minister said.',
        # a dateline, but people who are no forces
        "ABIDJAN (Reuters) - The 600 French engineers based here by a cement company will stay, the firm said.",
        # a dateline, but the forces are the dateline state's own
        "ROME, May 3 - The 5,000 Italian soldiers stationed here for the national day parade will return to their bases on Monday.",
    ],
)
def test_no_garrison_without_a_dateline_host_or_foreign_forces(extract_text, text):
    assert rule_activity_statuses(extract_text, text) == []
