"""read_document and read_jsonl: files, stdin and JSONL batches to Articles and Notices."""

from __future__ import annotations

import inspect
import io
import json
import random
import sys
import time
from pathlib import Path

import pytest

from accord.errors import BinaryInput, EmptyInput, InputError, MalformedRecord, TooLarge
from accord.ingest.decode import MAX_BYTES_ENV
from accord.ingest.read import looks_like_html, read_document, read_jsonl
from accord.records import Article, Notice

HTML_PAGE = Path(__file__).parent / "fixtures" / "html" / "portal_article.html"
ENGLISH = (
    "Croatia receives last Rafale jets\n\n"
    "ZAGREB, March 14 (Reuters) - Croatia received its last six Rafale fighter jets from France on Friday, "
    "completing a deal for twelve used aircraft signed in 2021.\n\n"
    "Share this Post\n3 min read\n"
)
GERMAN = (
    "Die Bundesregierung hat am Dienstag beschlossen, eine Brigade dauerhaft in Litauen zu stationieren. "
    "Die ersten Soldaten sollen im kommenden Jahr in Vilnius eintreffen, teilte das Verteidigungsministerium mit."
)


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


# ------------------------------------------------------------------ read_document


def test_text_file_becomes_a_clean_article(tmp_path):
    path = write(tmp_path, "a.txt", ENGLISH)
    article = read_document(path)
    assert article.title == "Croatia receives last Rafale jets"
    assert article.text.startswith("ZAGREB, March 14 (Reuters) - Croatia received")
    assert article.removed == ("Share this Post", "3 min read")
    assert article.source == path and article.format == "text" and article.language == "en"


def test_empty_file_is_rejected_as_empty_with_the_path(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(EmptyInput) as info:
        read_document(path)
    assert info.value.item == path


def test_file_of_only_leftovers_is_rejected_as_empty(tmp_path):
    with pytest.raises(EmptyInput):
        read_document(write(tmp_path, "junk.txt", "Share this Post\nTweet\nAdvertisement\n"))


def test_binary_file_is_rejected_with_one_line_message(tmp_path):
    path = write(tmp_path, "photo.txt", random.Random(3).randbytes(8192))
    with pytest.raises(BinaryInput) as info:
        read_document(path)
    assert info.value.item == path
    assert "\n" not in str(info.value)


def test_png_renamed_to_txt_is_rejected(tmp_path):
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(BinaryInput, match="PNG image"):
        read_document(path)


def test_utf16_file_is_read(tmp_path):
    path = write(tmp_path, "utf16.txt", ENGLISH.encode("utf-16"))
    assert "Rafale fighter jets" in read_document(path).text


def test_cp1252_file_is_read(tmp_path):
    text = "Croatia’s defence minister called the deal “a milestone” — the café talks went well in Zagreb on Friday."
    path = write(tmp_path, "legacy.txt", text.encode("cp1252"))
    assert read_document(path).text == text


def test_50_mb_file_is_rejected_by_size_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"Serbia and Hungary signed a plan.\n")
        handle.truncate(50 * 1024 * 1024)
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    start = time.perf_counter()
    with pytest.raises(TooLarge) as info:
        read_document(str(path))
    assert time.perf_counter() - start < 1.0
    assert opened == []
    assert "52.4 MB" in info.value.message and MAX_BYTES_ENV in info.value.message
    assert info.value.item == str(path)


def test_size_limit_can_be_raised_or_lowered_by_environment(tmp_path, monkeypatch):
    path = write(tmp_path, "a.txt", ENGLISH)
    monkeypatch.setenv(MAX_BYTES_ENV, "100")
    with pytest.raises(TooLarge):
        read_document(path)
    monkeypatch.setenv(MAX_BYTES_ENV, "100000")
    assert read_document(path).title


def test_non_english_file_gets_its_language(tmp_path):
    assert read_document(write(tmp_path, "de.txt", GERMAN)).language == "de"


def test_missing_file_is_an_input_error_saying_no_such_file(tmp_path):
    path = str(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="no such file") as info:
        read_document(path)
    assert info.value.item == path
    assert str(info.value) == f"{path}: no such file; check the path"


def test_directory_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_document(str(tmp_path))


def test_html_file_with_boilerplate_becomes_an_article(tmp_path):
    path = write(tmp_path, "page.html", HTML_PAGE.read_bytes())
    article = read_document(path)
    assert article.format == "html"
    assert article.published == "2025-12-02"
    assert "84 joint activities" in article.text
    for leftover in ("We use cookies", "Subscribe", "Share on Facebook", "Leave a Reply", "Privacy policy"):
        assert leftover not in article.text


def test_html_with_unknown_extension_is_sniffed(tmp_path):
    path = write(tmp_path, "page.php", HTML_PAGE.read_bytes())
    assert read_document(path).format == "html"


def test_html_markup_in_a_txt_file_is_taken_as_text(tmp_path):
    path = write(tmp_path, "note.txt", "<b>Croatia</b> received its last six Rafale fighter jets from France on Friday.")
    assert read_document(path).format == "text"


