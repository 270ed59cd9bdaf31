"""Dates: publication dates of inputs, and the date expressions of news text.

Two jobs, one module (L0: it imports nothing of accord's above ``errors`` and ``data``):

- **Publication dates** (``normalise_date``, ``parse_published``, ``find_date``): the
  date an article was published, from a user's argument, a record's column, a page's
  metadata or a date line in the page, always as ``YYYY-MM-DD``. Accepted: ISO dates
  and timestamps (``2025-03-14``, ``2025-03-14T10:00:00Z``, ``2025/03/14``),
  ``YYYYMMDD``, e-mail/RSS dates (``Mon, 10 Mar 2025 09:00:00 GMT``), epoch seconds or
  milliseconds (numbers), ``date``/``datetime`` objects (and pandas timestamps), and
  written dates (``March 4, 2025``, ``4 March 2025``, ``14.03.2025``) with month names
  in the languages of ``data/cleaning/calendar.toml`` (``18 juin 2024``, ``4. März
  2025``). A timestamp keeps the calendar date it was written with:
  ``2025-03-14T23:30:00-05:00`` is ``2025-03-14``, the date in the outlet's time zone.
- **Date expressions** (``DateResolver``): "on Tuesday", "last year", "in mid-March",
  resolved against the publication date.

Why not ``dateparser``: measured here, it costs 0.34 s to import and about 1 s for the
first parse, 2-40 ms per date afterwards, and up to several seconds to give up on a
value that is not a date (it tries every language); it also reads ``03/04/2025`` as
3 April where we refuse the ambiguous form. The forms above cover what feeds, corpora
and pages hold, at microseconds per value.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from email.utils import parsedate_to_datetime
from functools import lru_cache
from importlib import resources
from typing import Any

from accord.errors import MalformedRecord

# ---------------------------------------------------------------- publication dates

_WS = re.compile(r"\s+")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er)?"
_YEAR4 = r"(?P<year>(?:19|20)\d{2})"
_ISO_DATE = re.compile(r"^\s*(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?:(?:[T ]|\s*,\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?\s*$", re.I)
_COMPACT = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})\s*$")
#: A free-text value must be essentially only the date, not a sentence that contains one.
_MAX_DATE_CHARS = 60

PUBLISHED_HINT = "published must be a real date such as 2025-03-14 (a timestamp like 2025-03-14T10:00:00Z also works)"


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
        re.compile(rf"\b{_YEAR4}-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})\b"),
        re.compile(rf"(?<!\w){month}\s+{_DAY},?\s+{_YEAR4}\b", re.I),  # March 4, 2025
        re.compile(rf"\b{_DAY}\.?\s+(?:of\s+|de\s+)?{month},?\s+(?:de\s+)?{_YEAR4}\b", re.I),  # 4 March 2025, 18 juin 2024
        re.compile(rf"\b(?P<day>\d{{1,2}})\.\s?(?P<month>\d{{1,2}})\.\s?{_YEAR4}\b"),  # 14.03.2025 (day first)
        re.compile(rf"\b(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/{_YEAR4}\b"),  # 14/03/2025 or 03/14/2025 when unambiguous
    )


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(value: str) -> int:
    """``"03"`` or ``"Mar."`` or ``"March"`` or ``"juin"`` -> the month number (KeyError for anything else)."""
    if value.isdigit():
        return int(value)
    return calendar()[0][value.lower().rstrip(".")]


def _from_number(value: int) -> str | None:
    """``20250314``, epoch seconds or epoch milliseconds (UTC) as ``YYYY-MM-DD``."""
    if 19000101 <= value <= 21001231:
        return normalise_date(str(value))
    try:
        if value > 10**11:
            return dt.datetime.fromtimestamp(value / 1000, tz=dt.timezone.utc).date().isoformat()
        if value > 10**8:
            return dt.datetime.fromtimestamp(value, tz=dt.timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None
    return None


def normalise_date(value: Any) -> str | None:
    """``value`` as ``YYYY-MM-DD``, or None when it is not a real calendar date.

    Accepts ``date``/``datetime`` objects (and pandas timestamps), numbers (``YYYYMMDD``,
    epoch seconds or milliseconds), ISO dates and timestamps, ``YYYYMMDD``, e-mail/RSS
    dates and written dates (``March 4, 2025``, ``4 March 2025``, ``14.03.2025``).
    """
    if value is None or isinstance(value, bool):
        return None
    if hasattr(value, "to_pydatetime"):  # pandas/pyarrow timestamps
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return _from_number(int(value)) if value == value else None  # NaN is no date
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    match = _ISO_DATE.match(text) or _COMPACT.match(text)
    if match:
        return _iso(int(match["year"]), int(match["month"]), int(match["day"]))
    found = find_date(text)
    if found and len(_WS.sub(" ", text)) <= _MAX_DATE_CHARS:
        return found
    try:
        return parsedate_to_datetime(text).date().isoformat()  # "Mon, 10 Mar 2025 09:00:00 GMT"
    except (TypeError, ValueError, IndexError):
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
            if groups.get("a"):
                a, b = int(groups["a"]), int(groups["b"])
                if a > 12 >= b:
                    day, month = a, b
                elif b > 12 >= a:
                    day, month = b, a
                else:
                    continue
            else:
                try:
                    month = _month_number(groups["month"])
                except KeyError:
                    continue
                day = int(groups["day"])
            iso = _iso(int(groups["year"]), month, day)
            if iso and (best is None or match.start() < best[0]):
                best = (match.start(), iso)
            break
    return best[1] if best else None


def parse_published(value: Any, *, item: str | None = None) -> str | None:
    """A given publication date (an argument, a record's field) as ``YYYY-MM-DD``; absent stays None.

    Raises:
        MalformedRecord: when the value is given but is not a real date.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and value != value:  # NaN: an empty cell
        return None
    iso = normalise_date(value)
    if iso is None:
        raise MalformedRecord(f"{PUBLISHED_HINT}, got {value!r}", item=item)
    return iso


# ---------------------------------------------------------------- date expressions in text

#: English month names for the resolver: the pipeline reads English text, and the other
#: languages of ``calendar()`` would turn English words ("set", "out", "pro") into months.
MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        1,
    )
    for name in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?,?(?:\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b,?(?:\s+(\d{{4}}))?", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RE})\.?,?(?:\s+(?:of\s+)?(\d{{4}}))?\b", re.I)
