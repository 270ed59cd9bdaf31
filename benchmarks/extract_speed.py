"""Throughput of the whole extraction pipeline beside bare spaCy parsing of the same texts.

Usage:
    .venv/bin/python benchmarks/extract_speed.py [--corpus PATH] [--repeat N] [--batch-size N]

The corpus defaults to the article bodies of the HTML extraction benchmark in
../shared (181 real news articles), falling back to the bundled examples. Prints
articles/s and sentences/s per CPU second of this process (interleaved short rounds, so a
busy shared machine slows both sides alike) for bare spaCy (``nlp.pipe``) and for accord
(``Pipeline.extract_many``, which parses with the same model and then runs the
actor, event and defence stages), the ratio between them, and peak memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared/data/ingest/article-extraction-benchmark/ground-truth.json"


def load_texts(corpus: Path | None) -> list[str]:
    if corpus is None and DEFAULT_CORPUS.exists():
        corpus = DEFAULT_CORPUS
    if corpus is not None and corpus.suffix == ".json":
        data = json.loads(corpus.read_text())
        return [v["articleBody"] for v in data.values() if v.get("articleBody", "").strip()]
    if corpus is not None and corpus.suffix == ".jsonl":
        return [json.loads(line)["text"] for line in corpus.read_text().splitlines() if line.strip()]
    folder = corpus or REPO / "examples"
    return [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus per measurement")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--model", default=None)
    parser.add_argument("--passes", type=int, default=1, help="passes over the corpus (each in interleaved rounds)")
    parser.add_argument("--round", type=int, default=16, help="articles per round; bare spaCy and accord alternate every round")
    args = parser.parse_args()

    from accord.pipeline import Pipeline
    from accord.records import Article

    texts = load_texts(args.corpus) * args.repeat
    pipeline = Pipeline(args.model)
    nlp = pipeline.nlp
    articles = [Article(id=str(i), text=t[: pipeline.max_chars], published="2025-01-01") for i, t in enumerate(texts)]
    words = sum(len(t.split()) for t in texts)
    # Warm up both paths (vocab growth, lazy tables) so neither pays start-up costs.
    list(pipeline.extract_many(articles[:8]))

    # Rounds of ``--round`` articles, bare and accord alternating, each timed by the CPU time
    # of this process (``time.process_time``): on a shared machine the wall clock counts
    # other people's work, and two passes minutes apart see different loads. Wall time is
    # reported beside it for reference only.
    def bare_round(chunk: list[Article]) -> int:
        return sum(sum(1 for _ in doc.sents) for doc in nlp.pipe((a.text for a in chunk), batch_size=args.batch_size))

    counts = {"events": 0, "agreements": 0, "arms_transfers": 0, "activities": 0, "alliances": 0}

    def accord_round(chunk: list[Article]) -> None:
        for result in pipeline.extract_many(chunk, batch_size=args.batch_size):
            for key in counts:
                counts[key] += len(getattr(result, key))

    bare = full = bare_wall = full_wall = 0.0
    sentences = 0
    for _ in range(args.passes):
        for offset in range(0, len(articles), args.round):
            chunk = articles[offset : offset + args.round]
            cpu, wall = time.process_time(), time.perf_counter()
            sentences += bare_round(chunk)
            bare += time.process_time() - cpu
            bare_wall += time.perf_counter() - wall
            cpu, wall = time.process_time(), time.perf_counter()
            accord_round(chunk)
            full += time.process_time() - cpu
            full_wall += time.perf_counter() - wall
    n = len(articles) * args.passes
    counts = {k: v // args.passes for k, v in counts.items()}

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    words *= args.passes
    print(f"corpus: {len(articles)} articles x {args.passes} passes, {sentences} sentences, {words} words; model {pipeline.model_name}")
    print("per CPU second of this process (interleaved rounds of", args.round, "articles):")
    print(f"{'':14}{'articles/s':>12}{'sentences/s':>14}{'words/s':>10}{'CPU s':>8}{'wall s':>8}")
    print(f"{'bare spaCy':14}{n / bare:12.1f}{sentences / bare:14.1f}{words / bare:10.0f}{bare:8.2f}{bare_wall:8.2f}")
    print(f"{'accord':14}{n / full:12.1f}{sentences / full:14.1f}{words / full:10.0f}{full:8.2f}{full_wall:8.2f}")
    print(f"accord keeps {bare / full:.0%} of bare spaCy throughput by CPU time (target >= 60%); "
          f"its stages cost {full / bare - 1:.0%} on top of the parse")
    print(f"records: {counts}")
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
