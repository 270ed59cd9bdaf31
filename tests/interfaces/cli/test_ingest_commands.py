"""The ingest, errors and reprocess commands, run in-process with the fake pipeline."""

from __future__ import annotations

import json

from store_fakes import WIRE


def test_ingest_then_query_events_as_json(fake_cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    result = fake_cli("ingest", corpus, "--db", db)
    assert result.exit_code == 0, result.output
    assert "6 article(s) added" in result.stderr
    again = fake_cli("ingest", corpus, "--db", db)
    assert "0 article(s) added, 6 already stored" in again.stderr
    rows = json.loads(fake_cli("events", "--db", db, "--format", "json").stdout)
    assert len(rows) == 5
    wire = [r for r in rows if "Serbia condemned Albania over" in r["evidence_text"]]
    assert len(wire) == 1
    assert set(wire[0]) >= {"story_id", "sources", "type", "actor", "recipient"}
    assert len(wire[0]["sources"]["article_ids"]) == 2


def test_the_database_comes_from_accord_db(fake_cli, corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "env.duckdb"))
    assert fake_cli("ingest", corpus).exit_code == 0
    assert (tmp_path / "env.duckdb").exists()
    assert json.loads(fake_cli("events", "--format", "json", "--type", "ACCUSE").stdout)


def test_errors_lists_what_failed(fake_cli, tmp_path):
    db = tmp_path / "cli.duckdb"
    (tmp_path / "ok.txt").write_text(WIRE, encoding="utf-8")
    result = fake_cli("ingest", tmp_path / "ok.txt", tmp_path / "missing.txt", "--db", db)
    assert result.exit_code == 0
    assert "missing.txt: no such file or folder" in result.stderr
    rows = json.loads(fake_cli("errors", "--db", db, "--format", "json").stdout)
    assert [(r["code"], r["item"].endswith("missing.txt")) for r in rows] == [("not_found", True)]


def test_an_ingest_with_only_failures_exits_1(fake_cli, tmp_path):
    result = fake_cli("ingest", tmp_path / "missing.txt", "--db", tmp_path / "x.duckdb")
    assert result.exit_code == 1


def test_ingest_reads_stdin(fake_cli, tmp_path):
    db = tmp_path / "cli.duckdb"
    assert fake_cli("ingest", "-", "--db", db, input=WIRE).exit_code == 0
    assert len(json.loads(fake_cli("events", "--db", db, "-f", "json").stdout)) == 1


def test_no_extract_then_reprocess_pending(fake_cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    fake_cli("ingest", corpus, "--db", db, "--no-extract")
    assert json.loads(fake_cli("events", "--db", db, "-f", "json").stdout) == []
    result = fake_cli("reprocess", "--db", db, "--pending")
    assert result.exit_code == 0 and "6 article(s) re-extracted" in result.stderr
    assert len(json.loads(fake_cli("events", "--db", db, "-f", "json").stdout)) == 5
