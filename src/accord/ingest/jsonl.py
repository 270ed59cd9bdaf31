"""The one JSONL reader: byte lines to parsed JSON values, or a notice per bad line.

Used by ``accord extract --jsonl`` (``read.read_jsonl``), by ``accord ingest`` for
``.jsonl``/``.ndjson`` files (gzipped too) and for JSONL on standard input. Lines are
read one at a time (a batch is never loaded whole); blank lines are skipped; a UTF-8
BOM on the first line is dropped. A bad line yields a ``Notice`` and reading goes on.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from accord.errors import MalformedRecord, TooLarge
from accord.ingest.decode import too_large
from accord.records import Notice

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")

#: The message for JSON nested deeper than the parser's recursion limit.
TOO_DEEP = "the JSON is nested too deeply to be an article record; fix or remove it"

#: How much of an oversized line is read at a time while skipping to its end.
_SKIP_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Oversized:
    """A line longer than the limit, skipped unread: ``size`` is its length in bytes."""

    size: int


def bounded_lines(stream: BinaryIO, max_bytes: int, *, head: Iterable[bytes] = ()) -> Iterator[bytes | Oversized]:
    """The stream's lines (``head`` first), each read up to ``max_bytes`` + 1 bytes; a
    longer line is skipped in chunks and comes out as ``Oversized``, so memory never
    holds more than one line within the limit (a gzip line expanding to gigabytes
    costs time, not memory)."""
    yield from head
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) <= max_bytes:
            yield line
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(_SKIP_CHUNK)
            if not line:
                break
            size += len(line)
        yield Oversized(size)


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when its name ends in ``.gz``."""
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def iter_json_lines(lines: BinaryIO | Iterable[bytes | Oversized], *, name: str, max_bytes: int) -> Iterator[tuple[int, Any]]:
    """``(line number, value)`` for each non-blank line; ``value`` is the parsed JSON, or a
    ``Notice(level="error")`` (item ``NAME:LINE``) when the line is over ``max_bytes``,
    not UTF-8, or not JSON. A binary stream is read with ``bounded_lines``."""
    if hasattr(lines, "readline"):
        lines = bounded_lines(lines, max_bytes)  # type: ignore[arg-type]
    for lineno, raw in enumerate(lines, start=1):
        where = f"{name}:{lineno}"
        if isinstance(raw, Oversized):
            yield lineno, Notice("error", TooLarge.code, too_large(raw.size, max_bytes).message, where)
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            yield lineno, Notice("error", TooLarge.code, too_large(len(raw), max_bytes).message, where)
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield lineno, Notice("error", "undecodable", "line is not valid UTF-8; re-save the file as UTF-8", where)
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            message = f"line is not valid JSON ({exc.msg} at column {exc.colno}); fix or remove it"
            yield lineno, Notice("error", MalformedRecord.code, message, where)
        except RecursionError:
            yield lineno, Notice("error", MalformedRecord.code, TOO_DEEP, where)
