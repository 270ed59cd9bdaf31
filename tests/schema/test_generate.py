"""The files generated from the records are up to date, and say what the records say.

The records in ``accord/records.py`` define each shape once. The JSON Schema and the field
tables of docs/schema.md are written from them by ``python -m accord.schema.generate``; the
store's record tables must hold the columns derived from them (a migration adds any new one).
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from accord.query.records import StoredActivity, StoredAgreement, StoredAlliance, StoredEvent, StoredTransfer
from accord.query.select import COLUMNS
from accord.records import Alliance, Article, Evidence, Extraction, Notice
from accord.schema import generate
from accord.schema.fields import shapes
from accord.store import Database
from accord.store.rows import TABLES, columns, ddl

REPO = Path(__file__).resolve().parents[2]
REGENERATE = "run `python -m accord.schema.generate` (PYTHONPATH=src) and commit the result"


def test_the_json_schema_is_generated_from_the_records():
    assert generate.SCHEMA_PATH.read_text(encoding="utf-8") == generate.schema_text(), (
        f"src/accord/schema/extraction.schema.json is stale: {REGENERATE}"
    )


def test_the_docs_field_tables_are_generated_from_the_records():
    text = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    assert generate.docs_text(text) == text, f"the field tables in docs/schema.md are stale: {REGENERATE}"


def test_the_store_record_tables_hold_the_columns_of_the_records():
    with Database(":memory:") as db:  # every migration applied
        for table in TABLES.values():
            found = db.rows(
                "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                "WHERE table_name = ? ORDER BY ordinal_position",
                [table.name],
            )
            stored = {r["column_name"]: r["data_type"] + (" NOT NULL" if r["is_nullable"] == "NO" else "") for r in found}
            expected = {c.name: c.sql for c in columns(table)}
            # Order is not compared: a migration can only append a column.
            differ = sorted(set(stored.items()) ^ set(expected.items()))
            assert stored == expected, (
                f"table {table.name} differs from the {table.record.__name__} record in {differ}: add a migration "
                f"src/accord/store/NNNN_*.sql (ALTER TABLE {table.name} ADD COLUMN ...); a new table would read\n{ddl(table)}"
            )


def test_the_stored_record_classes_read_only_columns_a_query_returns():
    # Not generated (they are public, typed API); checked instead.
    for cls, table in ((StoredEvent, "events"), (StoredAgreement, "agreements"), (StoredTransfer, "transfers"),
                       (StoredActivity, "activities"), (StoredAlliance, "alliances")):
        missing = {f for f in cls.__dataclass_fields__} - set(COLUMNS[table]) - {"title", "published", "sources"}
        assert not missing, f"{cls.__name__} has fields no query of {table} returns: {sorted(missing)}"


def test_the_generated_schema_accepts_a_real_extraction_and_rejects_a_wrong_status():
    schema = generate.json_schema()
    evidence = Evidence("NATO grew.", 0, 10)
    extraction = Extraction(
        Article("a", "NATO grew.", published="2025-01-02"),
        alliances=(Alliance("al1", ("NATO", "SWE"), "formal", (), evidence),),
        notices=(Notice("warning", "language", "not English"),),
    )
    jsonschema.validate(extraction.to_dict(), schema)
    bad = extraction.to_dict()
    bad["alliances"][0]["status"] = "rumoured"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_fields_added_later_stay_optional_so_older_outputs_still_validate():
    alliance = generate.json_schema()["properties"]["alliances"]["items"]
    assert "name" in alliance["properties"] and "name" not in alliance["required"]
    assert [s.name for s in shapes(Alliance) if s.required] == alliance["required"]


def test_a_field_table_lists_the_allowed_values_of_an_enum():
    table = generate.fields_table(Alliance)
    assert "| `status` | enum |" in table and "`dissolved`" in table


def test_stale_files_are_found_and_rewritten(tmp_path):
    schema, docs = tmp_path / "schema.json", tmp_path / "schema.md"
    schema.write_text("{}", encoding="utf-8")
    blocks = "".join(f"<!-- generated:fields:{r.__name__} -->\nold\n<!-- /generated:fields:{r.__name__} -->\n" for r in generate.DOCUMENTED)
    docs.write_text("# Schema\n" + blocks, encoding="utf-8")
    assert generate.stale(schema, docs) == [schema, docs]
    assert generate.write(schema, docs) == [schema, docs]
    assert generate.stale(schema, docs) == []
    assert json.loads(schema.read_text(encoding="utf-8"))["properties"]["events"]["type"] == "array"


def test_docs_without_the_markers_of_a_record_are_an_error():
    with pytest.raises(ValueError, match="generated:fields:Article"):
        generate.docs_text("# Schema\n")
