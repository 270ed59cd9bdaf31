"""HTML pages to article text and metadata through trafilatura.

No HTML is scraped by hand here: trafilatura finds the main text and the metadata
(title, date, site name, author). The options were chosen by measurement on the
article-extraction benchmark (``benchmarks/html_extraction.py``, figures in
``docs/ingest.md``): ``favor_precision`` without comments gives the best word-4-gram
F1 of the configurations tried, and precision is what matters for an event extractor
(a menu or a teaser list read as article text invents events).

The text trafilatura returns still passes through ``clean_text`` in ``make_article``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

from accord.dates import normalise_date

Mode = Literal["default", "precision", "recall"]

#: The extraction mode used unless one is asked for (see the module docstring).
DEFAULT_MODE: Mode = "precision"
#: Whether reader comments under the article are kept (they are not the article).
INCLUDE_COMMENTS = False


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in an HTML page.

    Attributes:
        text (str): the main text, one paragraph a line.
        title (str | None): the page's headline.
        published (str | None): publication date as YYYY-MM-DD.
        outlet (str | None): the site's name.
        author (str | None): the author(s), as the page gives them.
    """

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None


def extract_html(
    html: str,
    url: str | None = None,
    *,
    mode: Mode = DEFAULT_MODE,
    include_comments: bool = INCLUDE_COMMENTS,
) -> Page:
    """The main text and metadata of an HTML page.

    Args:
        html (str): the page's markup.
        url (str | None): the page's address (helps trafilatura with the site name and date).
        mode (str): "precision" (default), "default" or "recall": trafilatura's trade-off.
        include_comments (bool): keep reader comments.

    RETURNS (Page): an empty ``text`` when no main text was found (the caller decides
        whether that is an error); never raises for bad markup.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    if not html or not html.strip():
        return Page(text="")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=include_comments,
            favor_precision=mode == "precision",
            favor_recall=mode == "recall",
        )
    except Exception:  # trafilatura/lxml on pathological markup: treat as "no text found"
        return Page(text="")
    if doc is None:
        return Page(text="")
    return Page(
        text=doc.text or "",
        title=doc.title or None,
        published=normalise_date(doc.date),
        outlet=doc.sitename or None,
        author=doc.author or None,
    )
