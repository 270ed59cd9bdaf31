"""``accord export`` takes the status rule and the network tables."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

TESTS = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def status_db(tmp_path_factory):
    """The path of a closed ``export_fakes.build_status_kb`` store (the CLI opens it itself)."""
    for folder in (TESTS / "store", TESTS / "interfaces" / "export"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    from export_fakes import build_status_kb

    path = tmp_path_factory.mktemp("status_db") / "kb.duckdb"
    build_status_kb(path).close()
    return str(path)


def _export(db, *args):
    from accord.interfaces.cli import app

    return CliRunner().invoke(app, ["export", "--db", db, *args])


def test_status_all_and_lists_on_the_command_line(status_db, tmp_path):
    out = tmp_path / "e.jsonl"
    for args, expected in [((), 2), (("--status", "all"), 6), (("--status", "planned,negated"), 2), (("--status", "planned", "--status", "negated"), 2)]:
        result = _export(status_db, "--format", "jsonl", "--out", str(out), *args)
        assert result.exit_code == 0, result.output
        assert len(out.read_text().splitlines()) == expected, args
    assert {json.loads(line)["status"] for line in out.read_text().splitlines()} == {"planned", "negated"}


def test_the_transfer_network_from_the_command_line(status_db, tmp_path):
    out = tmp_path / "t.gexf"
    result = _export(status_db, "--format", "gexf", "--table", "transfers", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert list(nx.read_gexf(out).edges) == [("CHN", "SRB")]


@pytest.mark.parametrize(
    ("table", "found_by", "edges"),
    [
        ("transfers", "model", [("HRV", "SRB")]),
        ("transfers", "rules", [("HUN", "SRB")]),
        ("alliances", "model", [("HRV", "alliance:river league"), ("SRB", "alliance:river league")]),
    ],
)
def test_found_by_picks_the_records_a_network_draws(proposal_kb_path, tmp_path, table, found_by, edges):
    out = tmp_path / "n.graphml"
    result = _export(proposal_kb_path, "--format", "graphml", "--table", table, "--found-by", found_by, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(nx.read_graphml(out).edges) == edges


@pytest.mark.parametrize("table", ["agreements", "transfers", "activities", "alliances"])
def test_found_by_picks_the_rows_a_table_export_writes(proposal_kb_path, tmp_path, table):
    out = tmp_path / "r.jsonl"
    result = _export(proposal_kb_path, "--format", "jsonl", "--table", table, "--found-by", "model", "--out", str(out))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 1 and rows[0]["found_by"] == "model"


def test_an_unknown_finder_exits_2_and_writes_nothing(proposal_kb_path, tmp_path):
    out = tmp_path / "r.jsonl"
    result = _export(proposal_kb_path, "--format", "jsonl", "--table", "alliances", "--found-by", "modle", "--out", str(out))
    assert result.exit_code == 2
    assert "unknown found_by 'modle'" in result.output and "did you mean model?" in result.output
    assert not out.exists()
