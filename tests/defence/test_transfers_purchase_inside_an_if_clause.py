"""A transfer told inside an if-clause is the condition's, not a stage (guide 9.2: under a
condition it is none), however the parser hangs it in that clause: a purchase noun under "pressed
on with", an infinitive under "were to", a sale as the clause's subject. The same transfer told
outside the condition keeps its stage, and so does one an if-clause only weighs as a fact (the
subject of a copular or evaluative clause: "if last year's delivery was slow", "is any guide").
Every sentence is invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    "text",
    [
        "Quito will protest if Lima presses on with its purchase of Heron drones from Israel, a diplomat said.",
        "If the sale of Korean K9 howitzers to Norway goes through, Seoul will open an office in Oslo.",
        "Seoul would suspend its aid if Hanoi were to order Russian Su-30 fighters.",
        "If the sale of American Abrams tanks to Bahrain went through, Tehran would retaliate.",
    ],
)
def test_a_transfer_in_an_if_clause_is_none(extract_text, text):
    assert _transfers(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quito bought Israeli Heron drones in 2023, a diplomat said.", [("ISR", "ECU", "ordered")]),
        ("Hanoi ordered Russian Su-30 fighters last year, before Seoul suspended its aid.", [("RUS", "VNM", "ordered")]),
    ],
)
def test_the_same_transfer_outside_a_condition_keeps_its_stage(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If the French delivery of Caesar howitzers to Armenia in 2024 was quick, the next one may not be.", [("FRA", "ARM", "delivered")]),
        ("If the Polish gift of T-72 tanks to Ukraine in 2022 was generous, this package is larger.", [("POL", "UKR", "delivered")]),
    ],
)
def test_a_transfer_an_if_clause_weighs_as_a_fact_keeps_its_stage(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected
