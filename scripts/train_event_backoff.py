"""Train the event back-off (``accord.events.backoff``) and measure it against the rules alone.

    PYTHONPATH=src .venv/bin/python scripts/train_event_backoff.py            # train, write, measure
    PYTHONPATH=src .venv/bin/python scripts/train_event_backoff.py --measure  # measure the shipped file

Training data (all openly licensed; see src/accord/data/models/README.md):
- the trigger tables: accord's own ``event_triggers.csv`` (team data) and ``petrarch_verbs.csv``
  (converted from PETRARCH2, MIT): each row is one instance, its lemma (and objects) -> its type;
- the team's gold, ``tests/gold/defence.jsonl`` split ``dev`` only (the split ``test`` is never
  read here): each sentence with two coded actors -> the record's gold types, or NONE;
- silver labels: the rule coder's confident output (confidence >= SILVER_CONFIDENCE) on
  ``tests/gold/sources/sotu_paragraphs.jsonl`` (public domain) and the re3d documents of
  ``tests/gold/external/re3d_dev.jsonl`` (CC BY 3.0 AU, public domain, EEAS notice, OGL v3);
  sentences there with two coded actors and no rule event -> NONE (down-weighted: the rules miss).

The threshold is chosen by k-fold cross-validation on the gold sentences the rules leave
uncoded (the back-off's situation at run time): the lowest threshold whose proposals are
right at least as often as wrong, maximising right - wrong. Nothing from the scored dev sets
(real_news_cameo_dev, plover_gsr_dev) is read for training or for the threshold.

Deterministic: fixed seed for the folds, zero-initialised weights, full-batch gradient descent.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from accord.actors.gazetteer import read_table  # noqa: E402
from accord.actors.resolve import resolve_actors  # noqa: E402
from accord.dates import DateResolver  # noqa: E402
from accord.evaluate.evaluate import evaluate_events  # noqa: E402
from accord.evaluate.gold import load_event_gold  # noqa: E402
from accord.events import syntax  # noqa: E402
from accord.events.backoff import (  # noqa: E402
    MODEL_FILE,
    NO_EVENT,
    BackoffModel,
    EventBackoff,
    candidate_mentions,
    sentence_features,
    trigger_row_features,
)
from accord.pipeline import Pipeline  # noqa: E402
from accord.text import split_multi  # noqa: E402

SEED = 8
SILVER_CONFIDENCE = 0.8
ROW_WEIGHT = 0.5
SILVER_NONE_WEIGHT = 0.5
L2 = 1e-3
EPOCHS = 150
LEARNING_RATE = 0.05
FOLDS = 5
MIN_FEATURE_COUNT = 2
OUT = REPO / "src" / "accord" / "data" / "models" / MODEL_FILE
GOLD = REPO / "tests" / "gold" / "defence.jsonl"
SOTU = REPO / "tests" / "gold" / "sources" / "sotu_paragraphs.jsonl"
RE3D = REPO / "tests" / "gold" / "external" / "re3d_dev.jsonl"
DEV_SETS = {
    "real_news_cameo_dev": REPO / "tests" / "gold" / "external" / "real_news_cameo_dev.jsonl",
    "plover_gsr_dev": REPO / "tests" / "gold" / "external" / "plover_gsr_dev.jsonl",
    "defence": GOLD,
}


class Instance:
    __slots__ = ("features", "labels", "weight", "source", "uncoded")

    def __init__(self, features: list[str], labels: list[str], weight: float, source: str, uncoded: bool = False) -> None:
        self.features, self.labels, self.weight, self.source, self.uncoded = features, labels, weight, source, uncoded


def row_instances() -> list[Instance]:
    out = []
    for table in ("event_triggers.csv", "petrarch_verbs.csv"):
        for row in read_table("accord.data.patterns", table):
            if row.get("lemma") and row.get("type"):
                feats = trigger_row_features(row["lemma"], (row.get("pos") or "VERB").upper(), split_multi(row.get("object")))
                out.append(Instance(feats, [row["type"].upper()], ROW_WEIGHT, f"rows:{table}"))
    return out


def sentence_instances(pipeline: Pipeline, texts: list[tuple[str, str | None]]) -> list[tuple[int, list[str], list[str], list[float]]]:
    """(text number, features, rule-coded types, their confidences) per sentence with two coded actors."""
    out = []
    docs = pipeline.nlp.pipe(t for t, _ in texts)
    for number, (doc, (_, published)) in enumerate(zip(docs, texts)):
        actors, index = resolve_actors(doc, pipeline.gazetteer, published=published)
        equipment = pipeline.defence.equipment.find(doc, index)
        events = pipeline.coder.code(doc, index, actors, DateResolver(published), equipment)
        for sent in doc.sents:
            mentions = candidate_mentions(index.in_range(sent.start, sent.end))
            if len({m.code for m in mentions}) < 2:
                continue
            ev = syntax.sentence_evidence(sent)
            coded = [e for e in events if (e.evidence.start, e.evidence.end) == (ev.start, ev.end) and e.status != "negated"]
            out.append((number, sentence_features(sent, mentions), [e.type for e in coded], [e.confidence for e in coded]))
    return out


def gold_instances(pipeline: Pipeline) -> list[tuple[str, Instance]]:
    gold = [item for item in load_event_gold(GOLD).items if item.split == "dev" and item.has_events]
    sents = sentence_instances(pipeline, [(item.text, item.date) for item in gold])
    out = []
    for number, feats, rule_types, _ in sents:
        item = gold[number]
        labels = [e.type for e in item.events if e.type and e.status != "negated"] or [NO_EVENT]
        out.append((item.id, Instance(feats, labels, 1.0, "gold", uncoded=not rule_types)))
    return out


def silver_instances(pipeline: Pipeline) -> list[Instance]:
    texts = []
    for path in (SOTU, RE3D):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                if "text" in record:
                    texts.append((record["text"], None))
    out = []
    for _, feats, types, confidences in sentence_instances(pipeline, texts):
        if not types:
            out.append(Instance(feats, [NO_EVENT], SILVER_NONE_WEIGHT, "silver"))
        elif min(confidences) >= SILVER_CONFIDENCE:
            out.append(Instance(feats, sorted(set(types)), 1.0, "silver"))
    return out


def train(instances: list[Instance], classes: list[str]) -> BackoffModel:
    counts = Counter(f for inst in instances for f in inst.features)
    vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT))}
    rows, cols, targets, weights = [], [], [], []
    r = 0
    for inst in instances:
        feats = [vocabulary[f] for f in inst.features if f in vocabulary]
        for label in inst.labels:
            rows.extend([r] * len(feats))
            cols.extend(feats)
            targets.append(classes.index(label))
            weights.append(inst.weight / len(inst.labels))
            r += 1
    X = np.zeros((r, len(vocabulary)), dtype=np.float32)
    X[np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)] = 1.0
    y = np.zeros((r, len(classes)))
    y[np.arange(r), targets] = 1.0
    sw = np.array(weights)[:, None] / sum(weights)
    W = np.zeros((len(vocabulary), len(classes)), dtype=np.float32)
    b = np.zeros(len(classes))
    # Adam, full batch, zero start: deterministic.
    m_w, v_w, m_b, v_b = np.zeros_like(W), np.zeros_like(W), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, EPOCHS + 1):
        logits = X @ W + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) * sw
        gW = X.T @ g + L2 * W
        gb = g.sum(axis=0)
        for param, grad, m, v in ((W, gW, m_w, v_w), (b, gb, m_b, v_b)):
            m *= 0.9
            m += 0.1 * grad
            v *= 0.999
            v += 0.001 * grad**2
            param -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return BackoffModel(tuple(classes), vocabulary, W.astype(np.float32), b.astype(np.float32), threshold=1.0)


def calibrate(gold: list[tuple[str, Instance]], others: list[Instance], classes: list[str]) -> tuple[float, list[dict]]:
    """k-fold over gold records: the held-out uncoded sentences' best guesses and probabilities."""
    ids = sorted({i for i, _ in gold})
    random.Random(SEED).shuffle(ids)
    fold_of = {i: n % FOLDS for n, i in enumerate(ids)}
    guesses = []
    for fold in range(FOLDS):
        print(f"fold {fold + 1}/{FOLDS}", flush=True)
        model = train(others + [inst for i, inst in gold if fold_of[i] != fold], classes)
        for i, inst in gold:
            if fold_of[i] == fold and inst.uncoded:
                probs = model.probabilities(inst.features)
                best = max((c for c in classes if c != NO_EVENT), key=probs.__getitem__)
                guesses.append({"id": i, "type": best, "p": probs[best], "none": probs[NO_EVENT], "gold": inst.labels})
    best_t, best_gain = 1.0, 0
    for t in sorted({round(g["p"], 3) for g in guesses}):
        fired = [g for g in guesses if g["p"] >= t and g["p"] > g["none"]]
        right = sum(g["type"] in g["gold"] for g in fired)
        gain = right - (len(fired) - right)
        if gain > best_gain:
            best_t, best_gain = t, gain
    return best_t, guesses


