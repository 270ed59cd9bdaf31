"""The knowledge-base docs cover every command, export format and table."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
COMMANDS = ("ingest", "errors", "reprocess", "events", "actors", "agreements", "transfers", "activities", "alliances",
            "dyad", "show", "sql", "export")


def test_every_store_command_is_registered_and_documented():
    import accord.interfaces.cli  # noqa: F401  (registers the commands)
    from accord.interfaces.cli.app import app

    registered = {c.name or c.callback.__name__ for c in app.registered_commands}
    text = (DOCS / "store.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert command in registered or f"{command}_command" in {c.callback.__name__ for c in app.registered_commands}
        assert f"accord {command}" in text, command


def test_every_export_format_is_documented():
    from accord.interfaces.export import EXPORTERS

    text = (DOCS / "store.md").read_text(encoding="utf-8")
    for name in EXPORTERS:
        assert re.search(rf"^\| `{name}`", text, re.M) or f"`{name}` |" in text, name


def test_every_table_and_view_is_in_the_schema_doc(tmp_path):
    from accord import Store

    text = (DOCS / "schema.md").read_text(encoding="utf-8")
    assert "## Database tables" in text
    with Store(tmp_path / "s.duckdb") as store:
        names = [r["table_name"] for r in store.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")]
    assert names
    for name in names:
        assert re.search(rf"`{name}`", text), name
