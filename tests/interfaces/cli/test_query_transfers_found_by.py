"""``accord transfers --found-by rules|model``: the rules' transfers, or the learned back-off's proposals."""

from __future__ import annotations

import csv
import io
import json

import pytest


def test_found_by_model_lists_only_the_back_offs_proposals(cli, proposal_kb_path):
    result = cli("transfers", "--db", proposal_kb_path, "--found-by", "model", "-f", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [(r["supplier"], r["recipient"], r["item"], r["found_by"]) for r in rows] == [(["HRV"], ["SRB"], "patrol boats", "model")]


def test_found_by_rules_lists_only_the_rules_transfers(cli, proposal_kb_path):
    result = cli("transfers", "--db", proposal_kb_path, "--found-by", "rules", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 2 and {r["found_by"] for r in rows} == {"rules"}


def test_a_table_lists_what_the_filter_keeps(cli, proposal_kb_path):
    # a table is read by one query (the json and csv listings above stream from the store)
    result = cli("transfers", "--db", proposal_kb_path, "--found-by", "MODEL", "-f", "table", width=220)
    assert result.exit_code == 0, result.output
    assert "patrol boats" in result.stdout and "model" in result.stdout
    assert "HUN" not in result.stdout and "helicopters" not in result.stdout


@pytest.mark.parametrize(("value", "message"), [("modle", "did you mean model?"), ("people", "choose from rules, model")])
def test_an_unknown_finder_exits_2_with_one_line_naming_the_choices(cli, proposal_kb_path, value, message):
    result = cli("transfers", "--db", proposal_kb_path, "--found-by", value)
    assert result.exit_code == 2
    assert f"unknown found_by {value!r}" in result.stderr and message in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_help_lists_the_finders(cli):
    flat = " ".join(cli("transfers", "-h", width=200).stdout.split())
    assert "--found-by FINDER" in flat and "rules or model" in flat
