"""Every `accord` command is documented (sqlite-utils style: a command without docs fails)."""

from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_registered_command_appears_in_the_docs():
    import accord.interfaces.cli  # noqa: F401  (registers the commands)
    from accord.interfaces.cli.app import app

    text = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    names = {c.name or c.callback.__name__.removesuffix("_command").replace("_", "-") for c in app.registered_commands}
    assert {"extract", "batch", "evaluate", "ingest", "dyad"} <= names
    for name in names:
        assert f"accord {name}" in text, f"`accord {name}` has no section in docs/"
