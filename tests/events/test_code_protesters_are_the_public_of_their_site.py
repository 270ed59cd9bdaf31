"""Unnamed protesters are the public of the place they protest at, also when the place closes
the phrase of the site ("at the gates of a port near <town>") and the sentence names other
states in what angers them (sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Dozens of farmers protested at the gates of a port near Antwerp, angered by Brazilian and Argentine beef imports.", ("BEL",)),
        ("Several hundred farmers protested at the entrance of a dairy near Cork, angered by French and Dutch milk imports.", ("IRL",)),
    ],
)
def test_protesters_take_the_state_of_the_site_they_protest_at(extract_text, sentence, actor):
    protests = [e for e in extract_text(sentence).events if e.type == "PROTEST"]
    assert [e.actor for e in protests] == [actor]


def test_a_place_inside_what_angers_the_protesters_is_no_site(extract_text):
    # near miss: the ranches in Brazil and Argentina are what the farmers protest about, not where
    sentence = "Dozens of farmers protested on Monday, angered by beef imports from ranches in Brazil and Argentina."
    assert [e for e in extract_text(sentence).events if e.type == "PROTEST"] == []