def test_json_record_is_read_with_its_metadata(tmp_path):
    record = {"id": "hr-1", "text": ENGLISH, "url": "https://example.test/a", "published": "2025-03-14T10:00:00Z", "outlet": "Wire"}
    article = read_document(write(tmp_path, "a.json", json.dumps(record)))
    assert (article.id, article.published, article.url, article.outlet, article.format) == (
        "hr-1",
        "2025-03-14",
        "https://example.test/a",
        "Wire",
        "json",
    )


def test_json_record_with_html_is_extracted(tmp_path):
    record = {"html": HTML_PAGE.read_text("utf-8")}
    article = read_document(write(tmp_path, "page.json", json.dumps(record)))
    assert "84 joint activities" in article.text and article.format == "json"


def test_arguments_win_over_json_record_fields(tmp_path):
    record = {"text": ENGLISH, "title": "Old", "published": "2025-03-14"}
    article = read_document(write(tmp_path, "a.json", json.dumps(record)), published="2025-03-15", title="New")
    assert (article.title, article.published) == ("New", "2025-03-15")


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("{not json", "not valid JSON"),
        ('[{"text": "a"}]', "JSON list"),
        ('{"title": "no body"}', "neither"),
        ('{"text": 42}', "must be a string"),
        ('{"text": "   "}', "empty"),
        ('{"text": "Croatia received jets on Friday.", "published": "2025-02-30"}', "2025-02-30"),
    ],
)
def test_bad_json_record_is_a_malformed_record(tmp_path, content, match):
    with pytest.raises(MalformedRecord, match=match):
        read_document(write(tmp_path, "bad.json", content))


def test_impossible_published_argument_is_rejected(tmp_path):
    with pytest.raises(MalformedRecord, match="published"):
        read_document(write(tmp_path, "a.txt", ENGLISH), published="2025-13-40")


def test_jsonl_file_given_as_a_document_points_to_jsonl_mode(tmp_path):
    with pytest.raises(InputError, match="--jsonl"):
        read_document(write(tmp_path, "batch.jsonl", '{"id": "a", "text": "x"}\n'))


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text_is_read(monkeypatch):
    _stdin(monkeypatch, ENGLISH.encode())
    article = read_document("-")
    assert article.source == "stdin" and article.format == "text"


def test_stdin_html_is_sniffed(monkeypatch):
    _stdin(monkeypatch, HTML_PAGE.read_bytes())
    assert read_document("-").format == "html"


def test_stdin_over_the_limit_is_too_large(monkeypatch):
    _stdin(monkeypatch, b"a" * 500)
    with pytest.raises(TooLarge):
        read_document("-", max_bytes=100)


def test_html_sniffing():
    assert looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert looks_like_html("  <div class='a'><p>Text</p></div>")
    assert not looks_like_html("Croatia <3 Rafale")
    assert not looks_like_html("<b>bold</b> start of a plain text")


# --------------------------------------------------------------------- read_jsonl


def test_malformed_jsonl_lines_become_notices_and_good_lines_still_articles(tmp_path):
    good = "Croatia received its last six Rafale fighter jets from France on Friday in Zagreb."
    lines = [
        json.dumps({"id": "a1", "text": good, "published": "2025-03-14T10:00:00Z"}),  # 1 ok
        "{not json",  # 2
        json.dumps(["a list"]),  # 3
        json.dumps({"text": good}),  # 4 no id
        "",  # 5 blank: skipped
        json.dumps({"id": "a2", "title": "no body"}),  # 6
        json.dumps({"id": "a3", "text": ["wrong", "type"]}),  # 7
        json.dumps({"id": "a4", "text": "   "}),  # 8
        json.dumps({"id": "a5", "text": good, "published": "2025-02-30"}),  # 9
        json.dumps({"id": "a1", "text": good}),  # 10 duplicate id
        json.dumps({"id": 6, "html": HTML_PAGE.read_text("utf-8")}),  # 11 ok
        json.dumps({"id": "a7", "text": "Share this Post\nTweet"}),  # 12 nothing left
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_jsonl(path))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Article", "Notice", "Notice", "Notice", "Notice", "Notice", "Notice", "Notice", "Notice", "Article", "Notice"]
    first, last = items[0], items[9]
    assert isinstance(first, Article) and first.id == "a1" and first.published == "2025-03-14"
    assert first.source == f"{path}:1" and first.format == "text"
    assert isinstance(last, Article) and last.id == "6" and last.format == "html"
    notices = [item for item in items if isinstance(item, Notice)]
    assert all(n.level == "error" and "\n" not in n.message for n in notices)
    assert [n.item for n in notices] == [f"{path}:2", f"{path}:3", f"{path}:4", "a2", "a3", "a4", "a5", "a1", "a7"]
    assert [n.code for n in notices] == ["malformed"] * 7 + ["duplicate_id", "empty"]
    assert "line 9" in notices[6].message and "2025-02-30" in notices[6].message


