"""Fuzz ``extract`` and ``ingest`` with generated hostile inputs; report crashes, time and memory.

    .venv/bin/python benchmarks/fuzz.py                      # 10,000 inputs, seed 0
    .venv/bin/python benchmarks/fuzz.py -n 2000 --seed 7     # fewer, another seed
    .venv/bin/python benchmarks/fuzz.py --no-pipeline        # readers and store only (fast)
    .venv/bin/python benchmarks/fuzz.py --pipeline-every 5   # the spaCy pipeline on every 5th input
    .venv/bin/python benchmarks/fuzz.py --save crashes/      # keep every crashing input

Inputs are generated, deterministically from the seed: real articles from
``examples/`` and ``tests/e2e/articles`` mutated (bit flips, inserted and deleted
bytes, splices, truncation, stray UTF-8 and legacy bytes, BOMs, NULs, control and
bidi characters), random bytes, and hostile HTML (deep nesting, unclosed tags,
scripts, entities), JSON (deep nesting, wrong types, lists), JSONL, CSV (unbalanced
quotes, ragged rows) and RSS (external entities, billion laughs). Each is written to
a file with a fitting suffix and goes through

- ``extract``: ``read_document`` then the real ``Pipeline.extract``; the output is
  validated against the JSON Schema and every evidence span checked against the text;
- ``ingest``: ``runners.ingest.ingest`` into a temporary store, 100 inputs per run
  (no extraction: the pipeline already ran on the same inputs above).

A *crash* is any exception that is not an ``AccordError``, an output that fails the
schema, or a span that does not match the text. The report gives the crashes (kind,
input, message), inputs per second and the peak resident memory. Exit status 1 when
anything crashed.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCHEMA_PATH = REPO / "src/accord/schema/extraction.schema.json"
SEED_DIRS = (REPO / "examples", REPO / "tests/e2e/articles")
#: Mutated seeds are cut to this many bytes so one input costs the pipeline little.
MAX_INPUT = 6000


def seed_documents() -> list[tuple[str, bytes]]:
    """(suffix, bytes) for every article file in the seed folders."""
    seeds = []
    for folder in SEED_DIRS:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in (".txt", ".html", ".json", ".jsonl", ".csv", ".xml"):
                seeds.append((path.suffix, path.read_bytes()[: 4 * MAX_INPUT]))
    return seeds


HOSTILE_BYTES = [
    b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\x96", b"\xe8", b"\xc3", b"\xc3\xa9", b"\xe2\x80\xae",
    b"\xe2\x80\x8b", b"\x1b[2J", b"\r", b"\r\n", b"\x0c", b"\x7f", b"&#0;", b"&#x202e;", b"\\u0000", b"\xf0\x9f\x92\xa5",
    b"<", b">", b'"', b",", b"{", b"}", b"[", b"]", b"\n\n", b"\t", b"\xd8\x00", b"\xed\xa0\x80",
]


def mutate(rng: random.Random, data: bytes) -> bytes:
    """A few random edits of ``data``."""
    buf = bytearray(data[: rng.randint(0, MAX_INPUT)] if rng.random() < 0.3 else data[:MAX_INPUT])
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = rng.choice(HOSTILE_BYTES) * rng.choice((1, 1, 3, 50))
        elif op == 2 and buf:
            del buf[pos : pos + rng.randint(1, 200)]
        elif op == 3 and buf:
            start = rng.randrange(len(buf))
            buf[pos:pos] = buf[start : start + rng.randint(1, 500)]
        elif op == 4:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 40)))
        else:
            buf = buf[:pos]
    return bytes(buf)


def hostile_html(rng: random.Random) -> bytes:
    depth = rng.choice((10, 200, 2000))
    inner = "<p>Russia attacked Ukraine &amp; NATO &#x202e;condemned&#0; it.</p>" * rng.randint(1, 5)
    parts = [
        "<!doctype html><html><head><title>" + "&lt;" * rng.randint(0, 300) + "</title>",
        "<meta charset='" + rng.choice(["utf-8", "x-unknown", "utf-7", "cp1250", "<"]) + "'>",
        "<script>" + "while(1){}" * rng.randint(0, 5) + "</script></head><body>",
        "<div>" * depth + inner + "</div>" * rng.randint(0, depth),
        "<a href='javascript:alert(1)' title='" + "x" * rng.randint(0, 5000) + "'>",
        "<![CDATA[" + "]]" * rng.randint(0, 50), "<!--" if rng.random() < 0.3 else "",
    ]
    rng.shuffle(parts)
    return "".join(parts).encode("utf-8", "surrogatepass")


def hostile_json(rng: random.Random) -> bytes:
    depth = rng.choice((5, 500, 5000))
    choices = [
        "[" * depth + "]" * rng.randint(0, depth),
        json.dumps({"id": rng.choice([1, None, [], "a"]), "text": rng.choice([None, 7, ["a"], {"b": 1}, "", "France signed an accord with Chile."]), "published": rng.choice(["2025-02-30", "99999-01-01", 1e308, "yesterday"])}),
        json.dumps([{"text": "Germany sent tanks to Poland."}] * rng.randint(0, 20)),
        '{"text": "' + "\\ud800" * rng.randint(1, 5) + '"}',
        '{"text": "a", "text": "b", "html": "<p>' + "<b>" * 300 + '"}',
        "1e999999", '"\\u0000"', "{" * depth,
    ]
    return rng.choice(choices).encode("utf-8", "surrogatepass")


def hostile_jsonl(rng: random.Random) -> bytes:
    return b"\n".join(hostile_json(rng) for _ in range(rng.randint(1, 5)))


def hostile_csv(rng: random.Random) -> bytes:
    rows = ["id,text,title,published"]
    for n in range(rng.randint(0, 6)):
        row = [str(n), rng.choice(['"France and Chile signed a treaty."', '"unclosed', "a,b,c,d,e,f", '=cmd|"/c calc"!A1', "", '""""'] ), "t", rng.choice(["2025-01-01", "", "x"])]
        rows.append(",".join(row[: rng.randint(0, 4)]))
    return ("\r\n" if rng.random() < 0.3 else "\n").join(rows).encode()