_RELATIVE_UNIT = re.compile(r"\b(last|next|this|past|coming|previous|following)\s+(year|month|week)\b", re.I)
_AGO = re.compile(r"\b(\w+|\d+)\s+(year|month|week|day)s?\s+ago\b", re.I)
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def parse_iso_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` (optionally followed by a time) to a date; None when not a valid date."""
    if not value:
        return None
    match = _ISO.match(value)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


class DateResolver:
    """Resolve date expressions against one article's publication date.

    Args:
        published (str | None): the publication date (ISO YYYY-MM-DD); without it only
            absolute dates ("4 March 2025", "in 2023") resolve.
    """

    def __init__(self, published: str | None) -> None:
        self.base = parse_iso_date(published)

    @property
    def published(self) -> str | None:
        return self.base.isoformat() if self.base else None

    def resolve(self, text: str, *, future: bool = False) -> str | None:
        """Resolve one date expression ("on Tuesday", "last year", "in mid-March").

        Args:
            future (bool): the event lies ahead (planned), so a bare weekday or month
                means the next one, not the last one.
        """
        return _resolve(text.strip(), self.base, future)


@lru_cache(maxsize=4096)
def _resolve(text: str, base: dt.date | None, future: bool) -> str | None:
    low = text.lower()
    if not low:
        return None
    if base is not None:
        relative = _resolve_relative(low, base, future)
        if relative:
            return relative
    return _resolve_calendar(text, low, base, future)


def _resolve_relative(low: str, base: dt.date, future: bool) -> str | None:
    """Expressions that need the publication date: "yesterday", "on Tuesday", "last year", "two weeks ago"."""
    if re.search(r"\btoday\b|\bthis (morning|afternoon|evening)\b|\btonight\b", low):
        return base.isoformat()
    if re.search(r"\byesterday\b|\blast night\b", low):
        return (base - dt.timedelta(days=1)).isoformat()
    if re.search(r"\btomorrow\b", low):
        return (base + dt.timedelta(days=1)).isoformat()
    for name, index in WEEKDAYS.items():
        if re.search(rf"\b{name}\b", low):
            if re.search(r"\bnext\b", low) or (future and not re.search(r"\blast\b", low)):
                delta = (index - base.weekday()) % 7 or 7
                return (base + dt.timedelta(days=delta)).isoformat()
            delta = (base.weekday() - index) % 7
            if re.search(r"\blast\b", low) and delta == 0:
                delta = 7
            return (base - dt.timedelta(days=delta)).isoformat()
    match = _RELATIVE_UNIT.search(low)
    if match:
        direction, unit = match.group(1), match.group(2)
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "this": 0}[direction]
        if unit == "year":
            return str(base.year + step)
        if unit == "month":
            month = base.month + step
            year = base.year + (month - 1) // 12
            month = (month - 1) % 12 + 1
            return f"{year:04d}-{month:02d}"
        return (base + dt.timedelta(days=7 * step)).isoformat()
    match = _AGO.search(low)
    if match:
        amount = _NUMBER_WORDS.get(match.group(1), None)
        if amount is None and match.group(1).isdigit():
            amount = int(match.group(1))
        if amount is not None:
            unit = match.group(2)
            if unit == "year":
                return str(base.year - amount)
            if unit == "month":
                month = base.month - amount
                year = base.year + (month - 1) // 12
                return f"{year:04d}-{(month - 1) % 12 + 1:02d}"
            days = amount * (7 if unit == "week" else 1)
            return (base - dt.timedelta(days=days)).isoformat()
    return None


def _resolve_calendar(text: str, low: str, base: dt.date | None, future: bool) -> str | None:
    """Calendar expressions: "4 March 2025", "March 4", "in mid-March", "in 2023"."""
    match = _DAY_MONTH_YEAR.search(text) or None
    if match:
        day, month, year = int(match.group(1)), MONTHS[match.group(2).lower().rstrip(".")], match.group(3)
        return _day(year, month, day, base, future)
    match = _MONTH_DAY_YEAR.search(text)
    if match:
        month, day, year = MONTHS[match.group(1).lower().rstrip(".")], int(match.group(2)), match.group(3)
        return _day(year, month, day, base, future)
    match = _MONTH_YEAR.search(text)
    if match and not (match.group(1).lower() == "may" and not match.group(2) and not re.search(r"\b(in|of|since|until|by|mid|early|late|end)\b", low)):
        month = MONTHS[match.group(1).lower().rstrip(".")]
        if match.group(2):
            return f"{int(match.group(2)):04d}-{month:02d}"
        if base is None:
            return None
        year = base.year
        if future and month < base.month:
            year += 1
        elif not future and month > base.month:
            year -= 1
        return f"{year:04d}-{month:02d}"
    match = _YEAR.search(text)
    if match:
        return match.group(1)
    return None


def _day(year: str | None, month: int, day: int, base: dt.date | None, future: bool) -> str | None:
    if year:
        y = int(year)
    elif base is not None:
        y = base.year
        candidate = (month, day)
        if not future and candidate > (base.month, base.day):
            y -= 1
        elif future and candidate < (base.month, base.day):
            y += 1
    else:
        return None
    try:
        return dt.date(y, month, day).isoformat()
    except ValueError:
        return None
