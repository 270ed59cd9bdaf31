"""Typed record -> JSON -> typed record is the identity, for every record an extraction holds."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord import records
from accord.errors import MalformedRecord
from accord.records import Event, Extraction, Span
from accord.records_json import extraction_from_json, extraction_to_json, from_dict, looks_like_extraction

E2E = Path(__file__).parent / "e2e" / "articles"
RECORD_TYPES = [
    obj for obj in vars(records).values()
    if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == records.__name__
]


def strategy(hint) -> st.SearchStrategy:
    """Values of any type a record field can have, built from the type hints (JSON-safe floats)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(strategy(a) for a in args))
    if origin is tuple:
        return st.lists(strategy(args[0]), max_size=3).map(tuple)
    if origin is typing.Literal:
        return st.sampled_from(args)
    if hint is type(None):
        return st.none()
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        return st.builds(hint, **{f.name: strategy(hints[f.name]) for f in dataclasses.fields(hint)})
    return {
        str: st.text(max_size=12),
        int: st.integers(-(2**53), 2**53),
        float: st.floats(allow_nan=False, allow_infinity=False),
        bool: st.booleans(),
    }[hint]


@pytest.mark.parametrize("record_type", RECORD_TYPES, ids=lambda t: t.__name__)
def test_every_record_type_survives_json(record_type):
    @settings(max_examples=40, deadline=None)
    @given(strategy(record_type))
    def round_trip(record):
        assert from_dict(record_type, json.loads(json.dumps(record.to_dict()))) == record

    round_trip()


@settings(max_examples=60, deadline=None)
@given(strategy(Extraction))
def test_an_extraction_survives_one_line_of_json(extraction):
    line = extraction_to_json(extraction)
    assert "\n" not in line
    assert extraction_from_json(line) == extraction
    assert looks_like_extraction(json.loads(line))


def test_every_e2e_extraction_survives_json(pipeline):
    from accord.ingest.read import read_document

    paths = sorted(p for p in E2E.iterdir() if p.suffix in (".txt", ".html") and p.stem != "FIRST_RUN")
    assert paths
    for path in paths:
        extraction = pipeline.extract(read_document(str(path)))
        assert extraction_from_json(extraction_to_json(extraction)) == extraction, path.name


def test_a_wrong_shape_is_one_clear_error_naming_the_field():
    good = Event("e1", "ACCUSE", None, (), "111", 3, -2.0, ("SRB",), ("ALB",), ("a1",), ("a2",), "occurred", None, None,
                 records.Evidence("x", 0, 1, Span(0, 1, "x")), 0.9).to_dict()
    with pytest.raises(MalformedRecord, match=r"Event\.evidence\.trigger\.start"):
        from_dict(Event, {**good, "evidence": {**good["evidence"], "trigger": {"start": "0", "end": 1, "text": "x"}}})
    with pytest.raises(MalformedRecord, match="unknown field"):
        from_dict(Event, {**good, "colour": "red"})
    with pytest.raises(MalformedRecord, match="missing field 'type'"):
        from_dict(Event, {k: v for k, v in good.items() if k != "type"})
    with pytest.raises(MalformedRecord, match="not valid JSON"):
        extraction_from_json("{broken")
