"""Exports under attack: planted links, bad --out paths, a full disk, and formulas hidden in
titles and outlets. One line each; no partial file; spreadsheet cells defused."""

from __future__ import annotations

import csv
import errno
import os

import pandas as pd
import pytest
from hostile_corpus import FORMULAS, one_line_error

from accord import Store
from accord.errors import StoreError
from accord.interfaces.export import EXPORTERS
from accord.interfaces.export.csv import read_csv
from accord.interfaces.export.formula import FORMULA_STARTS
from accord.interfaces.export.gdelt import GDELT_COLUMNS, GDELT_NUMERIC_COLUMNS


@pytest.fixture(scope="module")
def kb(hostile_kb):
    with Store(hostile_kb, read_only=True) as store:
        yield store


def starts_a_formula(cell: str) -> bool:
    return cell.startswith(FORMULA_STARTS)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_a_link_planted_at_the_old_temp_name_is_never_followed(kb, tmp_path, fmt):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / f"events{EXPORTERS[fmt].suffix}"
    (tmp_path / f".{out.name}.tmp").symlink_to(victim)
    kb.export(fmt, out)
    assert victim.read_text() == "keep me"
    assert out.is_file() and not out.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([victim.name, f".{out.name}.tmp", out.name])


def test_a_link_at_the_target_is_replaced_not_written_through(kb, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "events.csv"
    out.symlink_to(victim)
    kb.export("csv", out)
    assert victim.read_text() == "keep me" and not out.is_symlink()


def test_temp_names_are_unpredictable_and_made_exclusively(kb, tmp_path, monkeypatch):
    import tempfile

    seen = []
    real = tempfile.mkstemp

    def spy(*args, **kwargs):
        fd, name = real(*args, **kwargs)
        seen.append((kwargs.get("dir"), name))
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    kb.export("csv", tmp_path / "a.csv")
    kb.export("csv", tmp_path / "a.csv")
    assert len(seen) == 2 and seen[0][1] != seen[1][1]
    assert all(str(folder) == str(tmp_path) for folder, _ in seen)


def test_the_export_keeps_the_usual_file_mode(kb, tmp_path):
    umask = os.umask(0o022)
    try:
        path = kb.export("csv", tmp_path / "events.csv")
    finally:
        os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o644


def test_out_naming_a_folder_is_one_line(kb, cli, hostile_kb, tmp_path):
    with pytest.raises(StoreError, match="names a folder"):
        kb.export("csv", tmp_path)
    one_line_error(cli("export", "--format", "csv", "--out", tmp_path, "--db", hostile_kb), "names a folder")
    assert list(tmp_path.iterdir()) == []


def test_out_below_a_file_is_one_line(kb, cli, hostile_kb, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    one_line_error(cli("export", "--format", "csv", "--out", blocker / "events.csv", "--db", hostile_kb), "cannot write the export")
    assert blocker.read_text() == "x"


@pytest.mark.parametrize(
    "error, needle",
    [(OSError(errno.ENOSPC, "No space left on device"), "disk is full"), (PermissionError(errno.EACCES, "Permission denied"), "permission denied")],
    ids=["disk full", "permission"],
)
def test_a_failing_write_is_one_line_and_leaves_nothing(kb, tmp_path, monkeypatch, error, needle):
    def half_then_fail(store, path, table, filters):
        path.write_text("half a file")
        raise error

    monkeypatch.setitem(EXPORTERS, "csv", EXPORTERS["csv"].__class__(**{**EXPORTERS["csv"].__dict__, "write": half_then_fail}))
    with pytest.raises(StoreError, match=needle) as caught:
        kb.export("csv", tmp_path / "events.csv")
    assert "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_folder_is_one_line(kb, tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(StoreError, match="permission denied"):
        kb.export("csv", tmp_path / "events.csv")


# -- formula injection ----------------------------------------------------------------------------

@pytest.mark.parametrize("table", ["events", "actors"])
def test_csv_cells_never_start_a_formula(kb, tmp_path, table):
    path = kb.export("csv", tmp_path / f"{table}.csv", table=table)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    cells = [c for row in rows[1:] for c in row]
    assert cells and not any(starts_a_formula(c) and not _is_number(c) for c in cells)


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_csv_keeps_numbers_numbers_and_codes_text(kb, tmp_path):
    path = kb.export("csv", tmp_path / "events.csv")
    raw = path.read_text(encoding="utf-8")
    assert '"040"' in raw  # quoted: spreadsheets that honour quotes keep the zero
    frame = pd.read_csv(path, dtype={"cameo": str})
    assert (frame["goldstein"] < 0).any() and frame["goldstein"].dtype.kind == "f"
    assert {"040", "051", "070"} <= set(frame["cameo"])


def test_csv_read_back_restores_the_original_text(kb, tmp_path):
    rows = read_csv(kb.export("csv", tmp_path / "events.csv"))
    titles = {r["title"] for r in rows}
    assert titles == {r.title for r in kb.events()}
    assert len(titles & set(FORMULAS)) >= 4  # stored as given (the cleaner trims tabs and CRs)


def test_gdelt_text_columns_are_defused_and_numbers_kept(kb, tmp_path):
    path = kb.export("gdelt", tmp_path / "events.tsv")
    frame = pd.read_csv(path, sep="\t", names=GDELT_COLUMNS, dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE)
    for column in GDELT_COLUMNS:
        if column not in GDELT_NUMERIC_COLUMNS:
            assert not frame[column].map(starts_a_formula).any(), column
    assert (frame["GoldsteinScale"].astype(float) < 0).any()
    assert {"040", "051", "070"} <= set(frame["EventCode"])


def test_the_cli_csv_output_is_defused_too(cli, hostile_kb):
    result = cli("events", "--db", hostile_kb, "-f", "csv")
    assert result.exit_code == 0
    cells = [c for row in list(csv.reader(result.stdout.splitlines()))[1:] for c in row]
    assert cells and not any(starts_a_formula(c) and not _is_number(c) for c in cells)
