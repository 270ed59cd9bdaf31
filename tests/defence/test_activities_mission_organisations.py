"""A multinational mission the actors gazetteer codes by its host state (KFOR, EUFOR ...): forces
setting out to join it or serving with it take part with the host and with the organisation that
runs the mission (data/defence/mission_organisations.csv). UN missions carry the UN's own code
(the gazetteer), with the same result. Sentences invented;
near misses stay empty or keep no organisation."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


def test_every_mission_row_names_an_organisation(rules):
    table = rules.mission_organisations
    assert table["org:KFOR"] == "NATO" and "org:UNIFIL" not in table  # the gazetteer codes UN missions UN
    assert all(key.startswith("org:") and code for key, code in table.items())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fresh battalion of 600 Ghanaian soldiers left for Lebanon on Monday to serve with the United Nations Interim Force in Lebanon (UNIFIL).", [("GHA", "LBN", "UN")]),
        ("A company of 200 Rwandan troops flew to Juba on Friday to join the United Nations Mission in South Sudan (UNMISS).", [("RWA", "SSD", "UN")]),
    ],
)
def test_forces_joining_a_known_mission(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a mission's name alone, with no forces sent to it, tells no activity
        "The United Nations Interim Force in Lebanon (UNIFIL) said its positions were shelled on Monday.",
        # a civilian trip to the mission's host
        "A delegation of Ghanaian lawmakers left for Lebanon on Monday to meet officials of the United Nations Interim Force in Lebanon.",
    ],
)
def test_no_activity_without_forces_sent(extract_text, text):
    assert rule_activity_parties(extract_text, text) == []
