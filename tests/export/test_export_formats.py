"""Every export format round-trips: what is written reads back as what the store holds."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest

from accord.errors import StoreError
from accord.interfaces.export import EXPORTERS, TABLES
from accord.interfaces.export.csv import read_csv
from accord.interfaces.export.gdelt import GDELT_COLUMNS
from accord.query.records import json_rows


def expected_rows(kb, table, **filters):
    frame = kb.actors_frame(**filters) if table == "actors" else getattr(kb, f"{table}_frame")(**filters)
    return json_rows(frame)


def flat(rows):
    """JSON rows with the nested sources flattened back to the frame's columns."""
    out = []
    for row in rows:
        row = dict(row)
        sources = row.pop("sources", None)
        if sources is not None:
            row.update({"source_outlets": sources["outlets"], "source_urls": sources["urls"], "source_article_ids": sources["article_ids"]})
        out.append(row)
    return out


def test_every_format_is_registered_and_documented():
    assert set(EXPORTERS) == {"csv", "jsonl", "parquet", "gdelt", "plover", "graphml", "gexf"}
    assert all(e.help and e.suffix.startswith(".") for e in EXPORTERS.values())


@pytest.mark.parametrize("table", TABLES)
def test_jsonl_round_trips(kb, tmp_path, table):
    path = kb.export("jsonl", tmp_path / f"{table}.jsonl", table=table)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows == expected_rows(kb, table) and rows


@pytest.mark.parametrize("table", TABLES)
def test_csv_round_trips(kb, tmp_path, table):
    path = kb.export("csv", tmp_path / f"{table}.csv", table=table)
    back = read_csv(path)
    want = flat(expected_rows(kb, table))
    assert len(back) == len(want) and back
    for got, row in zip(back, want):
        for key, value in row.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                assert float(got[key]) == pytest.approx(value), key
            elif value in (None, ""):
                assert got[key] is None, key
            else:
                assert got[key] == value, key


@pytest.mark.parametrize("table", TABLES)
def test_parquet_round_trips(kb, tmp_path, table):
    path = kb.export("parquet", tmp_path / f"{table}.parquet", table=table)
    back = pd.read_parquet(path)
    want = flat(expected_rows(kb, table))
    assert list(back.columns) == list(want[0].keys())
    assert flat(json_rows(back)) == want


def test_exports_take_the_event_filters(kb, tmp_path):
    path = kb.export("jsonl", tmp_path / "srb.jsonl", actor="SRB", since="2025-04")
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert sorted(r["type"] for r in rows) == ["ACCUSE", "AID", "ASSAULT"]  # SANCTION is FRA>RUS


def test_gdelt_layout_round_trips(kb, tmp_path):
    path = kb.export("gdelt", tmp_path / "events.tsv")
    back = pd.read_csv(path, sep="\t", names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    events = kb.events()
    assert len(back) == sum(len(e.actor) * len(e.recipient) for e in events)
    assert back.shape[1] == 61
    by_pair = {(r.Actor1CountryCode, r.Actor2CountryCode, r.EventCode): r for r in back.itertuples()}
    for e in events:
        row = by_pair[(e.actor[0], e.recipient[0], e.cameo)]
        assert row.SQLDATE == e.day.replace("-", "")
        assert float(row.GoldsteinScale) == e.goldstein and int(row.QuadClass) == e.quad_class
        assert row.EventRootCode == e.cameo[:2] and int(row.NumArticles) == len(e.sources.article_ids)
        assert row.SOURCEURL == e.sources.urls[0]
    assert by_pair[("SRB", "ALB", "111")].Actor1Name == "SERBIA"


@pytest.mark.parametrize("name", ["events.jsonl", "events.json"])
def test_plover_json_round_trips(kb, tmp_path, name):
    path = kb.export("plover", tmp_path / name)
    text = path.read_text(encoding="utf-8")
    records = json.loads(text) if name.endswith(".json") else [json.loads(line) for line in text.splitlines()]
    events = {e.id: e for e in kb.events()}
    assert {r["id"] for r in records} == set(events)
    for r in records:
        e = events[r["id"]]
        assert r["event"] == [e.type] and r["date"] == e.day
        assert [a["code"] for a in r["actor"]] == list(e.actor) and [a["code"] for a in r["recipient"]] == list(e.recipient)
        assert r["quad_code"] == e.quad_class and r["goldstein"] == e.goldstein and r["text"] == e.evidence_text
        assert r["cite_info"]["urls"] == list(e.sources.urls) and r["status"] == e.status
    named = [a for r in records for a in r["actor"] if a["code"] == "SRB"]
    assert named and named[0]["identifier_text"] == "Serbia" and named[0]["identifier_id"] == "SRB"


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


@pytest.mark.parametrize(
    "fmt, table, message",
    [("xml", "events", "unknown export format"), ("gdelt", "agreements", "writes events"), ("csv", "spies", "writes")],
)
def test_bad_export_requests(kb, tmp_path, fmt, table, message):
    with pytest.raises(StoreError, match=message):
        kb.export(fmt, tmp_path / "x", table=table)
    assert not (tmp_path / "x").exists()
