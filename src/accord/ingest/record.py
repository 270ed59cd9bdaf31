"""One record (a JSON object, a CSV row, a Parquet row) to one ``Article``.

Both front doors use this mapping: ``accord extract`` (a ``.json`` file, a ``--jsonl``
line) and ``accord ingest`` (JSONL, CSV/TSV, Parquet, JSON lists, standard input).
The same bad record therefore gets the same one-line message on both.

Fields are found by ``ColumnMap``: a field named explicitly wins, otherwise the first
key whose name (case-insensitive) is in the field's list of common names
(``text``/``body``/``content``..., ``title``/``headline``..., ``published``/``date``...).

The rules, in the order they are checked:

- the record must be an object (a mapping);
- ``id`` (when ids are used): a string or an integer; required in a JSONL batch;
- the text is the text field when it holds more than whitespace, else the HTML field;
  neither: an error. Text and HTML must be strings; other fields may be strings,
  numbers or lists of strings (joined with ", ": several authors);
- ``published``, when given, must be a real date (``accord.dates.parse_published``):
  a bad date is an error for that record, never silently dropped, since every relative
  date of its events would resolve against it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from accord.dates import parse_published
from accord.errors import MalformedRecord
from accord.ingest.article import make_article
from accord.records import Article

#: Common column names per field, in order of preference (compared case-insensitively).
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "article_text", "maintext", "full_text", "fulltext", "story", "articlebody", "article_body"),
    "html": ("html", "raw_html", "page", "content_html"),
    "title": ("title", "headline", "heading", "head", "subject"),
    "url": ("url", "link", "source_url", "sourceurl", "article_url", "href", "uri"),
    "published": ("published", "date", "publish_date", "published_at", "publication_date", "pubdate", "date_publish", "datetime", "pub_date", "timestamp", "seendate", "created_at"),
    "outlet": ("outlet", "source", "source_name", "site", "sitename", "site_name", "publisher", "domain", "media", "newspaper", "feed"),
    "author": ("author", "authors", "byline", "creator"),
}

#: How a reader treats the ``id`` field: required (a JSONL batch), used when present
#: (one JSON document), or ignored (the store keys articles by their text).
IdRule = Literal["require", "optional", "ignore"]


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which record field holds each article field; None means "detect from DEFAULT_COLUMNS"."""

    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None

    def resolve(self, keys: Iterable[str]) -> dict[str, str | None]:
        """Map each article field to a key present in ``keys`` (explicit names win)."""
        by_lower = {}
        for key in keys:
            by_lower.setdefault(str(key).lower(), key)
        resolved: dict[str, str | None] = {}
        for name in DEFAULT_COLUMNS:
            explicit = getattr(self, name)
            if explicit is not None:
                resolved[name] = by_lower.get(explicit.lower(), explicit)
                continue
            resolved[name] = next((by_lower[c] for c in DEFAULT_COLUMNS[name] if c in by_lower), None)
        # One column cannot be both the outlet and something else (``source`` is common for both).
        if resolved["outlet"] is not None and resolved["outlet"] in {resolved[n] for n in ("text", "html", "title", "url")}:
            resolved["outlet"] = None
        return resolved


@dataclass(frozen=True, slots=True)
class RecordFields:
    """A record's checked article fields (``published`` already ``YYYY-MM-DD``)."""

    id: str | None = None
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None


class ColumnCache:
    """Column maps per key set: a corpus repeats the same keys on every row."""

    def __init__(self, columns: ColumnMap | None = None) -> None:
        self.columns = columns or ColumnMap()
        self._maps: dict[tuple, dict[str, str | None]] = {}

    def resolve(self, keys: tuple) -> dict[str, str | None]:
        if keys not in self._maps:
            self._maps[keys] = self.columns.resolve(keys)
        return self._maps[keys]


def _kind(value: Any) -> str:
    """A JSON value's kind in words, for messages."""
    if value is None:
        return "null"
    return {list: "a list", dict: "an object", str: "a string", int: "a number", float: "a number", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)  # NaN from pandas/pyarrow


