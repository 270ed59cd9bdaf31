"""Forces sent at the host's request told by the request answered, and forces received by a
state's forces for an exercise or training; near misses (non-military requests, a request
refused or answered with arms, an armed group asking, a minister welcoming, a visit for care)
stay empty (invented sentences)."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya responded to the request of the Somali government for military help and sent troops.", [(("KEN", "SOM"), ("other",), "occurred")]),
        ("France heeded Mali's call for troops.", [(("FRA", "MLI"), ("other",), "occurred")]),
        # the speaker's government: the forces the coordinated clause sends name the sender
        ("Our government heeded the plea of the Gambian government for military help and dispatched Senegalese troops.", [(("GMB", "SEN"), ("other",), "occurred")]),
        ("Chad responded to Niger's appeal for military help by sending 500 soldiers.", [(("NER", "TCD"), ("other",), "occurred")]),
    ],
)
def test_a_hosts_request_for_forces_answered_is_an_activity(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany responded to Ukraine's request for humanitarian aid.",  # not military
        "Russia rejected Belarus's request for military help.",  # refused
        "The United States did not answer Taiwan's appeal for military assistance.",  # negated
        "Washington heeded Israel's call for military assistance.",  # assistance may be arms or money: no forces told
        "Spain responded to Morocco's request for weapons.",  # arms, no forces
        "The United States responded to Ukraine's request for military assistance by sending missiles.",  # answered with arms
        "Turkey answered the rebels' appeal for military help.",  # an armed group is no host
        "The company responded to the Somali government's request for military help with a new contract.",  # no state sends
    ],
)
def test_request_near_misses_are_no_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Omani marines received sailors from Pakistan for a landing drill.", [(("OMN", "PAK"), ("exercises",), "occurred")]),
        # visitors named only by their unit: the host is the named party
        ("The Omani army welcomed marines visiting from the 2nd Battalion, 7th Marine Regiment for a beach landing exercise.", [(("OMN",), ("exercises",), "occurred")]),
        # one record: the lone host is not repeated beside the record with its guest
        ("The Polish army hosted a battalion of the U.S. Army for joint training.", [(("POL", "USA"), ("training",), "ongoing")]),
    ],
)
def test_forces_received_for_an_exercise_hold_it_together(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister welcomed sailors from Pakistan for a landing drill.",  # no forces host
        "Jordanian troops welcomed the decision of the United States to hold an exercise.",  # no forces received
        "Jordanian troops received soldiers from Syria for treatment in hospitals.",  # care, no activity
        "Jordanian troops did not welcome soldiers from Israel for the exercise.",  # negated
    ],
)
def test_visit_near_misses_are_no_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []
