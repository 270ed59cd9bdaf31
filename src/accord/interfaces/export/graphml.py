"""GraphML: the event, arms-transfer or alliance network (see ``network.py``) for Gephi, yEd or networkx."""

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
    nx.write_graphml(graph, path)
    return graph.number_of_edges()


EXPORTER = Exporter("graphml", ".graphml", NETWORK_TABLES, write, "network for Gephi: events (weighted by cooperation and conflict), transfers, alliances")
