"""A state named only as the place of what forces support elsewhere ("airmen based at X's base
supporting operations in Y", "sailors stationed in X to support the task forces off Y") is no
party of the back-off's activity (``backoff.proposed_parties``): the forces are hosted by X, and Y
is where the effort they back goes on. A state the sentence also names otherwise stays a party.

Wire copy tells foreign garrisons this way; the back-off had added the theatre of operations to
the host and the sender. The detector is hand-set to fire on every sentence, so a retrained model
cannot change what these tests mean. All sentences are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Tajikistan gave France 90 days to leave the Ayni base, where 300 French airmen are stationed to support operations in neighbouring Afghanistan.", ("FRA", "TJK")),
        ("Turkey's Incirlik base, which hosts about 1,500 Dutch airmen supporting operations in Syria, will stay open.", ("NLD", "TUR")),
        ("Italy keeps 500 sailors in Djibouti to support the escort flotillas in the Gulf of Aden and off Somalia.", ("DJI", "ITA")),
    ],
)
def test_the_place_of_a_supported_effort_is_no_party(propose_always, text, parties):
    assert [p.parties for p in propose_always(text) if p is not None] == [parties]


def test_a_state_also_named_as_the_forces_helped_stays_a_party(propose_always):
    text = "Some 400 Spanish instructors are based at the Besmaya camp to support the Iraqi army in Iraq."
    assert [p.parties for p in propose_always(text) if p is not None] == [("ESP", "IRQ")]
