"""HTML pages to text and metadata through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None


def extract_html(html: str, url: str | None = None) -> Page:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return Page(text="")
    return Page(text=doc.text or "", title=doc.title, published=doc.date, outlet=doc.sitename, author=doc.author)
