"""GEXF: the relation network (see ``network.py``) in Gephi's own format."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import Exporter
from accord.interfaces.export.network import relation_graph

if TYPE_CHECKING:
    from accord.store import Database


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    import networkx as nx

    graph = relation_graph(store, filters)
    nx.write_gexf(graph, path)
    return graph.number_of_edges()


EXPORTER = Exporter("gexf", ".gexf", ("events",), write, "the relation network in Gephi's GEXF format")
