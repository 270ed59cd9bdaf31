"""One front door: the same record read by `accord extract --jsonl` (read_jsonl) and by
`accord ingest` (iter_items) gives the same article, or the same one-line message."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from accord.ingest.read import read_jsonl
from accord.ingest.sources import SourceOptions, iter_items
from accord.records import Article, Notice

BODY = "Croatia received its last six Rafale fighter jets from France on Friday, completing a deal signed in 2021."


def both_paths(tmp_path: Path, line: str) -> tuple[Article | Notice, Article | Notice]:
    path = tmp_path / "batch.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    (extracted,) = list(read_jsonl(path))
    (ingested,) = list(iter_items([str(path)]))
    return extracted, ingested


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a1", "text": BODY, "published": "2025-02-30"}, "published must be a real date such as 2025-03-14"),
        ({"id": "a1", "text": BODY, "published": "sometime"}, "published must be a real date such as 2025-03-14"),
        ({"id": "a1", "text": 42}, "\"text\" must be a string, got a number"),
        ({"id": "a1", "title": "no body"}, "record has neither \"text\" nor \"html\""),
        ({"id": "a1", "text": "  "}, "\"text\" is empty"),
        ({"id": "a1", "text": "Share this Post\nTweet"}, "no article text left after cleaning"),
    ],
)
def test_a_bad_record_gets_the_same_message_on_both_paths(tmp_path, record, message):
    extracted, ingested = both_paths(tmp_path, json.dumps(record))
    assert isinstance(extracted, Notice) and isinstance(ingested, Notice)
    assert extracted.code == ingested.code
    assert extracted.message == f"{ingested.message} (line 1)"  # extract names the record by its id, so adds the line
    assert ingested.message.startswith(message)
    assert (extracted.item, ingested.item) == ("a1", f"{tmp_path / 'batch.jsonl'}:1")


@pytest.mark.parametrize("line", ["{not json", "[1, 2]"])
def test_a_bad_line_gets_the_same_notice_on_both_paths(tmp_path, line):
    extracted, ingested = both_paths(tmp_path, line)
    assert (extracted.code, extracted.message, extracted.item) == (ingested.code, ingested.message, ingested.item)


def test_a_good_record_is_the_same_article_on_both_paths(tmp_path):
    record = {"id": "a1", "text": BODY, "title": "Jets", "published": "Mon, 10 Mar 2025 09:00:00 GMT", "url": "https://a.example/x"}
    extracted, ingested = both_paths(tmp_path, json.dumps(record))
    same = ("text", "title", "published", "url", "language", "removed")
    assert [getattr(extracted, f) for f in same] == [getattr(ingested, f) for f in same]
    assert extracted.published == "2025-03-10"
    assert extracted.id == "a1" and ingested.id != "a1"  # the store keys articles by their text


def test_ingest_streams_jsonl_from_standard_input():
    lines = b"\n" + json.dumps({"text": BODY}).encode() + b"\n{not json\n"
    items = list(iter_items(["-"], SourceOptions(stdin=io.BytesIO(lines))))
    assert isinstance(items[0], Article) and items[0].source == "stdin:2"
    assert isinstance(items[1], Notice) and items[1].item == "stdin:3"


def test_ingest_reads_a_page_from_standard_input_within_the_size_limit(monkeypatch):
    (article,) = list(iter_items(["-"], SourceOptions(stdin=io.BytesIO(BODY.encode()))))
    assert isinstance(article, Article) and article.text == BODY
    monkeypatch.setenv("ACCORD_MAX_INPUT_BYTES", "50")
    (notice,) = list(iter_items(["-"], SourceOptions(stdin=io.BytesIO(BODY.encode()))))
    assert isinstance(notice, Notice) and notice.code == "too_large" and notice.item == "stdin"


def test_a_bad_date_in_one_json_document_is_the_same_error_on_both_paths(tmp_path):
    from accord.errors import MalformedRecord
    from accord.ingest.read import read_document

    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": BODY, "published": "2025-02-30"}), encoding="utf-8")
    with pytest.raises(MalformedRecord) as info:
        read_document(str(path))
    (notice,) = list(iter_items([str(path)]))
    assert isinstance(notice, Notice)
    assert (notice.code, notice.message, notice.item) == ("malformed", info.value.message, str(path))


def test_a_bad_date_in_a_csv_row_is_an_error_for_that_row_only(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(f'date,text\n2025-02-30,"{BODY}"\n2025-03-14,"{BODY} Again."\n', encoding="utf-8")
    bad, good = list(iter_items([str(path)]))
    assert isinstance(bad, Notice) and bad.item == f"{path}:2"
    assert bad.message == "published must be a real date such as 2025-03-14 (a timestamp like 2025-03-14T10:00:00Z also works), got '2025-02-30'"
    assert isinstance(good, Article) and good.published == "2025-03-14"
