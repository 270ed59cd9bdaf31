"""Scoring rules: pure functions over gold and system tuples.

The unit is one gold record (one sentence in the real-news set, a short passage in
accord's own set). Within it:

Events
- Each system event is expanded to (type, actor, recipient) tuples, one per pair of its
  ``actor`` and ``recipient`` codes (2 actors x 1 recipient = 2 tuples); an empty list gives
  one tuple with no participant on that side. Two or more actors with no recipient is
  accord's joint act: one tuple per ordered pair of distinct actors (A->B and B->A), as the
  gold writes reciprocal acts. Each gold event is one tuple.
- Events with status ``negated`` (did not happen) are dropped on both sides before the type
  metrics; gold events whose CAMEO code has no PLOVER type (CAMEO 01, 02) are dropped from
  every metric and counted as out of scope.
- **type**: the multiset of types per record; each gold type is matched at most once.
- **type + states**: a gold tuple matches a system tuple of the same type whose two
  participants are the gold's two, in either order.
- **type + direction**: as above, in the gold's order (actor = source, recipient = target).
- **CAMEO root** (gold with CAMEO codes): the multiset of two-digit roots per record; a system
  event matches by root alone. **quad class**: the same for the quad class (1 verbal
  cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
- Participants compare on keys (``accord.evaluate.gold.actor_key``): a gold ``WILDCARD``
  (Phoenix ``---``) matches anything, a missing participant matches only a missing one.
  Phoenix/CAMEO gold codes a domestic armed group by its country (``PSEREB`` -> ``PSE``; the
  PLOVER set codes Darfur rebels ``SDN``): against such gold, a system ``REB`` participant whose
  group accord places in one country (``Actor.country``) also matches that country. accord's
  own layout writes ``REB`` itself and gets no such bridge.
- Matching is one-to-one and maximal (bipartite matching), so one system tuple never
  counts for two gold tuples. Precision = matched / system tuples, recall = matched / gold
  tuples, F1 their harmonic mean; 0 when a denominator is 0.
- **status accuracy** (gold with a status): gold and system tuples, negated ones included,
  are matched on type + direction; the share of matched pairs with the same status.
- **no-event accuracy**: share of records the gold marks as having no event where the system
  gives no (non-negated) event either.
- **confusion**: per record, tuples matched on type sit on the diagonal; the remaining gold
  and system tuples are paired, those sharing participants first, into off-diagonal cells;
  what is left pairs with ``-`` (a miss, or a false event).

Defence records (accord's own gold, which annotates them)
- Per record kind, gold and system records are matched one to one; a pair matches when:
  **agreements** have the same set of parties and the same status; **arms transfers** the same
  supplier and recipient sets and the same status; **activities** the same set of parties;
  **alliances** the same set of members and the same status. Scored per record; only gold
  records of accord's layout take part (the real-news set has none). ``<kind>:parties`` is
  the same matching without the status (parties, supplier and recipient, members only).

Entities
- Spans are compared per document and class (person, organisation/state, weapon/platform).
- **exact**: same start and end. **lenient**: the spans overlap by at least one character
  (one-to-one, maximal matching). Both are reported; lenient is the headline, because
  re3d spans carry determiners, titles and appositions ("the Interior Minister-elect,
  Jonas Berg") that accord's name mentions leave out by design.
- A system span that overlaps a neutral gold span (Location, Nationality, Vehicle) and no
  scored gold span of its class is not counted (see ``accord.evaluate.gold.NEUTRAL_TYPES``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Any

from accord.evaluate.gold import WILDCARD

NEGATED = "negated"
REBEL = "REB"  # accord's code for an armed non-state group
NONE = "-"  # the confusion-table label for "no event on this side"


@dataclass(frozen=True, slots=True)
class Score:
    """Counts of one metric: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Number of gold items (tp + fn)."""
        return self.tp + self.fn

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class Ratio:
    """A share: ``correct`` of ``total``."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.total + other.total)

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.value, 4)}


