"""Build the extraction pipeline and run it over articles.

The stages run in one direction over one parsed ``Doc`` per article::

    Article ──spaCy──▶ Doc ──actors──▶ Actor + mentions ──events──▶ Event
                                                     └──defence──▶ Agreement, ArmsTransfer,
                                                                   Activity, Alliance, Equipment

Resources (gazetteers, ontology, trigger tables) are loaded once per ``Pipeline`` and
passed to the stages; nothing lives in module globals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from accord.actors.resolve import resolve_actors
from accord.dates import DateResolver
from accord.records import Article, Extraction, Notice
from accord.nlp.lines import SOURCE_TEXT_KEY, doc_text, unwrap_lines

#: spaCy works on texts up to this many characters per Doc; longer articles are cut
#: there with a warning (50 MB of text would need ~50 GB of parser memory).
DEFAULT_MAX_CHARS = 200_000


class Pipeline:
    """accord's extraction pipeline.

    Args:
        model (str | None): spaCy pipeline to parse with (package name or path); None
            loads ``en_core_web_sm`` or its PyPI re-upload.
        max_chars (int): longest text parsed per article; the rest is dropped with a notice.
    """

    def __init__(self, model: str | None = None, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        from accord.actors.gazetteer import Gazetteer
        from accord.defence.extract import DefenceExtractor
        from accord.events.code import EventCoder
        from accord.events.syntax import Grammar
        from accord.nlp.model import load_model

        self.nlp = load_model(model)
        self.max_chars = max_chars
        self.nlp.max_length = max(self.nlp.max_length, max_chars + 1)
        self.gazetteer = Gazetteer.load(self.nlp)
        self.grammar = Grammar.load()
        self.coder = EventCoder.load(self.grammar)
        self.defence = DefenceExtractor.load(self.nlp, grammar=self.grammar, resolver_words=self.gazetteer.words)

    @property
    def model_name(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"

    def extract(self, article: Article) -> Extraction:
        """Extract every record from one article."""
        return next(iter(self.extract_many([article])))

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Extraction]:
        """Extract records from a stream of articles, in order, parsing in batches.

        Streams: articles are pulled from ``articles`` lazily through ``nlp.pipe``.
        """

        def texts() -> Iterator[tuple[str, tuple[Article, tuple[Notice, ...], str]]]:
            for article in articles:
                notices: tuple[Notice, ...] = ()
                text = article.text
                if len(text) > self.max_chars:
                    notices += (
                        Notice(
                            "warning",
                            "truncated",
                            f"article is {len(text):,} characters; only the first {self.max_chars:,} were analysed",
                            article.id,
                        ),
                    )
                    text = text[: self.max_chars]
                if article.language and article.language != "en":
                    notices += (
                        Notice(
                            "warning",
                            "language",
                            f"article looks like language '{article.language}', not English; "
                            "extraction ran with the English model and may miss records",
                            article.id,
                        ),
                    )
                # The model reads the text with its wrapped lines joined; evidence quotes the text.
                yield unwrap_lines(text), (article, notices, text)

        for doc, (article, notices, text) in self.nlp.pipe(texts(), as_tuples=True, batch_size=batch_size):
            if doc_text(doc) != text:
                doc.user_data[SOURCE_TEXT_KEY] = text
            yield self.extract_doc(doc, article, notices)

    def extract_doc(self, doc: Any, article: Article, notices: tuple[Notice, ...] = ()) -> Extraction:
        """Run the accord stages over an already parsed ``Doc`` of ``article.text``."""
        dates = DateResolver(article.published)
        actors, mentions = resolve_actors(doc, self.gazetteer, published=article.published)
        equipment = self.defence.equipment.find(doc, mentions)
        events = self.coder.code(doc, mentions, actors, dates, equipment)
        defence = self.defence.extract(doc, mentions, dates, equipment)
        if article.title:
            defence = self._with_headline(article, defence, doc, mentions, dates)
        return Extraction(
            article=article,
            actors=tuple(actors),
            events=tuple(events),
            agreements=defence.agreements,
            arms_transfers=defence.arms_transfers,
            activities=defence.activities,
            alliances=defence.alliances,
            equipment=defence.equipment,
            notices=notices,
        )


    def _with_headline(self, article: Article, defence: Any, doc: Any, mentions: Any, dates: DateResolver) -> Any:
        """The headline is text too: its agreements and alliances that the body refers to
        (``accord.defence.headline`` says how they keep a body span as evidence)."""
        from accord.defence.headline import with_headline

        title_doc = self.nlp(article.title[: self.max_chars])
        _, title_mentions = resolve_actors(title_doc, self.gazetteer, published=article.published)
        title = self.defence.extract(title_doc, title_mentions, dates)
        return with_headline(defence, title, title_doc, title_mentions, doc, mentions)


_default: dict[str | None, Pipeline] = {}


def get_pipeline(model: str | None = None) -> Pipeline:
    """A shared Pipeline per model name, built on first use."""
    if model not in _default:
        _default[model] = Pipeline(model)
    return _default[model]


def extract(
    text: str | None = None,
    *,
    html: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    id: str | None = None,
    model: str | None = None,
) -> Extraction:
    """Extract every record from one article given as plain text or HTML.

    Args:
        text (str | None): the article as plain text (web leftovers are cleaned off).
        html (str | None): the article as a raw HTML page (instead of ``text``).
        published (str | None): publication date, ISO YYYY-MM-DD; dates such as "yesterday" resolve against it.

    RETURNS (Extraction): the article and every record found in it.

    Raises:
        EmptyInput: when no article text is left after cleaning.
    """
    from accord.ingest.article import make_article

    article = make_article(text=text, html=html, id=id, title=title, url=url, published=published)
    return get_pipeline(model).extract(article)
