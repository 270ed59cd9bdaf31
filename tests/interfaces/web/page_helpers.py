"""What the web tests read off a rendered page. Imported as ``from page_helpers import ...`` (the
test folders are no packages, so each helper module needs a name of its own)."""

from __future__ import annotations


def page_section(html: str, title: str) -> str:
    """The part of a page between the heading ``title`` and the next heading."""
    return html.split(f"<h2>{title}</h2>", 1)[1].split("<h2>", 1)[0]
