"""Run a pipeline over a gold set and score it: ``evaluate_events`` and ``evaluate_entities``.

Gold texts are given to the pipeline as they are (an ``Article`` built directly, no
cleaning), so the gold's character offsets index the same text as the system's.
The scoring rules are in ``accord.evaluate.scorers``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from accord.evaluate import scorers
from accord.evaluate.gold import EntityItem, EventItem, GoldSet, load_entity_gold, load_event_gold
from accord.evaluate.scorers import Ratio, Score, SpanLabel
from accord.records import Article, Extraction

#: Event metrics, in report order (see ``accord.evaluate.scorers``).
RECORD_METRICS = ("agreements", "arms_transfers", "activities", "alliances")
#: The same records matched on their parties alone (no status).
PARTY_METRICS = tuple(f"{kind}:parties" for kind in RECORD_METRICS)
EVENT_METRICS = ("type", "type_states", "type_direction", "cameo_root", "quad_class", *RECORD_METRICS, *PARTY_METRICS)
#: Display columns of a defence record: (who, whom) keys per kind.
_RECORD_SIDES = {
    "agreements": ("parties", None),
    "arms_transfers": ("supplier", "recipient"),
    "activities": ("parties", None),
    "alliances": ("members", None),
}
#: Entity metrics, in report order.
ENTITY_METRICS = ("exact", "lenient")

#: accord actor kind -> entity class compared with re3d.
ACTOR_KIND_CLASSES = {
    "person": "person",
    "state": "organisation/state",
    "organization": "organisation/state",
    "group": "organisation/state",
}
EQUIPMENT_CLASS = "weapon/platform"


class ExtractsMany(Protocol):
    """What the evaluation needs of a pipeline (``accord.pipeline.Pipeline`` has it)."""

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = ...) -> Iterator[Extraction]: ...


@dataclass(slots=True)
class GroupResult:
    """Scores of one group of gold items (a split; silver records apart)."""

    name: str
    items: int = 0
    scores: dict[str, Score] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    status: Ratio = Ratio()
    noevents: Ratio = Ratio()
    counts: Counter[str] = field(default_factory=Counter)

    def add_score(self, metric: str, score: Score) -> None:
        self.scores[metric] = self.scores.get(metric, Score()) + score

    def figures(self) -> dict[str, float]:
        """Headline figures by name (``type.f1``, ``lenient.f1``, ``status.accuracy`` ...),
        only for metrics with gold support in this group."""
        out: dict[str, float] = {}
        for metric, score in self.scores.items():
            if score.support:
                out[f"{metric}.f1"] = round(score.f1, 4)
        if self.status.total:
            out["status.accuracy"] = round(self.status.value, 4)
        if self.noevents.total:
            out["noevents.accuracy"] = round(self.noevents.value, 4)
        return out

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "items": self.items,
            "counts": dict(self.counts),
            "scores": {name: score.to_dict() for name, score in self.scores.items()},
            "figures": self.figures(),
        }
        if self.status.total:
            data["status"] = self.status.to_dict()
        if self.noevents.total:
            data["noevents"] = self.noevents.to_dict()
        if self.confusion:
            data["confusion"] = [
                {"gold": g, "system": s, "count": n} for (g, s), n in sorted(self.confusion.items())
            ]
        return data


@dataclass(frozen=True, slots=True)
class ItemResult:
    """What happened on one gold item, for error listings.

    ``gold`` and ``system`` are display rows (dicts) with a ``matched`` flag; ``misses`` and
    ``false`` count the unmatched ones on the item's strictest metric (events: type +
    direction, plus defence records with their status; entities: lenient).
    """

    id: str
    group: str
    text: str
    gold: tuple[dict[str, Any], ...]
    system: tuple[dict[str, Any], ...]
    misses: int
    false: int

    @property
    def errors(self) -> int:
        return self.misses + self.false

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "text": self.text,
            "misses": self.misses,
            "false": self.false,
            "gold": list(self.gold),
            "system": list(self.system),
        }


@dataclass(slots=True)
class EvaluationReport:
    """The result of one evaluation run."""

    gold_set: str
    path: str
    sha256: str
    kind: str
    model: str | None
    split: str
    groups: dict[str, GroupResult]
    items: list[ItemResult]
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def figures(self) -> dict[str, dict[str, float]]:
        """Headline figures per group: ``{"dev": {"type.f1": 0.61, ...}, ...}``."""
        return {name: group.figures() for name, group in self.groups.items()}

    def worst(self, n: int) -> list[ItemResult]:
        """The ``n`` items with the most errors, worst first (ties in gold order)."""
        ranked = sorted((r for r in self.items if r.errors), key=lambda r: -r.errors)
        return ranked[:n]

    def to_dict(self, errors: int = 0) -> dict[str, Any]:
        return {
            "gold_set": self.gold_set,
            "path": self.path,
            "sha256": self.sha256,
            "kind": self.kind,
            "model": self.model,
            "split": self.split,
            "groups": {name: group.to_dict() for name, group in self.groups.items()},
            "skipped": [{"id": i, "reason": r} for i, r in self.skipped],
            "errors": [item.to_dict() for item in self.worst(errors)],
        }


def _model_name(pipeline: Any) -> str | None:
    try:
        return str(pipeline.model_name)
    except Exception:  # a fake or foreign pipeline: the name is only informative
        return None


def _select(gold: GoldSet, split: str) -> list[Any]:
    return [item for item in gold.items if split == "all" or item.split == split]


def _run(pipeline: ExtractsMany, items: Sequence[Any], batch_size: int) -> Iterator[tuple[Any, Extraction]]:
    articles = (Article(id=item.id, text=item.text, published=getattr(item, "date", None)) for item in items)
    yield from zip(items, pipeline.extract_many(articles, batch_size=batch_size), strict=True)


def _split_skipped(items: Sequence[Any]) -> tuple[list[Any], list[tuple[str, str]]]:
    kept, skipped = [], []
    for item in items:
        if item.text.strip():
            kept.append(item)
        else:
            skipped.append((item.id, "empty text in the gold record"))
    return kept, skipped


# Events ----------------------------------------------------------------------------------


def _system_row(event: Any, matched: bool) -> dict[str, Any]:
    trigger = event.evidence.trigger.text if getattr(event.evidence, "trigger", None) else None
    return {
        "type": event.type,
        "cameo": event.cameo,
        "actor": list(event.actor),
        "recipient": list(event.recipient),
        "status": event.status,
        "trigger": trigger,
        "matched": matched,
    }


def _record_row(kind: str, record: dict[str, Any], matched: bool, *, system: bool) -> dict[str, Any]:
    """A defence record as a display row of the event listing (type = the record kind)."""
    who, whom = _RECORD_SIDES[kind]
    actor = sorted(scorers.codes(record.get(who)))
    recipient = sorted(scorers.codes(record.get(whom))) if whom else []
    if system:
        return {"type": kind, "cameo": None, "actor": actor, "recipient": recipient, "status": record.get("status"), "trigger": None, "matched": matched}
    return {"type": kind, "cameo": None, "source": ",".join(actor) or None, "target": ",".join(recipient) or None, "status": record.get("status"), "matched": matched, "scored": True}


def _score_records(item: EventItem, extraction: Extraction, result: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]], Score]:
    """Add the record metrics of ``item`` to ``result``; RETURNS the display rows (gold,
    system) and the strict score summed over kinds."""
    assert item.records is not None
    produced = extraction.to_dict()
    gold_rows: list[dict[str, Any]] = []
    system_rows: list[dict[str, Any]] = []
    total = Score()
    for kind in RECORD_METRICS:
        gold, system = item.records.get(kind, ()), produced[kind]
        pairs = scorers.match_records(kind, gold, system)
        score = Score(len(pairs), len(system) - len(pairs), len(gold) - len(pairs))
        result[kind] = score
        result[f"{kind}:parties"] = scorers.score_records(kind, gold, system, with_status=False)
        total = total + score
        gold_rows.extend(_record_row(kind, g, any(i == n for n, _ in pairs), system=False) for i, g in enumerate(gold))
        system_rows.extend(_record_row(kind, r, any(j == n for _, n in pairs), system=True) for j, r in enumerate(system))
    if not any(item.records.values()):
        # A sentence gold expects no record from (a near miss or background).
        result["counts"].update(record_free_items=1, record_free_items_with_records=int(bool(system_rows)), records_on_record_free_items=len(system_rows))
    return gold_rows, system_rows, total


def score_event_item(item: EventItem, extraction: Extraction) -> tuple[dict[str, Any], ItemResult]:
    """Score one gold record against the system's extraction.

    A defence-records-only record (``item.has_events`` False) is scored on its records alone.

    RETURNS (tuple[dict, ItemResult]): the per-metric ``Score``/``Ratio``/confusion values of
        this record (summed into its group), and the display record for error listings.
    """
    if not item.has_events:
        result: dict[str, Any] = {"confusion": Counter(), "status": Ratio(), "counts": Counter()}
        gold_rows, system_rows, total = _score_records(item, extraction, result) if item.records is not None else ([], [], Score())
        display = ItemResult(item.id, item.group, item.text, tuple(gold_rows), tuple(system_rows), total.fn, total.fp)
        return result, display

    in_scope = [(i, e) for i, e in enumerate(item.events) if e.type is not None]
    gold_all = [scorers.gold_tuple(e, ref=str(i)) for i, e in in_scope]
    groups = {a.id: a.country for a in extraction.actors if a.kind == "group" and a.country}
    system_all = [t for event in extraction.events for t in scorers.expand_event(event, groups)]
    gold = scorers.drop_negated(gold_all)
    system = scorers.drop_negated(system_all)

    result = {
        "type": scorers.score_types(gold, system),
        "type_states": scorers.score_type_states(gold, system),
        "type_direction": scorers.score_type_direction(gold, system),
        "confusion": scorers.type_confusion(gold, system),
        "status": scorers.status_agreement(gold_all, system_all),
        "counts": Counter(
            gold_events=len(item.events),
            out_of_scope=len(item.events) - len(in_scope),
            gold_negated=len(gold_all) - len(gold),
            system_events=len(extraction.events),
            system_tuples=len(system_all),
            system_negated=len(system_all) - len(system),
        ),
    }
    if any(t.cameo for t in gold_all):
        result["cameo_root"] = scorers.score_cameo_root(gold, system)
    if any(t.quad_class is not None for t in gold_all):
        result["quad_class"] = scorers.score_quad_class(gold, system)
    if item.noevents:
        result["noevents"] = Ratio(int(not system), 1)
    record_gold: list[dict[str, Any]] = []
    record_system: list[dict[str, Any]] = []
    record_score = Score()
    if item.records is not None:
        record_gold, record_system, record_score = _score_records(item, extraction, result)

    # Display: mark what matched on type + direction.
    pairs = scorers.match(gold, system, lambda g, s: g.type == s.type and scorers.same_direction(g, s))
    matched_gold = {gold[i].ref for i, _ in pairs}
    matched_system = {system[j].ref for _, j in pairs}
    gold_rows = []
    for i, e in enumerate(item.events):
        gold_rows.append(
            {
                "type": e.type,
                "cameo": e.cameo,
                "source": e.source,
                "target": e.target,
                "status": e.status,
                "matched": str(i) in matched_gold,
                "scored": e.type is not None and e.status != scorers.NEGATED,
            }
        )
    system_rows = [_system_row(ev, ev.id in matched_system) for ev in extraction.events]
    score = result["type_direction"] + record_score  # missed and false records count as errors too
    display = ItemResult(
        id=item.id,
        group=item.group,
        text=item.text,
        gold=tuple(gold_rows + record_gold),
        system=tuple(system_rows + record_system),
        misses=score.fn,
        false=score.fp,
    )
    return result, display


def evaluate_events(
    gold: str | Path | GoldSet,
    pipeline: ExtractsMany,
    *,
    split: str = "all",
    batch_size: int = 16,
) -> EvaluationReport:
    """Run ``pipeline`` over an event gold set and score it.

    Args:
        gold (str | Path | GoldSet): the gold file, or a loaded set.
        pipeline: anything with ``extract_many(articles, batch_size=)``.
        split (str): ``all``, or only the items of this split (``dev``, ``test``).
        batch_size (int): articles per parsing batch.

    RETURNS (EvaluationReport): scores per group, and per-item results for error listings.

    Raises:
        EvaluationError: when the gold file is missing or malformed.
    """
    gold_set = gold if isinstance(gold, GoldSet) else load_event_gold(gold)
    items, skipped = _split_skipped(_select(gold_set, split))
    groups: dict[str, GroupResult] = {}
    results: list[ItemResult] = []
    for item, extraction in _run(pipeline, items, batch_size):
        group = groups.setdefault(item.group, GroupResult(item.group))
        scores, display = score_event_item(item, extraction)
        group.items += 1
        for metric in EVENT_METRICS:
            if metric in scores:
                group.add_score(metric, scores[metric])
        group.confusion.update(scores["confusion"])
        group.status += scores["status"]
        group.noevents += scores.get("noevents", Ratio())
        group.counts.update(scores["counts"])
        results.append(display)
    return EvaluationReport(
        gold_set=gold_set.name,
        path=gold_set.path,
        sha256=gold_set.sha256,
        kind="events",
        model=_model_name(pipeline),
        split=split,
        groups=dict(sorted(groups.items())),
        items=results,
        skipped=skipped,
    )


# Entities --------------------------------------------------------------------------------


def system_spans(extraction: Extraction) -> list[SpanLabel]:
    """The system's entity spans: actor mentions by kind, equipment mentions; deduplicated."""
    seen: dict[tuple[str, int, int], SpanLabel] = {}
    for actor in extraction.actors:
        label = ACTOR_KIND_CLASSES.get(actor.kind)
        if label is None:
            continue
        for m in actor.mentions:
            seen.setdefault((label, m.start, m.end), SpanLabel(m.start, m.end, label, m.text))
    for item in extraction.equipment:
        for m in item.mentions:
            seen.setdefault((EQUIPMENT_CLASS, m.start, m.end), SpanLabel(m.start, m.end, EQUIPMENT_CLASS, m.text))
    return sorted(seen.values(), key=lambda s: (s.start, s.end, s.label))


