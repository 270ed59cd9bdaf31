"""Exports stream: rows arrive in batches and are written batch by batch, never as one
whole frame, and the file is the same whatever the batch size."""

from __future__ import annotations

import pytest

from accord.interfaces.export import EXPORTERS
from accord.interfaces.export import base as export_base


def _no_whole_frames(monkeypatch, store):
    def refuse(*args, **kwargs):
        raise AssertionError("an export asked for the whole result as one frame")

    monkeypatch.setattr(store.database, "frame", refuse)
    monkeypatch.setattr(export_base, "frame_for", refuse)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_every_format_writes_the_same_file_batch_by_batch(kb, tmp_path, monkeypatch, fmt):
    table = "events"
    whole = kb.export(fmt, tmp_path / f"whole.{fmt}", table=table).read_bytes()
    _no_whole_frames(monkeypatch, kb)
    monkeypatch.setattr(export_base, "BATCH_ROWS", 2)
    seen = []
    batches = kb.database.batches

    def counting(*args, **kwargs):
        for batch in batches(*args, **kwargs):
            seen.append(batch.num_rows)
            yield batch

    monkeypatch.setattr(kb.database, "batches", counting)
    small = kb.export(fmt, tmp_path / f"small.{fmt}", table=table).read_bytes()
    assert max(seen) <= 2 and len(seen) > 1
    if fmt == "parquet":
        import pandas as pd

        assert pd.read_parquet(tmp_path / f"small.{fmt}").equals(pd.read_parquet(tmp_path / f"whole.{fmt}"))
    else:
        assert small == whole


def test_an_empty_result_still_gets_its_header(kb, tmp_path):
    path = kb.export("csv", tmp_path / "none.csv", actor="ZZZ")
    assert path.read_text(encoding="utf-8").startswith('"id","story_id"') and len(path.read_text().splitlines()) == 1


def test_the_stream_reaches_no_file_outside_the_store(kb):
    """The stream's cursor keeps the store's hardening: no file, URL or extension."""
    from accord.errors import StoreError

    with pytest.raises(StoreError, match="disabled"):
        list(kb.database.batches("SELECT * FROM read_text('/etc/hostname')"))
