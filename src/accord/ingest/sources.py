"""Discover and read ingest sources, yielding one ``Article`` or ``Notice`` per item.

A *source* is what a user names on the command line: a file, a folder (read
recursively), a glob, a URL (a page or an RSS/Atom feed), or ``-`` for stdin. Each
source expands into *items* (articles): one per text/HTML/JSON file, one per
JSONL/CSV/Parquet row, one per WARC response, one per feed entry. Every item ends in
``make_article``, or in a ``Notice`` saying in one line why it could not be read;
one bad item never stops the others.

Corpora with columns (``.jsonl``, ``.csv``, ``.tsv``, ``.parquet``, ``.json`` lists)
go through the same record mapping as ``accord extract`` (``ingest.record``, with a
``ColumnMap`` naming or detecting the columns) and the same JSONL reader
(``ingest.jsonl``), so a bad record gets the same message here and there. Single
documents are read by ``read.read_document``, standard input by ``read.read_stdin``.

The one size limit (``decode.max_input_bytes``: 20 MB, or ``ACCORD_MAX_INPUT_BYTES``)
holds for every item and is enforced while streaming, so an oversized item is never
read whole: a JSONL line or CSV row is read at most to the limit and then skipped to
its end (a gzip bomb costs decompression time, not memory), a WARC record's payload
is read to the limit plus one byte, a feed or JSON list file is checked from ``stat``,
and a fetched body stops at the limit. Such an item, and one that exhausts memory,
becomes that item's error ``Notice``; reading goes on with the next item.

``accord batch`` results are recognised and read back as they are: a JSONL line holding a
whole extraction (``{"article": {...}, "actors": [...], "events": [...], ...}``) becomes an
``Extraction`` (its records are stored without extracting again), and a line of a
``.errors.jsonl`` file (``{"level", "code", "message", "item"}``) the ``Notice`` it was.

Cheap repeats: when ``SourceOptions.known_raw`` is given, every file, record and WARC page is
first reduced to a *raw key* (a hash of where it came from, its raw bytes and the reading
options) and yielded as a ``RawItem``; an item whose key is known is not cleaned, parsed or
language-tagged at all (``RawItem.item`` is None).
"""

from __future__ import annotations

import csv
import dataclasses
import glob
import io
import json
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from accord.dates import normalise_date
from accord.errors import AccordError, FetchError, MalformedRecord, TooLarge
from accord.ingest.article import make_article, text_key
from accord.ingest.decode import decode_bytes, replacement_notice, too_large
from accord.ingest.jsonl import JSONL_SUFFIXES, TOO_DEEP, Oversized, bounded_lines, iter_json_lines, open_binary
from accord.ingest.read import looks_like_html, max_input_bytes, read_document, read_stdin as read_stdin_bytes
from accord.ingest.record import DEFAULT_COLUMNS, ColumnCache, ColumnMap, article_from_record  # noqa: F401 (ColumnMap, DEFAULT_COLUMNS: imported from here by the store and the CLI)
from accord.records import Article, Extraction, Notice
from accord.records_json import extraction_from_dict, from_dict, looks_like_extraction

Item = Article | Notice | Extraction


@dataclass(frozen=True, slots=True)
class RawItem:
    """An item with the key of its raw content; ``item`` is None when the key was known (not read further)."""

    raw_key: str
    item: Item | None
    source: str

#: Extensions read as one article each, by ``read_document``.
DOCUMENT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".json")
TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv", ".parquet", ".jsonl.gz", ".ndjson.gz", ".csv.gz", ".tsv.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
#: Files a folder or glob expands to; anything else in a folder is passed over.
SUPPORTED_SUFFIXES = DOCUMENT_SUFFIXES + TABLE_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES

#: A feed entry whose own text is shorter than this is fetched from its link instead.
FEED_MIN_CHARS = 500

_GLOB_CHARS = re.compile(r"[*?\[]")
_TAG = re.compile(r"<[^>]+>")


