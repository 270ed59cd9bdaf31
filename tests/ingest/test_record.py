"""record_fields / article_from_record: one record (JSON object, CSV or Parquet row) to one Article."""

from __future__ import annotations

import pytest

from accord.errors import EmptyInput, MalformedRecord
from accord.ingest.record import ColumnCache, ColumnMap, article_from_record, record_fields

BODY = "Croatia received its last six Rafale fighter jets from France on Friday, completing a deal signed in 2021."


def test_fields_are_found_under_their_common_names_in_any_case():
    fields = record_fields({"Headline": "Jets", "BODY": BODY, "Link": "https://a.example/x", "date": "2025-03-14T10:00:00Z", "Publisher": "Wire"})
    assert (fields.title, fields.text, fields.url, fields.published, fields.outlet) == ("Jets", BODY, "https://a.example/x", "2025-03-14", "Wire")


def test_explicit_column_names_win_over_common_ones():
    fields = record_fields({"text": "not this", "story": BODY, "when": "14 March 2025"}, columns=ColumnMap(text="story", published="when"))
    assert fields.text == BODY and fields.published == "2025-03-14"


def test_a_column_cache_maps_each_key_set_once():
    cache = ColumnCache(ColumnMap(text="story"))
    assert record_fields({"story": BODY}, columns=cache).text == BODY
    assert record_fields({"story": BODY, "title": "T"}, columns=cache).title == "T"


def test_text_wins_over_html_and_empty_text_falls_back_to_html():
    assert record_fields({"text": BODY, "html": "<p>page</p>"}).html is None
    fields = record_fields({"text": "  ", "html": "<p>page</p>"})
    assert (fields.text, fields.html) == (None, "<p>page</p>")


def test_metadata_lists_are_joined_and_numbers_become_text():
    fields = record_fields({"text": BODY, "authors": ["Jane Doe", None, "John Roe"], "title": 1984})
    assert (fields.author, fields.title) == ("Jane Doe, John Roe", "1984")


def test_missing_values_from_data_frames_count_as_absent():
    fields = record_fields({"text": BODY, "title": float("nan"), "published": float("nan")})
    assert (fields.title, fields.published) == (None, None)


@pytest.mark.parametrize(
    ("record", "message"),
    [
        (["a list"], "record is a list, not a JSON object"),
        ({"title": "no body"}, "record has neither \"text\" nor \"html\""),
        ({"text": 42}, "\"text\" must be a string, got a number"),
        ({"body": "   "}, "\"body\" is empty"),
        ({"html": ""}, "\"html\" is empty"),
        ({"text": BODY, "author": {"name": "x"}}, "\"author\" must be a string, got an object"),
        ({"text": BODY, "published": "2025-02-30"}, "published must be a real date such as 2025-03-14"),
        ({"text": BODY, "date": "last Tuesday"}, "published must be a real date such as 2025-03-14"),
    ],
)
def test_a_bad_record_is_one_malformed_record_with_a_one_line_message(record, message):
    with pytest.raises(MalformedRecord) as info:
        record_fields(record)
    assert info.value.message.startswith(message) and "\n" not in info.value.message


def test_ids_are_required_used_or_ignored_as_the_reader_asks():
    with pytest.raises(MalformedRecord, match="no \"id\""):
        record_fields({"text": BODY}, ids="require")
    with pytest.raises(MalformedRecord, match="string or an integer"):
        record_fields({"id": [1], "text": BODY}, ids="optional")
    assert record_fields({"id": 7, "text": BODY}, ids="optional").id == "7"
    assert record_fields({"id": [1], "text": BODY}, ids="ignore").id is None


def test_article_from_record_cleans_the_text_and_keeps_the_source():
    article = article_from_record({"text": BODY + "\n\nShare this Post", "published": 20250314}, source="batch.csv:2", outlet="Archive")
    assert article.text == BODY and article.published == "2025-03-14"
    assert (article.outlet, article.source, article.removed) == ("Archive", "batch.csv:2", ("Share this Post",))


def test_a_record_of_only_leftovers_is_empty():
    with pytest.raises(EmptyInput):
        article_from_record({"text": "Share this Post\nTweet"}, source="x")
