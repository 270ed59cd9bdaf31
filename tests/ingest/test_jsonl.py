"""iter_json_lines: the one JSONL reader, for extract --jsonl and for ingest."""

from __future__ import annotations

import gzip

from accord.ingest.jsonl import iter_json_lines, open_binary
from accord.records import Notice


def test_good_lines_are_parsed_and_bad_lines_become_notices_in_order():
    lines = [b'\xef\xbb\xbf{"id": 1}\n', b"\n", b"{not json\n", b'"\xff\xfe"\n', b'{"id": 2}\n', b'{"text": "' + b"x" * 200 + b'"}\n']
    got = list(iter_json_lines(lines, name="b.jsonl", max_bytes=100))
    assert [n for n, _ in got] == [1, 3, 4, 5, 6]
    assert got[0][1] == {"id": 1} and got[3][1] == {"id": 2}
    codes = [(value.code, value.item) for _, value in got if isinstance(value, Notice)]
    assert codes == [("malformed", "b.jsonl:3"), ("undecodable", "b.jsonl:4"), ("too_large", "b.jsonl:6")]
    assert got[1][1].message.startswith("line is not valid JSON (")


def test_gzipped_files_are_read_line_by_line(tmp_path):
    path = tmp_path / "b.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "a"}\n{"id": "b"}\n'))
    with open_binary(path) as handle:
        assert [value["id"] for _, value in iter_json_lines(handle, name=str(path), max_bytes=1000)] == ["a", "b"]
