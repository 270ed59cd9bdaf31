"""``accord agreements --found-by`` and ``accord alliances --found-by``: the rules' records, or a learned back-off's proposals."""

from __future__ import annotations

import csv
import io
import json

import pytest

#: table -> the column naming the states, and the proposal in the fake knowledge base (store_fakes.PROPOSED).
TABLES = {"agreements": ("parties", "defence accord"), "alliances": ("members", "river league")}


@pytest.mark.parametrize("table", TABLES)
def test_found_by_model_lists_only_the_proposals(cli, proposal_kb_path, table):
    states, name = TABLES[table]
    result = cli(table, "--db", proposal_kb_path, "--found-by", "model", "-f", "json")
    assert result.exit_code == 0, result.output
    assert [(r[states], r["name"], r["found_by"]) for r in json.loads(result.stdout)] == [(["HRV", "SRB"], name, "model")]


@pytest.mark.parametrize("table", TABLES)
def test_found_by_rules_lists_only_the_rules_records(cli, proposal_kb_path, table):
    states, _ = TABLES[table]
    result = cli(table, "--db", proposal_kb_path, "--found-by", "rules", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(json.loads(r[states]), r["found_by"]) for r in rows] == [(["HUN", "SRB"], "rules")]


@pytest.mark.parametrize("table", TABLES)
def test_a_table_lists_what_the_filter_keeps(cli, proposal_kb_path, table):
    # a table is read by one query (the json and csv listings above stream from the store)
    _, name = TABLES[table]
    result = cli(table, "--db", proposal_kb_path, "--found-by", "MODEL", "-f", "table", width=220)
    assert result.exit_code == 0, result.output
    assert name in result.stdout and "model" in result.stdout
    assert "HUN" not in result.stdout


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize(("value", "message"), [("modle", "did you mean model?"), ("people", "choose from rules, model")])
def test_an_unknown_finder_exits_2_with_one_line_naming_the_choices(cli, proposal_kb_path, table, value, message):
    result = cli(table, "--db", proposal_kb_path, "--found-by", value)
    assert result.exit_code == 2
    assert f"unknown found_by {value!r}" in result.stderr and message in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


@pytest.mark.parametrize("table", TABLES)
def test_help_lists_the_finders(cli, table):
    flat = " ".join(cli(table, "-h", width=200).stdout.split())
    assert "--found-by FINDER" in flat and "rules or model" in flat
