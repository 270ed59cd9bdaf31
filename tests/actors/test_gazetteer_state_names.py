"""``state_names``: the states' names and adjectives, as the layers above read a state's name inside a
phrase the actor layer resolves whole ("the U.S.-led coalition"); read from the same rows as the
gazetteer, once per process."""

from accord.actors import gazetteer
from accord.actors.gazetteer import state_names
from accord.text import fold


def test_names_aliases_and_adjectives_give_the_state():
    names = state_names()
    assert names[fold("U.S.")] == "USA"
    assert names[fold("Britain")] == "GBR"
    assert names[fold("Saudi")] == "SAU"


def test_a_form_two_states_share_names_neither():
    names = state_names()
    assert fold("Congo") not in names and fold("Congolese") not in names  # both Congos
    assert names[fold("DR Congo")] == "COD"


def test_the_country_table_is_read_once_for_the_gazetteer_and_the_names():
    assert gazetteer.table_rows("countries.csv") is gazetteer.table_rows("countries.csv")
    assert state_names() is state_names()
