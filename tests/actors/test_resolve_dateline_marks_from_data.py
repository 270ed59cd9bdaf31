"""The dateline marks MentionIndex and the resolver read come from resolver.toml's words (the
one list, ``dateline_marks``), not from literals in code; an index built by hand without the
words reads resolver.toml once per process, not once per Doc (sentences written for these tests)."""

from accord.actors import resolve
from accord.actors.resolve import MentionIndex, resolve_actors


def _index(pipeline, text):
    return resolve_actors(pipeline.nlp(text), pipeline.gazetteer)[1]


def test_a_dash_or_comma_after_a_capital_gives_the_dateline_place(pipeline):
    assert _index(pipeline, "TALLINN - Estonia and Latvia signed a border accord on Monday.").dateline_place() == "Tallinn"
    assert _index(pipeline, "TALLINN, May 2 - Estonia and Latvia signed a border accord.").dateline_place() == "Tallinn"


def test_no_dateline_place_after_the_marks_it_does_not_read(pipeline):
    words = pipeline.gazetteer.words
    assert words.dateline_place_unread_marks <= words.dateline_marks
    # "--" and "(" are dateline marks the agreement's fallback place was never read after
    assert _index(pipeline, "TALLINN -- Estonia and Latvia signed a border accord on Monday.").dateline_place() is None


def test_a_hand_built_index_reads_the_words_once_per_process(pipeline, monkeypatch):
    calls = []
    original = resolve.ResolverWords.load
    resolve._loaded_resolver_words.cache_clear()
    monkeypatch.setattr(resolve.ResolverWords, "load", classmethod(lambda cls: calls.append(1) or original()))
    try:
        for text in ("TALLINN - The navy held a drill.", "RIGA - The army held a parade."):
            doc = pipeline.nlp(text)
            mentions = resolve_actors(doc, pipeline.gazetteer)[1].mentions
            MentionIndex(doc, mentions).dateline()
    finally:
        resolve._loaded_resolver_words.cache_clear()
    assert len(calls) == 1
