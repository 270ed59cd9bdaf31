"""A condition clause ("if Y attacked") is part of the act it conditions, never a claim that Y
acted (PLOVER manual: the condition of a conditional act is no event; sentences written for
these tests)."""

import pytest


def test_a_reported_conditional_retaliation_is_a_threat_not_an_accusation(extract_text):
    events = extract_text("Brazil said it would retaliate if Peru attacked its border posts.").events
    assert [(e.type, e.actor) for e in events] == [("THREATEN", ("BRA",))]


def test_the_condition_of_a_warning_is_the_warning_content(extract_text):
    events = extract_text("Ghana cautioned Togo on Friday that it would retaliate militarily if Lome kept massing troops along the frontier.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("THREATEN", ("GHA",), ("TGO",))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana agreed to send engineers to Togo if Benin blocked the shipments.",
        "Ghana said it would send engineers to Togo if Benin blocked the shipments.",
    ],
)
def test_an_act_conditioned_under_a_verb_that_threatens_nothing_codes_its_own_event(extract_text, sentence):
    """The conditioned act keeps its own type (no threat); its condition codes nothing of Benin's."""
    assert [(e.type, e.actor, e.recipient) for e in extract_text(sentence).events] == [("AGREE", ("GHA",), ("TGO",))]


def test_a_reported_attack_outside_a_condition_stays_an_accusation(extract_text):
    events = extract_text("Chile said Bolivia had shelled its border posts.").events
    assert [(e.type, e.actor, e.recipient) for e in events] == [("ACCUSE", ("CHL",), ("BOL",))]
