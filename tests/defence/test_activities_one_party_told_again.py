"""A one-party record whose party a fuller record of the same story has is that activity told again
("Slovenia will send instructors to the EU's training mission in X. The mission trains X's troops"):
the fuller record stands for it. A one-party record with no fuller record beside it stays."""

from __future__ import annotations


def _parties(extract_text, text):
    return [a.parties for a in extract_text(text).activities]


def test_a_one_party_record_told_again_after_a_fuller_one_is_that_record(extract_text):
    text = (
        "Slovenia will send two more military instructors to the EU's training mission in Somalia, the government said on Monday. "
        "The mission trains Somali troops fighting insurgents."
    )
    assert _parties(extract_text, text) == [("EU", "SOM", "SVN")]


def test_a_one_party_record_alone_in_its_story_stays(extract_text):
    assert _parties(extract_text, "The mission trains Somali troops fighting insurgents.") == [("SOM",)]


def test_a_story_of_talks_told_twice_stays_empty(extract_text):
    text = "Chinese and Thai officials held trade talks in Bangkok on Tuesday. It was the second such round since 2010."
    assert _parties(extract_text, text) == []