@dataclass(frozen=True, slots=True)
class EventTuple:
    """One (type, actor, recipient) tuple of a gold or system event.

    ``ref`` points back at the event it came from (index in the record's gold list, or the
    system event's id), for error listings.
    """

    type: str
    source: str | None
    target: str | None
    cameo: str | None = None
    quad_class: int | None = None
    status: str | None = None
    ref: str | None = None
    #: gold: the keys were read from Phoenix/CAMEO codes, which code an armed group by its country
    phoenix: bool = False
    #: system: the country of a participant coded ``REB`` (the group's own state), if known
    source_country: str | None = None
    target_country: str | None = None


def expand_event(event: Any, countries: Mapping[str, str] | None = None) -> list[EventTuple]:
    """Expand a system ``Event`` into one tuple per (actor, recipient) pair.

    Two or more actors and no recipient is accord's joint act ("Chile and Peru initialled
    an accord"; ``joint`` in ``accord dyad``): it expands to every ordered pair of distinct
    actors, the way the gold writes reciprocal acts (SRB -> HUN and HUN -> SRB).
    """
    actors = tuple(dict.fromkeys(event.actor))
    source_country = _rebel_country(getattr(event, "actor_ids", ()), countries)
    target_country = _rebel_country(getattr(event, "recipient_ids", ()), countries)
    pairs: list[tuple[str | None, str | None]]
    if len(actors) >= 2 and not event.recipient:
        pairs = [(a, b) for a in actors for b in actors if a != b]
    else:
        pairs = list(product(actors or (None,), tuple(event.recipient) or (None,)))
    return [
        EventTuple(
            type=event.type,
            source=a,
            target=r,
            cameo=event.cameo or None,
            quad_class=event.quad_class,
            status=event.status,
            ref=event.id,
            source_country=source_country if a == REBEL else None,
            target_country=target_country if r == REBEL else None,
        )
        for a, r in pairs
    ]


def _rebel_country(actor_ids: Iterable[str], countries: Mapping[str, str] | None) -> str | None:
    """The one state the armed groups among ``actor_ids`` belong to (``countries``: armed-group
    actor id -> its country), or None when there is none or more than one."""
    found = {countries[i] for i in actor_ids if countries and i in countries}
    return found.pop() if len(found) == 1 else None


def gold_tuple(event: Any, ref: str | None = None) -> EventTuple:
    """The tuple of a ``GoldEvent`` (compared on its keys, not the codes as written)."""
    return EventTuple(
        type=event.type,
        source=event.source_key,
        target=event.target_key,
        cameo=event.cameo,
        quad_class=event.quad_class,
        status=event.status,
        ref=ref,
        phoenix=getattr(event, "phoenix", False),
    )


def drop_negated(tuples: Iterable[EventTuple]) -> list[EventTuple]:
    """The tuples whose status is not ``negated``."""
    return [t for t in tuples if t.status != NEGATED]


def same_participant(gold: str | None, system: str | None, *, country: str | None = None, phoenix: bool = False) -> bool:
    """A gold participant key matches a system code (``WILDCARD`` matches anything). Phoenix/CAMEO
    gold codes an armed group by its country (``PSEREB`` -> ``PSE``, Darfur rebels ``SDN``): there
    a system ``REB`` whose group has a known ``country`` also matches that country."""
    if gold == WILDCARD or gold == system:
        return True
    return phoenix and system == REBEL and country is not None and gold == country


def same_states(gold: EventTuple, system: EventTuple) -> bool:
    """The two participants agree, in either order."""
    return same_direction(gold, system) or (
        same_participant(gold.source, system.target, country=system.target_country, phoenix=gold.phoenix)
        and same_participant(gold.target, system.source, country=system.source_country, phoenix=gold.phoenix)
    )


def same_direction(gold: EventTuple, system: EventTuple) -> bool:
    """The participants agree in order: source is the actor, target the recipient."""
    return same_participant(gold.source, system.source, country=system.source_country, phoenix=gold.phoenix) and same_participant(
        gold.target, system.target, country=system.target_country, phoenix=gold.phoenix
    )


