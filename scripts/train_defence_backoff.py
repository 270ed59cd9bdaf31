"""Train the defence back-offs (``accord.defence.backoff``: joint activities, arms transfers) and write them into the package.

    PYTHONPATH=src .venv/bin/python scripts/train_defence_backoff.py            # train, write the model
    PYTHONPATH=src .venv/bin/python scripts/train_defence_backoff.py --dry-run  # cross-validate only

A logistic regression (plain numpy) answers one question: does a sentence naming two possible
parties (states or intergovernmental organisations) tell a joint military activity? It reads
``sentence_features`` with the words beside the parties and their coordination
(``context_features``, round 16). The
proposal's parties are the candidates less the side watched or fought, memberships and the
states that only face or answer another's forces (``ActivityBackoff.parties``; a learned party model was tried and chose no
better: ``docs/defence_backoff.md``).

A second set of regressions is the transfer back-off (``TransferBackoff``): a detector over the
same features and how the states hang on each other (``relation_features``, round 15) and the
words beside them (``context_features``, round 17) for sentences naming two actor states (positive when a gold transfer of the line
runs between two of them), a supplier and a recipient model over each state's
``candidate_features``, and one model per stage (these fitted with their own, lower L2:
``TRANSFER_ROLE_L2``, ``TRANSFER_STAGE_L2``, round 17); its threshold is chosen by the same
cross-validation on transfer F1 with status (``choose_transfer_threshold``; it must also propose
on no held-out near-miss line), and written only when it beats the rules alone.

A third and fourth set are the agreement and alliance back-offs (``AgreementBackoff``,
``AllianceBackoff``): a detector each over sentences naming two actor states (the agreement back-off's
with ``relation_features`` since round 17; positive when a gold
record of that kind of the line has two of them among its parties) and one model per status; their
thresholds are chosen as the transfer back-off's (``choose_staged_threshold``), and a part is
written only when it beats the rules alone.

Training data, all openly licensed and all from **dev** splits (no test line is read):
- ``tests/gold/defence.jsonl``, ``defence_real.jsonl`` and ``defence_wire.jsonl``, split dev. A
  sentence is positive when a gold activity of its line has two of its parties named there (a
  one-sentence line with a gold activity is positive), negative when its line has none;
- ``tests/gold/defence_near_misses.jsonl``: every sentence negative (defence wording, no record).

The threshold is chosen by cross-validation (``FOLDS`` folds over lines, ``REPEATS`` seeded
shufflings), on the
activity F1 of rules + back-off over the held-out lines: the mean of that F1 over the
wire-style dev lines written after the rules (``FRESH_WIRE_LINES``; the only dev lines no rule
writer has read, so the only ones where the rules miss as they do on unseen news) and over every dev
line (where a wrong proposal costs most, the rules being right there), among the thresholds
of a grid of tenths (``THRESHOLDS``) whose proposals are right at least ``MIN_PRECISION`` of
the time, the highest of those within ``TOLERANCE`` of the best, and never under
``MIN_THRESHOLD`` (set on near misses written blind, which the folds cannot judge). Sentences where a veto holds
(``ActivityBackoff.vetoed``) take no proposal here either.

Deterministic: seeded folds, zero-initialised weights, full-batch Adam; the same spaCy model
gives the same file. ``docs/defence_backoff.md`` is the data statement and the figures.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from accord.actors.resolve import resolve_actors  # noqa: E402
from accord.dates import DateResolver  # noqa: E402
from accord.defence.backoff import ActivityBackoff, AgreementBackoff, AllianceBackoff, LinearDetector, TransferBackoff, candidate_features, ranked_roles, ranked_stage, sentence_features  # noqa: E402
from accord.defence.equipment import by_token  # noqa: E402
from accord.pipeline import Pipeline  # noqa: E402

GOLD = REPO / "tests" / "gold"
DEV_SETS = ("defence.jsonl", "defence_real.jsonl", "defence_wire.jsonl")
NEAR_MISSES = "defence_near_misses.jsonl"
OUT = REPO / "src" / "accord" / "data" / "models" / "defence_backoff.json"

SEED = 13
FOLDS = 5
#: Cross-validation is repeated over this many seeded shufflings of the folds, and the counts
#: summed: one shuffling alone moves the chosen threshold by a tenth.
REPEATS = 3
EPOCHS = 300
LEARNING_RATE = 0.05
L2 = 1e-3
MIN_FEATURE_COUNT = 2
#: The least share of proposals that must be right (held out, over every dev line). On round 9's
#: fine grid, at 0.5 the threshold fell to 0.63, at 0.6 (with the 400 training lines of version 1.5) to 0.75; both
#: broke a near-miss specification of the activity rules (forces sent into a state at a third
#: state's request, probability 0.76).
MIN_PRECISION = 0.62
#: The thresholds tried. A grid of tenths, not every probability seen: the held-out precision
#: curve is flat between 0.75 and 0.92 (0.64-0.65), so on a fine grid a bar moved by a hundredth,
#: or one batch of harder lines, moved the threshold by a fifth (0.71 at 0.62, 0.93 at 0.65 with
#: the rules of round 10; 0.82 and 0.91 with two batches of lines in round 9). A tenth is the
#: step the evidence can tell apart.
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
#: Thresholds whose mean held-out F1 is within this of the best count as equal, and the highest
#: of them is taken: fewer proposals on lines with no activity at the same F1. In round 11 the
#: narrower proposed parties lifted precision so that 0.5, 0.6 and 0.7 all passed the bar and
#: scored within 0.003 of each other, while 0.5 proposed on three times as many dev lines with no
#: activity as 0.7 (32 against 9 of 1,684); differences this small are below what two seeded
#: shufflings of the folds move.
TOLERANCE = 0.01
#: No threshold below this is taken. Every time a threshold under 0.8 was chosen (0.63 and 0.75
#: in round 9, 0.71 in round 10, 0.7 in round 11) it broke near-miss specifications of the
#: activity rules (forces sent into a state at a third state's request; in round 11 also police
#: trained by foreign advisers), which the cross-validation cannot see: those sentences are in
#: the tests, not in the training lines. Round 12 vetoes those sentences by the activity rules'
#: own readings (``ActivityBackoff.vetoed``: forces sent or arriving without the host's consent or
#: in a story of fighting, police trained, an activity others only react to); with them every
#: specification holds at 0.6. But vetoes written against known specifications cannot show what
#: unseen near misses do, so the floor was set on 300 near-miss sentences written blind that
#: round and not yet trained on: the model gave records on 2 of them at 0.6 and on none at 0.7 or
#: 0.8. The floor is the lowest threshold that added none. Round 13 repeated the check on 300
#: more near misses written blind (close to agreements and alliance moves), with the round-12
#: model: records on 3 of them at 0.7 and on none at 0.8, so the floor rose to 0.8. Round 14
#: checked 300 more (two thirds close to joint activities or arms transfers) with the round-13
#: model (trained with round 13's as negatives) and with this round's, trained without them:
#: records on 1 at 0.5 and none from 0.6 with the first; on 3 at 0.5, 1 at 0.6 and none from
#: 0.7 with the second. The floor is the lowest threshold at which neither added any. Round 15
#: checked 300 more (half of one writer's close to joint activities) with the round-14 model: records
#: on 3 at 0.5 and 0.6, 2 at 0.7, 1 at 0.8, none at 0.9; with this round's, trained without them,
#: on 3, 2, 1 and none from 0.8: the floor rose to 0.9. Round 16 changed the rule, before its near
#: misses existed: only the model that ships is checked (a model that does not ship had moved
#: the floor in round 15). The shipped model, trained without the round's 300 blind near misses,
#: gave a record on none of them at any threshold of the grid: the floor is the grid's lowest.
#: Round 17's shipped model, by the same rule, gave records on 4 of its 300 at 0.5, 1 at 0.6 and
#: none from 0.7: the floor rose to 0.7 (cross-validation had chosen 0.6). Round 18 changed the
#: rule, before its near misses existed: the floor is the lowest grid threshold at which the
#: shipped model adds a record on at most one of the 300 (a 300-line sample cannot tell a 0% rate
#: from 0.3%; in round 17 one line moved the transfer threshold 0.8 -> 0.9 at a cost of 0.02-0.03
#: F1 on every dev block). Round 18's shipped model gave a record on 1 of its 300 at 0.5-0.8 and
#: none at 0.9: the floor is 0.5 (by round 17's rule it would have been 0.9). The threshold
#: shipped is higher than the cross-validation's 0.5 where the suite's specifications fail
#: (``docs/defence_backoff.md``, round 18), so a retrain must run the suite at its choice.
MIN_THRESHOLD = 0.5
#: The wire-style lines written after the rules and never shown to a rule writer: version 2.5's,
#: written at the start of round 18 (their dev half; the test half is read by no script here).
#: Each round moves it to the newest block: rounds 10-14 fitted rules to lines 421-1540 and
#: 2341-4739; round 15's rule writers checked their changes on 4740-5139 and round 16's on
#: 5140-5539 by aggregate figures; round 17's on 5540-5939 and 5940-6339; round 18's on 5940-6339
#: and 6340-6739; round 19's on the same two blocks (aggregate figures only). Lines from 6740 on
#: (version 2.6, written blind in round 19) are held out of training (``_held_for_next_round``).
FRESH_WIRE_LINES = range(6340, 6740)


@dataclass
class Sentence:
    line: str
    features: list[str]
    label: int
    open: bool  # the rules found no activity here and no veto holds: the back-off may propose
    parties: frozenset[str]  # the parties the back-off would propose (``ActivityBackoff.parties``)


@dataclass
class Line:
    gold: list[frozenset[str]]  # the gold activities' parties
    rules: list[frozenset[str]]  # the rules' activities' parties
    gold_transfers: list[tuple[str, str, str]] = field(default_factory=list)  # (supplier, recipient, status)
    rule_transfers: list[tuple[str, str, str]] = field(default_factory=list)
    # per kind ("agreements", "alliances"): the gold and the rules' records as (parties, status)
    gold_records: dict[str, list[tuple[frozenset[str], str]]] = field(default_factory=dict)
    rule_records: dict[str, list[tuple[frozenset[str], str]]] = field(default_factory=dict)


#: A record as the scorer compares an agreement or alliance move: its parties and its status.
StagedKey = tuple[frozenset[str], str]


@dataclass
class StagedSentence:
    """A sentence naming two actor states, for the agreement or the alliance back-off."""

    line: str
    features: list[str]  # ``sentence_features``, told what the rules found besides this kind
    label: int  # a gold record of this kind of its line has two of the sentence's parties
    open: bool  # the rules found no record of this kind here and no veto holds: the back-off may propose
    proposed: list[frozenset[str]]  # the party sets the back-off would propose
    status: str | None  # the status of that gold record


@dataclass
class TransferSentence:
    """A sentence naming two states, for the transfer back-off."""

    line: str
    features: list[str]  # ``sentence_features``, told what the rules found besides transfers
    label: int  # a gold transfer of its line runs between two of its states
    open: bool  # the rules found no transfer here and no veto holds: the back-off may propose
    roles: dict[str, list[str]]  # state -> ``candidate_features``
    gold: tuple[str, str, str] | None  # that gold transfer


def _held_for_next_round(record: dict) -> bool:
    """Wire lines written after the fresh block: kept out of training, so that they measure the
    shipped back-off on unseen lines and become the next round's fresh lines."""
    return record["id"].startswith("wire-") and int(record["id"][5:]) >= FRESH_WIRE_LINES.stop


