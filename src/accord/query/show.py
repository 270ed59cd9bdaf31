"""One article with everything stored about it: ``accord show ID``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from accord.errors import StoreError
from accord.query.records import plain
from accord.records import Extraction

if TYPE_CHECKING:
    from accord.store import Database

#: Shortest id prefix accepted in place of a full article or story id.
MIN_PREFIX = 6


@dataclass(frozen=True)
class ArticleView:
    """An article, its story and sources, and its records.

    ``counted`` holds ``"TABLE:LOCAL_ID"`` (``"events:e1"``) for each record counted in
    queries; the others repeat what an earlier copy of the same story already said.
    """

    extraction: Extraction
    story_id: str
    similarity: float
    story_articles: tuple[dict[str, Any], ...]
    sources: tuple[dict[str, Any], ...]
    counted: frozenset[str]

    @property
    def article(self):  # noqa: ANN201 - Article
        return self.extraction.article

    def to_dict(self) -> dict[str, Any]:
        data = self.extraction.to_dict()
        data["story_id"] = self.story_id
        data["similarity"] = self.similarity
        data["story_articles"] = [plain(a) for a in self.story_articles]
        data["sources"] = [plain(s) for s in self.sources]
        data["counted"] = sorted(self.counted)
        return data


def resolve_id(store: Database, ident: str) -> str:
    """An article id for ``ident``: an article id, a story id (its first article) or a unique prefix.

    Raises:
        StoreError: when nothing, or more than one article, matches.
    """
    ident = ident.strip()
    if store.rows("SELECT 1 FROM articles WHERE id = ?", [ident]):
        return ident
    story = store.rows("SELECT first_article_id FROM stories WHERE id = ?", [ident])
    if story:
        return story[0]["first_article_id"]
    if len(ident) >= MIN_PREFIX:
        matches = store.rows("SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY seq LIMIT 3", [ident])
        if len(matches) == 1:
            return matches[0]["id"]
        if matches:
            raise StoreError(f"the id prefix {ident!r} matches several articles; give more characters")
    raise StoreError(f"no article or story with id {ident!r}; list some with `accord sql \"SELECT id, title FROM articles LIMIT 20\"`")


def article_view(store: Database, ident: str) -> ArticleView:
    article_id = resolve_id(store, ident)
    extraction = store.extraction(article_id)
    assert extraction is not None
    head = store.rows("SELECT story_id, similarity FROM articles WHERE id = ?", [article_id])[0]
    story_articles = store.rows(
        "SELECT id, title, outlet, url, published, similarity FROM articles WHERE story_id = ? ORDER BY seq",
        [head["story_id"]],
    )
    sources = store.rows(
        "SELECT article_id, outlet, url, source, title, published FROM sources WHERE story_id = ? ORDER BY first_seen, key",
        [head["story_id"]],
    )
    counted: set[str] = set()
    for table in ("events", "agreements", "transfers", "activities", "alliances"):
        counted.update(
            f"{table}:{r['local_id']}" for r in store.rows(f"SELECT local_id FROM {table} WHERE article_id = ? AND is_primary", [article_id])
        )
    return ArticleView(
        extraction=extraction,
        story_id=head["story_id"],
        similarity=float(head["similarity"]),
        story_articles=tuple(story_articles),
        sources=tuple(sources),
        counted=frozenset(counted),
    )
