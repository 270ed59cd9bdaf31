"""The Dask runner extracts each shard with the same pipeline and writes whole shards."""

import json

from accord.runners.dask import run


def _shard(path, records):
    path.write_text("\n".join(json.dumps(r) if isinstance(r, dict) else r for r in records) + "\n", encoding="utf-8")
    return path


def test_each_shard_gets_its_results_and_its_errors(tmp_path):
    one = _shard(tmp_path / "one.jsonl", [{"id": "a", "text": "Serbia condemned Albania on Tuesday."}, "{broken"])
    two = _shard(tmp_path / "two.jsonl", [{"id": "b", "text": "Hungary signed a defence agreement with Serbia."}])
    summary = run([one, two], tmp_path / "out", scheduler="synchronous")
    assert (summary.articles, summary.errors) == (2, 1)
    results = [json.loads(line) for line in (tmp_path / "out" / "one.jsonl").read_text().splitlines()]
    assert [r["article"]["id"] for r in results] == ["a"]
    assert results[0]["events"][0]["actor"] == ["SRB"]
    errors = [json.loads(line) for line in (tmp_path / "out" / "one.errors.jsonl").read_text().splitlines()]
    assert errors[0]["level"] == "error"
    assert not list((tmp_path / "out").glob("*.partial"))


def test_rerunning_rewrites_a_shard_whole(tmp_path):
    one = _shard(tmp_path / "one.jsonl", [{"id": "a", "text": "Serbia condemned Albania."}])
    run([one], tmp_path / "out", scheduler="synchronous")
    run([one], tmp_path / "out", scheduler="synchronous")
    assert len((tmp_path / "out" / "one.jsonl").read_text().splitlines()) == 1