def read_lines() -> list[dict]:
    lines = []
    for name in DEV_SETS:
        for raw in (GOLD / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(raw)
            if "_meta" not in record and record["split"] == "dev" and not _held_for_next_round(record):
                lines.append(record)
    for n, raw in enumerate((GOLD / NEAR_MISSES).read_text(encoding="utf-8").splitlines()):
        record = json.loads(raw)
        if "_meta" not in record:
            lines.append({"id": f"near-miss-{n}", "text": record["text"], "date": None})
    return lines


def read_sentences(pipeline: Pipeline, lines: list[dict]) -> tuple[list[Sentence], dict[str, Line], list[TransferSentence], dict[str, list[StagedSentence]]]:
    """The sentences naming two possible parties, and each line's gold and rule activities. The
    rules' findings per sentence come from ``DefenceExtractor.sentence_readings`` and the
    candidates and vetoes from ``ActivityBackoff``: what the back-off is given at run time."""
    backoff = ActivityBackoff(LinearDetector({}, 0.0, 1.0), pipeline.defence.rules, pipeline.grammar)
    blank = LinearDetector({}, 0.0, 1.0)
    transfer_backoff = TransferBackoff(blank, blank, blank, {}, pipeline.defence.rules, pipeline.grammar)
    transfer_found: list[TransferSentence] = []
    agreement_backoff = AgreementBackoff(blank, {}, pipeline.defence.rules, pipeline.grammar)
    alliance_backoff = AllianceBackoff(blank, {}, pipeline.defence.rules, pipeline.grammar)
    staged: dict[str, list[StagedSentence]] = {"agreements": [], "alliances": []}
    found: list[Sentence] = []
    by_line: dict[str, Line] = {}
    for line, doc in zip(lines, pipeline.nlp.pipe(line["text"] for line in lines)):
        _, index = resolve_actors(doc, pipeline.gazetteer, published=line.get("date"))
        dates = DateResolver(line.get("date"))
        equipment = pipeline.defence.equipment.find(doc, index)
        records = pipeline.defence.extract(doc, index, dates, equipment, backoff=False)
        gold = [frozenset(a["parties"]) for a in line.get("activities", [])]
        gold_transfers = [(t["supplier"], t["recipient"], t["status"]) for t in line.get("arms_transfers", [])]
        by_line[line["id"]] = Line(
            gold, [frozenset(a.parties) for a in records.activities],
            gold_transfers, [(",".join(t.supplier), ",".join(t.recipient), t.status) for t in records.arms_transfers],
            {
                "agreements": [(frozenset(a["parties"]), a["status"]) for a in line.get("agreements", [])],
                "alliances": [(frozenset(a["members"]), a["status"]) for a in line.get("alliances", [])],
            },
            {
                "agreements": [(frozenset(a.parties), a.status) for a in records.agreements],
                "alliances": [(frozenset(a.members), a.status) for a in records.alliances],
            },
        )
        gold_records = by_line[line["id"]].gold_records
        readings = pipeline.defence.sentence_readings(doc, index, dates, equipment)
        goods = by_token(equipment)
        for reading in readings:
            states = transfer_backoff.states(reading.sent, index)
            if len(states) >= 2:
                told = next((t for t in gold_transfers if t[0] in states and t[1] in states and t[0] != t[1]), None)
                transfer_found.append(TransferSentence(
                    line["id"],
                    sentence_features(reading.sent, index, reading.told_besides_transfers, relations=True, context=True),
                    int(told is not None),
                    reading.open_to_transfer and not transfer_backoff.vetoed(reading.sent, index, states, goods),
                    {code: candidate_features(mentions, reading.sent) for code, mentions in states.items()},
                    told,
                ))
            states = agreement_backoff.states(reading.sent, index)
            if len(states) >= 2:
                parties = agreement_backoff.parties(reading.sent, index, states)
                told = next((g for g in gold_records["agreements"] if len(g[0] & set(states)) >= 2), None)
                staged["agreements"].append(StagedSentence(
                    line["id"],
                    sentence_features(reading.sent, index, reading.told_besides("agreements"), relations=True),
                    int(told is not None),
                    reading.open_to_agreement and not agreement_backoff.vetoed(reading.sent, index, parties),
                    [frozenset(parties)],
                    told[1] if told else None,
                ))
                moves = alliance_backoff.moves(reading.sent, index, states, reading.drafted)
                named = set(states) | {code for move in moves for code in move}
                told = next((g for g in gold_records["alliances"] if len(g[0] & named) >= 2), None)
                staged["alliances"].append(StagedSentence(
                    line["id"],
                    sentence_features(reading.sent, index, reading.told_besides("alliances")),
                    int(told is not None),
                    reading.open_to_alliance and not alliance_backoff.vetoed(reading.sent, index, moves),
                    [frozenset(move) for move in moves],
                    told[1] if told else None,
                ))
            candidates = backoff.candidates(reading.sent, index)
            if len(candidates) < 2:
                continue
            named = frozenset(candidates)
            parties = frozenset(backoff.parties(reading.sent, index, candidates))
            found.append(Sentence(
                line["id"],
                sentence_features(reading.sent, index, reading.told, context=True),
                int(bool(gold) and (len(readings) == 1 or any(len(g & named) >= 2 for g in gold))),
                reading.open and len(parties) >= 2 and not backoff.vetoed(reading.sent, candidates, index),
                parties,
            ))
    return found, by_line, transfer_found, staged


def train(instances: list[tuple[list[str], int]], l2: float | None = None) -> LinearDetector:
    """A logistic regression over binary features (threshold left at 1.0: set by the caller),
    with the L2 penalty ``l2`` (``L2`` when None)."""
    l2 = L2 if l2 is None else l2
    counts = Counter(f for features, _ in instances for f in features)
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_FEATURE_COUNT)
    column = {f: i for i, f in enumerate(vocabulary)}
    X = np.zeros((len(instances), len(vocabulary)))
    for r, (features, _) in enumerate(instances):
        for f in features:
            if f in column:
                X[r, column[f]] = 1.0
    y = np.array([label for _, label in instances], dtype=float)
    w = np.zeros(len(vocabulary))
    b = 0.0
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), 0.0, 0.0
    for step in range(1, EPOCHS + 1):
        p = 1.0 / (1.0 + np.exp(-(X @ w + b)))
        g = (p - y) / len(instances)
        gw = X.T @ g + l2 * w
        gb = float(g.sum())
        m_w = 0.9 * m_w + 0.1 * gw
        v_w = 0.999 * v_w + 0.001 * gw**2
        m_b = 0.9 * m_b + 0.1 * gb
        v_b = 0.999 * v_b + 0.001 * gb**2
        w -= LEARNING_RATE * (m_w / (1 - 0.9**step)) / (np.sqrt(v_w / (1 - 0.999**step)) + 1e-8)
        b -= LEARNING_RATE * (m_b / (1 - 0.9**step)) / (np.sqrt(v_b / (1 - 0.999**step)) + 1e-8)
    weights = {f: round(float(x), 4) for f, x in zip(vocabulary, w) if abs(x) >= 1e-3}
    return LinearDetector(weights, round(b, 4), 1.0)


