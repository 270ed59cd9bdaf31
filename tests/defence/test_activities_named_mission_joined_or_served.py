"""A multinational mission named only by its own name (docs/annotation.md §9.3, support roles and
missions): forces setting out for a state "to serve with KFOR" or "to join UNIFIL", or serving with
one in a state, are sent to the mission as if its phrase said "mission" or "force": the sender, the
host and the organisation running it (NATO for KFOR, as the mission table says; the UN for a UN
mission, which the gazetteer codes by its parent). The UN itself, or a UN body that is no mission
named with no forces, is none. Sentences invented."""

from __future__ import annotations

import pytest


def _found(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two companies of Austrian soldiers set off for Kosovo on Sunday to serve with KFOR.", [(("AUT", "NATO", "XKX"), "ongoing")]),
        ("Some 300 Nepalese troops left for Lebanon to join UNIFIL.", [(("LBN", "NPL", "UN"), "ongoing")]),
        ("Bangladeshi soldiers serve with MONUSCO in Congo.", [(("BGD", "COD", "UN"), "ongoing")]),
    ],
)
def test_forces_sent_to_a_mission_named_by_its_name(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian diplomats left for New York to join the UN General Assembly session.",
        "Austrian soldiers left for Kosovo to visit their families.",
    ],
)
def test_no_mission_or_no_forces_is_none(extract_text, text):
    assert _found(extract_text, text) == []
