"""A clause that signs or ratifies an agreement (its object) tells that stage as the news, also when a
relative "under which ..." tells what is done under it: "X ratified its naval treaty with Y, under
which X's sailors have been trained in Y for years" is ratified (docs/annotation.md §9.1: the stage
the text states), not in force. An agreement only mentioned, with an act under it, is in force;
and a clause that says it is in force still says so. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senegal ratified its naval cooperation treaty with Portugal, under which Senegalese sailors have been trained in Lisbon for two years.",
            [(("PRT", "SEN"), "ratified")],
        ),
        (
            "Kenya and Uganda signed a security pact on Monday, under which their police forces will patrol the border jointly.",
            [(("KEN", "UGA"), "signed")],
        ),
    ],
)
def test_the_stage_told_of_the_agreement_is_its_status(extract_text, text, expected):
    assert agreements_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polish officers train Georgian cadets under the defence agreement signed with Tbilisi in 2019.",
            [(("GEO", "POL"), "in_force")],
        ),
        (
            "A treaty between Kenya and Uganda, under which their police patrol the border, was signed in 2001 and is now in force.",
            [(("KEN", "UGA"), "in_force")],
        ),
    ],
)
def test_an_agreement_only_mentioned_or_said_in_force_is_in_force(extract_text, text, expected):
    assert agreements_listed(extract_text, text) == expected
