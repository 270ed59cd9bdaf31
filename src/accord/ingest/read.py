"""Files and streams to ``Article`` records: what ``accord extract`` reads.

``read_document`` reads one article from a file (or ``-`` for standard input):

- ``.txt``/``.text``: plain text, cleaned of web leftovers;
- ``.html``/``.htm``/``.xhtml``: a web page, main text found by trafilatura;
- ``.json``: one record ``{"id"?, "text"|"html", "title"?, "url"?, "published"?,
  "outlet"?, "author"?}``;
- anything else, and standard input: sniffed from the content (a JSON object, HTML
  markup, or else plain text).

The size is checked from ``stat`` before anything is read, so an oversized file costs
nothing; standard input is read up to the limit plus one byte. The limit is
``DEFAULT_MAX_BYTES`` (20 MB), or the ``ACCORD_MAX_INPUT_BYTES`` environment variable.

``read_jsonl`` streams a JSONL batch: one ``Article`` per good line and one
``Notice(level="error")`` per bad line, in input order, so one bad line never stops
a batch. Argument values (``published``, ``url``, ``title``) given by the user win
over the values in a JSON record. Records are mapped by ``ingest.record`` and lines
read by ``ingest.jsonl``, the same code ``accord ingest`` uses.

``with_reading_notices`` adds to an article's extraction what reading it noticed (stray
bytes replaced while decoding), the warning ``accord ingest`` reports for the same input.

Every failure is an ``InputError`` subclass whose ``item`` is the path (or
``path:line``/record id for JSONL) and whose message is one line saying what to do.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from accord.dates import parse_published
from accord.errors import AccordError, InputError, MalformedRecord, TooLarge
from accord.ingest.article import make_article
from accord.ingest.decode import DEFAULT_MAX_BYTES, MAX_BYTES_ENV, decode_bytes, max_input_bytes, replacement_notice, too_large  # noqa: F401 (DEFAULT_MAX_BYTES, max_input_bytes: imported from here)
from accord.ingest.jsonl import TOO_DEEP, iter_json_lines, open_binary
from accord.ingest.record import article_from_fields, known_id, record_fields
from accord.records import Article, Extraction, Notice

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
STDIN = "-"

_HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<article", "<div", "<p>", "<p ", "<meta", "<title")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is HTML markup rather than plain text (judged on its start)."""
    head = text.lstrip()[:2048].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower():
        return True
    if not head.startswith("<"):
        return False
    return sum(head.count(marker) for marker in _HTML_MARKERS) >= 2


def read_stdin(stream: BinaryIO | None = None, *, max_bytes: int | None = None, start: bytes = b"") -> bytes:
    """Standard input's bytes (or ``stream``'s), read up to the limit plus one byte;
    ``start`` is what a caller already read from it to sniff the format.

    Raises:
        TooLarge: when there is more than ``max_bytes`` (``max_input_bytes()`` by default).
    """
    limit = max_bytes if max_bytes is not None else max_input_bytes()
    data = start + (stream if stream is not None else sys.stdin.buffer).read(max(limit + 1 - len(start), 0))
    if len(data) > limit:
        raise TooLarge(
            f"standard input is over the {limit:,}-byte limit; split the input, or raise the limit with {MAX_BYTES_ENV}=<bytes>",
            item="stdin",
        )
    return data


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """The file's bytes, after checking that it exists, is a file and is within the limit."""
    if path == STDIN:
        return read_stdin(max_bytes=max_bytes)
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError("no such file; check the path", item=path) from None
    except PermissionError:
        raise InputError("permission denied; check the file's permissions", item=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc}); check the path", item=path) from None
    if p.is_dir():
        raise InputError("is a directory; give one article file, or a JSONL batch with --jsonl", item=path)
    if not p.is_file():
        raise InputError("is not a regular file; save the article to a file, or pipe it with '-'", item=path)
    if st.st_size > max_bytes:
        raise too_large(st.st_size, max_bytes, path)
    try:
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise InputError("permission denied; check the file's permissions", item=path) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", item=path) from None
    if len(data) > max_bytes:  # grew while we looked
        raise too_large(len(data), max_bytes, path)
    return data


