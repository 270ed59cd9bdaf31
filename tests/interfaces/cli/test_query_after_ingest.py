"""The query and export commands on a store the ingest command wrote: formats, filters, one-line
errors, and data printed literally."""

from __future__ import annotations

import csv
import io
import json

from store_fakes import WIRE


def test_csv_and_table_output(fake_cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    fake_cli("ingest", corpus, "--db", db)
    out = fake_cli("events", "--db", db, "--format", "csv", "--actor", "HUN").stdout
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert json.loads(row["actor"]) == ["HUN"] and row["type"] == "CONSULT"
    table = fake_cli("actors", "--db", db, "--format", "table")
    assert table.exit_code == 0 and "Serbia" in table.stdout


def test_show_dyad_sql_and_export(fake_cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    fake_cli("ingest", corpus, "--db", db)
    story = json.loads(fake_cli("events", "--db", db, "-f", "json", "--dyad", "SRB>ALB", "--text", "declaration").stdout)[0]["story_id"]
    shown = fake_cli("show", story, "--db", db, "--format", "table")
    assert shown.exit_code == 0 and "Serbia condemned Albania" in shown.stdout and "Arms transfers" in shown.stdout
    view = json.loads(fake_cli("show", story[:8], "--db", db, "--format", "json").stdout)
    assert view["story_id"] == story and len(view["story_articles"]) == 2
    dyad = json.loads(fake_cli("dyad", "SRB", "HUN", "--db", db, "-f", "json").stdout)
    assert dyad["agreements"] and dyad["transfers"][0]["direction"] == "HUN>SRB"
    assert fake_cli("dyad", "SRB", "HUN", "--db", db, "-f", "table").exit_code == 0
    counts = json.loads(fake_cli("sql", "SELECT type, count(*) AS n FROM story_events GROUP BY type ORDER BY type", "--db", db, "-f", "json").stdout)
    assert {r["type"]: r["n"] for r in counts}["ACCUSE"] == 2
    refused = fake_cli("sql", "DROP TABLE events", "--db", db)
    assert refused.exit_code == 1 and "read-only" in refused.stderr
    out = tmp_path / "ev.parquet"
    assert fake_cli("export", "--format", "parquet", "--out", out, "--db", db, "--actor", "SRB").exit_code == 0
    assert out.exists()


def test_bad_filter_values_give_one_line_errors(fake_cli, corpus, tmp_path):
    db = tmp_path / "cli.duckdb"
    fake_cli("ingest", corpus, "--db", db)
    for args, message in (
        (("events", "--since", "March"), "--since must be"),
        (("events", "--dyad", "SRB"), "--dyad must look like"),
        (("show", "nope"), "no article or story"),
        (("export", "--format", "gdelt", "--out", tmp_path / "x", "--table", "actors"), "gdelt export writes events"),
    ):
        result = fake_cli(*args, "--db", db)
        assert result.exit_code == 1 and message in result.stderr, result.stderr
        assert "Traceback" not in result.output


def test_queries_on_a_missing_database_say_how_to_create_one(fake_cli, tmp_path):
    result = fake_cli("events", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "accord ingest" in result.stderr


def test_text_from_the_data_prints_literally_in_tables(fake_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")  # wide enough that no cell wraps
    db = tmp_path / "cli.duckdb"
    assert fake_cli("ingest", "-", "--db", db, "--outlet", "[bold]Daily[/] News", input=WIRE).exit_code == 0
    listed = fake_cli("events", "--db", db, "--format", "table")
    assert listed.exit_code == 0 and "[bold]Daily[/]" in listed.stdout
    story = json.loads(fake_cli("events", "--db", db, "-f", "json").stdout)[0]["story_id"]
    shown = fake_cli("show", story, "--db", db, "--format", "table")
    assert shown.exit_code == 0 and "[bold]Daily[/] News" in shown.stdout
