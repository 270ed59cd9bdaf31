"""Exports at scale: time, CPU and peak memory of each format over a synthetic store.

Usage:
    .venv/bin/python benchmarks/export.py --store /tmp/kb1m.duckdb --build 1000000
    .venv/bin/python benchmarks/export.py --store /tmp/kb1m.duckdb --formats parquet,csv,jsonl,gdelt,plover
    .venv/bin/python benchmarks/export.py --store /tmp/kb1m.duckdb --formats parquet --span-rows 0   # one query

``--build N`` fills an empty store with N synthetic events first (``accord.store.synthetic``,
one transaction; DuckDB's memory is capped at ``--build-memory`` so that 10M events build
within a few GB instead of running out of memory). Each format is then exported in a
process of its own (every event of the store, as ``accord export`` does it: occurred and
ongoing events), and its peak resident memory is that process's (``os.wait4``), so the
figures do not mix. ``--span-rows`` sets ``export.base.SPAN_ROWS`` (records one query
covers); 0 reads the whole selection as one query, as exports did before spans.

CPU seconds are the child's user + system time: on a shared machine compare those, not
wall time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FORMATS = ("parquet", "csv", "jsonl", "gdelt", "plover")


def build(store: Path, events: int, memory: str) -> None:
    from accord.store import Database
    from accord.store.synthetic import fill

    with Database(store) as db:
        if db.stats()["event_mentions"]:
            print(f"{store} holds events already; not building")
            return
        db.execute(f"SET memory_limit = '{memory}'")  # one transaction of 10M rows otherwise runs out of memory
        start, cpu = time.perf_counter(), time.process_time()
        fill(db, events)
        db.execute("CHECKPOINT")
        print(f"built {events:,} events into {store} in {time.perf_counter() - start:.0f} s ({time.process_time() - cpu:.0f} CPU s)")


def export_one(store: Path, fmt: str, out: Path, span_rows: int | None) -> None:
    """Run in the child: one export, then print its row count and file size."""
    from accord.interfaces.export import base, export
    from accord.store import Database

    if span_rows is not None:
        base.SPAN_ROWS = span_rows or 10**12
    with Database(store, read_only=True) as db:
        path = export(db, fmt, out)
    print(f"{path.stat().st_size}")
    path.unlink()


def measure(store: Path, fmt: str, out_dir: Path, span_rows: int | None) -> dict:
    suffix = {"parquet": ".parquet", "csv": ".csv", "gdelt": ".tsv"}.get(fmt, ".jsonl")
    command = [sys.executable, __file__, "--store", str(store), "--child", fmt, "--out", str(out_dir / f"export{suffix}")]
    if span_rows is not None:
        command += ["--span-rows", str(span_rows)]
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{fmt}: the export failed (status {status})")
    return {"format": fmt, "wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024, "bytes": int(output.split()[-1])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, type=Path)
    parser.add_argument("--build", type=int, default=0, help="fill the store with this many synthetic events first")
    parser.add_argument("--build-memory", default="6GB")
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--span-rows", type=int, default=None, help="records per query (0: one query for everything)")
    parser.add_argument("--out", type=Path, default=None, help="folder for the files (deleted after each)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.child:
        export_one(args.store, args.child, args.out, args.span_rows)
        return 0
    if args.build:
        build(args.store, args.build, args.build_memory)
    out_dir = args.out or args.store.parent
    spans = "one query" if args.span_rows == 0 else f"spans of {args.span_rows or 'default'} records"
    print(f"{args.store} ({args.store.stat().st_size / 2**20:,.0f} MB), {spans}; load average {os.getloadavg()[0]:.1f}")
    print(f"{'format':10}{'wall s':>9}{'CPU s':>9}{'peak MB':>9}{'file MB':>9}")
    for fmt in args.formats.split(","):
        r = measure(args.store, fmt, out_dir, args.span_rows)
        print(f"{r['format']:10}{r['wall']:9.1f}{r['cpu']:9.1f}{r['peak_mb']:9,.0f}{r['bytes'] / 2**20:9,.0f}", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
