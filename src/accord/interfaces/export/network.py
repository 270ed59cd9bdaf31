"""The networks written by the GraphML and GEXF exports, one per table.

``events`` (the relation network): nodes are actor codes (states, organisations); a
directed edge A -> B sums the events A directed at B (counted once per story). Only events
that occurred or are ongoing weigh in, unless ``status`` asks for others:

- ``events``: how many; ``weight`` is the same number (what Gephi sizes edges by);
- ``cooperation``: the sum of positive Goldstein values, ``conflict``: the sum of the
  negative ones as a positive number, ``goldstein``: the net sum;
- ``quad_1`` .. ``quad_4``: events per quad class (verbal/material cooperation,
  verbal/material conflict); ``status_<status>``: events per status;
- ``first_day``/``last_day``: the span of the events.

``transfers`` (the arms-transfer network): supplier -> recipient; ``transfers`` and
``weight`` count the transfer records, ``quantity`` sums the known quantities,
``category_<category>`` and ``status_<status>`` count them by equipment category and by
stage, ``first_year``/``last_year`` span the known years.

``alliances`` (alliance membership): a bipartite network of states (``kind=state``) and
alliances (``kind=alliance``, labelled by name, or by their members when unnamed); an edge
member -> alliance per membership, with ``records`` (how many records say so),
``status`` (the latest stage told) and ``first_day``/``last_day``.

Attribute names are plain identifiers (``category_armoured_vehicle``), so Gephi,
networkx and yEd read them alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import dict_batches_for

if TYPE_CHECKING:
    import networkx as nx

    from accord.store import Database

#: The tables a network export can draw.
NETWORK_TABLES = ("events", "transfers", "alliances")


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", str(text).lower()).strip("_") or "unknown"


def _state_names(store: Database) -> dict[str, str]:
    return {
        r["country"]: r["name"]
        for r in store.rows("SELECT country, mode(name) AS name FROM actors WHERE kind = 'state' AND country IS NOT NULL GROUP BY country")
    }


def _node(graph: nx.DiGraph, node: str, names: dict[str, str], kind: str = "state") -> None:
    if node not in graph:
        graph.add_node(node, label=names.get(node, node), kind=kind, records=0)
    graph.nodes[node]["records"] += 1


def _count(edge: dict[str, Any], key: str) -> None:
    edge[key] = edge.get(key, 0) + 1


def _span(edge: dict[str, Any], first: str, last: str, value: Any) -> None:
    if value in (None, ""):
        return
    edge[first] = min(edge.get(first) or value, value)
    edge[last] = max(edge.get(last) or value, value)


def relation_graph(store: Database, filters: dict[str, Any]) -> nx.DiGraph:
    """The event network: A -> B weighted by the events A directed at B."""
    import networkx as nx

    names = _state_names(store)
    graph = nx.DiGraph(name="accord relation network")
    for events in dict_batches_for(store, "events", filters):
        for e in events:
            for a in e["actor"] or []:
                for b in e["recipient"] or []:
                    if a == b:
                        continue
                    _node(graph, a, names)
                    _node(graph, b, names)
                    if not graph.has_edge(a, b):
                        graph.add_edge(a, b, weight=0, events=0, goldstein=0.0, cooperation=0.0, conflict=0.0,
                                       quad_1=0, quad_2=0, quad_3=0, quad_4=0, first_day="", last_day="")
                    edge = graph.edges[a, b]
                    g = float(e["goldstein"] or 0.0)
                    edge["events"] += 1
                    edge["weight"] += 1
                    edge["goldstein"] = round(edge["goldstein"] + g, 3)
                    if g > 0:
                        edge["cooperation"] = round(edge["cooperation"] + g, 3)
                    elif g < 0:
                        edge["conflict"] = round(edge["conflict"] - g, 3)
                    if e["quad_class"] in (1, 2, 3, 4):
                        edge[f"quad_{e['quad_class']}"] += 1
                    _count(edge, f"status_{_slug(e['status'])}")
                    _span(edge, "first_day", "last_day", (e["day"] or "")[:10])
    for _, data in graph.nodes(data=True):
        data["events"] = data.pop("records")
    return graph


def transfer_graph(store: Database, filters: dict[str, Any]) -> nx.DiGraph:
    """The arms-transfer network: supplier -> recipient, counted by category and stage."""
    import networkx as nx

    names = _state_names(store)
    graph = nx.DiGraph(name="accord arms-transfer network")
    for transfers in dict_batches_for(store, "transfers", filters):
        for t in transfers:
            for a in t["supplier"] or []:
                for b in t["recipient"] or []:
                    if a == b:
                        continue
                    _node(graph, a, names)
                    _node(graph, b, names)
                    if not graph.has_edge(a, b):
                        graph.add_edge(a, b, weight=0, transfers=0, quantity=0, first_year=0, last_year=0)
                    edge = graph.edges[a, b]
                    edge["weight"] += 1
                    edge["transfers"] += 1
                    edge["quantity"] += int(t["quantity"] or 0)
                    _count(edge, f"category_{_slug(t['category'] or 'unknown')}")
                    _count(edge, f"status_{_slug(t['status'])}")
                    _span(edge, "first_year", "last_year", int(t["year"]) if t["year"] else None)
    return graph


def alliance_graph(store: Database, filters: dict[str, Any]) -> nx.DiGraph:
    """Alliance membership: member state -> alliance."""
    import networkx as nx

    names = _state_names(store)
    graph = nx.DiGraph(name="accord alliance network")
    for alliances in dict_batches_for(store, "alliances", filters):
        for r in alliances:
            members = sorted(r["members"] or [])
            alliance = r["name"] or "alliance of " + ", ".join(members)
            node = f"alliance:{alliance}"
            _node(graph, node, {node: alliance}, kind="alliance")
            day = (r["day"] or "")[:10]
            for member in members:
                _node(graph, member, names)
                if not graph.has_edge(member, node):
                    graph.add_edge(member, node, weight=0, records=0, status="", first_day="", last_day="")
                edge = graph.edges[member, node]
                edge["weight"] += 1
                edge["records"] += 1
                if day >= (edge["last_day"] or "") or not edge["status"]:
                    edge["status"] = r["status"] or ""
                _span(edge, "first_day", "last_day", day)
    return graph


#: The network of each table.
GRAPHS: dict[str, Callable[[Database, dict[str, Any]], nx.DiGraph]] = {
    "events": relation_graph,
    "transfers": transfer_graph,
    "alliances": alliance_graph,
}


def network(store: Database, table: str, filters: dict[str, Any]) -> nx.DiGraph:
    """The network of ``table`` (one of ``NETWORK_TABLES``)."""
    return GRAPHS[table](store, filters)
