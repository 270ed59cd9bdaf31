"""Event, arms-transfer and alliance networks in GraphML and GEXF, loadable in networkx
(and so in Gephi, which reads the same files); the event edges add up to the store's events
and take the event filters."""

from __future__ import annotations

import networkx as nx
import pytest

READERS = [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)]


@pytest.mark.parametrize("fmt, reader", READERS)
def test_the_arms_transfer_network_runs_supplier_to_recipient(status_kb, tmp_path, fmt, reader):
    graph = reader(status_kb.export(fmt, tmp_path / f"t.{fmt}", table="transfers"))
    assert graph.is_directed() and list(graph.edges) == [("CHN", "SRB")]
    edge = graph.edges["CHN", "SRB"]
    assert int(edge["transfers"]) == 1 and int(edge["quantity"]) == 6
    assert int(edge["category_unmanned_aerial_vehicle"]) == 1 and int(edge["status_delivered"]) == 1
    assert int(edge["first_year"]) == 2025


@pytest.mark.parametrize("fmt, reader", READERS)
def test_the_alliance_network_links_members_to_their_alliance(status_kb, tmp_path, fmt, reader):
    graph = reader(status_kb.export(fmt, tmp_path / f"a.{fmt}", table="alliances"))
    alliance = [n for n, d in graph.nodes(data=True) if d["kind"] == "alliance"]
    assert len(alliance) == 1
    assert sorted(graph.predecessors(alliance[0])) == ["HUN", "SRB"]
    assert graph.edges["SRB", alliance[0]]["status"] == "formal"
    assert graph.nodes["HUN"]["kind"] == "state"


def test_the_store_fakes_transfer_network(kb, tmp_path):
    graph = nx.read_gexf(kb.export("gexf", tmp_path / "t.gexf", table="transfers"))
    assert int(graph.edges["HUN", "SRB"]["transfers"]) == 2 and int(graph.edges["HUN", "SRB"]["quantity"]) == 16


def test_networks_refuse_other_tables(kb, tmp_path):
    from accord.errors import StoreError

    with pytest.raises(StoreError, match="writes events or transfers or alliances"):
        kb.export("graphml", tmp_path / "x.graphml", table="agreements")


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_round_trip(kb, tmp_path, fmt, reader):
    path = kb.export(fmt, tmp_path / f"net.{fmt}")
    graph = reader(path)
    assert graph.is_directed()
    edge = graph.edges["SRB", "XKX"]
    assert int(edge["events"]) == 1 and float(edge["conflict"]) == 10.0 and float(edge["cooperation"]) == 0.0
    aid = graph.edges["HUN", "SRB"]
    assert float(aid["cooperation"]) == 7.0 and int(aid["quad_2"]) == 1
    assert graph.nodes["SRB"]["label"] == "Serbia"
    total = sum(int(d["events"]) for _, _, d in graph.edges(data=True))
    assert total == sum(len(e.actor) * len(e.recipient) for e in kb.events())


def test_network_export_takes_filters(kb, tmp_path):
    graph = nx.read_graphml(kb.export("graphml", tmp_path / "conflict.graphml", type="ASSAULT"))
    assert list(graph.edges) == [("SRB", "XKX")]
