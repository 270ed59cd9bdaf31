"""HTML extraction quality and speed on the article-extraction benchmark.

Usage:
    .venv/bin/python benchmarks/html_extraction.py [--data DIR] [--limit N] [--configs a,b]

Reads the 181 gzipped pages and ground-truth.json of the Scrapinghub
article-extraction benchmark by path (default
/work/shared/data/ingest/article-extraction-benchmark; nothing is copied into the
project) and, for each trafilatura configuration, prints word-4-gram shingle
precision, recall and F1 averaged over pages, and pages per second.

Scoring: text is lowercased and split into word tokens (``\\w+``); shingles are runs
of 4 consecutive tokens, counted with multiplicity. Per page, precision = shared
shingles / shingles extracted, recall = shared shingles / shingles in the ground
truth (0 when nothing was extracted), F1 their harmonic mean; the figures printed are
means over pages. Pages are decoded with ``decode_bytes`` and extracted with
``extract_html`` exactly as ``accord extract page.html`` does; pages/s is measured on
one core and includes metadata (date, title, site name) extraction. The "+clean" row
also runs ``clean_text`` over the extracted text, which is what ``Article.text`` gets.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from accord.ingest.clean import clean_text
from accord.ingest.decode import decode_bytes
from accord.ingest.html import extract_html

DEFAULT_DATA = Path("/work/shared/data/ingest/article-extraction-benchmark")
_TOKEN = re.compile(r"\w+")

CONFIGS = {
    "default": {"mode": "default", "include_comments": True},
    "favor_precision": {"mode": "precision", "include_comments": True},
    "favor_recall": {"mode": "recall", "include_comments": True},
    "default-nocomments": {"mode": "default", "include_comments": False},
    "precision-nocomments": {"mode": "precision", "include_comments": False},
    "recall-nocomments": {"mode": "recall", "include_comments": False},
}


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def prf(predicted: str, truth: str) -> tuple[float, float, float]:
    pred, gold = shingles(predicted), shingles(truth)
    if not gold:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 1.0, 0.0)
    tp = sum((pred & gold).values())
    precision = tp / sum(pred.values()) if pred else 0.0
    recall = tp / sum(gold.values())
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load(data: Path, limit: int | None) -> list[tuple[str, str, str | None, str]]:
    truth = json.loads((data / "ground-truth.json").read_text("utf-8"))
    pages = []
    for key in sorted(truth)[:limit]:
        raw = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
        html = decode_bytes(raw, item=key)
        pages.append((key, html, truth[key].get("url"), truth[key]["articleBody"]))
    return pages


def run(pages, options: dict, *, clean: bool = False) -> dict[str, float]:
    for _key, html, url, _truth in pages[:3]:  # warm-up: lazy imports and caches are not timed
        extract_html(html, url=url, **options)
    scores = []
    start = time.perf_counter()
    for _key, html, url, truth in pages:
        page = extract_html(html, url=url, **options)
        text = clean_text(page.text, title=page.title).body if clean else page.text
        scores.append(prf(text, truth))
    elapsed = time.perf_counter() - start
    return {
        "precision": statistics.mean(s[0] for s in scores),
        "recall": statistics.mean(s[1] for s in scores),
        "f1": statistics.mean(s[2] for s in scores),
        "pages_per_s": len(pages) / elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="trafilatura configurations on the article-extraction benchmark")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="benchmark folder (ground-truth.json, html/)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages (sorted by id)")
    parser.add_argument("--configs", default=",".join(CONFIGS), help="comma-separated configurations to run")
    parser.add_argument("--no-clean", action="store_true", help="skip the extract+clean_text row")
    args = parser.parse_args()
    if not (args.data / "ground-truth.json").exists():
        sys.exit(f"{args.data}: no ground-truth.json here; pass --data DIR")
    pages = load(args.data, args.limit)
    print(f"{len(pages)} pages from {args.data}")
    print(f"{'configuration':<26} {'precision':>9} {'recall':>7} {'F1':>7} {'pages/s':>8}")
    results = {}
    for name in args.configs.split(","):
        r = results[name] = run(pages, CONFIGS[name])
        print(f"{name:<26} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>7.3f} {r['pages_per_s']:>8.1f}", flush=True)
    best = max(results, key=lambda n: results[n]["f1"])
    print(f"best F1: {best}")
    if not args.no_clean:
        from accord.ingest.html import DEFAULT_MODE, INCLUDE_COMMENTS

        options = {"mode": DEFAULT_MODE, "include_comments": INCLUDE_COMMENTS}
        r = run(pages, options, clean=True)
        name = f"accord ({DEFAULT_MODE}) +clean"
        print(f"{name:<26} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>7.3f} {r['pages_per_s']:>8.1f}")


if __name__ == "__main__":
    main()
