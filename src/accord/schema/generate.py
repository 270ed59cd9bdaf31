"""Write the JSON Schema and the field tables of docs/schema.md from the records.

The records in ``accord.records`` are the one definition of each shape; this module turns
them into ``extraction.schema.json`` (beside this file) and into the tables between the
``<!-- generated:fields:NAME -->`` markers of ``docs/schema.md``.

Run ``python -m accord.schema.generate`` after changing a record; ``--check`` only reports
what is stale (``tests/schema/test_generate.py`` runs the same check).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from accord.records import (
    Activity,
    Actor,
    Agreement,
    Alliance,
    ArmsTransfer,
    Article,
    Equipment,
    Event,
    Evidence,
    Extraction,
    Notice,
    Span,
)
from accord.schema.fields import FieldShape, shapes

SCHEMA_PATH = Path(__file__).with_name("extraction.schema.json")
#: docs/schema.md in a source checkout (absent from an installed package).
DOCS_PATH = Path(__file__).resolve().parents[3] / "docs" / "schema.md"
COMMAND = "python -m accord.schema.generate"

#: Records shared by several others: written once under ``$defs`` and referenced.
SHARED: dict[type, str] = {Span: "span", Evidence: "evidence"}
#: The records documented in docs/schema.md, each in its own marked table.
DOCUMENTED: tuple[type, ...] = (Article, Actor, Event, Agreement, ArmsTransfer, Activity, Alliance, Equipment, Notice, Evidence, Span)

_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}


# ---- JSON Schema ----------------------------------------------------------------------------


def _value_schema(shape: FieldShape) -> dict[str, Any]:
    """The schema of one value of the field (one item, for a list)."""
    if shape.is_record:
        if shape.base in SHARED:
            return {"$ref": f"#/$defs/{SHARED[shape.base]}"}
        return object_schema(shape.base)
    if shape.enum is not None:
        return {"enum": list(shape.enum)}
    return {"type": _JSON_TYPES[shape.base]}


def field_schema(shape: FieldShape) -> dict[str, Any]:
    """The JSON Schema of one record field."""
    schema: dict[str, Any] = {}
    if shape.doc:
        schema["description"] = shape.doc
    value = _value_schema(shape)
    if shape.is_list:
        schema |= {"type": "array", "items": value | shape.meta.get("items", {})}
    elif shape.optional and "type" in value:
        schema |= {"type": [value["type"], "null"]}
    elif shape.optional:
        schema |= {"oneOf": [value, {"type": "null"}]}
    else:
        schema |= value
    return schema | shape.meta.get("json", {})


def object_schema(record: type) -> dict[str, Any]:
    """The JSON Schema of a record: every field, the required ones listed."""
    fields = shapes(record)
    return {
        "type": "object",
        "required": [s.name for s in fields if s.required],
        "additionalProperties": False,
        "properties": {s.name: field_schema(s) for s in fields},
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one ``Extraction.to_dict()``."""
    top = object_schema(Extraction)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://accord.invalid/schema/extraction.schema.json",
        "title": "accord extraction result (one article)",
        "description": (
            "Output of `accord extract --format json` and `accord.extract(...).to_dict()`; documented in docs/schema.md. "
            f"Generated from src/accord/records.py by `{COMMAND}`: do not edit."
        ),
        "type": "object",
        "required": top["required"],
        "additionalProperties": False,
        "$defs": {name: object_schema(record) for record, name in SHARED.items()},
        "properties": top["properties"],
    }


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


# ---- docs/schema.md -------------------------------------------------------------------------


def _type_words(shape: FieldShape) -> str:
    if shape.is_record:
        word = shape.base.__name__
    elif shape.enum is not None:
        word = "enum"
    else:
        word = _JSON_TYPES[shape.base]
    if shape.is_list:
        return f"list of {word}"
    return f"{word} or null" if shape.optional else word


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def fields_table(record: type) -> str:
    """The markdown table of a record's fields: name, type, meaning (allowed values included)."""
    lines = ["| field | type | meaning |", "|---|---|---|"]
    for shape in shapes(record):
        meaning = shape.doc
        if shape.enum is not None:
            meaning += ("; " if meaning else "") + "one of " + ", ".join(f"`{v}`" for v in shape.enum)
        lines.append(f"| `{shape.name}` | {_type_words(shape)} | {_cell(meaning)} |")
    return "\n".join(lines)


def _marked(name: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- generated:fields:{name} -->\n).*?(<!-- /generated:fields:{name} -->)", re.DOTALL)


def docs_text(current: str) -> str:
    """``docs/schema.md`` with every marked field table rewritten from the records.

    Raises:
        ValueError: a documented record has no markers in the text.
    """
    for record in DOCUMENTED:
        name = record.__name__
        pattern = _marked(name)
        if not pattern.search(current):
            raise ValueError(f"docs/schema.md has no <!-- generated:fields:{name} --> ... <!-- /generated:fields:{name} --> block")
        current = pattern.sub(lambda m: m.group(1) + fields_table(record) + "\n" + m.group(2), current)
    return current


# ---- command --------------------------------------------------------------------------------


def stale(schema_path: Path = SCHEMA_PATH, docs_path: Path = DOCS_PATH) -> list[Path]:
    """The generated files whose content differs from what the records give."""
    out = []
    if not schema_path.is_file() or schema_path.read_text(encoding="utf-8") != schema_text():
        out.append(schema_path)
    if docs_path.is_file():
        text = docs_path.read_text(encoding="utf-8")
        if docs_text(text) != text:
            out.append(docs_path)
    return out


def write(schema_path: Path = SCHEMA_PATH, docs_path: Path = DOCS_PATH) -> list[Path]:
    """Rewrite the stale generated files; returns those written."""
    written = stale(schema_path, docs_path)
    if schema_path in written:
        schema_path.write_text(schema_text(), encoding="utf-8")
    if docs_path in written:
        docs_path.write_text(docs_text(docs_path.read_text(encoding="utf-8")), encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m accord.schema.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only list stale files; exit 1 if any")
    args = parser.parse_args(argv)
    if args.check:
        files = stale()
        for path in files:
            print(f"stale: {path} (run {COMMAND})")
        return 1 if files else 0
    for path in write():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