def score_entity_item(item: EntityItem, extraction: Extraction) -> tuple[dict[str, Any], ItemResult]:
    """Score one gold document's entities against the system's spans."""
    gold = [SpanLabel(e.start, e.end, e.label, e.text) for e in item.entities]
    system, neutral = scorers.drop_neutral(system_spans(extraction), gold, item.neutral)
    result: dict[str, Any] = {
        "exact": scorers.score_spans_exact(gold, system),
        "lenient": scorers.score_spans_lenient(gold, system),
        "counts": Counter(
            gold_spans=len(gold),
            gold_pronouns_excluded=len(item.excluded),
            system_spans=len(system) + len(neutral),
            system_neutral=len(neutral),
        ),
    }
    for metric, fn in (("exact", scorers.score_spans_exact), ("lenient", scorers.score_spans_lenient)):
        for label, score in scorers.by_label(fn, gold, system).items():
            result[f"{metric}:{label}"] = score

    pairs = scorers.match(gold, system, lambda g, s: g.label == s.label and scorers.overlaps(g, s))
    matched_g = {i for i, _ in pairs}
    matched_s = {j for _, j in pairs}
    gold_rows = tuple(
        {"class": g.label, "start": g.start, "end": g.end, "text": g.text, "matched": i in matched_g}
        for i, g in enumerate(gold)
    )
    system_rows = tuple(
        {"class": s.label, "start": s.start, "end": s.end, "text": s.text, "matched": j in matched_s}
        for j, s in enumerate(system)
    )
    lenient = result["lenient"]
    display = ItemResult(item.id, item.group, item.text, gold_rows, system_rows, lenient.fn, lenient.fp)
    return result, display


