"""GEXF: the event, arms-transfer or alliance network (see ``network.py``) in Gephi's own format."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import Exporter
from accord.interfaces.export.network import NETWORK_TABLES, network

if TYPE_CHECKING:
    from accord.store import Database


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    import networkx as nx

    graph = network(store, table, filters)
    nx.write_gexf(graph, path)
    return graph.number_of_edges()


EXPORTER = Exporter("gexf", ".gexf", NETWORK_TABLES, write, "the same networks in Gephi's GEXF format")
