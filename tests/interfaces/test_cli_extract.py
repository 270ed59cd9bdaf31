"""`accord extract`: the contract other tools parse, and one clear line per bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((REPO / "src/accord/schema/extraction.schema.json").read_text())
EXAMPLE = REPO / "examples/serbia_hungary.txt"
ACCORD = [sys.executable, "-m", "accord.interfaces.cli"]


def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run([*ACCORD, *args], input=data, capture_output=True, timeout=300)


def test_extract_json_output_follows_the_schema_and_offsets():
    proc = run("extract", str(EXAMPLE), "--published", "2025-12-02", "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout)
    jsonschema.validate(result, SCHEMA)
    text = result["article"]["text"]
    assert result["events"] and result["agreements"]
    for event in result["events"]:
        ev = event["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]


def test_extract_reads_stdin_and_defaults_to_json_when_piped():
    proc = run("extract", "-", stdin="Serbia condemned Albania on Tuesday.")
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout)
    assert result["events"][0]["actor"] == ["SRB"]


def test_batch_mode_streams_results_in_input_order_and_reports_bad_lines(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join(
            [
                json.dumps({"id": "first", "text": "Hungary condemned Serbia.", "published": "2025-01-02"}),
                "{not json",
                json.dumps({"id": "no-text"}),
                json.dumps({"id": "third", "html": "<html><body><article><p>Croatia praised Slovenia for its help.</p></article></body></html>"}),
            ]
        )
    )
    proc = run("extract", "--jsonl", str(batch), "--format", "json")
    assert proc.returncode == 0
    ids = [json.loads(line)["article"]["id"] for line in proc.stdout.decode().splitlines()]
    assert ids == ["first", "third"]
    errors = [line for line in proc.stderr.decode().splitlines() if line.startswith("error")]
    assert len(errors) == 2
    assert "Traceback" not in proc.stderr.decode()


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "png image"),
        (bytes(range(256)) * 8, "binary"),
    ],
)
def test_bad_files_get_one_clear_line_and_a_nonzero_exit(tmp_path, content, fragment):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = run("extract", str(path), "--format", "json")
    assert proc.returncode != 0
    stderr = proc.stderr.decode()
    assert "Traceback" not in stderr
    assert fragment in stderr.lower()
    assert len([line for line in stderr.splitlines() if line.strip()]) == 1


def test_missing_file_and_bad_date_are_clear_errors(tmp_path):
    proc = run("extract", str(tmp_path / "nope.txt"))
    assert proc.returncode != 0 and "Traceback" not in proc.stderr.decode()
    proc = run("extract", str(EXAMPLE), "--published", "14/03/2025")
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr.decode()


def test_non_english_text_is_reported_and_still_processed(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(
        "La Serbie et la Hongrie ont signé mardi à Belgrade un plan de coopération militaire pour l'année prochaine. "
        "Le président serbe a déclaré qu'il espérait une alliance militaire entre les deux pays."
    )
    proc = run("extract", str(path), "--format", "json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["article"]["language"] == "fr"
    assert "language" in proc.stderr.decode()
