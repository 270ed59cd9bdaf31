"""Build an ``Article`` from raw text or HTML plus metadata.

This is the one door into the pipeline: every source (a file, a JSONL line, a feed
item, a fetched page) ends up calling ``make_article``. Publication dates are read by
``accord.dates`` (``published`` is always stored as ``YYYY-MM-DD``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Any

from accord.dates import normalise_date, parse_published
from accord.errors import EmptyInput
from accord.ingest.clean import clean_text
from accord.ingest.html import extract_html
from accord.ingest.language import detect_language
from accord.records import Article

_WS = re.compile(r"\s+")


def text_key(text: str) -> str:
    """A stable id for a text: SHA-1 of its NFC-normalised, whitespace-folded, lowercased form."""
    norm = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def make_article(
    *,
    text: str | None = None,
    html: str | None = None,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: Any = None,
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


__all__ = ["make_article", "normalise_date", "parse_published", "text_key"]