def hostile_feed(rng: random.Random) -> bytes:
    entity = rng.choice([
        '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
        "",
    ])
    items = "".join(
        f"<item><title>T{n}&x;</title><link>http://127.0.0.1:1/{n}</link><description>"
        + rng.choice(["&c;", "Germany sent tanks to Poland. " * rng.randint(1, 40), "<![CDATA[<p>x</p>]]>"])
        + "</description></item>"
        for n in range(rng.randint(0, 4))
    )
    return f'<?xml version="1.0"?>{entity}<rss version="2.0"><channel><title>F</title>{items}</channel></rss>'.encode()


def generate(n: int, seed: int) -> Iterator[tuple[str, str, bytes]]:
    """``n`` (kind, suffix, bytes) inputs."""
    rng = random.Random(seed)
    seeds = seed_documents()
    makers: list[tuple[str, str, Callable[[random.Random], bytes]]] = [
        ("html", ".html", hostile_html),
        ("json", ".json", hostile_json),
        ("jsonl", ".jsonl", hostile_jsonl),
        ("csv", ".csv", hostile_csv),
        ("feed", ".xml", hostile_feed),
    ]
    for _ in range(n):
        roll = rng.random()
        if roll < 0.55:
            suffix, data = rng.choice(seeds)
            yield "mutated", rng.choice([suffix, suffix, ".txt", ".dat"]), mutate(rng, data)
        elif roll < 0.65:
            yield "random", rng.choice([".txt", ".html", ".json", ".dat", ".csv"]), bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000)))
        else:
            kind, suffix, make = rng.choice(makers)
            yield kind, suffix, make(rng)


