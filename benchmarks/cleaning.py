"""Line-level precision and recall of web-leftover removal over the cleaning fixtures.

Usage: .venv/bin/python benchmarks/cleaning.py [--verbose]

Each fixture in tests/ingest/fixtures/cleaning/ holds scraped text and the clean body a
person would keep. A raw line is a *leftover* when it does not appear in the expected
body (nor is the expected headline); a line is *predicted* a leftover when
``clean_text`` lists it in ``removed``. Precision = correct drops / all drops, recall =
correct drops / all leftovers, counted over lines of all fixtures (micro average).
Fixtures marked ``held_out = N`` were written in batch N after the rules were tuned;
each batch is reported separately (its first run is the honest estimate: rules may
have been fixed after it). Also printed: the share of fixtures whose body and headline come
out exactly as expected.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

from cleaning_fixtures import load_fixtures  # noqa: E402

from accord.ingest.clean import clean_text, explain_lines  # noqa: E402

_WS = re.compile(r"\s+")


def _fold(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _occurrences(line: str, body: str, title: str | None) -> int:
    """How many times ``line`` may appear as content: in the expected body, or as the headline."""
    piece = _fold(line).rstrip("-")
    if not piece:
        return 0
    if len(piece.split()) < 3:
        count = len(re.findall(r"(?<!\w)" + re.escape(piece) + r"(?!\w)", body))
    else:
        count = body.count(piece)
    return count + bool(title and _key(line) == _key(title))


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def score(fixtures) -> dict[str, float]:
    tp = fp = fn = exact = titles = 0
    for fx in fixtures:
        cleaned = clean_text(fx.raw)
        body = _fold(fx.body.replace("-\n", ""))
        used: Counter[str] = Counter()
        for line, reason in explain_lines(fx.raw):
            leftover = used[line] >= _occurrences(line, body, fx.title)
            used[line] += 1
            predicted = reason is not None and reason != "title"
            tp += leftover and predicted
            fp += predicted and not leftover
            fn += leftover and not predicted
        exact += cleaned.body == fx.body
        titles += cleaned.title == fx.title
    n = len(fixtures) or 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {
        "fixtures": len(fixtures),
        "leftover_lines": tp + fn,
        "precision": precision,
        "recall": recall,
        "exact_body": exact / n,
        "title_ok": titles / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="print each fixture's dropped lines")
    args = parser.parse_args()
    fixtures = load_fixtures()
    start = time.perf_counter()
    groups = {"all": fixtures, "tuning": [f for f in fixtures if not f.held_out]}
    for batch in sorted({f.held_out for f in fixtures} - {0}):
        groups[f"held-out {batch}"] = [f for f in fixtures if f.held_out == batch]
    print(f"{'set':<11} {'fixtures':>8} {'leftovers':>9} {'precision':>9} {'recall':>7} {'exact body':>10} {'title ok':>8}")
    for name, group in groups.items():
        r = score(group)
        print(
            f"{name:<11} {r['fixtures']:>8} {r['leftover_lines']:>9} {r['precision']:>9.3f} {r['recall']:>7.3f}"
            f" {r['exact_body']:>10.0%} {r['title_ok']:>8.0%}"
        )
    elapsed = time.perf_counter() - start
    lines = sum(len(f.raw.splitlines()) for f in fixtures) * 3
    print(f"speed: {lines / elapsed:,.0f} lines/s")
    if args.verbose:
        for fx in fixtures:
            print(f"\n== {fx.name}")
            for line in clean_text(fx.raw).removed:
                print("  -", line)


if __name__ == "__main__":
    main()