def read_document(
    path: str,
    *,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    max_bytes: int | None = None,
) -> Article:
    """Read one article from a .txt, .html/.htm or .json file, or ``-`` (standard input).

    Args:
        path (str): the file, or "-" for standard input.
        published (str | None): publication date (ISO YYYY-MM-DD or a full ISO timestamp); wins
            over dates found in the input.
        url (str | None): the article's URL; wins over the record's.
        title (str | None): the headline; wins over the detected one.
        max_bytes (int | None): size limit; None for ``max_input_bytes()``.

    RETURNS (Article): the cleaned article, ``source`` set to the path or "stdin".

    Raises:
        InputError: no such file, a directory, unreadable; or one of its subclasses:
            EmptyInput, BinaryInput, DecodeError, TooLarge, MalformedRecord.
    """
    path = str(path)
    limit = max_bytes if max_bytes is not None else max_input_bytes()
    item = "stdin" if path == STDIN else path
    suffix = Path(path).suffix.lower() if path != STDIN else ""
    if suffix in JSONL_SUFFIXES:
        raise InputError("this is a JSONL batch; run it with --jsonl FILE", item=item)
    data = _read_bytes(path, limit)
    text = decode_bytes(data, item=item, max_bytes=limit)
    published = parse_published(published, item=item)

    if suffix in JSON_SUFFIXES or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and text.lstrip().startswith("{")):
        try:
            record = json.loads(text)
        except RecursionError:
            raise MalformedRecord(TOO_DEEP, item=item) from None
        except json.JSONDecodeError as exc:
            if suffix in JSON_SUFFIXES:
                raise MalformedRecord(
                    f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); fix the file", item=item
                ) from None
            record = None
        if record is not None:
            if isinstance(record, list):
                raise MalformedRecord(
                    "holds a JSON list; give one article object, or write one object per line and use --jsonl",
                    item=item,
                )
            try:
                fields = record_fields(record, ids="optional")
            except MalformedRecord as exc:
                raise MalformedRecord(exc.message, item=item) from None
            return article_from_fields(fields, source=item, published=published, url=url, title=title, format="json")
    is_html = suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(text))
    if is_html:
        return make_article(html=text, title=title, url=url, published=published, source=item)
    return make_article(text=text, title=title, url=url, published=published, source=item)


def read_jsonl(path: str | Path, *, max_bytes: int | None = None) -> Iterator[Article | Notice]:
    """Stream a JSONL batch: one ``Article`` per good line, one error ``Notice`` per bad line.

    Each line is one object ``{"id", "text"|"html", "title"?, "url"?, "published"?,
    "outlet"?, "author"?}``; ``id`` becomes ``Article.id``. Blank lines are skipped.
    A bad line (invalid JSON, not an object, no id, a repeated id, neither text nor
    html, a field of the wrong type, empty text, an impossible date, over the size
    limit, not UTF-8) yields a ``Notice(level="error")`` whose ``item`` is the record
    id when known, else ``"PATH:LINE"``; reading goes on with the next line.

    Raises:
        InputError: when the file itself cannot be opened (missing, a directory).
    """
    name = str(path)
    limit = max_bytes if max_bytes is not None else max_input_bytes()
    p = Path(name)
    if p.is_dir():
        raise InputError("is a directory; give one JSONL file", item=name)
    try:
        handle = open_binary(p)
    except FileNotFoundError:
        raise InputError("no such file; check the path", item=name) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", item=name) from None
    seen: dict[str, int] = {}
    with handle:
        for lineno, record in iter_json_lines(handle, name=name, max_bytes=limit):
            if isinstance(record, Notice):
                yield record
                continue
            where = f"{name}:{lineno}"
            try:
                fields = record_fields(record, ids="require")
            except MalformedRecord as exc:
                rid = known_id(record)
                yield Notice("error", exc.code, f"{exc.message} (line {lineno})" if rid else exc.message, rid or where)
                continue
            rid = fields.id
            if rid in seen:
                yield Notice("error", "duplicate_id", f"id repeats the record on line {seen[rid]}; give every record a unique id (line {lineno})", rid)
                continue
            seen[rid] = lineno
            try:
                # ``format`` says what the body was made from (text or HTML), as ``accord ingest``
                # stores a JSONL record; only a whole JSON document is ``json``.
                yield article_from_fields(fields, source=where)
            except AccordError as exc:
                yield Notice("error", exc.code, f"{exc.message} (line {lineno})", rid)
            except Exception as exc:  # a bug on one odd record must not end a batch of thousands
                yield Notice("error", "failed", f"could not be read ({type(exc).__name__}: {exc}); please report this (line {lineno})", rid)


def articles_only(items: Iterable[Article | Notice], notices: list[Notice]) -> Iterator[Article]:
    """The articles of a read stream (``read_jsonl``'s), each bad item's ``Notice`` appended to
    ``notices`` as it is met, so a caller that parses in batches can report them in input order."""
    for item in items:
        if isinstance(item, Notice):
            notices.append(item)
        else:
            yield item


def reading_notices(article: Article) -> tuple[Notice, ...]:
    """Warnings about how ``article`` was read: bytes that were not valid UTF-8 and were replaced."""
    notice = replacement_notice(article.text, article.source)
    return (notice,) if notice is not None else ()


def with_reading_notices(extraction: Extraction) -> Extraction:
    """``extraction`` with its article's ``reading_notices`` first among its notices."""
    found = reading_notices(extraction.article)
    if not found:
        return extraction
    return dataclasses.replace(extraction, notices=found + extraction.notices)
