"""An agreement told by the year it was made ("the 2004 accord with Peru", "Norway's 1952 treaty
with Denmark"), held with a named partner, is presupposed to stand: it is in force whatever the
clause says of it, and the two sides are the partner and the owner (or the sentence's other state).
A pact marked as ended, as never come to life or as still to come, a year not yet reached, a sale
contract, or an undated mention gives no such record."""

import pytest
from defence_helpers import agreements_joined


def test_a_dated_accord_with_a_partner_put_at_risk_stands(extract_text):
    text = "A Chilean senator warned on Monday that a default on the loan could unravel the 2004 defence accord with Peru."
    assert agreements_joined(extract_text, text) == [("CHL,PER", "in_force")]


def test_a_dated_treaty_owned_by_a_state_stands_between_owner_and_partner(extract_text):
    text = "Norway's 1952 basing treaty with Denmark came up repeatedly during the budget debate in Oslo on Tuesday."
    assert agreements_joined(extract_text, text) == [("DNK,NOR", "in_force")]


def test_an_ended_dated_pact_gives_nothing(extract_text):
    text = "A Ghanaian historian said the defunct 1965 security pact with Togo is remembered by few people today."
    assert agreements_joined(extract_text, text) == []


def test_a_year_not_yet_reached_is_no_year_of_making(extract_text):
    text = "A Chilean senator warned on Monday that a default on the loan could unravel the 2031 defence accord with Peru."
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a pact said never to have come to life stands no more than one that has ended
        "The stillborn 1990 naval treaty with Chile still divides Peru's parliament.",
        "A Ghanaian envoy said the aborted 2009 border accord with Togo should be revived.",
        "Lawmakers in Quito blamed Lima for the failed 1999 fishing treaty with Ecuador.",
    ],
)
def test_a_dated_pact_that_never_came_to_life_gives_nothing(extract_text, text):
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the same phrases with no such modifier stand
        ("The 1990 naval treaty with Chile still divides Peru's parliament.", [("CHL,PER", "in_force")]),
        ("A Ghanaian envoy said the 2009 border accord with Togo should be revived.", [("GHA,TGO", "in_force")]),
    ],
)
def test_the_same_dated_pact_with_no_such_modifier_stands(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