def _metadata(name: str, value: Any) -> str | None:
    """A metadata value as a string: strings, numbers, lists of strings (joined)."""
    if _missing(value):
        return None
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value if v is not None)
    elif isinstance(value, (dict, bool)):
        raise MalformedRecord(f"\"{name}\" must be a string, got {_kind(value)}")
    text = str(value).strip()
    return text or None


def _record_id(record: Mapping[str, Any], ids: IdRule) -> str | None:
    if ids == "ignore":
        return None
    rid = record.get("id")
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        if ids == "require":
            raise MalformedRecord("record has no \"id\"; give every record a unique id")
        return None
    if isinstance(rid, bool) or not isinstance(rid, (str, int)):
        raise MalformedRecord(f"\"id\" must be a string or an integer, got {_kind(rid)}")
    return str(rid).strip()


def known_id(record: Any) -> str | None:
    """The record's id when it has a usable one (to name a bad record by its id)."""
    rid = record.get("id") if isinstance(record, Mapping) else None
    if isinstance(rid, bool) or not isinstance(rid, (str, int)) or not str(rid).strip():
        return None
    return str(rid).strip()


def record_fields(record: Any, *, columns: ColumnMap | ColumnCache | None = None, ids: IdRule = "ignore") -> RecordFields:
    """The checked article fields of one record (see the module docstring for the rules).

    Raises:
        MalformedRecord: with a one-line message saying what is wrong and what to do
            (``item`` is left to the caller, who knows the line or row).
    """
    if not isinstance(record, Mapping):
        raise MalformedRecord(f"record is {_kind(record)}, not a JSON object; write one {{\"id\": ..., \"text\": ...}} object per line")
    cache = columns if isinstance(columns, ColumnCache) else ColumnCache(columns)
    cols = cache.resolve(tuple(record.keys()))

    def get(name: str) -> Any:
        key = cols[name]
        return None if key is None or _missing(record.get(key)) else record.get(key)

    rid = _record_id(record, ids)
    text, html = get("text"), get("html")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise MalformedRecord(f"\"{cols[name]}\" must be a string, got {_kind(value)}")
    if text is not None and text.strip():
        html = None  # pre-extracted text wins over the page it came from
    elif html is not None and html.strip():
        text = None
    elif text is not None:
        raise MalformedRecord(f"\"{cols['text']}\" is empty; give the article's text")
    elif html is not None:
        raise MalformedRecord(f"\"{cols['html']}\" is empty; give the page's markup")
    else:
        raise MalformedRecord("record has neither \"text\" nor \"html\" (nor \"body\" or \"content\"); give the article as one of them")
    return RecordFields(
        id=rid,
        text=text,
        html=html,
        title=_metadata(cols["title"] or "title", get("title")),
        url=_metadata(cols["url"] or "url", get("url")),
        published=parse_published(get("published")),
        outlet=_metadata(cols["outlet"] or "outlet", get("outlet")),
        author=_metadata(cols["author"] or "author", get("author")),
    )


def article_from_fields(
    fields: RecordFields,
    *,
    source: str,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    format: str | None = None,
) -> Article:
    """The Article of checked record fields; ``published``/``url``/``title`` given here win,
    ``outlet`` is the fallback for a record that names none.

    Raises:
        EmptyInput: when nothing is left after cleaning.
    """
    article = make_article(
        text=fields.text,
        html=fields.html,
        id=fields.id,
        title=title or fields.title,
        url=url or fields.url,
        published=published or fields.published,
        outlet=fields.outlet or outlet,
        author=fields.author,
        source=source,
    )
    return dataclasses.replace(article, format=format) if format else article


def article_from_record(
    record: Any,
    *,
    source: str,
    columns: ColumnMap | ColumnCache | None = None,
    ids: IdRule = "ignore",
    outlet: str | None = None,
    format: str | None = None,
) -> Article:
    """One record to an Article: ``record_fields`` then ``article_from_fields``.

    Raises:
        MalformedRecord, EmptyInput: the record cannot be read as an article.
    """
    fields = record_fields(record, columns=columns, ids=ids)
    return article_from_fields(fields, source=source, outlet=outlet, format=format)