@dataclass(slots=True)
class SourceOptions:
    """How sources are read.

    Args:
        columns (ColumnMap): column names for tabular corpora.
        outlet (str | None): outlet for every article that does not name one.
        fetcher (Fetcher | None): for URLs and feed links; built on first need.
        allow_private (bool): let the default fetcher reach private/loopback addresses.
        follow_feed_links (bool): fetch a feed entry's page when the feed holds only a summary.
        stdin (BinaryIO | None): what ``-`` reads (``sys.stdin.buffer`` by default).
        known_raw: says whether a raw key was stored before; when given, items come
            wrapped in ``RawItem`` and known ones are skipped before cleaning.
    """

    columns: ColumnMap = field(default_factory=ColumnMap)
    outlet: str | None = None
    fetcher: Any = None
    allow_private: bool = False
    follow_feed_links: bool = True
    stdin: BinaryIO | None = None
    known_raw: Callable[[str], bool] | None = None

    def get_fetcher(self) -> Any:
        if self.fetcher is None:
            from accord.ingest.fetch import Fetcher

            self.fetcher = Fetcher(allow_private=self.allow_private)
        return self.fetcher


def _error(exc: AccordError | str, item: str, code: str | None = None) -> Notice:
    if isinstance(exc, AccordError):
        return Notice("error", code or exc.code, exc.message, exc.item or item)
    return Notice("error", code or "bad_input", exc, item)


def outlet_from_url(url: str | None) -> str | None:
    """``https://www.example.com/a/b`` -> ``example.com``."""
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def keyed(article: Article, options: SourceOptions | None = None) -> Article:
    """The article keyed by ``text_key`` of its text, with an outlet where one can be named."""
    changes: dict[str, Any] = {}
    key = text_key(article.text)
    if article.id != key:
        changes["id"] = key
    if not article.outlet:
        outlet = (options.outlet if options else None) or outlet_from_url(article.url)
        if outlet:
            changes["outlet"] = outlet
    return dataclasses.replace(article, **changes) if changes else article


def raw_key(source: str, raw: bytes, options: SourceOptions) -> str:
    """Hash of where an item came from, its raw bytes and the options that shape its article."""
    import hashlib

    h = hashlib.blake2b(digest_size=16)
    for part in (source.encode("utf-8"), repr((options.outlet, options.columns)).encode("utf-8"), raw):
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


def _raw(options: SourceOptions, source: str, raw: Callable[[], bytes], build: Callable[[], Item]) -> Item | RawItem:
    """``build()``, or, when repeats are looked for, the item wrapped with its raw key (unbuilt if known)."""
    if options.known_raw is None:
        return build()
    key = raw_key(source, raw(), options)
    return RawItem(key, None if options.known_raw(key) else build(), source)


