"""Typed records back from their JSON shape: the inverse of ``Record.to_dict``.

One generic decoder driven by each dataclass's fields and type hints, so a record
gained or a field added in ``accord.records`` needs no change here:

    extraction_from_dict(x.to_dict()) == x        # for every Extraction x
    from_dict(Event, event.to_dict()) == event

Handled shapes: nested record dataclasses, ``tuple[X, ...]`` (JSON lists), ``X | None``,
``Literal`` and enum fields (checked against their values), ``int``/``float``/``str``/
``bool``. A value of the wrong shape is one ``MalformedRecord`` naming the field path,
never a raw ``TypeError`` from deep inside.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from functools import cache
from typing import Any, TypeVar, Union

from accord.errors import MalformedRecord
from accord.records import Extraction

T = TypeVar("T")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_dict(cls: type[T], data: Any, *, path: str = "") -> T:
    """The record of type ``cls`` whose ``to_dict()`` is ``data``.

    Keys the record does not have are refused (a misspelt field would otherwise be
    lost silently); missing keys take the field's default when it has one.

    Raises:
        MalformedRecord: ``data`` does not have the record's shape.
    """
    where = path or cls.__name__
    if not isinstance(data, dict):
        raise MalformedRecord(f"{where}: expected an object, got {type(data).__name__}")
    hints = _hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise MalformedRecord(f"{where}: unknown field(s) {', '.join(unknown)}")
    values: dict[str, Any] = {}
    for name, f in fields.items():
        if name in data:
            values[name] = _decode(hints[name], data[name], f"{where}.{name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise MalformedRecord(f"{where}: missing field {name!r}")
    return cls(**values)


def _decode(hint: Any, value: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        if len(options) == 1:
            return _decode(options[0], value, path)
        for option in options:  # first shape that fits
            try:
                return _decode(option, value, path)
            except MalformedRecord:
                continue
        raise MalformedRecord(f"{path}: {value!r} fits none of {hint}")
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise MalformedRecord(f"{path}: expected a list, got {type(value).__name__}")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v, f"{path}[{i}]") for i, v in enumerate(value))
        if len(args) != len(value):
            raise MalformedRecord(f"{path}: expected {len(args)} items, got {len(value)}")
        return tuple(_decode(a, v, f"{path}[{i}]") for i, (a, v) in enumerate(zip(args, value)))
    if origin is typing.Literal:
        if value not in args:
            raise MalformedRecord(f"{path}: {value!r} is not one of {', '.join(map(repr, args))}")
        return value
    if hint is Any:
        return value
    if dataclasses.is_dataclass(hint):
        return from_dict(hint, value, path=path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            raise MalformedRecord(f"{path}: {value!r} is not a {hint.__name__}") from None
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise MalformedRecord(f"{path}: expected a number, got {value!r}")
        return float(value)
    if hint in (int, str, bool):
        if not isinstance(value, hint) or (hint is int and isinstance(value, bool)):
            raise MalformedRecord(f"{path}: expected {hint.__name__}, got {value!r}")
        return value
    raise MalformedRecord(f"{path}: cannot decode a field of type {hint}")


def extraction_from_dict(data: Any) -> Extraction:
    """An ``Extraction`` from ``Extraction.to_dict()`` (e.g. one line of ``accord batch`` output)."""
    return from_dict(Extraction, data)


def extraction_to_json(extraction: Extraction) -> str:
    """One line of JSON (no newline), as ``accord batch`` writes it."""
    return json.dumps(extraction.to_dict(), ensure_ascii=False)


def extraction_from_json(line: str | bytes) -> Extraction:
    """The inverse of ``extraction_to_json``.

    Raises:
        MalformedRecord: not JSON, or not the shape of an extraction.
    """
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(f"not valid JSON ({exc.msg})") from None
    return extraction_from_dict(data)


def looks_like_extraction(data: Any) -> bool:
    """Whether a decoded JSON object is an extraction (an article object beside record lists)."""
    return isinstance(data, dict) and isinstance(data.get("article"), dict) and "events" in data and "actors" in data


__all__ = ["extraction_from_dict", "extraction_from_json", "extraction_to_json", "from_dict", "looks_like_extraction"]
