"""Properties that hold for any input: the readers, the decoder, the cleaner and
``extract`` never raise anything but an ``AccordError``; every evidence span matches
the article text; every extraction validates against the JSON Schema.

Hypothesis generates the inputs (arbitrary bytes and text, plus text built from news
words and markup so the pipeline finds actors and events); the full-pipeline
properties run few examples and are marked slow.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from accord.errors import AccordError
from accord.ingest.clean import clean_text
from accord.ingest.decode import decode_bytes
from accord.ingest.jsonl import iter_json_lines
from accord.ingest.read import read_document
from accord.ingest.sources import SourceOptions, iter_items
from accord.records import Article, Notice

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "src/accord/schema/extraction.schema.json").read_text())

WORDS = [
    "France", "Germany", "Russia", "Ukraine", "China", "NATO", "the", "minister", "signed", "an", "agreement",
    "with", "attacked", "troops", "missiles", "on", "Monday", "said", "president", "delivered", "F-16", "jets",
    "to", "Argentina", "sanctions", "against", "talks", "in", "Paris", ".", ",", "\n", "\n\n", "«", "»", "—",
    "Gašić", "Вучич", "北京", "\u200b", "\ufeff", "\x00", "<p>", "</p>", "<script>", "&amp;", "{", "\"",
]
news_text = st.lists(st.sampled_from(WORDS), min_size=0, max_size=120).map(" ".join)
any_text = st.one_of(st.text(max_size=400), news_text)
any_bytes = st.one_of(st.binary(max_size=600), any_text.map(lambda t: t.encode("utf-8", "surrogatepass")))

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def only_accord_errors(call: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return call(*args, **kwargs)
    except AccordError:
        return None


@FAST
@given(any_bytes)
def test_decoding_any_bytes_gives_text_or_an_accord_error(data: bytes) -> None:
    text = only_accord_errors(decode_bytes, data)
    assert text is None or isinstance(text, str)


@FAST
@given(any_text)
def test_cleaning_any_text_never_raises(text: str) -> None:
    cleaned = clean_text(text)
    assert isinstance(cleaned.body, str)


@FAST
@given(st.lists(any_bytes, max_size=6))
def test_the_jsonl_reader_turns_any_lines_into_values_or_notices(lines: list[bytes]) -> None:
    stream = io.BytesIO(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    for lineno, _value in iter_json_lines(stream, name="x", max_bytes=300):
        assert lineno >= 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=any_bytes, suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".csv", ".xml", ".warc", ".md", ".dat"]))
def test_ingest_readers_yield_articles_or_notices_for_any_file(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for item in iter_items([str(path)], SourceOptions(follow_feed_links=False)):
        assert isinstance(item, (Article, Notice))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=any_bytes, suffix=st.sampled_from([".txt", ".html", ".json", ".dat"]))
def test_the_extract_reader_gives_an_article_or_an_accord_error_for_any_file(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    article = only_accord_errors(read_document, str(path))
    assert article is None or isinstance(article, Article)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_bytes)
def test_ingest_reads_any_standard_input(data: bytes) -> None:
    for item in iter_items(["-"], SourceOptions(stdin=io.BytesIO(data), follow_feed_links=False)):  # type: ignore[arg-type]
        assert isinstance(item, (Article, Notice))


def spans(value: Any) -> list[dict[str, Any]]:
    """Every ``{start, end, text}`` object inside an extraction's dict."""
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            found.append(value)
        for child in value.values():
            found += spans(child)
    elif isinstance(value, list):
        for child in value:
            found += spans(child)
    return found


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.one_of(news_text.map(str.encode), any_bytes))
@example(data=(Path(__file__).resolve().parents[2] / "examples/serbia_hungary.txt").read_bytes())
@example(data=(Path(__file__).resolve().parents[2] / "tests/e2e/articles/argentina_f16_delivery.txt").read_bytes()[:3000] + b" \x96 ")
def test_extract_on_any_input_validates_and_every_span_matches_the_text(pipeline: Any, data: bytes, tmp_path_factory: Any) -> None:
    path = tmp_path_factory.mktemp("x") / "article.txt"
    path.write_bytes(data)
    article = only_accord_errors(read_document, str(path))
    if article is None:
        return
    extraction = only_accord_errors(pipeline.extract, article)
    if extraction is None:
        return
    result = extraction.to_dict()
    jsonschema.validate(result, SCHEMA)
    text = result["article"]["text"]
    assert "\x00" not in text
    for span in spans(result):
        if span is result["article"]:
            continue
        assert text[span["start"] : span["end"]] == span["text"]