def _record_bytes(record: Any) -> bytes:
    return json.dumps(record, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


def keyed_item(item: Item | RawItem, options: SourceOptions | None = None) -> Item | RawItem:
    """``keyed`` for an article, or for the article an extraction holds; a notice as it is."""
    if isinstance(item, RawItem):
        return item if item.item is None else dataclasses.replace(item, item=keyed_item(item.item, options))  # type: ignore[arg-type]
    if isinstance(item, Article):
        return keyed(item, options)
    if isinstance(item, Extraction):
        article = keyed(item.article, options)
        return item if article is item.article else dataclasses.replace(item, article=article)
    return item


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def expand(spec: str) -> Iterator[Path | Notice]:
    """The files a path, folder or glob names, in a stable order."""
    path = Path(spec)
    if path.is_dir():
        files = sorted(
            p for p in path.rglob("*")
            if p.is_file() and _suffix(p) in SUPPORTED_SUFFIXES and not _hidden(p, path) and not _is_folder_documentation(p)
        )
        if not files:
            yield Notice("warning", "empty_folder", "no readable files in this folder (looked for " + ", ".join(SUPPORTED_SUFFIXES) + ")", spec)
        yield from files
        return
    if path.is_file():
        yield path
        return
    if _GLOB_CHARS.search(spec):
        matches = sorted(glob.glob(spec, recursive=True))
        if not matches:
            yield Notice("error", "not_found", "no files match this pattern", spec)
        for match in matches:
            yield from expand(match) if Path(match).is_dir() else [Path(match)]
        return
    yield Notice("error", "not_found", "no such file or folder", spec)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


#: A collection's own documentation, skipped when walking a folder (still read if named).
FOLDER_DOCUMENTATION = frozenset({"readme", "license", "licence", "changelog", "notice", "copying"})


def _is_folder_documentation(path: Path) -> bool:
    return path.name.split(".")[0].lower() in FOLDER_DOCUMENTATION


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in TABLE_SUFFIXES + WARC_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def iter_items(specs: Iterable[str], options: SourceOptions | None = None) -> Iterator[Item | RawItem]:
    """Every article (or notice) from the named sources, in order.

    Args:
        specs: paths, folders, globs, URLs, or ``-`` for stdin.
        options (SourceOptions | None): column mapping, fetcher and feed settings.

    Yields:
        ``Article`` keyed by ``text_key``, or ``Notice`` for an item that could not be read.
    """
    options = options or SourceOptions()
    for spec in specs:
        if spec == "-":
            gen: Iterator[Item | RawItem] = read_stdin(options)
        elif is_url(spec):
            gen = read_url(spec, options)
        else:
            gen = _read_spec(spec, options)
        for item in gen:
            article = item.item if isinstance(item, RawItem) else item
            if isinstance(article, Article):
                notice = replacement_notice(article.text, article.source)
                if notice is not None:
                    yield notice
            yield keyed_item(item, options)


def _read_spec(spec: str, options: SourceOptions) -> Iterator[Item | RawItem]:
    for entry in expand(spec):
        if isinstance(entry, Notice):
            yield entry
        else:
            yield from read_path(entry, options)


def read_path(path: Path, options: SourceOptions) -> Iterator[Item | RawItem]:
    """The articles in one file, chosen by its extension (and, for .json/.xml, its content)."""
    item = str(path)
    suffix = _suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl_records(path, options)
        elif suffix in (".csv", ".tsv", ".csv.gz", ".tsv.gz"):
            yield from read_csv_records(path, options)
        elif suffix == ".parquet":
            yield from read_parquet_records(path, options)
        elif suffix in WARC_SUFFIXES:
            yield from read_warc(path, options)
        elif suffix in FEED_SUFFIXES or (suffix not in DOCUMENT_SUFFIXES and _looks_like_feed(_head(path))):
            yield from read_feed(_read_within_limit(path), item, options)
        elif suffix == ".json" and _head(path).lstrip().startswith(b"["):
            yield from read_json_list(path, options)
        else:
            yield _raw(options, item, lambda: _read_within_limit(path), lambda: _read_document(path, options))
    except AccordError as exc:
        yield _error(exc, item)
    except OSError as exc:
        yield Notice("error", "unreadable", f"cannot read the file ({exc.strerror or exc})", item)
    except MemoryError:
        yield _out_of_memory(item)
    except (EOFError, zlib.error) as exc:  # a truncated or corrupt gzip stream
        yield Notice("error", "unreadable", f"the compressed file is damaged ({type(exc).__name__}: {exc})", item)


def _out_of_memory(item: str) -> Notice:
    """One item that exhausted memory is that item's error, not the run's end."""
    return Notice("error", TooLarge.code, "ran out of memory reading this item; split it or lower the size limit", item)


def _read_within_limit(path: Path) -> bytes:
    """A whole file that is read at once (a feed, a JSON list), after checking its size."""
    limit = max_input_bytes()
    size = path.stat().st_size
    if size > limit:
        raise too_large(size, limit, str(path))
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise too_large(len(data), limit, str(path))
    return data


def _head(path: Path, size: int = 2048) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def _read_document(path: Path, options: SourceOptions) -> Item:
    try:
        article = read_document(str(path))
    except AccordError as exc:
        return _error(exc, str(path))
    if article.source is None:
        article = dataclasses.replace(article, source=str(path))
    return article


# ---- records: JSONL, CSV, Parquet, JSON lists ------------------------------------------


def record_article(record: Mapping[str, Any], options: SourceOptions, item: str, cache: ColumnCache | None = None) -> Item:
    """One corpus record to an Article (``record.article_from_record``), or a Notice saying why not."""
    try:
        _check_record_size(record, item)
        return article_from_record(record, source=item, columns=cache or options.columns, outlet=options.outlet)
    except AccordError as exc:
        return _error(exc, item)
    except MemoryError:
        return _out_of_memory(item)


def _check_record_size(record: Any, item: str) -> None:
    """Refuse a record (a Parquet row, a JSON list entry) whose text fields exceed the limit."""
    if not isinstance(record, Mapping):
        return
    limit = max_input_bytes()
    size = sum(len(value) for value in record.values() if isinstance(value, (str, bytes)))
    if size > limit:
        raise too_large(size, limit, item)


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: Any) -> str | None:
    """A corpus date value as YYYY-MM-DD, or None (kept for callers of the old name: see ``accord.dates``)."""
    return normalise_date(value)


