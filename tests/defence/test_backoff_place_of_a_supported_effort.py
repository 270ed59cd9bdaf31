"""A state named only as the place of what forces support elsewhere is no party of the back-off's
activity (``backoff.proposed_parties``) when the sentence names where the forces are based ("pilots
posted at X's base help the air campaign over Y", "airmen housed at X's airfield assist patrols over
Y"): the forces are hosted by X, and Y is where the effort they back goes on. Without such a place
("sent troops to support the mission in Y") the place of the effort is where the forces go, and
stays a party; so does a state the sentence also names otherwise.

Wire copy tells foreign garrisons this way; the back-off had added the theatre of operations to
the host and the sender. The detector is hand-set to fire on every sentence, so a retrained model
cannot change what these tests mean. All sentences are invented."""

from __future__ import annotations

import pytest


def _parties(propose_always, text):
    return [p.parties for p in propose_always(text) if p is not None]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("About 250 Belgian pilots are posted at a Jordanian air base, from where they help the coalition's air campaign over Syria.", ("BEL", "JOR")),
        ("Portuguese airmen, housed since March at a Greek airfield, assist the air patrols over Albania.", ("GRC", "PRT")),
        ("The 150 Danish sailors garrisoned at Souda Bay in Greece support the patrol ships off Libya.", ("DNK", "GRC")),
    ],
)
def test_the_place_of_an_effort_supported_from_a_base_elsewhere_is_no_party(propose_always, text, parties):
    assert _parties(propose_always, text) == [parties]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Chad deployed 1,000 soldiers to support the UN mission in Mali.", ("MLI", "TCD", "UN")),
        ("Estonian soldiers arrived to support French operations in Mali.", ("EST", "FRA", "MLI")),
        ("Some 200 British soldiers are helping the Ukrainian army's training in Poland.", ("GBR", "POL", "UKR")),
    ],
)
def test_without_a_base_named_elsewhere_the_place_of_the_effort_stays_a_party(propose_always, text, parties):
    assert _parties(propose_always, text) == [parties]


def test_a_state_also_named_as_the_forces_helped_stays_a_party(propose_always):
    text = "Croatian instructors stationed in Lithuania assist the Latvian army's drills in Latvia."
    assert _parties(propose_always, text) == [("HRV", "LTU", "LVA")]