def match(
    gold: Sequence[Any],
    system: Sequence[Any],
    compatible: Callable[[Any, Any], bool],
) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold to system items.

    Args:
        gold, system: the two sides.
        compatible: whether gold[i] may match system[j].

    RETURNS (list[tuple[int, int]]): matched (gold index, system index) pairs, by gold index.
    """
    options = [[j for j, s in enumerate(system) if compatible(g, s)] for g in gold]
    owner: dict[int, int] = {}  # system index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


def score_matching(gold: Sequence[Any], system: Sequence[Any], compatible: Callable[[Any, Any], bool]) -> Score:
    """Score one record: tp = size of the maximum matching."""
    tp = len(match(gold, system, compatible))
    return Score(tp, len(system) - tp, len(gold) - tp)


def score_multiset(gold: Iterable[Any], system: Iterable[Any]) -> Score:
    """Score two multisets of labels: each gold label matches at most one equal system label."""
    g, s = Counter(gold), Counter(system)
    tp = sum((g & s).values())
    return Score(tp, sum(s.values()) - tp, sum(g.values()) - tp)


def score_types(gold: Sequence[EventTuple], system: Sequence[EventTuple]) -> Score:
    """**type**: multiset match of event types."""
    return score_multiset((t.type for t in gold), (t.type for t in system))


def score_type_states(gold: Sequence[EventTuple], system: Sequence[EventTuple]) -> Score:
    """**type + states**: same type and the same two participants in either order."""
    return score_matching(gold, system, lambda g, s: g.type == s.type and same_states(g, s))


def score_type_direction(gold: Sequence[EventTuple], system: Sequence[EventTuple]) -> Score:
    """**type + direction**: same type, source = actor and target = recipient."""
    return score_matching(gold, system, lambda g, s: g.type == s.type and same_direction(g, s))


def cameo_root(code: str | None) -> str | None:
    """The two-digit CAMEO root (``0352`` -> ``03``), or None."""
    return code[:2] if code and len(code) >= 2 else None


def score_cameo_root(gold: Sequence[EventTuple], system: Sequence[EventTuple]) -> Score:
    """**CAMEO root**: multiset match of two-digit roots (gold tuples without CAMEO are skipped)."""
    return score_multiset(
        (cameo_root(t.cameo) for t in gold if t.cameo),
        (cameo_root(t.cameo) for t in system),
    )


def score_quad_class(gold: Sequence[EventTuple], system: Sequence[EventTuple]) -> Score:
    """**quad class**: multiset match of quad classes (gold tuples without one are skipped)."""
    return score_multiset(
        (t.quad_class for t in gold if t.quad_class is not None),
        (t.quad_class for t in system),
    )


def status_agreement(gold: Sequence[EventTuple], system: Sequence[EventTuple]) -> Ratio:
    """**status accuracy**: of the gold tuples matched on type + direction (negated ones
    included), how many have the system's status. Gold tuples without a status are skipped."""
    gold = [g for g in gold if g.status is not None]
    pairs = match(gold, system, lambda g, s: g.type == s.type and same_direction(g, s))
    return Ratio(sum(1 for i, j in pairs if gold[i].status == system[j].status), len(pairs))


def type_confusion(gold: Sequence[EventTuple], system: Sequence[EventTuple]) -> Counter[tuple[str, str]]:
    """Confusion cells (gold type, system type) for one record; ``NONE`` marks a missing side."""
    cells: Counter[tuple[str, str]] = Counter()
    left_gold, left_system = list(gold), list(system)
    # Diagonal first (same type), then pair the rest: those sharing participants, then any.
    for compatible in (lambda g, s: g.type == s.type, same_states, lambda g, s: True):
        pairs = match(left_gold, left_system, compatible)
        for i, j in pairs:
            cells[(left_gold[i].type, left_system[j].type)] += 1
        used_g = {i for i, _ in pairs}
        used_s = {j for _, j in pairs}
        left_gold = [g for i, g in enumerate(left_gold) if i not in used_g]
        left_system = [s for j, s in enumerate(left_system) if j not in used_s]
    for g in left_gold:
        cells[(g.type, NONE)] += 1
    for s in left_system:
        cells[(NONE, s.type)] += 1
    return cells


