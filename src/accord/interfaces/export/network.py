"""The relation network shared by the GraphML and GEXF exports.

Nodes are actor codes (states, organisations); a directed edge A -> B sums the
events A directed at B (counted once per story):

- ``events``: how many; ``weight`` is the same number (what Gephi sizes edges by);
- ``cooperation``: the sum of positive Goldstein values, ``conflict``: the sum of the
  negative ones as a positive number, ``goldstein``: the net sum;
- ``quad_1`` .. ``quad_4``: events per quad class (verbal/material cooperation,
  verbal/material conflict);
- ``first_day``/``last_day``: the span of the events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from accord.query.records import frame_rows
from accord.query.select import select

if TYPE_CHECKING:
    import networkx as nx

    from accord.store import Database


def relation_graph(store: Database, filters: dict[str, Any]) -> nx.DiGraph:
    import networkx as nx

    events = frame_rows(select(store, "events", **filters))
    names = {
        r["country"]: r["name"]
        for r in store.rows("SELECT country, mode(name) AS name FROM actors WHERE kind = 'state' AND country IS NOT NULL GROUP BY country")
    }
    graph = nx.DiGraph(name="accord relation network")
    for e in events:
        for a in e["actor"] or []:
            for b in e["recipient"] or []:
                if a == b:
                    continue
                for node in (a, b):
                    if node not in graph:
                        graph.add_node(node, label=names.get(node, node), events=0)
                graph.nodes[a]["events"] += 1
                graph.nodes[b]["events"] += 1
                if not graph.has_edge(a, b):
                    graph.add_edge(
                        a, b, weight=0, events=0, goldstein=0.0, cooperation=0.0, conflict=0.0,
                        quad_1=0, quad_2=0, quad_3=0, quad_4=0, first_day="", last_day="",
                    )
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
                day = (e["day"] or "")[:10]
                if day:
                    edge["first_day"] = min(edge["first_day"] or day, day)
                    edge["last_day"] = max(edge["last_day"], day)
    return graph
