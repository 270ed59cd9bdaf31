"""A condition clause ("if Y attacked") is part of the act it conditions, never a claim that Y
acted (PLOVER manual: the condition of a conditional act is no event; sentences written for
these tests)."""

import pytest


def test_a_reported_conditional_retaliation_is_a_threat_not_an_accusation(extract_text):
    events = extract_text("Brazil said it would retaliate if Peru attacked its border posts.").events
    assert [(e.type, e.actor) for e in events] == [("THREATEN", ("BRA",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ecuador warned Colombia that it would respond firmly if Bogota deployed missiles near the border.",
        "Ecuador warned Colombia on Monday that it would retaliate if Bogota moved tanks to the border.",
    ],
)
def test_the_condition_of_a_warning_is_the_warning_content(extract_text, sentence):
    events = extract_text(sentence).events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("THREATEN", ("ECU",), ("COL",))]


def test_a_reported_attack_outside_a_condition_stays_an_accusation(extract_text):
    events = extract_text("Chile said Bolivia had shelled its border posts.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("ACCUSE", ("CHL",), ("BOL",))]
