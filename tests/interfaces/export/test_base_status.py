"""Events that did not happen are not exported as if they did: occurred and ongoing by
default, the rest on request, and every row keeps its status."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from accord.interfaces.export.csv import read_csv


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_exports_hold_occurred_and_ongoing_events_by_default(status_kb, tmp_path):
    rows = _jsonl(status_kb.export("jsonl", tmp_path / "e.jsonl"))
    assert sorted(r["status"] for r in rows) == ["occurred", "ongoing"]


@pytest.mark.parametrize("status, expected", [
    ("all", ["hypothetical", "negated", "occurred", "ongoing", "planned", "proposed"]),
    (["all"], ["hypothetical", "negated", "occurred", "ongoing", "planned", "proposed"]),
    ("negated,planned", ["negated", "planned"]),
    (["hypothetical"], ["hypothetical"]),
])
def test_a_status_filter_includes_the_others(status_kb, tmp_path, status, expected):
    rows = read_csv(status_kb.export("csv", tmp_path / "e.csv", status=status))
    assert sorted(r["status"] for r in rows) == expected


def test_the_default_weighs_network_edges_with_events_that_happened_only(status_kb, tmp_path):
    graph = nx.read_graphml(status_kb.export("graphml", tmp_path / "n.graphml"))
    assert sorted(graph.edges) == [("SRB", "ALB"), ("SRB", "XKX")]
    assert int(graph.edges["SRB", "XKX"]["events"]) == 1  # the ongoing fighting, not the negated recognition
    assert int(graph.edges["SRB", "XKX"]["status_ongoing"]) == 1
    everything = nx.read_graphml(status_kb.export("graphml", tmp_path / "all.graphml", status="all"))
    assert int(everything.edges["SRB", "XKX"]["events"]) == 2 and int(everything.edges["SRB", "XKX"]["status_negated"]) == 1


def test_gdelt_rows_default_to_events_that_happened(status_kb, tmp_path):
    lines = status_kb.export("gdelt", tmp_path / "g.tsv").read_text().splitlines()
    assert sorted(line.split("\t")[26] for line in lines) == ["111", "190"]  # no 054 for the negated recognition


def test_other_tables_keep_every_status_unless_asked(status_kb, tmp_path):
    assert [r["status"] for r in _jsonl(status_kb.export("jsonl", tmp_path / "t.jsonl", table="transfers"))] == ["delivered"]
    assert _jsonl(status_kb.export("jsonl", tmp_path / "t2.jsonl", table="transfers", status="cancelled")) == []