def read_jsonl_records(path: Path, options: SourceOptions) -> Iterator[Item | RawItem]:
    """One article per JSON object line; blank lines are skipped, bad lines reported."""
    with open_binary(path) as stream:
        yield from _json_line_items(bounded_lines(stream, max_input_bytes()), str(path), options)


def _json_line_items(lines: Iterable[Any], name: str, options: SourceOptions) -> Iterator[Item | RawItem]:
    cache = ColumnCache(options.columns)
    for lineno, record in iter_json_lines(lines, name=name, max_bytes=max_input_bytes()):
        if isinstance(record, Notice):
            yield record
        elif looks_like_extraction(record) or _looks_like_notice(record):
            where = f"{name}:{lineno}"
            yield _raw(options, where, lambda: _record_bytes(record), lambda: _batch_result(record, where))
        else:
            yield _record_item(record, options, f"{name}:{lineno}", cache)


def _record_item(record: Any, options: SourceOptions, item: str, cache: ColumnCache) -> Item | RawItem:
    return _raw(options, item, lambda: _record_bytes(record), lambda: record_article(record, options, item, cache))


_NOTICE_KEYS = frozenset({"level", "code", "message", "item"})


def _looks_like_notice(record: Any) -> bool:
    return isinstance(record, dict) and set(record) == _NOTICE_KEYS and record.get("level") in ("warning", "error")


def _batch_result(record: dict[str, Any], item: str) -> Item:
    """One line of ``accord batch`` output: an extraction, or a notice of a bad input line."""
    try:
        return extraction_from_dict(record) if "article" in record else from_dict(Notice, record)
    except MalformedRecord as exc:
        return Notice("error", exc.code, f"not a readable `accord batch` result ({exc.message})", item)


def _open_text(path: Path) -> io.TextIOBase:
    return io.TextIOWrapper(open_binary(path), encoding="utf-8-sig", errors="strict", newline="")


