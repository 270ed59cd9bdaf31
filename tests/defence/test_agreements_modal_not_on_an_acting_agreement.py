"""An agreement between two named states that is the subject of a negated verb under a modal
("the accord ... must not be used to ...", "should not harm ...", "will not be stretched to ...")
is forbidden or foretold something; it stands (in force). A plain negation of what it did ("the
convention between X and Y has not worked") still tells only that it was made (signed)."""

from defence_helpers import agreements_joined


def test_an_accord_that_must_not_be_used_for_something_stands(extract_text):
    text = "The security accord between Chile and Peru must not become a pretext for new border claims, a Bolivian minister said."
    assert agreements_joined(extract_text, text) == [("CHL,PER", "in_force")]


def test_a_treaty_that_should_not_harm_a_third_state_stands(extract_text):
    text = "The defence treaty between Norway and Denmark should not threaten Sweden, the Swedish foreign minister said."
    assert agreements_joined(extract_text, text) == [("DNK,NOR", "in_force")]


def test_a_plain_negation_tells_only_the_making(extract_text):
    text = "The defence treaty between Norway and Denmark did not deter anyone, the Swedish foreign minister said."
    assert agreements_joined(extract_text, text) == [("DNK,NOR", "signed")]
