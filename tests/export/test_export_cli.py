"""``accord export`` takes the status rule and the network tables."""

from __future__ import annotations

import json

import networkx as nx
from typer.testing import CliRunner


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
