"""A garrison kept or stationed "there" (docs/annotation.md §9.3, basing and stationing) is in the
place named last before it, in its sentence or the one before, when that place is a state named as
the object of a preposition of place or partnership ("a pact with X", "flew a battalion to X")
other than the forces' or the keeper's own. A state named as a clause's subject, a place of talks,
a visit or drills ("back from talks in X", "the drills off X"), or a region no state codes leaves
"there" unread; a garrison kept there "once" is one of the past. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Belgium has had a military cooperation pact with Benin since 2019 and has based 150 paratroopers there since then.", ("BEL", "BEN")),
        ("Rwanda airlifted a fresh battalion to Mozambique in March, joining some 2,000 Rwandan soldiers posted there since 2021.", ("MOZ", "RWA")),
    ],
)
def test_a_garrison_there_is_in_the_state_named_before(extract_text, text, parties):
    assert (parties, "ongoing") in rule_activity_statuses(extract_text, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the state before "there" is a clause's subject
        ("Lawmakers in Tegucigalpa debated for hours whether Honduras should let a US brigade be based there.", {"HND", "USA"}),
        # the last place is no state the gazetteer codes
        ("Some 400 Czech troops reached the Sahel from Niger on Monday and the 300 Dutch troops stationed there welcomed them.", {"NER", "NLD"}),
        # the place of talks someone came back from
        ("The Pakistani army chief returned from talks in Washington. Pakistan keeps 1,500 troops there.", {"PAK", "USA"}),
        # the place drills were held off
        ("Beijing condemned the drills off Taiwan. China keeps 20,000 troops there.", {"CHN", "TWN"}),
        # a garrison kept there once, no longer
        ("Germany has no base in Mali. France, which once kept 5,000 troops there, withdrew in 2022.", {"FRA", "MLI"}),
    ],
)
def test_no_garrison_when_there_names_no_state_kept_in(extract_text, text, pair):
    assert not any(set(parties) == pair for parties, _ in rule_activity_statuses(extract_text, text))
