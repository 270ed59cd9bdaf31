"""Build an ``Article`` from raw text or HTML plus metadata.

This is the one door into the pipeline: every source (a file, a JSONL line, a feed
item, a fetched page) ends up calling ``make_article``.

Dates: ``published`` is always stored as ``YYYY-MM-DD``. ``normalise_date`` accepts ISO
dates and timestamps (``2025-03-14``, ``2025-03-14T10:00:00Z``, ``2025-03-14 10:00``,
``2025/03/14``), ``date``/``datetime`` objects and the usual written forms
(``March 4, 2025``, ``4 March 2025``, ``14.03.2025``, and month names in the
languages of ``data/cleaning/calendar.toml``: ``18 juin 2024``, ``4. März 2025``). A
timestamp keeps the calendar
date it was written with: ``2025-03-14T23:30:00-05:00`` is ``2025-03-14``, the date
in the outlet's own time zone.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import re
import tomllib
import unicodedata
from importlib import resources
from typing import Any

from accord.errors import EmptyInput, MalformedRecord
from accord.records import Article

_WS = re.compile(r"\s+")

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ISO = re.compile(r"^\s*(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?:(?:[T ]|\s*,\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?\s*$", re.I)
_COMPACT = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})\s*$")


@functools.cache
def calendar() -> tuple[dict[str, int], frozenset[str]]:
    """Month names (in the languages of ``data/cleaning/calendar.toml``) -> number, and weekday names."""
    raw = tomllib.loads(resources.files("accord.data.cleaning").joinpath("calendar.toml").read_text("utf-8"))
    months = {name: int(number) for number, names in raw["months"].items() for name in names}
    return months, frozenset(raw["weekdays"]["names"])


@functools.cache
def _text_forms() -> tuple[re.Pattern[str], ...]:
    """Written date forms, the first of which found in a line is its date."""
    names = sorted(calendar()[0], key=len, reverse=True)
    month = r"(?P<month>" + "|".join(re.escape(n) for n in names) + r")\.?"
    return (
        re.compile(rf"\b{_YEAR}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})\b"),
        re.compile(rf"(?<!\w){month}\s+{_DAY},?\s+{_YEAR}\b", re.I),  # March 4, 2025
        re.compile(rf"\b{_DAY}\.?\s+(?:of\s+|de\s+)?{month},?\s+(?:de\s+)?{_YEAR}\b", re.I),  # 4 March 2025, 18 juin 2024
        re.compile(rf"\b(?P<day>\d{{1,2}})\.\s?(?P<month>\d{{1,2}})\.\s?{_YEAR}\b"),  # 14.03.2025 (day first)
        re.compile(rf"\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR}\b"),  # 14/03/2025 or 03/14/2025 when unambiguous
    )


def text_key(text: str) -> str:
    """A stable id for a text: SHA-1 of its NFC-normalised, whitespace-folded, lowercased form."""
    norm = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month(value: str) -> int:
    """``"03"`` or ``"Mar."`` or ``"March"`` or ``"juin"`` -> the month number (KeyError for anything else)."""
    if value.isdigit():
        return int(value)
    return calendar()[0][value.lower().rstrip(".")]


def normalise_date(value: Any) -> str | None:
    """``value`` as ``YYYY-MM-DD``, or None when it is not a real calendar date.

    Accepts ``date``/``datetime`` objects, ISO dates and timestamps, ``YYYYMMDD`` and
    written dates (``March 4, 2025``, ``4 March 2025``, ``14.03.2025``).
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    match = _ISO.match(text) or _COMPACT.match(text)
    if match:
        return _iso(int(match["year"]), int(match["month"]), int(match["day"]))
    found = find_date(text)
    # A free-text value must be essentially only the date (not a sentence that contains one).
    if found and len(_WS.sub(" ", text)) <= 60:
        return found
    return None


def find_date(text: str) -> str | None:
    """The first written date in ``text`` (a timestamp line) as ``YYYY-MM-DD``, or None.

    Day/month order: ``14.03.2025`` is day first; ``03/04/2025`` is skipped as ambiguous
    unless one number is over 12.
    """
    best: tuple[int, str] | None = None
    for form in _text_forms():
        for match in form.finditer(text):
            groups = match.groupdict()
            if "a" in groups and groups.get("a"):
                a, b = int(groups["a"]), int(groups["b"])
                if a > 12 >= b:
                    day, month = a, b
                elif b > 12 >= a:
                    day, month = b, a
                else:
                    continue
            else:
                try:
                    month = _month(groups["month"])
                except KeyError:
                    continue
                day = int(groups["day"])
            iso = _iso(int(groups["year"]), month, day)
            if iso and (best is None or match.start() < best[0]):
                best = (match.start(), iso)
            break
    return best[1] if best else None


def parse_published(value: Any, *, item: str | None = None) -> str | None:
    """A user-given publication date as ``YYYY-MM-DD``; None stays None.

    Raises:
        MalformedRecord: when the value is given but is not a real date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    iso = normalise_date(value)
    if iso is None:
        raise MalformedRecord(
            f"published must be a real date such as 2025-03-14 (a timestamp like 2025-03-14T10:00:00Z also works), got {value!r}",
            item=item,
        )
    return iso


def make_article(
    *,
    text: str | None = None,
    html: str | None = None,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    source: str | None = None,
) -> Article:
    """Clean ``text`` or extract ``html`` into an Article.

    ``published`` is taken from the argument, else the page's metadata, else a
    timestamp line the cleaner dropped from the header; it is normalised to YYYY-MM-DD.

    Raises:
        EmptyInput: when nothing readable is left.
        MalformedRecord: when ``published`` is given but is not a date.
    """
    from accord.ingest.clean import clean_text
    from accord.ingest.html import extract_html
    from accord.ingest.language import detect_language

    item = source or id
    published = parse_published(published, item=item)
    fmt = "text"
    if html is not None:
        fmt = "html"
        page = extract_html(html, url=url)
        title = title or page.title
        published = published or normalise_date(page.published)
        outlet = outlet or page.outlet
        author = author or page.author
        cleaned = clean_text(page.text, title=title)
    else:
        cleaned = clean_text(text or "", title=title)
    body = cleaned.body
    title = _clean_title(title) or cleaned.title
    published = published or cleaned.published
    if not body.strip():
        if html is not None:
            raise EmptyInput("no article text found in the HTML page; check that it is an article page, or pass its text", item=item)
        raise EmptyInput("no article text left after cleaning (only whitespace or web leftovers)", item=item)
    return Article(
        id=id or text_key(body),
        text=body,
        title=title,
        outlet=_clean_title(outlet),
        published=published,
        url=url,
        language=detect_language(body),
        author=_clean_title(author),
        source=source,
        format=fmt,
        removed=cleaned.removed,
    )


def _clean_title(value: str | None) -> str | None:
    """Whitespace-fold a metadata string; empty becomes None."""
    if value is None:
        return None
    folded = _WS.sub(" ", value).strip()
    return folded or None
