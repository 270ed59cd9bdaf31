"""What a record field is, read from its annotation and its ``described`` metadata.

``accord.records`` declares each field once; this module answers the questions every
generated artefact asks of it (is it optional, a list, a nested record, which values does
it allow) so the JSON Schema, the docs, the store tables and the row mapping all read the
same answer.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal


@dataclass(frozen=True)
class FieldShape:
    """One field of a record: its name, its base type and its metadata.

    ``base`` is the annotation without ``| None`` and without the list around it:
    ``str``, ``int``, ``float``, ``bool``, a record class, or a ``Literal``.
    """

    name: str
    base: Any
    optional: bool
    is_list: bool
    has_default: bool
    meta: dict[str, Any]

    @property
    def is_record(self) -> bool:
        return dataclasses.is_dataclass(self.base)

    @property
    def enum(self) -> tuple[str, ...] | None:
        """The allowed values: from the metadata, or from a ``Literal`` annotation."""
        if self.meta.get("enum"):
            return tuple(self.meta["enum"])
        if typing.get_origin(self.base) is Literal:
            return tuple(typing.get_args(self.base))
        return None

    @property
    def doc(self) -> str:
        return self.meta.get("doc", "")

    @property
    def required(self) -> bool:
        return self.meta.get("required", True)


def _unwrap(annotation: Any) -> tuple[Any, bool, bool]:
    """(base, optional, is_list) of an annotation such as ``tuple[str, ...] | None``."""
    optional = False
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        if len(args) != 1:
            raise TypeError(f"a record field holds one type (or None), not {annotation!r}")
        annotation = args[0]
    is_list = typing.get_origin(annotation) is tuple
    if is_list:
        annotation = typing.get_args(annotation)[0]
    return annotation, optional, is_list


@functools.cache
def shapes(record: type) -> tuple[FieldShape, ...]:
    """The fields of a record class, in declaration order."""
    hints = typing.get_type_hints(record)
    out = []
    for f in dataclasses.fields(record):
        base, optional, is_list = _unwrap(hints[f.name])
        has_default = f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
        out.append(FieldShape(f.name, base, optional, is_list, has_default, dict(f.metadata)))
    return tuple(out)


def column_order(record: type) -> tuple[FieldShape, ...]:
    """The fields in the order their columns appear: field order, moved by ``column_after``."""
    ordered = [s for s in shapes(record) if not s.meta.get("column_after")]
    for moved in (s for s in shapes(record) if s.meta.get("column_after")):
        anchor = next(i for i, s in enumerate(ordered) if s.name == moved.meta["column_after"])
        ordered.insert(anchor + 1, moved)
    return tuple(ordered)