def spans(value: object) -> Iterator[dict]:
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value.get("start"), int):
            yield value
        for child in value.values():
            yield from spans(child)
    elif isinstance(value, list):
        for child in value:
            yield from spans(child)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-pipeline", action="store_true", help="Run the readers and the store only.")
    parser.add_argument("--pipeline-every", type=int, default=1, metavar="K", help="Run the pipeline on every K-th input only.")
    parser.add_argument("--save", type=Path, help="Folder to copy crashing inputs into.")
    args = parser.parse_args(argv)

    import jsonschema

    from accord.errors import AccordError
    from accord.ingest.read import read_document
    from accord.runners.ingest import ingest
    from accord.store import Database

    schema = json.loads(SCHEMA_PATH.read_text())
    validator = jsonschema.Draft202012Validator(schema) if "2020-12" in schema.get("$schema", "") else jsonschema.Draft7Validator(schema)
    pipeline = None
    if not args.no_pipeline:
        from accord.pipeline import Pipeline

        pipeline = Pipeline()
    crashes: list[tuple[str, str, str]] = []
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    start = time.perf_counter()
    timings = {"extract": 0.0, "ingest": 0.0}
    batch: list[Path] = []

    def ingest_batch(database: Database) -> None:
        t = time.perf_counter()
        try:
            summary = ingest(database, [str(p) for p in batch], pipeline=None)
            outcomes["ingested"] += summary.counts.added + summary.counts.duplicates
            outcomes["ingest_errors"] += summary.counts.errors
        except Exception as exc:  # one run failing is a crash; name the batch
            crashes.append(("ingest", f"{batch[0].name}..{batch[-1].name}", f"{type(exc).__name__}: {exc}"[:300]))
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                for p in batch:
                    (args.save / f"ingest-{p.name}").write_bytes(p.read_bytes())
        for p in batch:
            p.unlink()
        batch.clear()
        timings["ingest"] += time.perf_counter() - t

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Database(str(folder / "fuzz.duckdb")) as database:
            for index, (kind, suffix, data) in enumerate(generate(args.inputs, args.seed)):
                kinds[kind] += 1
                path = folder / f"input{index}{suffix}"
                path.write_bytes(data)
                batch.append(path)
                name = f"#{index} {kind}{suffix} ({len(data)} bytes)"

                def crash(stage: str, message: str) -> None:
                    crashes.append((stage, name, message))
                    if args.save:
                        args.save.mkdir(parents=True, exist_ok=True)
                        (args.save / f"{stage}-{index}{suffix}").write_bytes(data)

                t0 = time.perf_counter()
                try:
                    article = read_document(str(path)) if suffix != ".jsonl" else None
                    outcomes["read"] += article is not None
                    if article is not None and pipeline is not None and index % args.pipeline_every == 0:
                        result = pipeline.extract(article).to_dict()
                        outcomes["extracted"] += 1
                        errors = sorted(validator.iter_errors(result), key=str)
                        if errors:
                            crash("schema", errors[0].message[:200])
                        text = result["article"]["text"]
                        for span in spans(result):
                            if span is not result["article"] and text[span["start"] : span["end"]] != span["text"]:
                                crash("span", f"{span['start']}:{span['end']} {span['text'][:60]!r}")
                                break
                except AccordError:
                    outcomes["refused"] += 1
                except Exception as exc:  # the point of fuzzing: anything else is a crash
                    crash("extract", f"{type(exc).__name__}: {exc}"[:300] + " | " + traceback.format_exc().strip().splitlines()[-3][:200])
                timings["extract"] += time.perf_counter() - t0
                if len(batch) >= 100:
                    ingest_batch(database)
                if (index + 1) % 1000 == 0:
                    print(f"  {index + 1:,} inputs, {len(crashes)} crashes, {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
            if batch:
                ingest_batch(database)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"inputs: {args.inputs:,} (seed {args.seed}): " + ", ".join(f"{k} {v:,}" for k, v in sorted(kinds.items())))
    print("outcomes: " + ", ".join(f"{k} {v:,}" for k, v in sorted(outcomes.items())))
    print(f"time: {seconds:.1f} s ({args.inputs / seconds:.0f} inputs/s; extract {timings['extract']:.1f} s, ingest {timings['ingest']:.1f} s)")
    print(f"peak memory: {peak_mb:.0f} MB resident")
    print(f"crashes: {len(crashes)}")
    for stage, name, message in crashes[:50]:
        print(f"  [{stage}] {name}: {message}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
