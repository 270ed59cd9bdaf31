"""A capitalised plural that ends the name of an agreement ("the Skagerrak Defence Arrangements",
"the Arica Accords") names one agreement, whether the tagger reads it as a plural proper noun or
as a singular one; an act done under it shows it in force. A capitalised plural scheme ("the
... Defence Plans") is no agreement unless its making is told."""

from defence_helpers import agreements_joined


def test_acts_under_named_arrangements_show_them_in_force(extract_text):
    text = "Norwegian and Danish frigates sailed together under the Skagerrak Defence Arrangements on Monday."
    assert agreements_joined(extract_text, text) == [("DNK,NOR", "in_force")]


def test_ties_normalised_under_named_accords_show_them_in_force(extract_text):
    text = "Since Chile and Peru normalised relations under the Arica Accords, their navies have trained together."
    assert agreements_joined(extract_text, text) == [("CHL,PER", "in_force")]


def test_acts_under_named_plans_are_no_agreement(extract_text):
    text = "Norwegian and Danish frigates sailed together under the Skagerrak Defence Plans on Monday."
    assert agreements_joined(extract_text, text) == []
