"""Hostile inputs: size bombs on every path, slow and private fetches, broken UTF-8.

Every bomb is generated here, small: the one size limit (``ACCORD_MAX_INPUT_BYTES``)
is lowered to 1 MB, so a 2 MB item stands in for a 1 GiB one. Each case asserts one
clear error for the bad item, and that the good items before and after it are read.
HTTP tests talk to a tiny threaded server on 127.0.0.1 only.
"""

from __future__ import annotations

import gzip
import http.server
import io
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from accord.errors import FetchError, MalformedRecord, PrivateAddress, TooLarge
from accord.ingest.decode import MAX_BYTES_ENV, decode_bytes
from accord.ingest.fetch import Fetcher
from accord.ingest.read import read_document, read_stdin
from accord.ingest.sources import SourceOptions, iter_items
from accord.records import Article, Notice

LIMIT = 1_000_000
BOMB = 2 * LIMIT

GOOD = (
    "The foreign ministers of France and Germany met in Paris on Monday to discuss "
    "trade and security in Europe. They agreed to meet again next month."
)


@pytest.fixture(autouse=True)
def one_megabyte_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MAX_BYTES_ENV, str(LIMIT))


def read_all(*specs: str, **options: object) -> tuple[list[Article], list[Notice]]:
    items = list(iter_items(list(specs), SourceOptions(**options)))  # type: ignore[arg-type]
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, Notice)]


def good_record(n: int) -> dict[str, str]:
    return {"id": f"r{n}", "text": f"Report {n}. {GOOD}"}


def only_error(notices: list[Notice]) -> Notice:
    errors = [n for n in notices if n.level == "error"]
    assert len(errors) == 1, errors
    return errors[0]


# ---- size limits while streaming -----------------------------------------------------------


def test_a_gzipped_jsonl_line_that_expands_past_the_limit_is_one_error_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wb") as fh:
        fh.write((json.dumps(good_record(1)) + "\n").encode())
        fh.write(b'{"id": "bomb", "text": "' + b"a" * BOMB + b'"}\n')
        fh.write((json.dumps(good_record(3)) + "\n").encode())
    assert path.stat().st_size < 20_000
    articles, notices = read_all(str(path))
    assert [a.text.split(".")[0] for a in articles] == ["Report 1", "Report 3"]
    error = only_error(notices)
    assert error.code == TooLarge.code and error.item == f"{path}:2" and MAX_BYTES_ENV in error.message


