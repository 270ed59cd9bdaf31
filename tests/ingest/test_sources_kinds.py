"""Sources: every kind of input becomes articles (or one notice per bad item)."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import httpx
import pytest
from store_fakes import WIRE, unique_text

from accord.ingest.article import text_key
from accord.ingest.fetch import Fetcher
from accord.ingest.sources import ColumnMap, SourceOptions, iter_items
from accord.records import Article, Notice

PAGE = f"""<html><head><title>Serbia and Albania</title>
<meta property="og:site_name" content="Balkan Wire"></head>
<body><nav>Home | World</nav><article><h1>Serbia condemns Albania</h1>
<p>{WIRE}</p></article><footer>Subscribe</footer></body></html>"""


def articles(items) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def notices(items) -> list[Notice]:
    return [i for i in items if isinstance(i, Notice)]


def public_fetcher(handler) -> Fetcher:
    return Fetcher(transport=httpx.MockTransport(handler), resolver=lambda host: ["93.184.216.34"])


def test_csv_columns_are_detected_from_common_names(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        "Headline,Body,Link,Publish_Date,Publisher\n"
        f'Serbia,"{WIRE}",https://www.wire.example/a,"March 10, 2025",Wire Service\n',
        encoding="utf-8",
    )
    (a,) = list(iter_items([str(path)]))
    assert a.title == "Serbia" and a.url == "https://www.wire.example/a"
    assert a.published == "2025-03-10" and a.outlet == "Wire Service"
    assert a.id == text_key(a.text) and a.source == f"{path}:2"


def test_explicit_column_options_win(tmp_path):
    path = tmp_path / "odd.tsv"
    path.write_text(f"story_text\tsite\twhen\n{WIRE}\tOdd Times\t20250311\n", encoding="utf-8")
    options = SourceOptions(columns=ColumnMap(text="story_text", outlet="site", published="when"))
    (a,) = list(iter_items([str(path)], options))
    assert a.outlet == "Odd Times" and a.published == "2025-03-11"


def test_jsonl_json_list_and_parquet_corpora(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"content": unique_text(i), "title": f"T{i}", "url": f"https://n{i}.example/x", "date": f"2025-01-0{i + 1}T08:00:00Z"} for i in range(3)]
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress("\n".join(json.dumps(r) for r in rows).encode()))
    (tmp_path / "b.json").write_text(json.dumps(rows), encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "c.parquet")
    for name in ("a.jsonl.gz", "b.json", "c.parquet"):
        got = list(iter_items([str(tmp_path / name)]))
        assert [a.title for a in got] == ["T0", "T1", "T2"], name
        assert [a.published for a in got] == ["2025-01-01", "2025-01-02", "2025-01-03"]
        assert got[0].outlet == "n0.example"  # from the URL when no outlet column


def test_folders_are_read_recursively_and_globs_expanded(tmp_path):
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "one.txt").write_text(unique_text(1), encoding="utf-8")
    (tmp_path / "x" / "y" / "two.txt").write_text(unique_text(2), encoding="utf-8")
    (tmp_path / "x" / "y" / "skip.png").write_bytes(b"\x89PNG")
    (tmp_path / "x" / ".hidden").mkdir()
    (tmp_path / "x" / ".hidden" / "three.txt").write_text(unique_text(3), encoding="utf-8")
    assert len(articles(iter_items([str(tmp_path / "x")]))) == 2
    assert len(articles(iter_items([str(tmp_path / "x" / "**" / "*.txt")]))) == 2
    (missing,) = list(iter_items([str(tmp_path / "nothing" / "*.txt")]))
    assert missing.code == "not_found"


def test_a_folders_own_readme_is_not_an_article_unless_named(tmp_path):
    (tmp_path / "one.txt").write_text(unique_text(1), encoding="utf-8")
    (tmp_path / "README.md").write_text(unique_text(2), encoding="utf-8")
    assert len(articles(iter_items([str(tmp_path)]))) == 1
    assert len(articles(iter_items([str(tmp_path / "README.md")]))) == 1


def test_html_files_and_single_json_documents(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"text": WIRE, "title": "One", "published": "2025-03-10"}), encoding="utf-8")
    page, one = list(iter_items([str(tmp_path / "page.html"), str(tmp_path / "one.json")]))
    assert "Serbia condemned Albania" in page.text and page.format == "html"
    assert one.title == "One" and one.published == "2025-03-10"


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body, status in (
            ("https://wire.example/story", "text/html; charset=utf-8", PAGE.encode(), "200 OK"),
            ("https://wire.example/logo.png", "image/png", b"\x89PNG", "200 OK"),
            ("https://wire.example/gone", "text/html", b"<html>gone</html>", "404 Not Found"),
            ("https://wire.example/plain", "text/plain", unique_text(5).encode(), "200 OK"),
        ):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2025-03-12T10:00:00Z"})
            writer.write_record(record)


def test_warc_files_yield_their_html_and_text_responses(tmp_path):
    _warc(tmp_path / "crawl.warc.gz")
    got = list(iter_items([str(tmp_path / "crawl.warc.gz")]))
    assert [a.url for a in got] == ["https://wire.example/story", "https://wire.example/plain"]
    assert got[1].published == "2025-03-12"  # the crawl date when the page gives none
    assert all(a.outlet == "wire.example" or a.outlet == "Balkan Wire" for a in got)


def test_a_damaged_warc_is_one_error(tmp_path):
    (tmp_path / "bad.warc").write_bytes(b"this is not a warc file at all\r\n\r\n")
    (notice,) = list(iter_items([str(tmp_path / "bad.warc")]))
    assert notice.level == "error" and notice.code == "unreadable"


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Balkan Feed</title>
<item><title>Full</title><link>https://feed.example/full</link><pubDate>Mon, 10 Mar 2025 09:00:00 GMT</pubDate>
<description><![CDATA[<p>{full}</p>]]></description></item>
<item><title>Teaser</title><link>https://feed.example/teaser</link><pubDate>Tue, 11 Mar 2025 09:00:00 GMT</pubDate>
<description>Short teaser.</description></item>
<item><title>Broken</title><link>https://feed.example/broken</link><description>Another teaser about Serbia and Hungary today.</description></item>
</channel></rss>""".format(full=WIRE)


