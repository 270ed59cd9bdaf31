"""A UN mission named by its own name ("UNIFIL", "the United Nations Mission in South Sudan") is
coded by the gazetteer with the UN's code; the state it serves in, which its name says, is a party
too (docs/annotation.md §9.3: the sender, the host and the organisation), also when the back-off
proposes the activity. Wire copy often names the mission alone ("troops serving with UNIFIL").
The back-off's detector is hand-set to fire on every sentence. Sentences invented."""

from __future__ import annotations

import pytest


def test_the_hosts_come_from_the_missions_gazetteer_names(rules):
    hosts = rules.mission_hosts
    assert (hosts["org:UNIFIL"], hosts["org:UNMISS"], hosts["org:UNFICYP"]) == ("LBN", "SSD", "CYP")
    assert "org:UNHCR" not in hosts  # an agency serves in no one state


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("A new rotation of 700 Malaysian soldiers serving with UNIFIL took over the western sector on Monday.", ("LBN", "MYS", "UN")),
        ("Some 300 Mongolian peacekeepers of the United Nations Mission in South Sudan began patrols around Bentiu.", ("MNG", "SSD", "UN")),
    ],
)
def test_a_un_mission_brings_the_state_it_serves_in(propose_always, text, parties):
    assert [p.parties for p in propose_always(text) if p is not None] == [parties]