def held_out(data: list[Sentence], seed: int) -> list[tuple[float, Sentence]]:
    """Every sentence with its probability under the model of the folds it is not in (folds
    shuffled by ``seed``)."""
    lines = sorted({s.line for s in data})
    random.Random(seed).shuffle(lines)
    fold_of = {line: n % FOLDS for n, line in enumerate(lines)}
    scored = []
    for fold in range(FOLDS):
        detector = train([(s.features, s.label) for s in data if fold_of[s.line] != fold])
        scored += [(detector.probability(s.features), s) for s in data if fold_of[s.line] == fold]
    return scored


def counts(runs: list[list[tuple[float, Sentence]]], threshold: float, lines: dict[str, Line]) -> tuple[int, int, int]:
    """Activity (TP, FP, FN) on ``lines``, summed over the cross-validation runs: rules + held-out
    proposals at ``threshold`` (above 1.0: the rules alone), matched by parties as ``accord
    evaluate`` matches them."""
    tp = fp = fn = 0
    for scored in runs:
        proposals: dict[str, list[frozenset[str]]] = {}
        for p, s in scored:
            if s.line in lines and s.open and p >= threshold:
                proposals.setdefault(s.line, []).append(s.parties)
        for name, line in lines.items():
            left = list(line.gold)
            for parties in list(dict.fromkeys(line.rules + proposals.get(name, []))):
                if parties in left:
                    left.remove(parties)
                    tp += 1
                else:
                    fp += 1
            fn += len(left)
    return tp, fp, fn


