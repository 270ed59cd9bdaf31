"""Unnamed protesters are the public of the place they protest at, also when the place closes
the phrase of the site ("the gates of a shipyard near <town>") and the sentence names other
states in what they demand (sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Activists blockaded the gates of a shipyard near Gdansk on Monday, demanding an end to Polish arms sales to Russia.", ("POL",)),
        ("Hundreds of students blockaded the entrance of a missile plant near Lyon, demanding an end to French arms exports to Egypt.", ("FRA",)),
    ],
)
def test_protesters_take_the_state_of_the_site_they_protest_at(extract_text, sentence, actor):
    protests = [e for e in extract_text(sentence).events if e.type == "PROTEST"]
    assert [e.actor for e in protests] == [actor]


def test_a_place_inside_what_the_protesters_demand_is_no_site(extract_text):
    # near miss: "ports in Spain" is in the demand, not where the depot stands
    sentence = "Activists blockaded a depot on Monday, demanding an end to arms shipments to Israel from ports in Spain."
    assert [e for e in extract_text(sentence).events if e.type == "PROTEST"] == []