def evaluate_entities(
    gold: str | Path | GoldSet,
    pipeline: ExtractsMany,
    *,
    split: str = "all",
    batch_size: int = 16,
) -> EvaluationReport:
    """Run ``pipeline`` over an entity gold set (re3d layout) and score its spans.

    Args: as ``evaluate_events``.

    RETURNS (EvaluationReport): metrics ``exact`` and ``lenient`` (micro over classes), and
        ``exact:<class>`` / ``lenient:<class>`` per class.

    Raises:
        EvaluationError: when the gold file is missing or malformed.
    """
    gold_set = gold if isinstance(gold, GoldSet) else load_entity_gold(gold)
    items, skipped = _split_skipped(_select(gold_set, split))
    groups: dict[str, GroupResult] = {}
    results: list[ItemResult] = []
    for item, extraction in _run(pipeline, items, batch_size):
        group = groups.setdefault(item.group, GroupResult(item.group))
        scores, display = score_entity_item(item, extraction)
        group.items += 1
        group.counts.update(scores.pop("counts"))
        for metric, score in scores.items():
            group.add_score(metric, score)
        results.append(display)
    for group in groups.values():  # micro metrics first, then per class
        group.scores = dict(sorted(group.scores.items(), key=lambda kv: (":" in kv[0], kv[0])))
    return EvaluationReport(
        gold_set=gold_set.name,
        path=gold_set.path,
        sha256=gold_set.sha256,
        kind="entities",
        model=_model_name(pipeline),
        split=split,
        groups=dict(sorted(groups.items())),
        items=results,
        skipped=skipped,
    )


def evaluate(gold: str | Path, pipeline: ExtractsMany, *, kind: str | None = None, **kwargs: Any) -> EvaluationReport:
    """Evaluate any gold file; ``kind`` None detects events or entities from its fields."""
    from accord.evaluate.gold import detect_kind

    kind = kind or detect_kind(gold)
    if kind == "entities":
        return evaluate_entities(gold, pipeline, **kwargs)
    return evaluate_events(gold, pipeline, **kwargs)
