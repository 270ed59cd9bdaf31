"""Peoples written as nationalities and officeholders out of office (issue 8).

A people's singular name used as an adjective ("Croat forces") qualifies an institution as a
state's adjective does; a people a state's adjective qualifies ("Bosnian Serbs", "Bosnian Croat
forces") are residents of that state, as the PLOVER and CAMEO gold code them. A titled surname
("President Reagan") that only former officeholders of one state bear is that state's, whatever
the article's date; an untitled one stays unknown."""

import pytest

from actor_helpers import mention_codes


# 1. A people's name before an institution noun.


@pytest.mark.parametrize(
    ("text", "span", "code"),
    [
        ("Croat forces shelled the town.", "Croat forces", "HRV"),
        ("The Croat army entered the valley.", "Croat army", "HRV"),
        ("Turk police detained the reporters.", "Turk police", "TUR"),
        ("Albanian rebels attacked Macedonian police.", "Macedonian police", "MKD"),
    ],
)
def test_a_peoples_name_used_as_an_adjective_gives_an_institution_its_state(pipeline, text, span, code):
    assert mention_codes(pipeline, text).get(span) == code


def test_a_peoples_name_that_heads_its_phrase_stays_the_people(pipeline):
    codes = mention_codes(pipeline, "Croats fled the army's advance.")
    assert codes.get("Croats") == "HRV"
    assert "Croats fled" not in codes


def test_a_peoples_name_before_a_word_that_is_no_institution_gives_nothing(pipeline):
    codes = mention_codes(pipeline, "The Pole vault champion met the minister.")
    assert "POL" not in codes.values()
    codes = mention_codes(pipeline, "Turk Telekom workers went on strike.")
    assert "TUR" not in codes.values()


# 2. "<Adjective of state A> <people of state B>": residents of A.


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Bosnian Serb forces attacked the villages.", "Bosnian Serb forces"),
        ("Bosnian Croat forces attacked the villages.", "Bosnian Croat forces"),
        ("The Bosnian Serb army shelled the town.", "Bosnian Serb army"),
        ("Bosnian Serbs demanded a truce.", "Bosnian Serbs"),
    ],
)
def test_a_people_a_states_adjective_qualifies_are_that_states(pipeline, text, span):
    codes = mention_codes(pipeline, text)
    assert codes.get(span) == "BIH"
    assert "SRB" not in codes.values() and "HRV" not in codes.values()


def test_a_state_and_a_people_named_apart_stay_two_actors(pipeline):
    codes = mention_codes(pipeline, "Bosnian officials met Serb leaders.")
    assert codes.get("Bosnian officials") == "BIH"
    assert codes.get("Serb") == "SRB"
    codes = mention_codes(pipeline, "Serbs and Croats fought in Bosnia.")
    assert codes.get("Serbs") == "SRB" and codes.get("Croats") == "HRV"


# 3. Officeholders no longer in office on the article's date.


@pytest.mark.parametrize("published", ["2000-01-01", "2024-05-01"])
def test_a_titled_surname_of_a_former_officeholder_keeps_his_state(pipeline, published):
    assert mention_codes(pipeline, "President Reagan's envoy met Chinese leaders.", published).get("Reagan") == "USA"


def test_a_full_name_of_a_former_officeholder_keeps_his_state(pipeline):
    assert mention_codes(pipeline, "Ronald Reagan criticised the plan.", "2024-05-01").get("Ronald Reagan") == "USA"


def test_a_surname_former_officeholders_of_one_state_share_is_that_state(pipeline):
    assert mention_codes(pipeline, "President Bush visited the troops.", "2024-05-01").get("Bush") == "USA"


def test_an_untitled_namesake_of_a_former_officeholder_stays_unknown(pipeline):
    assert mention_codes(pipeline, "Mr Reagan, a local farmer, protested against the dam.", "2024-05-01").get("Reagan") is None
    assert mention_codes(pipeline, "Reagan, a local farmer, protested against the dam.", "2024-05-01").get("Reagan") is None
