"""Knowledge-base benchmarks: ingest throughput, query latency, and the syndication threshold.

    .venv/bin/python benchmarks/store.py              # everything
    .venv/bin/python benchmarks/store.py --ingest     # articles/s, without and with extraction
    .venv/bin/python benchmarks/store.py --queries    # latency at 10k and 1M stored events
    .venv/bin/python benchmarks/store.py --dedup      # the measurement behind dedup.THRESHOLD
    .venv/bin/python benchmarks/store.py --targets --sizes 1000000,10000000 --store /tmp/kb{size}.duckdb
                                      # p50/p95 (wall and CPU) of the three latency targets,
                                      # on a synthetic store built once into --store and reused
                                      # (build time and peak memory printed when it is built)

Ingest uses the real news bodies of ../shared/data/ingest/article-extraction-benchmark
(181 pages, cycled and varied to reach the article count) written as one JSONL
corpus, read through ``accord ingest``'s own path (sources -> make_article -> store).
Query latency uses synthetic events (``accord.store.synthetic``): the median of
several runs of each query on a warm database file.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
AEB = SHARED / "data" / "ingest" / "article-extraction-benchmark" / "ground-truth.json"
RE3D = SHARED / "data" / "gold" / "re3d_dev.jsonl"


def real_bodies() -> list[str]:
    if AEB.exists():
        return [v["articleBody"] for v in json.loads(AEB.read_text(encoding="utf-8")).values() if len(v["articleBody"].split()) >= 80]
    rng = random.Random(3)
    words = "state minister army border talks treaty defence troops summit election ports trade".split()
    return [" ".join(rng.choice(words) for _ in range(400)) + f" story {i}." for i in range(100)]


def timed(fn, repeat: int = 1) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


# ---- ingest ----------------------------------------------------------------------------------


def bench_ingest(n: int, n_extract: int) -> None:
    from accord import Store

    bodies = real_bodies()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with open(corpus, "w", encoding="utf-8") as fh:
            for i in range(n):
                body = bodies[i % len(bodies)]
                fh.write(json.dumps({"text": f"Dispatch {i}. {body}", "title": f"Story {i}", "url": f"https://outlet{i % 50}.example/{i}",
                                     "published": f"2025-03-{i % 28 + 1:02d}"}) + "\n")
        with Store(Path(tmp) / "kb.duckdb") as store:
            seconds = timed(lambda: store.ingest([str(corpus)], extract=False))
            stats = store.stats()
            print(f"ingest without extraction: {n:,} articles in {seconds:.1f}s = {n / seconds:,.0f} articles/s "
                  f"({stats['stories']:,} stories after syndication linking)")
            again = timed(lambda: store.ingest([str(corpus)], extract=False))
            print(f"re-ingest of the same corpus (all duplicates): {n / again:,.0f} articles/s")
        try:
            from accord.pipeline import Pipeline

            pipeline = Pipeline()
        except Exception as exc:  # no model installed: say so rather than fail
            print(f"ingest with extraction: skipped ({exc})")
            return
        small = Path(tmp) / "small.jsonl"
        with open(corpus, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, n_extract))
        with Store(Path(tmp) / "kb2.duckdb") as store:
            seconds = timed(lambda: store.ingest([str(small)], pipeline=pipeline))
            stats = store.stats()
            print(f"ingest with extraction ({pipeline.model_name}): {n_extract:,} articles in {seconds:.1f}s = "
                  f"{n_extract / seconds:,.1f} articles/s, {stats['event_mentions']:,} events")


# ---- queries ---------------------------------------------------------------------------------


QUERIES = {
    "dyad summary SRB-HUN": lambda s: s.dyad("SRB", "HUN"),
    "events --actor SRB --type ACCUSE --since 2025-01": lambda s: s.events_frame(actor="SRB", type="ACCUSE", since="2025-01"),
    "events --dyad SRB-XKX": lambda s: s.events_frame(dyad="SRB-XKX"),
    "events --cameo 19 --limit 100": lambda s: s.events_frame(cameo="19", limit=100),
    "events --outlet outlet7 --since 2025-06 --until 2025-06": lambda s: s.events_frame(outlet="outlet7", since="2025-06", until="2025-06"),
    "events --text 'about XKX' --limit 100": lambda s: s.events_frame(text="about XKX", limit=100),
    "actors": lambda s: s.actors_frame(),
}


def bench_queries(sizes: list[int]) -> None:
    from accord import Store
    from accord.store.synthetic import fill

    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "kb.duckdb"
            with Store(path) as store:
                start = time.perf_counter()
                stats = fill(store, size)
                print(f"\n{size:,} synthetic events ({stats['events']:,} counted once per story, {stats['articles']:,} articles): "
                      f"built in {time.perf_counter() - start:.1f}s")
            with Store(path, read_only=True) as store:
                for name, query in QUERIES.items():
                    query(store)  # warm
                    seconds = timed(lambda: query(store), repeat=5)
                    rows = query(store)
                    count = len(rows) if hasattr(rows, "columns") else rows.events
                    print(f"  {name:58s} {seconds * 1000:8.1f} ms  ({count:,} rows)")


#: The latency targets of docs/store.md ("Speed"): under 50 ms in-process at 1M events, 200 ms at 10M.
TARGETS = {
    "dyad summary SRB-HUN": lambda s, rid: s.dyad("SRB", "HUN"),
    "events --actor SRB --since 2025-01 (first 50, with the total)": lambda s, rid: _first_page(s),
    "one record by id (Store.events_frame(ids=[id]))": lambda s, rid: s.events_frame(ids=[rid]),
    "one record as the API serves it (GET /api/records/{id})": lambda s, rid: _api_record(s, rid),
    "web page 100 of --actor SRB --since 2025-01, with the total": lambda s, rid: _web_page(s, 99 * 50),
}


def _first_page(store):
    from accord.query.select import count_selected

    return store.events_frame(actor="SRB", since="2025-01", limit=50), count_selected(store.database, "events", actor="SRB", since="2025-01")


def _api_record(store, record_id):
    from accord.interfaces.web import queries

    return queries.record(store, record_id)


def _web_page(store, offset):
    from accord.interfaces.web import queries

    return queries.page(store, "events", {"actor": ["SRB"], "since": "2025-01"}, limit=50, offset=offset)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def bench_targets(sizes: list[int], store_path: str | None, rounds: int) -> None:
    """p50/p95 by wall clock and by CPU time of the process (meaningful on a shared machine).

    A store is built once (``accord.store.synthetic.fill``: chunks of 1M events, one transaction
    each) and reused by later runs; the build's wall and CPU time and the process's peak memory
    are printed when it is built.
    """
    from accord import Store
    from accord.store.synthetic import fill

    for size in sizes:
        path = Path(store_path.replace("{size}", str(size))) if store_path else Path(tempfile.mkdtemp()) / f"kb{size}.duckdb"
        with Store(path) as store:  # opening writable applies any pending migration (and its backfill)
            if not store.stats()["event_mentions"]:
                print(f"building {path} ({_load()})", flush=True)
                start, start_cpu = time.perf_counter(), time.process_time()
                fill(store, size)
                store.execute("CHECKPOINT")
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                print(f"built {path} in {time.perf_counter() - start:.1f}s wall, {time.process_time() - start_cpu:.1f}s CPU, "
                      f"peak memory of the process {peak:,.0f} MB, {path.stat().st_size / 2**30:.1f} GiB ({_load()})")
        with Store(path, read_only=True) as store:
            stats = store.stats()
            print(f"\n{stats['event_mentions']:,} synthetic events ({stats['events']:,} counted once per story), {path} ({_load()})")
            ids = [r["id"] for r in store.rows("SELECT id FROM events WHERE is_primary USING SAMPLE 50 ROWS (reservoir, 7)")]
            for name, query in TARGETS.items():
                query(store, ids[0])  # warm
                wall, cpu = [], []
                for i in range(rounds):
                    rid = ids[i % len(ids)]
                    start, start_cpu = time.perf_counter(), time.process_time()
                    query(store, rid)
                    wall.append((time.perf_counter() - start) * 1000)
                    cpu.append((time.process_time() - start_cpu) * 1000)
                print(f"  {name:62s} wall p50 {percentile(wall, .5):7.1f} p95 {percentile(wall, .95):7.1f} ms | "
                      f"CPU p50 {percentile(cpu, .5):7.1f} p95 {percentile(cpu, .95):7.1f} ms", flush=True)
            print(f"  ({_load()})")


# ---- dedup threshold -------------------------------------------------------------------------


def _edits(text: str, rng: random.Random) -> dict[str, str]:
    """The ways syndication changes wire copy."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    words = text.split()
    changed = list(words)
    for i in rng.sample(range(len(changed)), max(1, len(changed) // 30)):
        changed[i] = changed[i] + "s"
    middle = list(sentences)
    if len(middle) > 3:
        middle.insert(len(middle) // 2, "The ministry did not respond to a request for comment on Tuesday.")
    cut = " ".join(sentences[: max(1, int(len(sentences) * 0.8))]).split()
    for i in rng.sample(range(len(cut)), max(1, len(cut) // 40)):
        cut[i] = cut[i] + "s"
    return {
        "byline and dateline added": "By Staff Reporter\nBELGRADE (Wire) - " + text + "\nReporting by A. Writer; editing by B. Editor",
        "last 20% of sentences dropped": " ".join(sentences[: max(1, int(len(sentences) * 0.8))]),
        "last 35% of sentences dropped": " ".join(sentences[: max(1, int(len(sentences) * 0.65))]),
        "boilerplate lines added": "Share this article\n" + text + "\nRead more: Other headline\nSubscribe to our newsletter.",
        "3% of words changed": " ".join(changed),
        "paragraph inserted": " ".join(middle),
        "all at once (cut, 2.5% changed, lines)": "Updated headline\n" + " ".join(cut) + "\nRead more: related story",
    }


def bench_dedup() -> None:
    from accord.store import dedup

    bodies = real_bodies()
    negatives = list(bodies)
    if RE3D.exists():
        negatives += [json.loads(line)["text"] for line in RE3D.read_text(encoding="utf-8").splitlines() if line.strip()]
    sigs = [s for s in (dedup.signature(t) for t in negatives) if s is not None]
    linked = 0
    worst = 0.0
    pairs = 0
    for a, b in itertools.combinations(sigs, 2):
        pairs += 1
        same, j = dedup.same_story(a, b)
        linked += same
        worst = max(worst, j)
    print(f"distinct articles: {len(sigs)} texts, {pairs:,} pairs, {linked} wrongly linked, highest estimated Jaccard {worst:.3f}")
    rng = random.Random(7)
    per_edit: dict[str, list[tuple[bool, float]]] = {}
    for body in bodies:
        original = dedup.signature(body)
        for name, text in _edits(body, rng).items():
            copy = dedup.signature(text)
            per_edit.setdefault(name, []).append(dedup.same_story(original, copy) if copy and original else (False, 0.0))
    print(f"syndicated copies of {len(bodies)} articles (rule: J >= {dedup.THRESHOLD}, or J >= {dedup.CONTAINED_JACCARD} "
          f"and containment >= {dedup.CONTAINMENT}; {dedup.SHINGLE_WORDS}-word shingles, {dedup.NUM_PERM} permutations):")
    for name, results in per_edit.items():
        share = sum(r[0] for r in results) / len(results)
        scores = sorted(r[1] for r in results)
        print(f"  {name:42s} linked {share:6.1%}   Jaccard min {scores[0]:.2f} median {statistics.median(scores):.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ingest", action="store_true")
    parser.add_argument("--queries", action="store_true")
    parser.add_argument("--dedup", action="store_true")
    parser.add_argument("--targets", action="store_true", help="p50/p95 of the three latency targets")
    parser.add_argument("--store", help="for --targets: the store file to build once and reuse ({size} is replaced)")
    parser.add_argument("--rounds", type=int, default=40, help="for --targets: runs of each query")
    parser.add_argument("--articles", type=int, default=5000, help="articles for the no-extraction ingest")
    parser.add_argument("--extract-articles", type=int, default=100, help="articles for the ingest with extraction")
    parser.add_argument("--sizes", default="10000,1000000", help="event counts for the query benchmark")
    args = parser.parse_args()
    everything = not (args.ingest or args.queries or args.dedup or args.targets)
    sys.path.insert(0, str(REPO / "src"))
    if args.dedup or everything:
        bench_dedup()
    if args.ingest or everything:
        bench_ingest(args.articles, args.extract_articles)
    if args.queries or everything:
        bench_queries([int(s) for s in args.sizes.split(",")])
    if args.targets or everything:
        bench_targets([int(s) for s in args.sizes.split(",")], args.store, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
