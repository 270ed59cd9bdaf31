"""Forces of a mission named by its own name, which the gazetteer codes by its host (EUFOR ->
Bosnia, KFOR -> Kosovo), act for the organisation that runs it: the organisation is a party beside
the sender and the host (docs/annotation.md §9.3, missions named by their own name). Wire copy
names such forces "troops of EUFOR", "soldiers of KFOR" when they drill with the host's army.
Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungarian soldiers of EUFOR opened a field exercise with the Bosnian army near Tuzla on Monday.", [("BIH", "EU", "HUN")]),
        ("Romanian troops of KFOR held a joint drill with the Kosovo Security Force near Prizren on Friday.", [("NATO", "ROU", "XKX")]),
    ],
)
def test_the_organisation_running_the_mission_is_a_party(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


def test_a_host_named_without_the_mission_brings_no_organisation(extract_text):
    text = "Hungarian soldiers opened a field exercise with the Bosnian army near Tuzla on Monday."
    assert rule_activity_parties(extract_text, text) == [("BIH", "HUN")]
