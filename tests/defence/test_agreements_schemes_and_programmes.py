"""Schemes (docs/annotation.md 9.1): a programme, plan or framework is often one state's own scheme
("Japan's security assistance framework", "the US partnership program"). Such a noun names an
agreement only when its making is told (proposed, negotiated, agreed, signed, renewed, ratified);
an act done under it, or its suspension, tells of no agreement between states. A framework, like a
programme, needs a cooperation word to name an agreement at all."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru signed a defence cooperation programme in Lima on Monday.", [("CHL,PER", "signed")]),
        ("Ghana and Togo are negotiating a security cooperation framework.", [("GHA,TGO", "negotiating")]),
        ("Oman and Jordan renewed their military cooperation plan for another five years.", [("JOR,OMN", "signed")]),
        ("Mongolia agreed on Tuesday to a new defence framework with South Korea.", [("KOR,MNG", "agreed")]),
    ],
)
def test_a_scheme_whose_making_is_told_is_an_agreement(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # acts done under one state's scheme
        "Canada will give the Jamaican coast guard two patrol boats under its Maritime Security Assistance Program.",
        "Under the Defence Cooperation Programme, Norway trains some 30 Latvian officers a year.",
        "Texas Guardsmen are teaching a medical course for Chilean army doctors under the US State Partnership Program.",
        "Seoul will supply the Philippine Navy with radars under its new security assistance framework.",
        # a scheme suspended
        "New Zealand has suspended its defence cooperation programme with Fiji after the coup.",
        # a framework with no cooperation word
        "The ministers discussed the legal framework for arms exports.",
    ],
)
def test_an_act_under_a_scheme_or_its_suspension_is_no_agreement(extract_text, text):
    assert agreements_joined(extract_text, text) == []


def test_a_scheme_told_standing_and_then_signed_is_an_agreement(extract_text):
    # once its signing is told, the acts under it show it in force
    text = (
        "Under the defence cooperation programme, Latvian officers train in Poland. "
        "Poland and Latvia signed the programme in Riga in 2019."
    )
    assert agreements_joined(extract_text, text) == [("LVA,POL", "in_force")]
