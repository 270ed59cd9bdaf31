"""An activity put forward by a proposing verb (docs/annotation.md §9.3, status ``proposed``): who
proposes doing it "with" another side is a party with that side ("X put forward combined air
patrols with Y"); who proposes drills "between" two others still takes no part. The status is
``proposed`` either way. "Suggest" is no proposing verb: it as often means "imply". Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Estonia's defence minister proposed cross-border air patrols with Latvia in a letter to his counterpart.", ("EST", "LVA")),
        ("Greece proposed regular joint air patrols with Cyprus, the defence ministry said.", ("CYP", "GRC")),
    ],
)
def test_the_proposer_of_an_activity_with_another_side_takes_part(extract_text, text, parties):
    assert rule_activity_statuses(extract_text, text) == [(parties, "proposed")]


def test_a_proposer_of_drills_between_others_still_takes_no_part(extract_text):
    records = rule_activity_statuses(extract_text, "Norway proposed joint naval drills between Denmark and Sweden.")
    assert records == [(("DNK", "SWE"), "proposed")]


def test_a_critic_suggesting_what_drills_are_for_proposes_nothing(extract_text):
    text = "Ukraine's spy chief suggested joint exercises with Belarus as cover for a Russian attack."
    assert all(len(parties) < 2 and status != "proposed" for parties, status in rule_activity_statuses(extract_text, text))


@pytest.mark.parametrize(
    "text",
    [
        # a proposal of something else made "with" a partner: no activity at all
        "Estonia's defence minister proposed a trade agreement with Latvia in a letter to his counterpart.",
        # an activity proposed for no one named: no party, no record
        "The committee proposed joint exercises to improve readiness.",
    ],
)
def test_no_activity_from_other_proposals(extract_text, text):
    assert rule_activity_statuses(extract_text, text) == []
