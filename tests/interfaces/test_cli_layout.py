"""The command line is a thin layer: commands call the public library and leave printing to the renderer."""

import ast
from pathlib import Path

CLI = Path(__file__).resolve().parents[2] / "src/accord/interfaces/cli"
#: Store methods that run SQL of the caller's making; only `accord sql` (through Store.sql) may.
RAW_SQL = {"frame", "rows", "execute", "con", "transaction"}


def _modules():
    return [(path.name, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(CLI.glob("*.py"))]


def test_commands_use_only_public_store_methods_and_no_raw_sql():
    for name, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "store":
                assert not node.attr.startswith("_"), f"{name}: store.{node.attr}"
                assert node.attr not in RAW_SQL, f"{name}: store.{node.attr}"


def test_no_command_module_prints_with_rich_itself():
    for name, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("rich"), f"{name} imports {node.module}: printing belongs in interfaces/render"
            elif isinstance(node, ast.Import):
                assert not any(a.name.startswith("rich") for a in node.names), f"{name} imports rich"