class RowTooLarge(Exception):
    """Raised through ``csv.reader`` when one row passes the size limit."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


class _BoundedRows:
    """The lines ``csv.reader`` parses, read at most ``max_chars`` + 1 at a time, with
    the characters of the current row counted: a row over the limit (a gzip bomb, a
    field with no closing quote) raises ``RowTooLarge`` after skipping to the end of its
    line, and the reader goes on with the next row. ``csv.reader`` resets its state on
    every row, so this iterator stays usable after raising."""

    def __init__(self, fh: io.TextIOBase, max_chars: int) -> None:
        self.fh = fh
        self.max_chars = max_chars
        self.row_chars = 0

    def __iter__(self) -> _BoundedRows:
        return self

    def __next__(self) -> str:
        line = self.fh.readline(self.max_chars + 1)
        if not line:
            raise StopIteration
        self.row_chars += len(line)
        if self.row_chars > self.max_chars:
            size = self.row_chars
            while line and not line.endswith(("\n", "\r")):
                line = self.fh.readline(1 << 20)
                size += len(line)
            self.row_chars = 0
            raise RowTooLarge(size)
        return line


def read_json_list(path: Path, options: SourceOptions) -> Iterator[Item | RawItem]:
    """A .json file holding a list of article objects."""
    try:
        records = json.loads(_read_within_limit(path).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield Notice("error", MalformedRecord.code, f"not a valid UTF-8 JSON list ({exc})", str(path))
        return
    except RecursionError:
        yield Notice("error", MalformedRecord.code, TOO_DEEP, str(path))
        return
    cache = ColumnCache(options.columns)
    for index, record in enumerate(records):
        yield _record_item(record, options, f"{path}#{index}", cache)


def read_csv_records(path: Path, options: SourceOptions) -> Iterator[Item | RawItem]:
    """One article per CSV/TSV row (header row required); bad rows reported one by one."""
    limit = max_input_bytes()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # rows are bounded by _BoundedRows
    delimiter = "\t" if ".tsv" in path.name.lower() else ","
    cache = ColumnCache(options.columns)
    with _open_text(path) as fh:
        rows = _BoundedRows(fh, limit)
        reader = csv.reader(rows, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            yield Notice("error", "empty", "the CSV file is empty", str(path))
            return
        except RowTooLarge as exc:
            yield Notice("error", TooLarge.code, f"the header row: {too_large(exc.size, limit).message}", str(path))
            return
        except (UnicodeDecodeError, csv.Error) as exc:
            yield Notice("error", "undecodable" if isinstance(exc, UnicodeDecodeError) else MalformedRecord.code, f"cannot read the header row ({exc})", str(path))
            return
        header = [h.strip() for h in header]
        row_no = 1
        while True:
            row_no += 1
            item = f"{path}:{row_no}"
            rows.row_chars = 0
            try:
                row = next(reader)
            except StopIteration:
                return
            except RowTooLarge as exc:
                yield Notice("error", TooLarge.code, too_large(exc.size, limit).message, item)
                continue
            except UnicodeDecodeError:
                yield Notice("error", "undecodable", "the file is not UTF-8 from this row on; re-save it as UTF-8", item)
                return
            except csv.Error as exc:
                yield Notice("error", MalformedRecord.code, f"bad CSV row ({exc})", item)
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield Notice("error", MalformedRecord.code, f"row has {len(row)} fields but the header has {len(header)}", item)
                continue
            yield _record_item(dict(zip(header, row)), options, item, cache)


def read_parquet_records(path: Path, options: SourceOptions) -> Iterator[Item | RawItem]:
    """One article per Parquet row, read in record batches."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid/OSError variants for bad files
        yield Notice("error", "unreadable", f"not a readable Parquet file ({exc})", str(path))
        return
    cache = ColumnCache(options.columns)
    row = 0
    for batch in parquet.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            row += 1
            yield _record_item(record, options, f"{path}#{row}", cache)


# ---- WARC ------------------------------------------------------------------------------


