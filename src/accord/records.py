"""The data model: plain typed records that flow between the stages.

Every stage takes records (or a spaCy ``Doc``) and returns new records; nothing is
a dict-key contract. Records are frozen dataclasses so they can be shared between
threads and processes and compared in tests. ``to_dict`` gives the JSON shape
documented in ``docs/schema.md`` and validated by ``accord/schema/extraction.schema.json``.

Conventions:
- Character offsets (``start``, ``end``) always index ``Article.text``, the cleaned
  body, so ``article.text[start:end] == text`` for every ``Span`` and ``Evidence``.
- States are ISO 3166-1 alpha-3 codes (Kosovo ``XKX``); organisations carry their
  gazetteer id (``NATO``, ``EU``) in the same lists, so ``actor``/``recipient`` lists
  hold codes a user can filter on directly.
- Ids are local to one extraction (``a1``, ``e1``, ...); the store prefixes them
  with the article id.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

ActorKind = Literal["state", "person", "organization", "group"]


class EventStatus(StrEnum):
    """Whether an event happened, as the text tells it."""

    OCCURRED = "occurred"
    ONGOING = "ongoing"
    PLANNED = "planned"
    INTENDED = "intended"
    PROPOSED = "proposed"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class AgreementStatus(StrEnum):
    """An agreement's lifecycle stage."""

    PROPOSED = "proposed"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    SIGNED = "signed"
    RATIFIED = "ratified"
    IN_FORCE = "in_force"
    SUSPENDED = "suspended"
    TERMINATED = "terminated"


class TransferStatus(StrEnum):
    """An arms transfer's stage (docs/annotation.md)."""

    INTEREST = "interest"
    OFFERED = "offered"
    NEGOTIATING = "negotiating"
    ORDERED = "ordered"
    DELIVERED = "delivered"
    ONGOING = "ongoing"
    CANCELLED = "cancelled"


class AllianceStatus(StrEnum):
    PROPOSED = "proposed"
    FORMAL = "formal"
    SUSPENDED = "suspended"
    DISSOLVED = "dissolved"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    OCCURRED = "occurred"
    PROPOSED = "proposed"
    CANCELLED = "cancelled"


class PloverType(StrEnum):
    """The 16 PLOVER event types (``data/ontology/plover_types.csv`` describes each)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class RecordKind(StrEnum):
    """The kinds of record an extraction holds (the keys of ``Extraction.to_dict``)."""

    ACTOR = "actors"
    EVENT = "events"
    AGREEMENT = "agreements"
    ARMS_TRANSFER = "arms_transfers"
    ACTIVITY = "activities"
    ALLIANCE = "alliances"
    EQUIPMENT = "equipment"


# The value sets as tuples of plain strings, for code that lists or validates them.
EVENT_STATUSES = tuple(s.value for s in EventStatus)
AGREEMENT_STATUSES = tuple(s.value for s in AgreementStatus)
TRANSFER_STATUSES = tuple(s.value for s in TransferStatus)
ALLIANCE_STATUSES = tuple(s.value for s in AllianceStatus)
ACTIVITY_STATUSES = tuple(s.value for s in ActivityStatus)
PLOVER_TYPES = tuple(t.value for t in PloverType)
#: Statuses of an act still to come: planned, intended or proposed.
FUTURE_STATUSES = frozenset({EventStatus.PLANNED, EventStatus.INTENDED, EventStatus.PROPOSED})


def _plain(value: Any) -> Any:
    """Turn nested dataclasses and tuples into JSON-ready dicts and lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Record:
    """Mixin: JSON-ready dict view of a frozen dataclass."""

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """Where a record came from: the whole sentence, and the trigger words inside it."""

    text: str
    start: int
    end: int
    trigger: Span | None = None


@dataclass(frozen=True, slots=True)
class Article(Record):
    """One cleaned news article; every offset in the records refers to ``text``."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None
    language: str | None = None
    author: str | None = None
    source: str | None = None  # file path, URL or "stdin": where it was read from
    format: str = "text"  # text | html | json
    removed: tuple[str, ...] = ()  # web leftovers the cleaner dropped, for audit


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """A resolved actor: a state, a person, an organisation or an armed group."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    code: str | None = None  # CAMEO-style actor code, e.g. SRBGOV, SRBMIL, IGONATO
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Event(Record):
    """One PLOVER-coded event between actors."""

    id: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    quad_class: int
    goldstein: float
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    actor_ids: tuple[str, ...]
    recipient_ids: tuple[str, ...]
    status: str
    date: str | None
    location: str | None
    evidence: Evidence
    confidence: float
    speaker_ids: tuple[str, ...] = ()  # who reported it, for reported speech and quotes


@dataclass(frozen=True, slots=True)
class AgreementStage(Record):
    """One step in an agreement's life, as the article tells it."""

    status: str
    date: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Agreement(Record):
    id: str
    name: str
    parties: tuple[str, ...]
    signatories: tuple[str, ...]  # actor ids of the people who signed
    status: str
    date: str | None
    place: str | None
    domain: str
    evidence: Evidence
    history: tuple[AgreementStage, ...] = ()


@dataclass(frozen=True, slots=True)
class ArmsTransfer(Record):
    id: str
    supplier: tuple[str, ...]
    recipient: tuple[str, ...]
    item: str | None
    category: str | None
    manufacturer: tuple[str, ...]
    quantity: int | None
    status: str
    year: int | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Activity(Record):
    """A joint military activity or programme (exercises, training, industry ...)."""

    id: str
    parties: tuple[str, ...]
    count: int | None
    kinds: tuple[str, ...]
    period: str | None
    status: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Alliance(Record):
    id: str
    members: tuple[str, ...]
    status: str
    advocates: tuple[str, ...]  # actor ids of those who propose or back it
    evidence: Evidence
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Equipment(Record):
    """A military system mentioned in the article, transferred or not."""

    id: str
    name: str
    category: str | None
    origin: str | None
    manufacturer: tuple[str, ...]
    kind: str | None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Notice(Record):
    """Something the user should know about one input item: a warning or a rejection.

    Rejections are values, not log lines: an unreadable file becomes a ``Notice`` with
    ``level="error"`` that can be counted, printed and stored.
    """

    level: Literal["warning", "error"]
    code: str
    message: str
    item: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction(Record):
    """Everything accord extracted from one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    arms_transfers: tuple[ArmsTransfer, ...] = ()
    activities: tuple[Activity, ...] = ()
    alliances: tuple[Alliance, ...] = ()
    equipment: tuple[Equipment, ...] = ()
    notices: tuple[Notice, ...] = field(default_factory=tuple)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None
