"""The query commands: readable at 80 and 200 columns, honest about unknown values, every format honoured."""

from __future__ import annotations

import csv
import io
import json

import pytest


def test_events_fit_80_columns_with_the_evidence_on_its_own_line(cli, kb_path):
    result = cli("events", "--db", kb_path, "-f", "table", width=80)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    header = lines[0].split()
    assert {"type", "actor", "recipient", "status"} <= set(header)
    row = next(i for i, line in enumerate(lines) if "ASSAULT" in line)
    assert lines[row + 1].startswith("    Serbia attacked Kosovo"), "the evidence sentence follows its row, indented"


def test_events_show_more_columns_at_200(cli, kb_path):
    narrow = cli("events", "--db", kb_path, "-f", "table", width=80).stdout.splitlines()[0]
    wide = cli("events", "--db", kb_path, "-f", "table", width=200).stdout.splitlines()[0]
    assert "story id" in wide and "source outlets" in wide and "story id" not in narrow


def test_show_is_readable_at_80_and_200_columns(cli, kb_path):
    rows = json.loads(cli("events", "--db", kb_path, "-f", "json").stdout)
    for width in (80, 200):
        result = cli("show", rows[0]["story_id"], "--db", kb_path, "-f", "table", width=width)
        assert result.exit_code == 0, result.output
        assert all(len(line) <= width for line in result.stdout.splitlines())
        assert "Events" in result.stdout and "SUPPORT" in result.stdout


@pytest.mark.parametrize(
    ("args", "suggestion"),
    [
        (("dyad", "Serbia", "Hungary"), "did you mean SRB?"),
        (("events", "--type", "ACUSE"), "did you mean ACCUSE?"),
        (("events", "--status", "occured"), "did you mean occurred?"),
        (("alliances", "--status", "formed"), "did you mean formal?"),
        (("transfers", "--supplier", "Hungary"), "did you mean HUN?"),
        (("dyad", "SRB", "HUN", "--status", "happened"), "unknown event status"),
    ],
)
def test_unknown_codes_types_and_statuses_exit_2_with_a_suggestion(cli, kb_path, args, suggestion):
    result = cli(*args, "--db", kb_path)
    assert result.exit_code == 2
    assert suggestion in result.stderr and result.stdout == ""


def test_dyad_counts_what_happened_and_says_so(cli, kb_path):
    summary = json.loads(cli("dyad", "SRB", "HUN", "--db", kb_path, "-f", "json").stdout)
    assert summary["statuses"] == ["occurred", "ongoing"] and summary["events"] == 1
    assert json.loads(cli("dyad", "SRB", "HUN", "--status", "all", "--db", kb_path, "-f", "json").stdout)["statuses"] == "all"
    table = cli("dyad", "SRB", "HUN", "--db", kb_path, "-f", "table", width=80)
    assert "(occurred, ongoing)" in table.stdout and all(len(line) <= 80 for line in table.stdout.splitlines())


def test_dyad_offers_no_csv(cli, kb_path):
    result = cli("dyad", "SRB", "HUN", "--db", kb_path, "-f", "csv")
    assert result.exit_code == 2 and "csv" in result.output


@pytest.mark.parametrize("command", ["events", "agreements", "transfers", "activities", "alliances", "actors"])
def test_csv_is_honoured_by_every_listing(cli, kb_path, command):
    result = cli(command, "--db", kb_path, "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and len(rows[0]) > 3


def test_version_and_short_help(cli):
    from importlib.metadata import version

    assert cli("--version").stdout.strip() == f"accord {version('accord')}"
    assert "Usage: accord" in cli("-h").stdout
    assert "Usage: accord events" in cli("events", "-h").stdout


def test_help_shows_placeholders_and_the_choices_the_data_use(cli):
    from accord.records import AllianceStatus, PloverType

    flat = " ".join(cli("alliances", "-h", width=200).stdout.split())
    assert all(status.value in flat for status in AllianceStatus) and "signed" not in flat
    assert "CODE" in flat and "DATE" in flat
    events = " ".join(cli("events", "-h", width=200).stdout.split())
    assert all(t.value in events for t in PloverType) and "TEXT TEXT" not in events
