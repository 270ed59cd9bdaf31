"""Fixtures for the knowledge-base tests: a fake pipeline, a store, a corpus on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_fakes import WIRE, FakePipeline, syndicated_copy, unique_text


@pytest.fixture
def fake() -> FakePipeline:
    return FakePipeline()


@pytest.fixture
def store(tmp_path: Path):
    from accord import Store

    with Store(tmp_path / "kb.duckdb") as s:
        yield s


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with a wire story, its syndicated copy, a JSONL and a CSV corpus."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "wire.txt").write_text(WIRE, encoding="utf-8")
    (root / "sub" / "copy.txt").write_text(syndicated_copy(), encoding="utf-8")
    with open(root / "feed.jsonl", "w", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"body": unique_text(i), "headline": f"H{i}", "link": f"https://news{i}.example/x", "date": f"2025-03-0{i + 1}"}) + "\n")
    (root / "table.csv").write_text(f'title,text,source,date\nT7,"{unique_text(7)}",Outlet Seven,2025-02-02\n', encoding="utf-8")
    return root