def empty_lines_proposed(runs: list[list[tuple[float, Sentence]]], threshold: float, lines: dict[str, Line]) -> float:
    """How many lines with no gold activity get a held-out proposal, on average over the runs."""
    empty = {name for name, line in lines.items() if not line.gold}
    return sum(len({s.line for p, s in scored if s.line in empty and s.open and p >= threshold}) for scored in runs) / len(runs)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


RULES_ALONE = 1.01


def choose_threshold(runs: list[list[tuple[float, Sentence]]], lines: dict[str, Line], fresh: dict[str, Line]) -> float:
    """The highest threshold of ``THRESHOLDS`` whose mean F1 over the fresh lines and over every
    dev line is within ``TOLERANCE`` of the best, among those precise enough (module docstring),
    and never below ``MIN_THRESHOLD``. ``RULES_ALONE`` when none beats the rules alone."""
    alone = counts(runs, RULES_ALONE, lines)

    def score(threshold: float) -> float:
        return (f1(*counts(runs, threshold, fresh)) + f1(*counts(runs, threshold, lines))) / 2

    def precise(threshold: float) -> bool:
        tp, fp, _ = counts(runs, threshold, lines)
        added = (tp - alone[0]) + (fp - alone[1])
        return added == 0 or (tp - alone[0]) / added >= MIN_PRECISION

    best_score = max([score(RULES_ALONE)] + [score(t) for t in THRESHOLDS if precise(t)])
    for threshold in sorted(THRESHOLDS, reverse=True):
        if precise(threshold) and score(threshold) > score(RULES_ALONE) + 1e-9 and score(threshold) >= best_score - TOLERANCE:
            return max(threshold, MIN_THRESHOLD)
    return RULES_ALONE


