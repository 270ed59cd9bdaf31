"""Resolve the date expressions of news text against the publication date.

Results are ISO strings at the precision the text gives: ``2025-03-11`` (a day),
``2025-03`` (a month: "in mid-March"), ``2025`` (a year: "last year", "during 2025").
The rules cover the forms wire copy uses and know what a generic date parser does
not: a bare weekday or month in a report of a past event means the last one, in a
plan the next one.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

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
        published (str | None): the publication date (YYYY-MM-DD); without it only
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
