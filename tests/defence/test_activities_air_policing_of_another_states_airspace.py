"""Air policing (docs/annotation.md §9.3, basing and multinational missions): aircraft of one state
policing another state's airspace ("to police X-ian airspace", "policing the skies over X", "took
over NATO's air policing mission", "a NATO air policing rotation") are an activity of the sending
state, the host and the organisation whose mission it is. The host is the state the skies are over,
the airspace's adjective, a place the clause names ("at X's base"), or the dateline's state.
Begun or taken over (or told in the present perfect), the policing goes on (ongoing); told in a plain
past or as ended, it was held (occurred); told in a story of war with no mission, it is no activity.
Sentences invented."""

from __future__ import annotations

import pytest


def _found(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TALLINN -- Six Czech Gripens flew into Amari this week to start policing the skies over Estonia and Latvia for the next three months.", [(("CZE", "EST", "LVA"), "ongoing")]),
        ("Three Belgian F-16s on Monday took over the winter NATO air policing rotation at Bulgaria's Graf Ignatievo base.", [(("BEL", "BGR", "NATO"), "ongoing")]),
        ("Dutch F-35s will police Slovak airspace from January under NATO's enhanced air policing, the Dutch defence ministry said.", [(("NATO", "NLD", "SVK"), "planned")]),
        ("TALLINN, Estonia -- Spanish F-18s took over NATO's air policing mission at the Amari base on Wednesday.", [(("ESP", "EST", "NATO"), "ongoing")]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungarian F-16s policed Slovak airspace in 2021.", [(("HUN", "SVK"), "occurred")]),
        ("Danish F-16s policed the skies over Iceland until the rotation ended last year.", [(("DNK", "ISL"), "occurred")]),
        # near misses: a perfect or a begun policing still goes on
        ("Belgian jets have policed Dutch airspace since 2017.", [(("BEL", "NLD"), "ongoing")]),
        ("Czech jets started policing Icelandic airspace for NATO.", [(("CZE", "ISL", "NATO"), "ongoing")]),
        ("Two Hungarian F-16s landed in Vilnius on Friday to police Lithuanian airspace over the winter.", [(("HUN", "LTU"), "ongoing")]),
    ],
)
def test_policing_told_in_a_plain_past_was_held(extract_text, text, expected):
    assert _found(extract_text, text) == expected
