"""The hostile corpus, generated at test time: stores, files and strings an attacker or a
broken disk could hand accord. Each test asserts one clear error (or a correct result),
nothing written where it should not be, and no traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from hostile_corpus import FORMULAS  # noqa: E402
from store_fakes import FakePipeline  # noqa: E402


@pytest.fixture(scope="module")
def hostile_kb(tmp_path_factory):
    """A store whose articles carry formula titles and outlets, with events whose CAMEO codes
    start with 0 (040, 051, 070) and negative Goldstein values (condemned: -2)."""
    from accord import Store
    from accord.ingest.article import make_article

    path = tmp_path_factory.mktemp("hostile") / "kb.duckdb"
    sentences = ["Hungary met Serbia.", "Croatia praised Bosnia.", "Serbia aided Kosovo.", "Serbia condemned Albania.", "Russia threatened France.", "France praised Croatia."]
    items = []
    for i, (formula, sentence) in enumerate(zip(FORMULAS, sentences)):
        text = f"Dispatch {i}. {sentence} " + " ".join(f"h{i}y{j}" for j in range(40)) + "."
        url = f"https://news{i}.example/{i}"
        items.append(make_article(text=text, title=formula, outlet=formula, url=url, published="2025-03-10", source=url))
    with Store(path) as store:
        store.ingest_articles(items, pipeline=FakePipeline())
    return path


@pytest.fixture
def cli():
    """Run ``accord ...`` in-process; returns the click Result (stdout and stderr apart)."""
    from typer.testing import CliRunner

    from accord.interfaces.cli import app

    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args])

    return run
