"""The knowledge-base commands, run in-process with a fake pipeline."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_fakes import WIRE, FakePipeline


@pytest.fixture
def cli(monkeypatch):
    """Run ``accord ...`` in-process with the fake pipeline; returns the click Result."""
    from typer.testing import CliRunner

    import accord.interfaces.cli.ingest as commands
    from accord.interfaces.cli import app

    monkeypatch.setattr(commands, "make_pipeline", lambda model: FakePipeline())
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return run


def test_ingest_then_query_events_as_json(cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    result = cli("ingest", corpus, "--db", db)
    assert result.exit_code == 0, result.output
    assert "6 article(s) added" in result.stderr
    again = cli("ingest", corpus, "--db", db)
    assert "0 article(s) added, 6 already stored" in again.stderr
    rows = json.loads(cli("events", "--db", db, "--format", "json").stdout)
    assert len(rows) == 5
    wire = [r for r in rows if "Serbia condemned Albania over" in r["evidence_text"]]
    assert len(wire) == 1
    assert set(wire[0]) >= {"story_id", "sources", "type", "actor", "recipient"}
    assert len(wire[0]["sources"]["article_ids"]) == 2


def test_the_database_comes_from_accord_db(cli, corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "env.duckdb"))
    assert cli("ingest", corpus).exit_code == 0
    assert (tmp_path / "env.duckdb").exists()
    assert json.loads(cli("events", "--format", "json", "--type", "ACCUSE").stdout)


def test_csv_and_table_output(cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    cli("ingest", corpus, "--db", db)
    out = cli("events", "--db", db, "--format", "csv", "--actor", "HUN").stdout
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert json.loads(row["actor"]) == ["HUN"] and row["type"] == "CONSULT"
    table = cli("actors", "--db", db, "--format", "table")
    assert table.exit_code == 0 and "Serbia" in table.stdout


def test_errors_lists_what_failed(cli, tmp_path):
    db = tmp_path / "cli.duckdb"
    (tmp_path / "ok.txt").write_text(WIRE, encoding="utf-8")
    result = cli("ingest", tmp_path / "ok.txt", tmp_path / "missing.txt", "--db", db)
    assert result.exit_code == 0
    assert "missing.txt: no such file or folder" in result.stderr
    rows = json.loads(cli("errors", "--db", db, "--format", "json").stdout)
    assert [(r["code"], r["item"].endswith("missing.txt")) for r in rows] == [("not_found", True)]


def test_an_ingest_with_only_failures_exits_1(cli, tmp_path):
    result = cli("ingest", tmp_path / "missing.txt", "--db", tmp_path / "x.duckdb")
    assert result.exit_code == 1


def test_ingest_reads_stdin(cli, tmp_path):
    db = tmp_path / "cli.duckdb"
    assert cli("ingest", "-", "--db", db, input=WIRE).exit_code == 0
    assert len(json.loads(cli("events", "--db", db, "-f", "json").stdout)) == 1


def test_no_extract_then_reprocess_pending(cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    cli("ingest", corpus, "--db", db, "--no-extract")
    assert json.loads(cli("events", "--db", db, "-f", "json").stdout) == []
    result = cli("reprocess", "--db", db, "--pending")
    assert result.exit_code == 0 and "6 article(s) re-extracted" in result.stderr
    assert len(json.loads(cli("events", "--db", db, "-f", "json").stdout)) == 5


def test_show_dyad_sql_and_export(cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    cli("ingest", corpus, "--db", db)
    story = json.loads(cli("events", "--db", db, "-f", "json", "--dyad", "SRB>ALB", "--text", "declaration").stdout)[0]["story_id"]
    shown = cli("show", story, "--db", db, "--format", "table")
    assert shown.exit_code == 0 and "Serbia condemned Albania" in shown.stdout and "Arms transfers" in shown.stdout
    view = json.loads(cli("show", story[:8], "--db", db, "--format", "json").stdout)
    assert view["story_id"] == story and len(view["story_articles"]) == 2
    dyad = json.loads(cli("dyad", "SRB", "HUN", "--db", db, "-f", "json").stdout)
    assert dyad["agreements"] and dyad["transfers"][0]["direction"] == "HUN>SRB"
    assert cli("dyad", "SRB", "HUN", "--db", db, "-f", "table").exit_code == 0
    counts = json.loads(cli("sql", "SELECT type, count(*) AS n FROM story_events GROUP BY type ORDER BY type", "--db", db, "-f", "json").stdout)
    assert {r["type"]: r["n"] for r in counts}["ACCUSE"] == 2
    refused = cli("sql", "DROP TABLE events", "--db", db)
    assert refused.exit_code == 1 and "read-only" in refused.stderr
    out = tmp_path / "ev.parquet"
    assert cli("export", "--format", "parquet", "--out", out, "--db", db, "--actor", "SRB").exit_code == 0
    assert out.exists()


def test_bad_filter_values_give_one_line_errors(cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    cli("ingest", corpus, "--db", db)
    for args, message in (
        (("events", "--since", "March"), "--since must be"),
        (("events", "--dyad", "SRB"), "--dyad must look like"),
        (("show", "nope"), "no article or story"),
        (("export", "--format", "gdelt", "--out", tmp_path / "x", "--table", "actors"), "gdelt export writes events"),
    ):
        result = cli(*args, "--db", db)
        assert result.exit_code == 1 and message in result.stderr, result.stderr
        assert "Traceback" not in result.output


def test_queries_on_a_missing_database_say_how_to_create_one(cli, tmp_path):
    result = cli("events", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "accord ingest" in result.stderr


def test_text_from_the_data_prints_literally_in_tables(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # wide enough that no cell wraps
    db = tmp_path / "cli.duckdb"
    assert cli("ingest", "-", "--db", db, "--outlet", "[bold]Daily[/] News", input=WIRE).exit_code == 0
    listed = cli("events", "--db", db, "--format", "table")
    assert listed.exit_code == 0 and "[bold]Daily[/]" in listed.stdout
    story = json.loads(cli("events", "--db", db, "-f", "json").stdout)[0]["story_id"]
    shown = cli("show", story, "--db", db, "--format", "table")
    assert shown.exit_code == 0 and "[bold]Daily[/] News" in shown.stdout
