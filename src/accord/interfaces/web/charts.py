"""Charts and the network graph as geometry for server-rendered SVG.

Each function returns plain shapes (rectangles, lines, circles with their hover title and
link); the templates draw them as SVG, escaping every label. No script runs in the
browser, so the Content-Security-Policy can forbid inline script outright.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
RELATION_NAMES = {
    "quad_1": "verbal cooperation",
    "quad_2": "material cooperation",
    "quad_3": "verbal conflict",
    "quad_4": "material conflict",
    "transfer": "arms transfer",
    "alliance": "alliance",
}


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str
    href: str | None = None


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    labels: list[tuple[float, float, str]] = field(default_factory=list)  # x, y, text
    ticks: list[tuple[float, str]] = field(default_factory=list)  # y, text

    @property
    def empty(self) -> bool:
        return not self.bars


def timeline(by_month: list[dict[str, Any]], type_quad: dict[str, int], *, href: str | None = None, width: int = 880, height: int = 260) -> Chart:
    """Events per month stacked by quad class; each segment's title lists its PLOVER types."""
    months = month_range(sorted({r["month"] for r in by_month if r.get("month")}))
    chart = Chart(width, height)
    if not months:
        return chart
    cells: dict[tuple[str, int], dict[str, int]] = {}
    for row in by_month:
        if not row.get("month"):
            continue
        quad = type_quad.get(row["type"], 0)
        cells.setdefault((row["month"], quad), {})[row["type"]] = int(row["events"])
    totals = {m: sum(sum(v.values()) for (mm, _), v in cells.items() if mm == m) for m in months}
    top = max(totals.values(), default=0) or 1
    left, bottom, plot_h = 36, 40, height - 60
    step = (width - left - 10) / len(months)
    bar_w = max(2.0, min(40.0, step * 0.8))
    for i, month in enumerate(months):
        x = left + i * step + (step - bar_w) / 2
        y = height - bottom
        for quad in (1, 2, 3, 4, 0):
            types = cells.get((month, quad))
            if not types:
                continue
            n = sum(types.values())
            h = plot_h * n / top
            y -= h
            detail = ", ".join(f"{t} {c}" for t, c in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))
            name = QUAD_NAMES.get(quad, "other")
            chart.bars.append(Bar(round(x, 1), round(y, 1), round(bar_w, 1), round(h, 1), f"q{quad}",
                                  f"{month} · {name}: {n} event(s) — {detail}", href))
        if len(months) <= 24 or i % math.ceil(len(months) / 24) == 0:
            chart.labels.append((round(x + bar_w / 2, 1), height - bottom + 14, month))
    for frac in (0.0, 0.5, 1.0):
        chart.ticks.append((round(height - bottom - plot_h * frac, 1), f"{round(top * frac):g}"))
    return chart


#: A timeline spans at most this many months (the latest ones) so bars stay visible.
MAX_MONTHS = 240


def month_range(months: list[str]) -> list[str]:
    """Every month from the first to the last of ``months`` ("YYYY-MM"), gaps included."""
    if not months:
        return []
    (y, m), (y_end, m_end) = (map(int, months[0].split("-")), map(int, months[-1].split("-")))
    out = []
    while (y, m) <= (y_end, m_end):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out[-MAX_MONTHS:]


def hbars(rows: list[tuple[str, int, str | None]], *, width: int = 420, row_h: int = 22, css: str = "bar") -> Chart:
    """Horizontal bars: (label, value, link) per row."""
    chart = Chart(width, max(row_h, row_h * len(rows) + 4))
    top = max((v for _, v, _ in rows), default=0) or 1
    label_w = 150
    for i, (label, value, href) in enumerate(rows):
        w = (width - label_w - 50) * value / top
        y = i * row_h + 2
        chart.bars.append(Bar(label_w, y, round(max(w, 1), 1), row_h - 6, css, f"{label}: {value:,}", href))
        chart.labels.append((label_w - 6, y + row_h - 10, label))
        chart.ticks.append((y + row_h - 10, f"{value:,}"))
    return chart


@dataclass
class Node:
    id: str
    x: float
    y: float
    r: float
    title: str
    href: str


@dataclass
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    css: str
    title: str
    href: str | None = None


@dataclass
class Graph:
    width: int
    height: int
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


def graph(data: dict[str, Any], names: dict[str, str], *, width: int = 900, height: int = 640) -> Graph:
    """Lay out ``queries.network`` output with a seeded spring layout (the same picture every time)."""
    import networkx as nx

    out = Graph(width, height)
    if not data["nodes"]:
        return out
    g = nx.Graph()
    for node in data["nodes"]:
        g.add_node(node["id"])
    for edge in data["edges"]:
        w = g.get_edge_data(edge["source"], edge["target"], {}).get("weight", 0)
        g.add_edge(edge["source"], edge["target"], weight=w + edge["weight"])
    pos = nx.spring_layout(g, seed=7, weight="weight", k=1.8 / math.sqrt(max(g.number_of_nodes(), 1)))
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    pad = 40

    def place(code: str) -> tuple[float, float]:
        x, y = pos[code]
        sx = (x - min(xs)) / ((max(xs) - min(xs)) or 1)
        sy = (y - min(ys)) / ((max(ys) - min(ys)) or 1)
        return round(pad + sx * (width - 2 * pad), 1), round(pad + sy * (height - 2 * pad), 1)

    top_edge = max((e["weight"] for e in data["edges"]), default=1) or 1
    offsets = {"quad_1": -3, "quad_2": -1, "quad_3": 1, "quad_4": 3, "transfer": 5, "alliance": -5}
    for edge in data["edges"]:
        (x1, y1), (x2, y2) = place(edge["source"]), place(edge["target"])
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        shift = offsets.get(edge["relation"], 0)  # parallel relations drawn side by side
        ox, oy = -dy / length * shift, dx / length * shift
        arrow = " → " if edge["relation"] == "transfer" else " – "
        out.edges.append(Edge(round(x1 + ox, 1), round(y1 + oy, 1), round(x2 + ox, 1), round(y2 + oy, 1),
                              round(1 + 5 * edge["weight"] / top_edge, 1), edge["relation"].replace("_", ""),
                              f"{edge['source']}{arrow}{edge['target']}: {edge['weight']} {RELATION_NAMES.get(edge['relation'], edge['relation'])}",
                              f"/dyad/{edge['source']}/{edge['target']}"))
    top_node = max(n["weight"] for n in data["nodes"]) or 1
    for node in data["nodes"]:
        x, y = place(node["id"])
        name = names.get(node["id"], node["id"])
        out.nodes.append(Node(node["id"], x, y, round(6 + 14 * math.sqrt(node["weight"] / top_node), 1),
                              f"{name} ({node['id']}): {node['weight']} relation(s)", f"/country/{node['id']}"))
    return out


__all__ = ["QUAD_NAMES", "RELATION_NAMES", "Chart", "Graph", "graph", "hbars", "timeline"]
