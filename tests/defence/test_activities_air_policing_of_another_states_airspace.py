"""Air policing (docs/annotation.md §9.3, basing and multinational missions): aircraft of one state
policing another state's airspace ("to police X-ian airspace", "policing the skies over X", "took
over NATO's air policing mission", "a NATO air policing rotation") are an activity of the sending
state, the host and the organisation whose mission it is. The host is the state the skies are over,
the airspace's adjective, a place the clause names ("from X's air base"), or the dateline's state.
Begun or taken over, the policing goes on (ongoing); told as ended, it was held (occurred); told in a
story of war with no mission, it is no activity. Sentences invented."""

from __future__ import annotations

import pytest


def _found(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TALLINN -- Six Czech Gripens flew into Amari this week to start policing the skies over Estonia and Latvia for the next three months.", [(("CZE", "EST", "LVA"), "ongoing")]),
        ("A Portuguese F-16 detachment has begun a three-month NATO air policing rotation from Romania's Fetesti air base, the Portuguese air force said.", [(("NATO", "PRT", "ROU"), "ongoing")]),
        ("Dutch F-35s will police Slovak airspace from January under NATO's enhanced air policing, the Dutch defence ministry said.", [(("NATO", "NLD", "SVK"), "planned")]),
        ("SIAULIAI, Lithuania -- Polish MiG-29s assumed NATO's air policing mission at the Zokniai base on Thursday.", [(("LTU", "NATO", "POL"), "ongoing")]),
        ("Four Greek F-16s ended their NATO air policing rotation over Montenegro on Sunday.", [(("GRC", "MNE", "NATO"), "occurred")]),
    ],
)
def test_aircraft_policing_another_states_airspace(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian fighters began policing the skies over Ukraine after the invasion.",
        "Chinese jets flew near Taiwan's airspace on Monday, the ministry said.",
        "Russian bombers violated Finnish airspace on Tuesday, Helsinki said.",
        "The city council voted to fund community policing in the old town.",
    ],
)
def test_incursions_and_other_policing_are_no_activity(extract_text, text):
    assert _found(extract_text, text) == []