#: The transfer back-off's thresholds tried (a grid of tenths, as for activities), the least share
#: of its held-out proposals over every dev line that must be right, and its lowest threshold.
#: The lowest threshold is set as the activities' is, on the newest near misses written blind and
#: not yet trained on (round 13: the round-12 model gave records on 2 of 300 at 0.8 and on 1 at
#: 0.9; round 14: neither the round-13 model nor this round's, trained without them, gave any at
#: 0.5 or above; round 15: the round-14 model on 2 of 300 at 0.5, this round's on 1, none from
#: 0.6 with either; round 16: the shipped model only, none at any threshold; round 17: the
#: shipped model on 1 of 300 at 0.5-0.8, none at 0.9, so 0.9, above the CV's 0.8; round 18, by
#: the rule that tolerates one line of the 300: the shipped model on 1 at 0.5-0.7, none from 0.8,
#: so 0.5, below the CV's own choice, 0.9). Where every threshold of the grid adds more, the grid's
#: top is the floor.
TRANSFER_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
TRANSFER_MIN_PRECISION = 0.5
TRANSFER_MIN_THRESHOLD = 0.5
#: The L2 penalty of the transfer back-off's role models (supplier, recipient) and stage models,
#: which are fitted on the told sentences alone (683 of 4,369 in round 17) and ranked, never
#: thresholded: at ``L2`` they were held back (round 17's cross-validation at 0.8, fresh / all dev
#: lines: 0.675 / 0.734 at ``L2``, 0.693 / 0.735 with both at 3e-4, 0.699 / 0.736 with these). The
#: detector keeps ``L2``: its probabilities are what the floors were set on, and a lower penalty
#: there made more held-out proposals on the near-miss set.
TRANSFER_ROLE_L2 = 3e-4
TRANSFER_STAGE_L2 = 1e-4
#: A transfer as the scorer compares it: supplier, recipient, stage.
TransferKey = tuple[str, str, str]


@dataclass
class TransferModels:
    """What one training run of the transfer back-off gives (``TransferBackoff``'s models)."""

    detector: LinearDetector
    supplier: LinearDetector
    recipient: LinearDetector
    statuses: dict[str, LinearDetector]

    def propose(self, s: TransferSentence) -> list[TransferKey]:
        """The transfer the back-off would propose in ``s`` (as ``TransferBackoff.propose`` does), as
        a list of one, the shape every back-off's proposals take here (``held_out_counts``)."""
        supplier, recipient = ranked_roles(s.roles, self.supplier, self.recipient)
        return [(supplier, recipient, ranked_stage(s.features, self.statuses))]


def train_transfer_models(data: list[TransferSentence]) -> TransferModels:
    told = [s for s in data if s.gold]
    stages = sorted({s.gold[2] for s in told})
    return TransferModels(
        train([(s.features, s.label) for s in data]),
        train([(s.roles[code], int(code == s.gold[0])) for s in told for code in s.roles], TRANSFER_ROLE_L2),
        train([(s.roles[code], int(code == s.gold[1])) for s in told for code in s.roles], TRANSFER_ROLE_L2),
        {stage: train([(s.features, int(s.gold[2] == stage)) for s in told], TRANSFER_STAGE_L2) for stage in stages},
    )


