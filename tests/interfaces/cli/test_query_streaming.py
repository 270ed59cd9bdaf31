"""``accord events -f json/csv`` (and every listing) print their rows as they stream from the
store, batch by batch: the output is the one the whole frame gave, and no whole frame is built."""

from __future__ import annotations

import csv
import io
import json

import pytest

from accord.interfaces.export import base as export_base

LISTINGS = ["events", "agreements", "transfers", "activities", "alliances", "actors"]


def _frame_json(kb_path, command, **filters):
    """The rows as the whole frame printed them (``json_rows`` of ``Store.<command>_frame``)."""
    from accord import Store
    from accord.query.records import json_rows

    with Store(kb_path, read_only=True) as store:
        return json_rows(getattr(store, f"{command}_frame")(**filters))


@pytest.mark.parametrize("command", LISTINGS)
def test_json_is_the_frame_rows_streamed(cli, kb_path, command, monkeypatch):
    expected = _frame_json(kb_path, command)
    no_whole_frames(monkeypatch)
    result = cli(command, "--db", kb_path, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == expected


def no_whole_frames(monkeypatch):
    """Fail if a listing reads its result as one frame; read the stream 2 rows at a time, a day per query."""
    from accord.store import Database

    def refuse(*args, **kwargs):
        raise AssertionError("a listing read its whole result as one frame")

    monkeypatch.setattr(Database, "frame", refuse)
    monkeypatch.setattr(export_base, "BATCH_ROWS", 2)
    monkeypatch.setattr(export_base, "SPAN_ROWS", 1)


def test_json_keeps_the_layout_of_one_document(cli, kb_path, monkeypatch):
    """One document, indented by one space, as ``json.dumps(rows, indent=1)`` wrote it."""
    expected = _frame_json(kb_path, "events", status=["occurred"])
    no_whole_frames(monkeypatch)
    out = cli("events", "--db", kb_path, "--status", "occurred", "-f", "json").stdout
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=1) + "\n"
    assert json.loads(out) == expected


def test_an_empty_listing_is_an_empty_list_and_a_csv_header(cli, kb_path):
    assert cli("events", "--db", kb_path, "--actor", "BIH", "--type", "ASSAULT", "-f", "json").stdout == "[]\n"
    out = cli("events", "--db", kb_path, "--actor", "BIH", "--type", "ASSAULT", "-f", "csv").stdout
    assert out.startswith('"id","story_id"') and len(out.splitlines()) == 1


@pytest.mark.parametrize("command", LISTINGS)
def test_csv_has_the_frame_rows_streamed(cli, kb_path, command, monkeypatch):
    expected = _frame_json(kb_path, command)
    no_whole_frames(monkeypatch)
    result = cli(command, "--db", kb_path, "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == len(expected)
    assert [r.get("id") or r.get("name") for r in rows] == [e.get("id") or e.get("name") for e in expected]


def test_filters_and_statuses_are_those_of_the_frame(cli, kb_path, monkeypatch):
    expected = _frame_json(kb_path, "events", actor="SRB", status=["all"], limit=2)
    no_whole_frames(monkeypatch)
    out = cli("events", "--db", kb_path, "--actor", "SRB", "--status", "all", "--limit", "2", "-f", "json").stdout
    assert json.loads(out) == expected and len(expected) == 2
