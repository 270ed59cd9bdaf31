"""A UN mission named by its own name ("UNIFIL", "MONUSCO") is coded by the gazetteer with the UN's
code; the state it serves in, the mission row's ``host`` in ``data/actors/organizations.csv``, is a
party too (docs/annotation.md §9.3: the sender, the host and the organisation), also when the
back-off proposes the activity. Wire copy often names the mission alone ("troops serving with
UNIFIL"). Only a mission named in a party's phrase brings its host: not one the forces served with
at another time, in an adverbial clause. The back-off's detector is hand-set to fire on every
sentence. Sentences invented."""

from __future__ import annotations

import pytest

from accord.actors.gazetteer import read_table


def _un_missions() -> list[dict[str, str]]:
    """The UN's peacekeeping and political missions of the gazetteer: UN bodies named or noted as a
    mission or force (not its agencies and councils)."""
    rows = read_table("accord.data.actors", "organizations.csv")
    return [r for r in rows if r.get("parent") == "UN" and {"mission", "force"} & set(f"{r['name']} {r.get('note', '')}".lower().split())]


def test_every_un_mission_row_names_a_known_state_as_its_host():
    states = {row["iso3"] for row in read_table("accord.data.actors", "countries.csv")}
    missions = {row["id"]: row.get("host", "") for row in _un_missions()}
    assert {"UNIFIL", "MONUSCO", "UNMISS", "UNDOF"} <= set(missions)
    assert {mission: host for mission, host in missions.items() if host not in states} == {}


def test_the_hosts_are_the_rows_host_column(rules):
    hosts = rules.mission_hosts
    assert (hosts["org:UNIFIL"], hosts["org:MONUSCO"], hosts["org:UNFICYP"]) == ("LBN", "COD", "CYP")
    assert "org:UNHCR" not in hosts  # an agency serves in no one state


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("A Ghanaian mechanised battalion assigned to UNIFIL completed a joint patrol on Saturday.", ("GHA", "LBN", "UN")),
        ("Nepalese infantry attached to MONUSCO secured a camp for displaced people on Sunday.", ("COD", "NPL", "UN")),
    ],
)
def test_a_un_mission_brings_the_state_it_serves_in(propose_always, text, parties):
    assert [p.parties for p in propose_always(text) if p is not None] == [parties]


def test_a_mission_served_at_another_time_brings_no_host(propose_always):
    text = "Months after leaving UNMISS, Kenyan and Rwandan infantry companies rehearsed a joint convoy escort near Nakuru."
    assert all("SSD" not in p.parties for p in propose_always(text) if p is not None)