def transfer_held_out(data: list[TransferSentence], seed: int) -> list[tuple[float, TransferSentence, list[TransferKey]]]:
    """Every sentence open to a transfer proposal, with its probability and proposal held out (``folded``)."""
    return folded(data, seed, train_transfer_models)


def folded(data: list, seed: int, train_models: Callable[[list], Any]) -> list[tuple[float, Any, Any]]:
    """Every sentence of ``data`` open to a proposal, with its probability and proposal under the
    models ``train_models`` fits on the folds it is not in (folds over lines, shuffled by
    ``seed``); the transfer, agreement and alliance back-offs share it."""
    lines = sorted({s.line for s in data})
    random.Random(seed).shuffle(lines)
    fold_of = {line: n % FOLDS for n, line in enumerate(lines)}
    scored = []
    for fold in range(FOLDS):
        models = train_models([s for s in data if fold_of[s.line] != fold])
        scored += [(models.detector.probability(s.features), s, models.propose(s)) for s in data if fold_of[s.line] == fold and s.open]
    return scored


def transfer_counts(runs: list[list[tuple[float, TransferSentence, list[TransferKey]]]], threshold: float, lines: dict[str, Line]) -> tuple[int, int, int]:
    """Transfer (TP, FP, FN) on ``lines`` with status (``held_out_counts``): a proposal for a
    supplier and recipient the rules (or an earlier proposal) have is dropped; the records are
    compared once each, a rule transfer told twice counting once."""
    return held_out_counts(runs, threshold, lines, lambda line: line.rule_transfers, lambda line: line.gold_transfers, lambda key: key[:2], once=True)


def held_out_counts(
    runs: list[list[tuple[float, Any, list[Any]]]],
    threshold: float,
    lines: dict[str, Line],
    rule_records: Callable[[Line], list[Any]],
    gold_records: Callable[[Line], list[Any]],
    sides: Callable[[Any], Any],
    once: bool = False,
) -> tuple[int, int, int]:
    """(TP, FP, FN) on ``lines`` summed over the runs: each line's ``rule_records``, then the
    held-out proposals at ``threshold`` whose ``sides`` no rule record or earlier proposal has, as
    ``DefenceExtractor`` adds them; matched against ``gold_records`` (``once``: equal records
    compared once)."""
    tp = fp = fn = 0
    for scored in runs:
        proposals: dict[str, list[Any]] = {}
        for p, s, keys in scored:
            if s.line in lines and p >= threshold:
                proposals.setdefault(s.line, []).extend(keys)
        for name, line in lines.items():
            records = list(rule_records(line))
            known = {sides(record) for record in records}
            for key in proposals.get(name, []):
                if sides(key) not in known:
                    known.add(sides(key))
                    records.append(key)
            left = list(gold_records(line))
            for record in dict.fromkeys(records) if once else records:
                if record in left:
                    left.remove(record)
                    tp += 1
                else:
                    fp += 1
            fn += len(left)
    return tp, fp, fn


def proposed_on(runs: list[list[tuple[float, Any, Any]]], threshold: float, names: set[str]) -> float:
    """How many of the lines ``names`` get a held-out proposal, on average over the runs."""
    return sum(len({s.line for p, s, _ in scored if s.line in names and p >= threshold}) for scored in runs) / len(runs)


def choose_guarded_threshold(
    counts: Callable[[float, dict[str, Line]], tuple[int, int, int]],
    runs: list[list[tuple[float, Any, Any]]],
    lines: dict[str, Line],
    fresh: dict[str, Line],
    near_misses: set[str],
    thresholds: tuple[float, ...],
    min_precision: float,
    min_threshold: float,
) -> float:
    """The highest of ``thresholds`` within ``TOLERANCE`` of the best mean F1 (``counts`` on the
    fresh lines and on every dev line) among those whose added proposals are right at least
    ``min_precision`` of the time, that raise the F1 on both, that propose on none of the
    ``near_misses`` lines held out (a record told where the writers meant none costs an analyst
    more than a missed one) and that are at least ``min_threshold``; ``RULES_ALONE`` when none does."""
    alone_all, alone_fresh = counts(RULES_ALONE, lines), counts(RULES_ALONE, fresh)

    def score(threshold: float) -> float:
        return (f1(*counts(threshold, fresh)) + f1(*counts(threshold, lines))) / 2

    def fit(threshold: float) -> bool:
        tp, fp, _ = all_counts = counts(threshold, lines)
        added = (tp - alone_all[0]) + (fp - alone_all[1])
        precise = added == 0 or (tp - alone_all[0]) / added >= min_precision
        raises = f1(*all_counts) > f1(*alone_all) and f1(*counts(threshold, fresh)) > f1(*alone_fresh)
        quiet = proposed_on(runs, threshold, near_misses) == 0
        return threshold >= min_threshold and precise and raises and quiet

    candidates = [t for t in thresholds if fit(t)]
    if not candidates:
        return RULES_ALONE
    best = max(score(t) for t in candidates)
    return max(t for t in candidates if score(t) >= best - TOLERANCE)


