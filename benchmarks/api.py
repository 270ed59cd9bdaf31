"""API latency: p50/p95 of the dyad, events and record endpoints on synthetic stores.

    .venv/bin/python benchmarks/api.py                  # 10k and 1M events
    .venv/bin/python benchmarks/api.py --sizes 10000    # one size
    .venv/bin/python benchmarks/api.py --requests 100   # more requests per endpoint

The store is made by ``accord.store.synthetic.fill`` (40 states, 2024-2025); the app
is ``accord serve``'s, under uvicorn on 127.0.0.1, read-only, asked over HTTP with
keep-alive by one client, one request at a time, after one warm-up request each.
Figures go to docs/api.md by hand.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def endpoints(store, rng: random.Random) -> dict[str, list[str]]:
    """Several concrete URLs per endpoint, so no single cached answer is timed."""
    from accord.store.synthetic import STATES

    ids = [r["id"] for r in store.rows("SELECT id FROM events WHERE is_primary USING SAMPLE 50 ROWS")]
    pairs = [rng.sample(STATES, 2) for _ in range(20)]
    total = store.rows("SELECT count(*) AS n FROM events WHERE is_primary")[0]["n"]
    return {
        "GET /api/dyad/{a}/{b}": [f"/api/dyad/{a}/{b}" for a, b in pairs],
        "GET /api/dyad/{a}/{b}?since=2025-01": [f"/api/dyad/{a}/{b}?since=2025-01" for a, b in pairs],
        "GET /api/events?actor=X&limit=50": [f"/api/events?actor={a}&limit=50" for a, _ in pairs],
        "GET /api/events?dyad=A-B&type=T&limit=50": [f"/api/events?dyad={a}-{b}&type=ACCUSE&limit=50" for a, b in pairs],
        "GET /api/events?limit=50&offset=deep": [f"/api/events?limit=50&offset={rng.randrange(max(total - 50, 1))}" for _ in pairs],
        "GET /api/records/{id}": [f"/api/records/{i}" for i in ids],
        "GET /dyad/{a}/{b} (HTML page)": [f"/dyad/{a}/{b}" for a, b in pairs],
    }


def bench(size: int, requests: int) -> None:
    import httpx
    import uvicorn

    from accord import Store
    from accord.interfaces.web import create_app
    from accord.store.synthetic import fill

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kb.duckdb"
        with Store(path) as store:
            start = time.perf_counter()
            stats = fill(store, size)
            print(f"\n{size:,} synthetic events ({stats['events']:,} counted once per story): built in {time.perf_counter() - start:.1f}s")
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(path), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            with Store(path, read_only=True) as store:
                urls = endpoints(store, random.Random(5))
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
                print(f"  {'endpoint':44s} {'p50':>9s} {'p95':>9s}  (n={requests})")
                for name, choices in urls.items():
                    client.get(choices[0]).raise_for_status()  # warm
                    times = []
                    for i in range(requests):
                        url = choices[i % len(choices)]
                        t = time.perf_counter()
                        client.get(url).raise_for_status()
                        times.append(time.perf_counter() - t)
                    print(f"  {name:44s} {statistics.median(times) * 1000:7.1f}ms {percentile(times, 95) * 1000:7.1f}ms", flush=True)
        finally:
            server.should_exit = True
            thread.join(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args(argv)
    for size in args.sizes:
        bench(size, args.requests)
    return 0


if __name__ == "__main__":
    sys.exit(main())
