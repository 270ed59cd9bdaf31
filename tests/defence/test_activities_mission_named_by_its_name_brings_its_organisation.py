"""Forces of a mission named by its own name, which the gazetteer codes by its host (EUFOR ->
Bosnia, KFOR -> Kosovo), act for the organisation that runs it: the organisation is a party beside
the sender and the host (docs/annotation.md §9.3, missions named by their own name). Wire copy
names such forces "a platoon of KFOR", "members of EUFOR" when they train beside the host's forces.
A mission named only as a speaker's ("a KFOR spokeswoman told reporters") is none of the parties'
and brings no organisation. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kosovo Security Force and a Polish platoon of KFOR held a joint bridge-laying drill on Tuesday.", [("NATO", "POL", "XKX")]),
        ("The Bosnian army and Czech members of EUFOR Althea wrapped up three days of mountain rescue training.", [("BIH", "CZE", "EU")]),
    ],
)
def test_the_organisation_running_the_mission_is_a_party(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected


def test_a_host_named_without_the_mission_brings_no_organisation(extract_text):
    text = "The Bosnian army and Czech paratroopers wrapped up three days of mountain rescue training."
    assert rule_activity_parties(extract_text, text) == [("BIH", "CZE")]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The Kosovo Security Force and Albanian troops patrolled the frontier jointly for the first time, a KFOR spokeswoman told reporters.", ("ALB", "XKX")),
        ("Bosnian and Montenegrin troops patrolled the frontier jointly for the first time, a EUFOR spokeswoman told reporters.", ("BIH", "MNE")),
    ],
)
def test_a_mission_named_only_as_a_speakers_brings_no_organisation(extract_text, propose_always, text, parties):
    assert rule_activity_parties(extract_text, text) == [parties]
    assert [p.parties for p in propose_always(text) if p is not None] == [parties]
