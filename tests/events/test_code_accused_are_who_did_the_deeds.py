"""An investigation or accusation of deeds named "by" someone ("crimes by X", "killings committed
by X") is aimed at who did them, of the investigating state too, not at the victims; each of
conjoined doers counts, and "its own" forces are the actor's (sentences written for these tests)."""

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
        ("Prosecutors in Lisbon announced that Portugal had begun an investigation into beatings of fishermen carried out by Moroccan coastguards.", ("PRT",), ("MAR",)),
        # conjoined doers, one of them the actor's own
        ("Mexico is investigating abuses by Guatemalan police and its own soldiers against migrants.", ("MEX",), ("GTM", "MEX")),
        ("Mexico is investigating abuses by its own soldiers and by Guatemalan police against migrants.", ("MEX",), ("MEX", "GTM")),
    ],
)
def test_the_accused_are_who_did_the_deeds(extract_text, sentence, actor, recipient):
    assert _accusations(extract_text, sentence) == [(actor, recipient)]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the truckers or soldiers filed the complaints; no one is accused of anything
        "Peru is investigating a complaint by Peruvian truckers.",
        "Mexico is investigating complaints by its own soldiers and by Guatemalan police.",
    ],
)
def test_a_by_phrase_on_a_noun_that_is_no_misdeed_names_no_culprit(extract_text, sentence):
    assert all(recipient == () for _, recipient in _accusations(extract_text, sentence))