def test_a_jsonl_line_over_the_limit_is_refused_by_ingest_as_by_extract(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    big = {"id": "big", "text": "word " * (LIMIT // 5 + 10)}
    path.write_text("\n".join(json.dumps(r) for r in (good_record(1), big, good_record(3))) + "\n")
    articles, notices = read_all(str(path))
    assert len(articles) == 2 and only_error(notices).code == TooLarge.code


def test_a_gzipped_csv_bomb_is_one_error_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv.gz"
    with gzip.open(path, "wt", newline="") as fh:
        fh.write("id,text\n")
        fh.write(f'r1,"Report 1. {GOOD}"\n')
        fh.write('bomb,"' + "b" * BOMB + '"\n')
        fh.write(f'r3,"Report 3. {GOOD}"\n')
    articles, notices = read_all(str(path))
    assert [a.text.split(".")[0] for a in articles] == ["Report 1", "Report 3"]
    error = only_error(notices)
    assert error.code == TooLarge.code and error.item == f"{path}:3"


def test_a_csv_row_with_an_unclosed_quote_stops_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "corpus.csv"
    lines = ["id,text", f'r1,"Report 1. {GOOD}"', 'bomb,"never closed'] + ["x" * 1000] * (BOMB // 1000)
    path.write_text("\n".join(lines) + "\n")
    articles, notices = read_all(str(path))
    assert len(articles) == 1
    assert any(n.code == TooLarge.code for n in notices)


def _warc(path: Path, bodies: list[tuple[str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, content_type in bodies:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def _page(n: int) -> bytes:
    return f"<html><head><title>Report {n}</title></head><body><article><p>Report {n}. {GOOD}</p><p>{GOOD}</p></article></body></html>".encode()


@pytest.mark.parametrize("content_type", ["text/html", "text/html; charset=utf-8"])
def test_a_warc_record_over_the_limit_is_one_error_even_with_a_declared_charset(tmp_path: Path, content_type: str) -> None:
    path = tmp_path / "crawl.warc.gz"
    bomb = b"<html><body><p>" + b"c" * BOMB + b"</p></body></html>"
    _warc(path, [("https://news.example/1", _page(1), content_type), ("https://news.example/bomb", bomb, content_type), ("https://news.example/3", _page(3), content_type)])
    assert path.stat().st_size < 50_000
    articles, notices = read_all(str(path))
    assert [a.url for a in articles] == ["https://news.example/1", "https://news.example/3"]
    error = only_error(notices)
    assert error.code == TooLarge.code and error.item == "https://news.example/bomb"


def test_a_feed_file_over_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>' + b" " * BOMB + b"</channel></rss>")
    articles, notices = read_all(str(path))
    assert not articles and only_error(notices).code == TooLarge.code


class CountingStream(io.RawIOBase):
    """A stream of ``size`` bytes (``chunk`` repeated) that counts how many were read from it."""

    def __init__(self, chunk: bytes, size: int = 3 * BOMB) -> None:
        self.chunk = chunk
        self.size = size
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        n = min(len(buffer), self.size - self.served)
        data = (self.chunk * (n // len(self.chunk) + 1))[:n]
        buffer[:n] = data
        self.served += n
        return n


@pytest.mark.parametrize("chunk", [b"All work and no play. ", b"\n", b'{"id": "x", "text": "' + b"y" * 1000])
def test_standard_input_past_the_limit_is_refused_after_reading_at_most_the_limit(chunk: bytes) -> None:
    raw = CountingStream(chunk)
    stream = io.BufferedReader(raw, buffer_size=65536)
    items = iter_items(["-"], SourceOptions(stdin=stream))  # type: ignore[arg-type]
    first = next(items)
    assert isinstance(first, Notice) and first.code == TooLarge.code
    if chunk.startswith(b"{"):
        return  # one long JSONL line is skipped to its end (time, not memory)
    assert raw.served <= LIMIT + 2 * 65536
    assert list(items) == []


def test_extract_reads_standard_input_up_to_the_limit_plus_one_byte() -> None:
    raw = CountingStream(b"word ")
    with pytest.raises(TooLarge):
        read_stdin(io.BufferedReader(raw, buffer_size=4096), max_bytes=LIMIT)
    assert raw.served <= LIMIT + 4096 + 1


def test_a_jsonl_record_over_the_limit_on_standard_input_is_skipped_and_the_next_read() -> None:
    data = b'{"id": "big", "text": "' + b"z" * BOMB + b'"}\n' + json.dumps(good_record(2)).encode() + b"\n"
    articles, notices = read_all("-", stdin=io.BytesIO(data))
    assert len(articles) == 1 and only_error(notices).code == TooLarge.code


def test_running_out_of_memory_on_one_record_is_that_records_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import accord.ingest.sources as sources

    real = sources.article_from_record

    def fragile(record, **kwargs):  # type: ignore[no-untyped-def]
        if record.get("id") == "r2":
            raise MemoryError
        return real(record, **kwargs)

    monkeypatch.setattr(sources, "article_from_record", fragile)
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(good_record(n)) for n in (1, 2, 3)) + "\n")
    articles, notices = read_all(str(path))
    assert len(articles) == 2
    error = only_error(notices)
    assert error.item == f"{path}:2" and "memory" in error.message


def test_the_ingest_command_reports_bombs_in_one_line_and_stores_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with gzip.open(folder / "a.jsonl.gz", "wb") as fh:
        fh.write((json.dumps(good_record(1)) + "\n").encode() + b'{"id": "bomb", "text": "' + b"a" * BOMB + b'"}\n')
    (folder / "b.txt").write_text(f"Report 2. {GOOD}\n")
    env = {**os.environ, MAX_BYTES_ENV: str(LIMIT), "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from accord.interfaces.cli import main; sys.exit(main())", "ingest", "--no-extract", "--quiet", "--db", str(tmp_path / "s.duckdb"), str(folder)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert "Traceback" not in done.stderr + done.stdout
    from accord.store import Database

    with Database(str(tmp_path / "s.duckdb"), read_only=True) as db:
        assert db.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


# ---- decoding ------------------------------------------------------------------------------


NAMES = "Predsjednik Aleksandar Vučić sastao se s Milošem Gašićem i Đorđem Šarićem u Beogradu. " * 6


def test_utf8_with_a_few_stray_bytes_stays_utf8_with_replacement_characters() -> None:
    data = NAMES.encode("utf-8")
    data = data[:40] + b"\x96" + data[40:200] + b"\xe8" + data[200:] + b"\x9a."
    text = decode_bytes(data)
    assert "Gašić" in text and "Vučić" in text and text.count("\ufffd") == 3


def test_text_in_a_legacy_code_page_is_not_taken_for_broken_utf8() -> None:
    text = decode_bytes(NAMES.encode("cp1250"))
    assert "\ufffd" not in text and "Milošem" in text


def test_ingest_says_when_bytes_were_replaced(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(f"{GOOD} {NAMES}".encode() + b" \x96 end.\n")
    articles, notices = read_all(str(path))
    assert "Gašić" in articles[0].text
    assert [n.code for n in notices] == ["replaced_bytes"] and notices[0].level == "warning"


# ---- fetching ------------------------------------------------------------------------------


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


def serve(handler: type[http.server.BaseHTTPRequestHandler]) -> tuple[Server, str]:
    server = Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class Trickle(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass


class GzipBomb(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = gzip.compress(b"<p>" + b"g" * BOMB)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_a_server_that_trickles_bytes_is_cut_off_at_the_total_deadline() -> None:
    server, url = serve(Trickle)
    try:
        start = time.monotonic()
        with Fetcher(allow_private=True, deadline=1.0, timeout=5.0) as fetcher, pytest.raises(FetchError) as info:
            fetcher.fetch(url)
        assert time.monotonic() - start < 3.0
        assert "deadline" in info.value.message
    finally:
        server.shutdown()


def test_a_gzip_bomb_over_http_stops_at_the_limit() -> None:
    server, url = serve(GzipBomb)
    try:
        with Fetcher(allow_private=True) as fetcher, pytest.raises(TooLarge):
            fetcher.fetch(url)
    finally:
        server.shutdown()


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/", "http://0177.0.0.1/", "http://2130706433/", "http://user@127.0.0.1/",
        "http://[::1]/", "http://[::127.0.0.1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/",
        "http://[64:ff9b::7f00:1]/", "http://[64:ff9b::a00:1]/", "http://[2002:7f00:1::]/", "http://[2002:c0a8:101::1]/",
        "http://[fe80::1]/", "http://[fc00::1]/", "http://[::]/", "http://[ff02::1]/", "http://[::10.0.0.1]/",
        "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
    ],
)
def test_every_loopback_private_and_ipv6_embedded_spelling_is_refused(url: str) -> None:
    with Fetcher() as fetcher, pytest.raises(PrivateAddress):
        fetcher.check(url)


def test_a_host_is_refused_when_any_of_its_addresses_is_not_public() -> None:
    with Fetcher(resolver=lambda host: ["93.184.216.34", "::127.0.0.1"]) as fetcher, pytest.raises(PrivateAddress):
        fetcher.check("http://news.example/")
    with Fetcher(resolver=lambda host: ["93.184.216.34", "2606:4700::1111", "64:ff9b::808:808"]) as fetcher:
        fetcher.check("http://news.example/")


def test_a_redirect_to_an_ipv6_loopback_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://[::127.0.0.1]/admin"})

    fetcher = Fetcher(transport=httpx.MockTransport(handler), resolver=lambda host: ["93.184.216.34"])
    with fetcher, pytest.raises(PrivateAddress):
        fetcher.fetch("http://news.example/")


# ---- found by benchmarks/fuzz.py -----------------------------------------------------------


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_nested_deeper_than_the_parser_allows_is_one_clear_error(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"deep{suffix}"
    path.write_text(json.dumps(good_record(1)) + "\n" + "[" * 100_000 + "\n" if suffix == ".jsonl" else "[" * 100_000)
    articles, notices = read_all(str(path))
    assert len(articles) == (1 if suffix == ".jsonl" else 0)
    assert "nested too deeply" in only_error(notices).message
    with pytest.raises(MalformedRecord):
        read_document(str(tmp_path / "deep.json")) if suffix == ".json" else read_document_deep(tmp_path)


def read_document_deep(tmp_path: Path) -> None:
    path = tmp_path / "deep.dat"
    path.write_text('{"a": ' * 100_000)
    read_document(str(path))


def test_a_long_word_without_spaces_is_read_in_linear_time() -> None:
    from accord.ingest.language import detect_language

    start = time.monotonic()
    detect_language("{" * 100_000)
    assert time.monotonic() - start < 2.0