def test_jsonl_line_that_is_not_utf8_is_a_notice(tmp_path):
    good = json.dumps({"id": "b", "text": "Croatia received its last Rafale jets on Friday."})
    path = write(tmp_path, "b.jsonl", b'{"id": "a", "text": "caf\xe9"}\n' + good.encode() + b"\n")
    items = list(read_jsonl(path))
    assert isinstance(items[0], Notice) and items[0].code == "undecodable"
    assert isinstance(items[1], Article) and items[1].id == "b"


def test_jsonl_is_streamed_lazily(tmp_path):
    path = write(tmp_path, "c.jsonl", json.dumps({"id": "a", "text": "Croatia received its jets."}) + "\n")
    assert inspect.isgenerator(read_jsonl(path))


def test_missing_jsonl_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_jsonl(tmp_path / "none.jsonl"))


# ------------------------------------------------------------------ reading notices

#: Mostly valid UTF-8 (names with diacritics) with three stray bytes: kept as UTF-8, the bytes replaced.
STRAY = ("Vučić i Orbán potpisali su sporazum o saradnji u Beogradu. " * 10).encode()
STRAY = STRAY + b"\x96\x97\x98 " + STRAY
#: A JSONL line must be UTF-8; one whose text was already decoded with replacements carries U+FFFD.
JSONL_STRAY = (json.dumps({"id": "r1", "text": STRAY.decode("utf-8", errors="replace")}) + "\n").encode()


def _ingest_notices(spec: str) -> list[Notice]:
    from accord.ingest.sources import RawItem, iter_items

    items = [i.item if isinstance(i, RawItem) else i for i in iter_items([spec])]
    return [n for n in items if isinstance(n, Notice) and n.code == "replaced_bytes"]


def _extract_notices(article: Article) -> list[Notice]:
    from accord.ingest.read import with_reading_notices
    from accord.records import Extraction

    truncated = Notice("warning", "truncated", "analysed in part", article.source)  # the pipeline's own come after
    notices = with_reading_notices(Extraction(article, notices=(truncated,))).notices
    assert notices[-1] == truncated
    return [n for n in notices if n.code == "replaced_bytes"]


def test_a_document_with_stray_bytes_gets_the_same_notice_from_extract_as_from_ingest(tmp_path):
    path = write(tmp_path, "stray.txt", STRAY)
    from_ingest = _ingest_notices(path)
    assert len(from_ingest) == 1 and "3 replacement character(s)" in from_ingest[0].message
    assert _extract_notices(read_document(path)) == from_ingest


def test_a_jsonl_line_with_stray_bytes_gets_the_same_notice_from_extract_as_from_ingest(tmp_path):
    line = JSONL_STRAY
    path = write(tmp_path, "batch.jsonl", line)
    from_ingest = _ingest_notices(path)
    [article] = list(read_jsonl(path))
    assert len(from_ingest) == 1
    assert [n.message for n in _extract_notices(article)] == [n.message for n in from_ingest]


def test_clean_text_gets_no_reading_notice(tmp_path):
    assert _extract_notices(read_document(write(tmp_path, "clean.txt", ENGLISH))) == []


def test_accord_extract_prints_the_notice_for_a_file_stdin_and_jsonl(tmp_path, monkeypatch):
    """The command adds the notice where its reader hands the article to the pipeline."""
    from typer.testing import CliRunner

    import accord.pipeline
    from accord.interfaces.cli.app import app
    from accord.records import Extraction

    class NoModel:  # extraction itself is not under test here
        def __init__(self, model=None):
            pass

        def extract(self, article):
            return Extraction(article)

        def extract_many(self, articles, batch_size=16):
            return (Extraction(a) for a in articles)

    monkeypatch.setattr(accord.pipeline, "Pipeline", NoModel)
    path = write(tmp_path, "stray.txt", STRAY)
    jsonl = write(tmp_path, "batch.jsonl", JSONL_STRAY)
    expected = _ingest_notices(path)[0].message
    runs = [
        CliRunner().invoke(app, ["extract", path, "-f", "json"]),
        CliRunner().invoke(app, ["extract", "-", "-f", "json"], input=STRAY),
        CliRunner().invoke(app, ["extract", "--jsonl", jsonl, "-f", "json"]),
    ]
    for result in runs:
        assert result.exit_code == 0, result.output
        notices = json.loads(result.stdout.splitlines()[0])["notices"]
        assert [n["message"] for n in notices if n["code"] == "replaced_bytes"] == [expected]


def test_read_jsonl_gives_each_record_the_format_accord_ingest_gives_it(tmp_path):
    from accord.ingest.sources import RawItem, iter_items

    records = [{"id": "t", "text": ENGLISH}, {"id": "h", "html": HTML_PAGE.read_text("utf-8")}]
    path = write(tmp_path, "batch.jsonl", "\n".join(json.dumps(r) for r in records) + "\n")
    ingested = [i.item if isinstance(i, RawItem) else i for i in iter_items([path])]
    assert [a.format for a in read_jsonl(path)] == [a.format for a in ingested] == ["text", "html"]