def read_warc(path: Path, options: SourceOptions) -> Iterator[Item | RawItem]:
    """One article per HTML (or plain text) response or resource record in a WARC file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    is_arc = path.name.lower().endswith((".arc", ".arc.gz"))
    records = 0
    with open(path, "rb") as fh:
        try:
            for index, record in enumerate(ArchiveIterator(fh, arc2warc=is_arc)):
                if not is_arc and record.format != "warc":
                    break  # warcio reads any text line as an ARC header; a .warc must hold WARC records
                records += 1
                if record.rec_type not in ("response", "resource"):
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                item = url or f"{path}#{index}"
                headers = record.http_headers
                if record.rec_type == "response":
                    if headers is None:
                        continue
                    status = headers.get_statuscode()
                    if not status or not status.startswith("2"):
                        continue
                    content_type = headers.get_header("Content-Type") or ""
                else:
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                kind = content_type.split(";")[0].strip().lower()
                if kind not in ("text/html", "application/xhtml+xml", "text/plain"):
                    continue
                limit = max_input_bytes()
                try:
                    body = record.content_stream().read(limit + 1)
                except MemoryError:
                    yield _out_of_memory(item)
                    continue
                except Exception as exc:  # warcio raises zlib/IO errors for damaged payloads
                    yield Notice("error", "unreadable", f"damaged WARC record ({exc})", item)
                    continue
                if len(body) > limit:
                    declared = record.rec_headers.get_header("Content-Length") or ""
                    size = int(declared) if declared.isdigit() else len(body)
                    yield Notice("error", TooLarge.code, too_large(size, limit).message, item)
                    continue
                crawl_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                yield _raw(options, item, lambda: body, lambda: _page_article(body, content_type, url, item, options, fallback_date=crawl_date))
        except ArchiveLoadFailed as exc:
            yield Notice("error", "unreadable", f"not a readable WARC file ({str(exc).strip().splitlines()[0]})", str(path))
            return
        except Exception as exc:  # a truncated gzip member or a garbled header mid-file
            yield Notice("error", "unreadable", f"the WARC file is damaged after {records} record(s) ({type(exc).__name__}: {exc})", str(path))
            return
    if records == 0:
        yield Notice("error", "unreadable", "not a WARC file: no WARC records found", str(path))


def _charset(content_type: str) -> str | None:
    match = re.search(r"charset=([\w.:-]+)", content_type or "", re.I)
    return match.group(1) if match else None


def _decode(body: bytes, content_type: str, item: str) -> str:
    limit = max_input_bytes()
    if len(body) > limit:  # checked before any decoding, declared charset or not
        raise too_large(len(body), limit, item)
    charset = _charset(content_type)
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(body, item=item, max_bytes=limit)


def _page_article(
    body: bytes,
    content_type: str,
    url: str | None,
    item: str,
    options: SourceOptions,
    *,
    fallback_date: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> Item:
    """An HTML or plain-text page body to an Article."""
    try:
        text = _decode(body, content_type, item)
        kind = content_type.split(";")[0].strip().lower()
        if kind == "text/plain":
            article = make_article(text=text, url=url, title=title, published=published, outlet=options.outlet, source=item)
        else:
            article = make_article(html=text, url=url, title=title, published=published, outlet=options.outlet, source=item)
    except AccordError as exc:
        return _error(exc, item)
    except MemoryError:
        return _out_of_memory(item)
    if article.published is None and fallback_date:
        article = dataclasses.replace(article, published=normalise_date(fallback_date))
    return article


# ---- feeds and URLs --------------------------------------------------------------------


def _looks_like_feed(head: bytes) -> bool:
    start = head[:2048].lstrip().lower()
    return (start.startswith(b"<?xml") or start.startswith(b"<rss") or start.startswith(b"<feed")) and (
        b"<rss" in start or b"<feed" in start or b"<rdf:rdf" in start
    )


def _strip_tags(fragment: str) -> str:
    import html as htmllib

    text = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\s*/?>", "\n", fragment)
    return htmllib.unescape(_TAG.sub(" ", text))


def read_feed(data: bytes, item: str, options: SourceOptions) -> Iterator[Item]:
    """One article per RSS/Atom entry: the entry's own content when it is a full text,
    else the linked page (when ``follow_feed_links``), else its summary."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f" ({feed.bozo_exception})" if getattr(feed, "bozo", False) and feed.get("bozo_exception") else ""
        yield Notice("error", "bad_feed", f"no entries found in this feed{reason}", item)
        return
    outlet = options.outlet or _str(feed.feed.get("title"))
    for index, entry in enumerate(feed.entries):
        link = _str(entry.get("link"))
        entry_item = link or f"{item}#{index}"
        title = _str(entry.get("title"))
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}" if parsed else None
        content = ""
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry.content), key=len)
        summary = entry.get("summary", "") or ""
        best = content if len(content) >= len(summary) else summary
        text = _strip_tags(best).strip()
        entry_outlet = outlet if not link else (options.outlet or outlet_from_url(link) or outlet)
        if len(text) >= FEED_MIN_CHARS or not (link and options.follow_feed_links):
            if not text:
                yield Notice("error", "empty", "the feed entry has no text and no link to follow", entry_item)
                continue
            yield _feed_text(text, title, link, published, entry_outlet, entry_item)
            continue
        try:
            page = options.get_fetcher().fetch(link)
        except AccordError as exc:
            fallback = _feed_text(text, title, link, published, entry_outlet, entry_item) if text else None
            if isinstance(fallback, Article):
                yield Notice("warning", exc.code, f"{exc.message}; stored the feed's summary instead", entry_item)
                yield fallback
            else:
                yield _error(exc, entry_item)
            continue
        article = _page_article(page.content, page.content_type or "text/html", link, entry_item, options, title=title, published=published)
        if isinstance(article, Article) and not article.outlet and entry_outlet:
            article = dataclasses.replace(article, outlet=entry_outlet)
        yield article


