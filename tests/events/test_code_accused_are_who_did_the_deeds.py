"""An investigation or accusation of deeds named "by" someone ("crimes by X", "killings committed
by X") is aimed at who did them, of the investigating state too, not at the victims (sentences
written for these tests)."""

from __future__ import annotations

import pytest


def _accusations(extract_text, sentence):
    return [(e.actor, e.recipient) for e in extract_text(sentence).events if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        # the doers are the investigating state's own: a same-state recipient is kept
        ("Peru will investigate the torture of two Bolivian truck drivers by Peruvian vigilantes last month.", ("PER",), ("PER",)),
        ("Kenya has launched an investigation into the killing of a Somali trader by Kenyan poachers.", ("KEN",), ("KEN",)),
        # a participle's agent inside the object of "investigation into"
        ("Chile opened an investigation into killings committed by Argentine police.", ("CHL",), ("ARG",)),
    ],
)
def test_the_accused_are_who_did_the_deeds(extract_text, sentence, actor, recipient):
    assert _accusations(extract_text, sentence) == [(actor, recipient)]


def test_a_by_phrase_on_a_noun_that_is_no_misdeed_names_no_culprit(extract_text):
    # near miss: the truckers filed the complaint; they are not accused of anything
    assert _accusations(extract_text, "Peru is investigating a complaint by Peruvian truckers.") == [(("PER",), ())]