def test_feeds_use_full_entries_and_fetch_the_pages_of_teasers(tmp_path):
    (tmp_path / "feed.rss").write_text(RSS, encoding="utf-8")
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path == "/broken":
            return httpx.Response(500)
        return httpx.Response(200, html=PAGE.replace("Serbia condemned Albania", "Hungary praised Serbia"))

    items = list(iter_items([str(tmp_path / "feed.rss")], SourceOptions(fetcher=public_fetcher(handler))))
    full, teaser, warning, summary = items
    assert full.title == "Full" and full.published == "2025-03-10" and "Serbia condemned Albania" in full.text
    assert teaser.url == "https://feed.example/teaser" and "Hungary praised Serbia" in teaser.text
    assert teaser.published == "2025-03-11"
    assert warning.level == "warning" and "HTTP 500" in warning.message
    assert summary.text == "Another teaser about Serbia and Hungary today."
    assert seen == ["https://feed.example/teaser", "https://feed.example/broken"]


def test_urls_are_fetched_as_pages_or_feeds():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/rss":
            return httpx.Response(200, content=RSS.encode(), headers={"content-type": "application/rss+xml"})
        if request.url.path == "/pdf":
            return httpx.Response(200, content=b"%PDF-1.4", headers={"content-type": "application/pdf"})
        return httpx.Response(200, html=PAGE)

    options = SourceOptions(fetcher=public_fetcher(handler), follow_feed_links=False)
    page = list(iter_items(["https://wire.example/story"], options))
    assert len(page) == 1 and page[0].url == "https://wire.example/story" and page[0].outlet
    feed = list(iter_items(["https://wire.example/rss"], options))
    assert len(feed) == 3
    (pdf,) = list(iter_items(["https://wire.example/pdf"], options))
    assert pdf.level == "error" and "application/pdf" in pdf.message


def test_stdin_takes_text_jsonl_or_html():
    def run(data: bytes):
        return list(iter_items(["-"], SourceOptions(stdin=io.BytesIO(data))))

    (text,) = run(WIRE.encode())
    assert text.source == "stdin" and text.text.startswith("Serbia condemned")
    lines = run((json.dumps({"text": unique_text(1)}) + "\n" + json.dumps({"text": unique_text(2)}) + "\n").encode())
    assert [a.source for a in lines] == ["stdin:1", "stdin:2"]
    (html,) = run(PAGE.encode())
    assert html.format == "html"
    (empty,) = run(b"   ")
    assert empty.level == "error"


def test_the_default_outlet_option_fills_articles_without_one(tmp_path):
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    (a,) = list(iter_items([str(tmp_path / "a.txt")], SourceOptions(outlet="My Archive")))
    assert a.outlet == "My Archive"


@pytest.mark.parametrize(
    "value, expected",
    [("2025-03-10", "2025-03-10"), ("Mon, 10 Mar 2025 09:00:00 GMT", "2025-03-10"), (20250310, "2025-03-10"),
     (1741600800, "2025-03-10"), ("not a date", None), (None, None)],
)
def test_corpus_dates_are_normalised(value, expected):
    from accord.ingest.sources import _date

    assert _date(value) == expected