def choose_transfer_threshold(runs: list[list[tuple[float, TransferSentence, list[TransferKey]]]], lines: dict[str, Line], fresh: dict[str, Line], near_misses: set[str]) -> float:
    """``choose_guarded_threshold`` for the transfer back-off (transfer F1 with status)."""
    return choose_guarded_threshold(
        lambda threshold, subset: transfer_counts(runs, threshold, subset), runs, lines, fresh, near_misses,
        TRANSFER_THRESHOLDS, TRANSFER_MIN_PRECISION, TRANSFER_MIN_THRESHOLD,
    )


#: The agreement and alliance back-offs' thresholds tried, least share of right proposals and
#: lowest threshold: as for transfers (a proposal told where the writers meant none costs an
#: analyst more than a missed one, so they too must propose on no held-out near-miss line).
STAGED_KINDS = ("agreements", "alliances")
STAGED_THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
STAGED_MIN_PRECISION = 0.5
#: Set on the newest near misses written blind, as for activities: the agreement back-off
#: trained without round 13's gave a record on one of 300 at 0.5 and on none from 0.6; on round
#: 14's and round 15's, neither the previous round's model nor the round's own, trained without
#: them, gave any at 0.5; round 17's shipped model gave none at any threshold either (its
#: threshold, 0.6 by cross-validation, was raised to 0.9 by hand because the suite's
#: specifications of reactions to an agreement and of commitments to a civil deal broke at
#: 0.6-0.8; a retrain chooses again and the suite must be run at its choice); round 18's shipped
#: model gave none at any threshold (the cross-validation chose 0.9).
STAGED_MIN_THRESHOLD = 0.5


@dataclass
class StagedModels:
    """What one training run of an agreement or alliance back-off gives: a detector and one model per stage."""

    detector: LinearDetector
    statuses: dict[str, LinearDetector]

    def propose(self, s: StagedSentence) -> list[StagedKey]:
        """The records the back-off would propose in ``s`` (as ``AgreementBackoff.propose`` and
        ``AllianceBackoff.propose`` do)."""
        stage = ranked_stage(s.features, self.statuses)
        return [(parties, stage) for parties in s.proposed]


def train_staged_models(data: list[StagedSentence]) -> StagedModels:
    told = [s for s in data if s.status]
    stages = sorted({s.status for s in told if s.status})
    return StagedModels(
        train([(s.features, s.label) for s in data]),
        {stage: train([(s.features, int(s.status == stage)) for s in told]) for stage in stages},
    )


def staged_held_out(data: list[StagedSentence], seed: int) -> list[tuple[float, StagedSentence, list[StagedKey]]]:
    """Every sentence open to an agreement or alliance proposal, with its probability and proposals held out (``folded``)."""
    return folded(data, seed, train_staged_models)


def staged_counts(kind: str, runs: list[list[tuple[float, StagedSentence, list[StagedKey]]]], threshold: float, lines: dict[str, Line]) -> tuple[int, int, int]:
    """(TP, FP, FN) of ``kind`` on ``lines`` with status (``held_out_counts``): a proposal for
    parties a rule record (or an earlier proposal) has is dropped."""
    return held_out_counts(runs, threshold, lines, lambda line: line.rule_records[kind], lambda line: line.gold_records[kind], lambda key: key[0])


def choose_staged_threshold(kind: str, runs: list[list[tuple[float, StagedSentence, list[StagedKey]]]], lines: dict[str, Line], fresh: dict[str, Line], near_misses: set[str]) -> float:
    """``choose_guarded_threshold`` for the agreement or alliance back-off (``kind``'s F1 with status)."""
    return choose_guarded_threshold(
        lambda threshold, subset: staged_counts(kind, runs, threshold, subset), runs, lines, fresh, near_misses,
        STAGED_THRESHOLDS, STAGED_MIN_PRECISION, STAGED_MIN_THRESHOLD,
    )