# Entities --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpanLabel:
    """An entity span with its accord class."""

    start: int
    end: int
    label: str
    text: str = ""


def overlaps(a: Any, b: Any) -> bool:
    """The two spans share at least one character."""
    return a.start < b.end and b.start < a.end


def drop_neutral(system: Sequence[SpanLabel], gold: Sequence[SpanLabel], neutral: Sequence[Any]) -> tuple[list[SpanLabel], list[SpanLabel]]:
    """Split system spans into (kept, neutral): neutral ones overlap a neutral gold span and
    no scored gold span of their class."""
    kept, dropped = [], []
    for s in system:
        on_neutral = any(overlaps(s, n) for n in neutral)
        on_gold = any(g.label == s.label and overlaps(s, g) for g in gold)
        (dropped if on_neutral and not on_gold else kept).append(s)
    return kept, dropped


def score_spans_exact(gold: Sequence[SpanLabel], system: Sequence[SpanLabel]) -> Score:
    """**exact**: same class, start and end."""
    return score_multiset(((g.label, g.start, g.end) for g in gold), ((s.label, s.start, s.end) for s in system))


def score_spans_lenient(gold: Sequence[SpanLabel], system: Sequence[SpanLabel]) -> Score:
    """**lenient**: same class and overlapping, one-to-one."""
    return score_matching(gold, system, lambda g, s: g.label == s.label and overlaps(g, s))


def by_label(score_fn: Callable[[Sequence[SpanLabel], Sequence[SpanLabel]], Score], gold: Sequence[SpanLabel], system: Sequence[SpanLabel]) -> dict[str, Score]:
    """Apply a span scorer per class."""
    labels = sorted({g.label for g in gold} | {s.label for s in system})
    return {
        label: score_fn([g for g in gold if g.label == label], [s for s in system if s.label == label])
        for label in labels
    }


def codes(value: Any) -> frozenset[str]:
    """A country-code field as a set: "HUN", ["HUN", "SRB"] and ("HUN",) alike."""
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(str(v) for v in value)


#: What must agree for a gold and a system defence record to match, per kind.
RECORD_KEYS: dict[str, tuple[tuple[str, bool], ...]] = {
    "agreements": (("parties", True), ("status", False)),
    "arms_transfers": (("supplier", True), ("recipient", True), ("status", False)),
    "activities": (("parties", True),),
    "alliances": (("members", True), ("status", False)),
}


def _records_compatible(kind: str, with_status: bool) -> Callable[[dict[str, Any], dict[str, Any]], bool]:
    keys = [(key, is_codes) for key, is_codes in RECORD_KEYS[kind] if with_status or is_codes]

    def compatible(g: dict[str, Any], s: dict[str, Any]) -> bool:
        for key, is_codes in keys:
            if is_codes:
                if codes(g.get(key)) != codes(s.get(key)):
                    return False
            elif g.get(key) != s.get(key):
                return False
        return True

    return compatible


def match_records(kind: str, gold: Sequence[dict[str, Any]], system: Sequence[dict[str, Any]], *, with_status: bool = True) -> list[tuple[int, int]]:
    """The one-to-one matching of gold and system records of one kind (rules in the module
    docstring); ``with_status`` False matches on the parties alone."""
    return match(gold, system, _records_compatible(kind, with_status))


def score_records(kind: str, gold: Sequence[dict[str, Any]], system: Sequence[dict[str, Any]], *, with_status: bool = True) -> Score:
    """P/R counts of one kind of defence record in one gold item (rules in the module docstring);
    ``with_status`` False is the parties-only rule (``<kind>:parties`` in reports)."""
    pairs = match_records(kind, gold, system, with_status=with_status)
    return Score(tp=len(pairs), fp=len(system) - len(pairs), fn=len(gold) - len(pairs))
