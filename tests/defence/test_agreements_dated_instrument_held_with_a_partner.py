"""An agreement told by the year it was made ("the 2004 accord with Peru", "Norway's 1952 treaty
with Denmark"), held with a named partner, is presupposed to stand: it is in force whatever the
clause says of it, and the two sides are the partner and the owner (or the sentence's other state).
A pact marked as ended or still to come, a year not yet reached, a sale contract, or an undated
mention gives no such record."""

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


def test_a_stillborn_dated_pact_gives_nothing(extract_text):
    text = "Historians in Accra describe the stillborn 1961 union treaty with Guinea as a lost chance."
    assert agreements_joined(extract_text, text) == []


def test_a_year_not_yet_reached_is_no_year_of_making(extract_text):
    text = "A Chilean senator warned on Monday that a default on the loan could unravel the 2031 defence accord with Peru."
    assert agreements_joined(extract_text, text) == []