def report_staged(kind: str, data: list[StagedSentence], lines: dict[str, Line], fresh: dict[str, Line], near_miss_lines: set[str], near_miss_set: set[str]) -> float:
    """Cross-validate the ``kind`` back-off, print its held-out figures, and return its chosen threshold."""
    runs = [staged_held_out(data, SEED + n) for n in range(REPEATS)]
    threshold = choose_staged_threshold(kind, runs, lines, fresh, near_miss_lines | near_miss_set)
    print(f"{kind}: {len(data)} sentences name two actor states, {sum(s.label for s in data)} of them tell a record between them, {sum(s.open for s in data)} are open to a proposal")
    print(f"held-out {kind} F1 with status, rules alone -> rules + back-off (TP/FP/FN summed over {REPEATS} runs):")
    for name, chosen in ((f"the chosen threshold {threshold}", threshold),) + tuple((str(t), t) for t in STAGED_THRESHOLDS):
        figures = []
        for label, subset in (("fresh lines", fresh), ("all dev lines", lines)):
            before, after = staged_counts(kind, runs, RULES_ALONE, subset), staged_counts(kind, runs, chosen, subset)
            figures.append(f"{label} {f1(*before):.3f} -> {f1(*after):.3f} ({before} -> {after})")
        figures.append(f"wire near-miss lines with a proposal {proposed_on(runs, chosen, near_miss_lines):.1f} of {len(near_miss_lines)}")
        figures.append(f"near-miss set lines with a proposal {proposed_on(runs, chosen, near_miss_set):.1f} of {len(near_miss_set)}")
        print(f"  at {name}: " + "; ".join(figures))
    return threshold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="cross-validate and report; write nothing")
    args = parser.parse_args()
    pipeline = Pipeline()
    raw_lines = read_lines()
    data, lines, transfer_data, staged_data = read_sentences(pipeline, raw_lines)
    fresh = {name: line for name, line in lines.items() if name.startswith("wire-") and int(name[5:]) in FRESH_WIRE_LINES}
    print(f"{len(lines)} dev lines ({len(fresh)} wire lines written after the rules); {len(data)} sentences name two "
          f"possible parties, {sum(s.label for s in data)} of them tell an activity, {sum(s.open for s in data)} are open to a proposal")
    runs = [held_out(data, SEED + n) for n in range(REPEATS)]
    threshold = choose_threshold(runs, lines, fresh)
    print(f"held-out activity F1, rules alone -> rules + back-off (TP/FP/FN summed over {REPEATS} runs):")
    for name, chosen in ((f"the chosen threshold {threshold}", threshold),) + tuple((str(t), t) for t in THRESHOLDS):
        figures = []
        for label, subset in (("fresh lines", fresh), ("all dev lines", lines)):
            before, after = counts(runs, RULES_ALONE, subset), counts(runs, chosen, subset)
            figures.append(f"{label} {f1(*before):.3f} -> {f1(*after):.3f} ({before} -> {after})")
        print(f"  at {name}: " + "; ".join(figures) + f"; dev lines with no activity that get a proposal: {empty_lines_proposed(runs, chosen, lines):.1f} of {sum(not line.gold for line in lines.values())}")
    near_miss_lines = {line["id"] for line in raw_lines if line.get("role") == "near_miss"}
    near_miss_set = {name for name in lines if name.startswith("near-miss-")}
    transfer_runs = [transfer_held_out(transfer_data, SEED + n) for n in range(REPEATS)]
    transfer_threshold = choose_transfer_threshold(transfer_runs, lines, fresh, near_miss_lines | near_miss_set)
    print(f"{len(transfer_data)} sentences name two states, {sum(s.label for s in transfer_data)} of them tell a transfer between them, "
          f"{sum(s.open for s in transfer_data)} are open to a proposal")
    print(f"held-out transfer F1 with status, rules alone -> rules + back-off (TP/FP/FN summed over {REPEATS} runs):")
    for name, chosen in ((f"the chosen threshold {transfer_threshold}", transfer_threshold),) + tuple((str(t), t) for t in TRANSFER_THRESHOLDS):
        figures = []
        for label, subset in (("fresh lines", fresh), ("all dev lines", lines)):
            before, after = transfer_counts(transfer_runs, RULES_ALONE, subset), transfer_counts(transfer_runs, chosen, subset)
            figures.append(f"{label} {f1(*before):.3f} -> {f1(*after):.3f} ({before} -> {after})")
        figures.append(f"wire near-miss lines with a proposal {proposed_on(transfer_runs, chosen, near_miss_lines):.1f} of {len(near_miss_lines)}")
        figures.append(f"near-miss set lines with a proposal {proposed_on(transfer_runs, chosen, near_miss_set):.1f} of {len(near_miss_set)}")
        print(f"  at {name}: " + "; ".join(figures))
    staged_thresholds = {kind: report_staged(kind, staged_data[kind], lines, fresh, near_miss_lines, near_miss_set) for kind in STAGED_KINDS}
    if args.dry_run:
        return 0
    detector = train([(s.features, s.label) for s in data])
    payload = {
        "about": "accord's joint-activity, arms-transfer, agreement and alliance back-offs (the parts whose cross-validation passed); written by scripts/train_defence_backoff.py (docs/defence_backoff.md)",
        "seed": SEED,
        "activities": LinearDetector(detector.weights, detector.bias, threshold).to_dict(),
    }
    if transfer_threshold < RULES_ALONE:
        models = train_transfer_models(transfer_data)
        payload["arms_transfers"] = {
            "detector": LinearDetector(models.detector.weights, models.detector.bias, transfer_threshold).to_dict(),
            "supplier": models.supplier.to_dict(),
            "recipient": models.recipient.to_dict(),
            "status": {stage: model.to_dict() for stage, model in models.statuses.items()},
        }
    for kind, staged_threshold in staged_thresholds.items():
        if staged_threshold < RULES_ALONE:
            models = train_staged_models(staged_data[kind])
            payload[kind] = {
                "detector": LinearDetector(models.detector.weights, models.detector.bias, staged_threshold).to_dict(),
                "status": {stage: model.to_dict() for stage, model in models.statuses.items()},
            }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)} ({OUT.stat().st_size:,} bytes, {len(detector.weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
