"""``extract_file`` and ``extract_jsonl``: files in, extractions out, without a knowledge base
(what ``accord extract`` runs). A stand-in model keeps these tests fast."""

from __future__ import annotations

import json

import pytest
from store_fakes import WIRE, fake_extract, unique_text

from accord.errors import EmptyInput
from accord.interfaces.library import extract_file, extract_jsonl
from accord.records import Extraction, Notice


class StandInModel:
    """Takes the place of ``accord.pipeline.Pipeline``; counts how often a model was loaded."""

    loaded = 0

    def __init__(self, model: str | None = None) -> None:
        StandInModel.loaded += 1

    def extract(self, article):
        return fake_extract(article)

    def extract_many(self, articles, *, batch_size: int = 16):
        for article in articles:
            yield fake_extract(article)


@pytest.fixture(autouse=True)
def stand_in_model(monkeypatch):
    import accord.pipeline

    StandInModel.loaded = 0
    monkeypatch.setattr(accord.pipeline, "Pipeline", StandInModel)


def test_a_file_is_extracted_with_how_it_was_read_first_among_its_notices(tmp_path):
    path = tmp_path / "story.txt"
    valid = ("Mayors of Niš and Šabac welcomed the plan. " * 10).encode()  # UTF-8, so the stray bytes are replaced
    path.write_bytes(WIRE.encode() + b" " + valid + b"\x96\x97 " + valid)
    extraction = extract_file(str(path), published="2025-03-10", title="Given headline")
    assert extraction.article.title == "Given headline" and extraction.article.published == "2025-03-10"
    assert "ACCUSE" in {e.type for e in extraction.events}
    assert extraction.notices[0].code == "replaced_bytes"


def test_a_bad_file_fails_before_the_model_loads(tmp_path):
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    with pytest.raises(EmptyInput):
        extract_file(str(tmp_path / "empty.txt"))
    assert StandInModel.loaded == 0


def test_a_batch_streams_in_input_order_with_one_notice_per_bad_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "one", "text": unique_text(1)}), "{not json", json.dumps({"id": "two", "text": unique_text(2)})]
    path.write_text("\n".join(lines) + "\n" + json.dumps({"id": "no-text"}) + "\n", encoding="utf-8")
    streamed = list(extract_jsonl(path, batch_size=1))
    assert [type(item) for item in streamed] == [Extraction, Notice, Extraction, Notice]
    assert [streamed[0].article.id, streamed[2].article.id] == ["one", "two"]
    assert all(n.level == "error" for n in streamed[1::2])