def _feed_text(text: str, title: str | None, link: str | None, published: str | None, outlet: str | None, item: str) -> Item:
    try:
        return make_article(text=text, title=title, url=link, published=published, outlet=outlet, source=item)
    except AccordError as exc:
        return _error(exc, item)


def read_url(url: str, options: SourceOptions) -> Iterator[Item]:
    """A web page (one article) or a feed (one article per entry) at a URL."""
    try:
        page = options.get_fetcher().fetch(url)
    except AccordError as exc:
        yield _error(exc, url)
        return
    kind = page.content_type
    if "rss" in kind or "atom" in kind or (kind in ("application/xml", "text/xml", "") and _looks_like_feed(page.content)) or _looks_like_feed(page.content[:2048]):
        yield from read_feed(page.content, url, options)
        return
    if kind and not (kind.startswith("text/") or "html" in kind):
        yield Notice("error", FetchError.code, f"cannot ingest content of type {kind}; give an HTML page, a text page or a feed", url)
        return
    yield _page_article(page.content, kind or "text/html", page.final_url or url, url, options)


def read_stdin(options: SourceOptions) -> Iterator[Item]:
    """Standard input: JSONL records (streamed, the size limit per line), or else, read
    whole within the size limit, a JSON list, a feed, an HTML page or plain text."""
    stream = options.stdin if options.stdin is not None else sys.stdin.buffer
    limit = max_input_bytes()
    head: list[Any] = []
    first = b""
    seen = 0
    while not first.strip() and seen <= limit:  # leading blank lines, within the limit
        first = stream.readline(limit + 1 - seen)
        if not first:
            break
        seen += len(first)
        head.append(first)
    if first.lstrip(b"\xef\xbb\xbf \t").startswith(b"{"):
        if seen > limit and not first.endswith(b"\n"):  # the first record is over the limit: skip it
            size, line = len(first), first
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
                size += len(line)
            head[-1] = Oversized(size)  # type: ignore[call-overload]
        yield from _json_line_items(bounded_lines(stream, limit, head=head), "stdin", options)
        return
    try:
        data = read_stdin_bytes(stream, max_bytes=limit, start=b"".join(head))
        text = decode_bytes(data, item="stdin", max_bytes=limit)
    except AccordError as exc:
        yield _error(exc, "stdin")
        return
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Notice("error", MalformedRecord.code, f"not a valid JSON list ({exc.msg})", "stdin")
            return
        except RecursionError:
            yield Notice("error", MalformedRecord.code, TOO_DEEP, "stdin")
            return
        cache = ColumnCache(options.columns)
        for index, record in enumerate(records):
            yield record_article(record, options, f"stdin#{index}", cache)
        return
    if _looks_like_feed(data[:2048]):
        yield from read_feed(data, "stdin", options)
        return
    try:
        if looks_like_html(text):
            yield make_article(html=text, outlet=options.outlet, source="stdin")
        else:
            yield make_article(text=text, outlet=options.outlet, source="stdin")
    except AccordError as exc:
        yield _error(exc, "stdin")
