"""Build an ``Article`` from raw text or HTML plus metadata.

This is the one door into the pipeline: every source (a file, a JSONL line, a feed
item, a fetched page) ends up calling ``make_article``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from accord.errors import EmptyInput
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
    published: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    source: str | None = None,
) -> Article:
    """Clean ``text`` or extract ``html`` into an Article.

    Raises:
        EmptyInput: when nothing readable is left.
    """
    from accord.ingest.clean import clean_text
    from accord.ingest.html import extract_html
    from accord.ingest.language import detect_language

    fmt = "text"
    removed: tuple[str, ...] = ()
    if html is not None:
        fmt = "html"
        page = extract_html(html, url=url)
        body = page.text
        title = title or page.title
        published = published or page.published
        outlet = outlet or page.outlet
        author = author or page.author
        cleaned = clean_text(body)
    else:
        cleaned = clean_text(text or "")
    body = cleaned.body
    title = title or cleaned.title
    removed = removed + cleaned.removed
    if not body.strip():
        raise EmptyInput("no article text left after cleaning", item=source or id)
    language = detect_language(body)
    return Article(
        id=id or text_key(body),
        text=body,
        title=title,
        outlet=outlet,
        published=published,
        url=url,
        language=language,
        author=author,
        source=source,
        format=fmt,
        removed=removed,
    )