def measure(pipeline: Pipeline, backoff: EventBackoff | None) -> dict[str, dict[str, float]]:
    pipeline.event_backoff = backoff
    out = {}
    for name, path in DEV_SETS.items():
        report = evaluate_events(path, pipeline)
        for group, result in report.groups.items():
            scores = result.scores
            row = {f"{m}.f1": round(scores[m].f1, 4) for m in ("type", "type_states") if m in scores and scores[m].support}
            if "type_states" in scores:
                row["pair_recall"] = round(scores["type_states"].recall, 4)
                row["type.precision"] = round(scores["type"].precision, 4)
            if result.noevents.total:
                row["noevents.accuracy"] = round(result.noevents.value, 4)
            out[f"{name} {group}"] = row
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="only measure the shipped model")
    args = parser.parse_args()
    started = time.process_time()
    pipeline = Pipeline(event_backoff=False)
    if not args.measure:
        rows = row_instances()
        gold = gold_instances(pipeline)
        print(f"gold read, {time.process_time() - started:.0f} s CPU", flush=True)
        silver = silver_instances(pipeline)
        print(f"silver read, {time.process_time() - started:.0f} s CPU", flush=True)
        classes = sorted({label for inst in rows + silver + [g for _, g in gold] for label in inst.labels} | {NO_EVENT})
        print(f"instances: rows {len(rows)}, gold {len(gold)} ({sum(g.uncoded for _, g in gold)} uncoded), silver {len(silver)}", flush=True)
        threshold, guesses = calibrate(gold, rows + silver, classes)
        fired = [g for g in guesses if g["p"] >= threshold and g["p"] > g["none"]]
        print(f"threshold {threshold}: cross-validated, {sum(g['type'] in g['gold'] for g in fired)} right of {len(fired)} proposals on {len(guesses)} uncoded gold sentences")
        model = train(rows + silver + [g for _, g in gold], classes)
        model = BackoffModel(model.classes, model.vocabulary, model.weights, model.bias, threshold,
                             meta={"seed": SEED, "trained_by": "scripts/train_event_backoff.py", "instances": len(rows) + len(silver) + len(gold)})
        OUT.write_text(json.dumps(model.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)} ({OUT.stat().st_size / 1e6:.2f} MB), {time.process_time() - started:.0f} s CPU")
    before = measure(pipeline, None)
    after = measure(pipeline, EventBackoff.load(pipeline.coder.ontology, pipeline.coder.triggers))
    for key in before:
        print(f"{key:32s} " + "  ".join(f"{m} {before[key][m]:.4f} -> {after[key].get(m, 0):.4f}" for m in before[key]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
