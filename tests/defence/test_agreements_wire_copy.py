"""Agreements mentioned in passing on invented wire copy, round four: a treaty a state holds
with a partner, a part of a treaty acting, an act under a treaty in a host state, an agreement
admitting states to a body, and a stage noun the parser hangs away from the agreement."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a treaty a state is said to have with a partner stands: "its", the clause's subject; "our", the speaker's state
        ("Washington reminded Beijing of its mutual defence treaty with Manila, which dates back to 1951.", [("PHL,USA", "in_force")]),
        ("Tokyo cited its security pact with Canberra as a model.", [("AUS,JPN", "in_force")]),
        ('"Our alliance treaty with Japan covers the islands," the US secretary of state said in Tokyo.', [("JPN,USA", "in_force")]),
        # a part of a treaty acting speaks for the treaty
        ("Article 5 of the mutual defence treaty between Seoul and Washington obliges each to aid the other.", [("KOR,USA", "in_force")]),
        # an act under the treaty, its host named as a place
        ("The US troops are stationed in Japan under the 1960 security treaty.", [("JPN,USA", "in_force")]),
    ],
)
def test_agreements_held_or_acted_under_are_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one still to come, or a commercial deal, is no standing agreement
        "Ankara is weighing its planned defence pact with Baku.",
        "Poland hopes its future defence treaty with France will deter Russia.",
    ],
)
def test_a_prospective_agreement_held_with_a_partner_is_none(extract_text, text):
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement to bring states into a body: agreed, between the states taken in and the body
        ("Officials in Madrid praised the accord to admit Spain and Norway to the Washington Treaty.", [("ESP,NATO,NOR", "agreed")]),
        ("Turkey and Hungary reached an agreement to bring Sweden into NATO.", [("HUN,NATO,SWE,TUR", "agreed")]),
        ("The agreement to admit Montenegro to NATO was welcomed in Podgorica.", [("MNE,NATO", "agreed")]),
        ("Talks on an agreement to bring Finland into NATO stalled.", [("FIN,NATO", "negotiating")]),
    ],
)
def test_an_agreement_admitting_states_to_a_body(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the stage noun reached across a place the parser hangs in between
        ("The year saw the formation in Africa of the Lagos Pact among Ghana, Togo, Benin and the United Kingdom.", [("BEN,GBR,GHA,TGO", "signed")]),
        # a stage noun the verb governs, when a quoted phrase splits it from "of the accord"
        ('Bamako declared the suspension "with immediate effect" of the defence accord it signed with Niger in 2021.', [("MLI,NER", "suspended")]),
    ],
)
def test_a_stage_noun_away_from_the_agreement(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
