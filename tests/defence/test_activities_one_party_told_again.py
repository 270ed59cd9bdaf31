"""A one-party record whose party a fuller record told earlier in the story has, sharing a kind with
it, is that activity told again ("X and Y began joint training on Monday. Later the instructors
will train Y's troops in ..."): the fuller record stands for it. A one-party record alone in its story, told
before the fuller one, or of another kind (an organisation's own exercise beside its joint training
with a partner) is an activity of its own and stays."""

from __future__ import annotations

from defence_helpers import activity_parties


def test_a_one_party_record_told_again_after_a_fuller_one_is_that_record(extract_text):
    text = "Australia and Fiji began joint training at Nadi on Monday. Later in the week the instructors will train Fijian troops in field first aid."
    assert activity_parties(extract_text, text) == [("AUS", "FJI")]


def test_a_one_party_record_alone_in_its_story_stays(extract_text):
    assert activity_parties(extract_text, "Later in the week the instructors will train Fijian troops in field first aid.") == [("FJI",)]


def test_an_organisations_own_exercise_told_first_stays(extract_text):
    text = "NATO kicked off its yearly deterrence exercise over the North Sea on Tuesday. Separately, NATO and Georgia held joint training in Tbilisi."
    assert sorted(activity_parties(extract_text, text)) == [("GEO", "NATO"), ("NATO",)]


def test_an_organisations_own_exercise_of_another_kind_told_after_stays(extract_text):
    text = "NATO and Georgia held joint training in Tbilisi on Monday. Separately, NATO kicked off its yearly deterrence exercise over the North Sea."
    assert sorted(activity_parties(extract_text, text)) == [("GEO", "NATO"), ("NATO",)]


def test_a_story_of_talks_told_twice_stays_empty(extract_text):
    text = "Peruvian and Bolivian diplomats met for border talks in La Paz on Friday. Such meetings are held twice a year."
    assert activity_parties(extract_text, text) == []
