"""Forces sent at the host's request told by the request answered, and forces received by a
state's forces for an exercise or training; near misses (non-military requests, a request
refused or answered with arms, an armed group asking, a minister welcoming, a visit for care)
stay empty (invented sentences)."""

from __future__ import annotations

import pytest


def _activities(extract_text, text):
    return [(a.parties, a.kinds, a.status) for a in extract_text(text).activities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya responded to the request of the Somali government for military help and sent troops.", [(("KEN", "SOM"), ("other",), "occurred")]),
        ("France heeded Mali's call for troops.", [(("FRA", "MLI"), ("other",), "occurred")]),
        # the speaker's government: the forces the coordinated clause sends name the sender
        ("Our government answered the appeal of the Liberian government for military help and sent American marines.", [(("LBR", "USA"), ("other",), "occurred")]),
        ("Chad responded to Niger's appeal for military help by sending 500 soldiers.", [(("NER", "TCD"), ("other",), "occurred")]),
    ],
)
def test_a_hosts_request_for_forces_answered_is_an_activity(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany responded to Ukraine's request for humanitarian aid.",  # not military
        "Russia rejected Belarus's request for military help.",  # refused
        "The United States did not answer Taiwan's appeal for military assistance.",  # negated
        "Spain responded to Morocco's request for weapons.",  # arms, no forces
        "The United States responded to Ukraine's request for military assistance by sending missiles.",  # answered with arms
        "Turkey answered the rebels' appeal for military help.",  # an armed group is no host
        "The company responded to the Somali government's request for military help with a new contract.",  # no state sends
    ],
)
def test_request_near_misses_are_no_activity(extract_text, text):
    assert _activities(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordanian troops welcomed soldiers from the United States for a live-fire exercise.", [(("JOR", "USA"), ("exercises",), "occurred")]),
        # visitors named only by their unit: the host is the named party
        ("The Jordanian army welcomed soldiers visiting from the 3rd Battalion, 5th Field Artillery Regiment for a live-fire exercise.", [(("JOR",), ("exercises",), "occurred")]),
        # one record: the lone host is not repeated beside the record with its guest
        ("The Polish army hosted a battalion of the U.S. Army for joint training.", [(("POL", "USA"), ("training",), "ongoing")]),
    ],
)
def test_forces_received_for_an_exercise_hold_it_together(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister welcomed soldiers from the United States for a live-fire exercise.",  # no forces host
        "Jordanian troops welcomed the decision of the United States to hold an exercise.",  # no forces received
        "Jordanian troops received soldiers from Syria for treatment in hospitals.",  # care, no activity
        "Jordanian troops did not welcome soldiers from Israel for the exercise.",  # negated
    ],
)
def test_visit_near_misses_are_no_activity(extract_text, text):
    assert _activities(extract_text, text) == []
