"""The data model: plain typed records that flow between the stages.

Every stage takes records (or a spaCy ``Doc``) and returns new records; nothing is
a dict-key contract. Records are frozen dataclasses so they can be shared between
threads and processes and compared in tests. ``to_dict`` gives the JSON shape.

Each record's shape is defined here once: every field says what it means and how it is
checked and stored through ``described(...)``. The JSON Schema
(``extraction.schema.json`` in ``accord/schema``) and the field tables of ``docs/schema.md`` are
generated from it (``python -m accord.schema.generate``); the store's columns, its row
mapping and the query and export columns are derived from it.

Conventions:
- Character offsets (``start``, ``end``) always index ``Article.text``, the cleaned
  body, so ``article.text[start:end] == text`` for every ``Span`` and ``Evidence``.
- States are three-letter ISO 3166-1 codes (Kosovo ``XKX``); organisations carry their
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


class FoundBy(StrEnum):
    """What found a record: the rules, or the learned back-off behind them (docs/defence_backoff.md)."""

    RULES = "rules"
    MODEL = "model"


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
FOUND_BY = tuple(f.value for f in FoundBy)
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


#: Patterns the JSON Schema checks (docs/schema.md, "Conventions").
ISO_DAY = r"^\d{4}-\d{2}-\d{2}$"
PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ACTOR_CODE = r"^[A-Z0-9_]+$"
ISO_ALPHA3 = r"^[A-Z]{3}$"
CAMEO_CODE = r"^\d{2,4}$"
_CODES = {"pattern": ACTOR_CODE}


def described(
    doc: str,
    *,
    default: Any = dataclasses.MISSING,
    enum: type[StrEnum] | tuple[str, ...] | None = None,
    json: dict[str, Any] | None = None,
    items: dict[str, Any] | None = None,
    sql: str | None = None,
    required: bool = True,
    export: bool = True,
    export_trigger: bool = False,
    column_after: str | None = None,
) -> Any:
    """A record field with its meaning and how each generated artefact shows it.

    This metadata is the one description of a record's shape: ``accord.schema.generate``
    writes the JSON Schema and the field tables of docs/schema.md from it, and the store's
    tables, its row mapping and the query and export columns are derived from it.

    Args:
        doc: what the field means (docs/schema.md and the JSON Schema ``description``).
        default: the field's default, when it has one.
        enum: the allowed values (a ``StrEnum`` or a tuple) of a field annotated ``str``.
        json: extra JSON Schema keywords (``pattern``, ``minimum``, ``maximum``).
        items: extra JSON Schema keywords for each item of a list.
        sql: the DuckDB column type, where the one derived from the annotation is not it.
        required: False for a field added after the first schema, so older outputs still validate.
        export: False to leave the field out of the query and export columns.
        export_trigger: for an ``evidence`` field: export the trigger columns too.
        column_after: the field whose column this one follows in tables and exports
            (``"id"``: first of the record's own columns); by default, field order.
    """
    metadata = {
        "doc": doc,
        "enum": tuple(e.value for e in enum) if isinstance(enum, type) else enum,
        "json": json or {},
        "items": items or {},
        "sql": sql,
        "required": required,
        "export": export,
        "export_trigger": export_trigger,
        "column_after": column_after,
    }
    return field(default=default, metadata=metadata)


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int = described("offset of the first character in `article.text`", json={"minimum": 0})
    end: int = described("offset just after the last character", json={"minimum": 0})
    text: str = described("the characters themselves")


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """Where a record came from: the whole sentence, and the trigger words inside it."""

    text: str = described("the sentence")
    start: int = described("its offset in `article.text`", json={"minimum": 0})
    end: int = described("the offset just after it", json={"minimum": 0})
    trigger: Span | None = described("the words that triggered the record (null when there are none)", default=None, required=False)


@dataclass(frozen=True, slots=True)
class Article(Record):
    """One cleaned news article; every offset in the records refers to ``text``."""

    id: str = described("the input id (JSONL/JSON), else a hash of the normalised text (the store's key)")
    text: str = described("the cleaned body every offset refers to")
    title: str | None = described(
        "from the HTML metadata, the JSON record or the options; the title of plain text is detected from its first line",
        default=None,
    )
    outlet: str | None = described("the publisher, from the metadata, the record or `--outlet`", default=None)
    published: str | None = described(
        "YYYY-MM-DD: `--published`, the record's field, or the page's metadata", default=None, json={"pattern": ISO_DAY}
    )
    url: str | None = described("the article's URL", default=None)
    language: str | None = described("ISO 639-1 code detected from the text (`en`, `fr`, ...)", default=None)
    author: str | None = described("the byline, when the page or record gives one", default=None, required=False)
    source: str | None = described("where it was read from: file path, URL or `stdin`", default=None, required=False)
    format: str = described("what the input was", default="text", enum=("text", "html", "json"), required=False)
    removed: tuple[str, ...] = described("web leftovers the cleaner dropped, for audit", default=(), required=False)


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """A resolved actor: a state, a person, an organisation or an armed group."""

    id: str = described("`a1`, `a2`, ... in order of first mention")
    name: str = described('canonical name ("Serbia", "Aleksandar Vučić", "Serbia Ministry of Defence", "NATO")')
    kind: ActorKind = described("`group` is an armed non-state group")
    country: str | None = described(
        "ISO alpha-3 of the state the actor belongs to (null for international organisations and unnamed groups)",
        default=None,
        json={"pattern": ISO_ALPHA3},
    )
    sector: str | None = described("CAMEO-style sector: GOV, MIL, LEG, JUD, COP, MED, BUS, IGO, NGO, REB, OPP, CVL", default=None)
    role: str | None = described('for people: "President", "Minister of Defence", ...', default=None)
    code: str | None = described("CAMEO-style actor code: `SRB`, `SRBGOV`, `HUNMIL`, `IGONATO`", default=None, required=False)
    mentions: tuple[Span, ...] = described("every span that names the actor, including capitals used as metonyms", default=())


@dataclass(frozen=True, slots=True)
class Event(Record):
    """One PLOVER-coded event between actors."""

    id: str = described("`e1`, `e2`, ...")
    type: str = described("the PLOVER event type", enum=PloverType)
    mode: str | None = described("the PLOVER mode, or null")
    context: tuple[str, ...] = described("PLOVER contexts (e.g. `military`)")
    cameo: str = described("the CAMEO code", json={"pattern": CAMEO_CODE})
    quad_class: int = described(
        "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
        json={"minimum": 0, "maximum": 4},
    )
    goldstein: float = described("the Goldstein score of the CAMEO code", json={"minimum": -10, "maximum": 10})
    actor: tuple[str, ...] = described(
        "codes of the actors (compound actors give several; reciprocal acts have all parties as actors and no recipient, "
        "as PLOVER prescribes)",
        items=_CODES,
    )
    recipient: tuple[str, ...] = described("codes of the recipients", items=_CODES)
    actor_ids: tuple[str, ...] = described("the actors behind the codes (a minister, a capital, a ministry)")
    recipient_ids: tuple[str, ...] = described("the actors behind the recipient codes")
    status: str = described("whether it happened, as the text tells it", enum=EventStatus)
    date: str | None = described(
        "resolved against the publication date; the publication date for reported past events with no date of their own",
        json={"pattern": PARTIAL_DATE},
    )
    location: str | None = described('the place named with the event ("in Budapest")')
    evidence: Evidence = described("the sentence and the trigger word span", export_trigger=True)
    confidence: float = described(
        "0-1, higher when actor and recipient are found by direct grammatical relations", json={"minimum": 0, "maximum": 1}
    )
    speaker_ids: tuple[str, ...] = described(
        "who reported it, for reported speech and quotes", default=(), required=False, export=False, column_after="recipient_ids"
    )


@dataclass(frozen=True, slots=True)
class AgreementStage(Record):
    """One step in an agreement's life, as the article tells it."""

    status: str = described("the stage")
    date: str | None = described("when, if the text says")
    evidence: Evidence = described("the sentence that tells it")


@dataclass(frozen=True, slots=True)
class Agreement(Record):
    """An agreement between states or organisations, at the latest stage the article tells."""

    id: str = described("`ag1`, `ag2`, ...")
    name: str = described('the phrase, e.g. "defence cooperation plan"')
    parties: tuple[str, ...] = described("codes of the parties", items=_CODES)
    signatories: tuple[str, ...] = described("actor ids of the people who signed")
    status: str = described("the latest stage", enum=AgreementStatus)
    date: str | None = described("the date of the latest stage", json={"pattern": PARTIAL_DATE})
    place: str | None = described("where it was agreed or signed")
    domain: str = described("`defence`, `energy`, `trade`, `economic`, `diplomatic` or `other`")
    evidence: Evidence = described("the sentence and its trigger")
    history: tuple[AgreementStage, ...] = described(
        "every stage the article tells, each with its `status`, `date` and `evidence`, in date order",
        default=(),
        required=False,
        export=False,
    )
    found_by: str = described(
        "what found the agreement: the rules, or a learned back-off (`model`) where they found none",
        default="rules",
        enum=FoundBy,
        required=False,
    )


@dataclass(frozen=True, slots=True)
class ArmsTransfer(Record):
    """A transfer of weapons between states, at the stage the article tells."""

    id: str = described("`t1`, `t2`, ...")
    supplier: tuple[str, ...] = described("codes of the suppliers", items=_CODES)
    recipient: tuple[str, ...] = described("codes of the recipients", items=_CODES)
    item: str | None = described("the designation as written, or the generic phrase")
    category: str | None = described("e.g. armoured personnel carrier, small-arms ammunition, fighter aircraft")
    manufacturer: tuple[str, ...] = described("the manufacturers named")
    quantity: int | None = described("how many", sql="BIGINT")
    status: str = described("the transfer's stage", enum=TransferStatus)
    year: int | None = described("the year of the stage")
    evidence: Evidence = described("the sentence and its trigger")
    found_by: str = described(
        "what found the transfer: the rules, or the learned back-off (`model`) in a sentence where they found none",
        default="rules",
        enum=FoundBy,
        required=False,
    )


@dataclass(frozen=True, slots=True)
class Activity(Record):
    """A joint military activity or programme (exercises, training, industry ...)."""

    id: str = described("`j1`, `j2`, ...")
    parties: tuple[str, ...] = described("codes of the parties", items=_CODES)
    count: int | None = described('how many, when the text counts them ("84 joint activities")')
    kinds: tuple[str, ...] = described(
        "exercises, training, defence industry, cyber, peacekeeping, education, military medicine, intelligence, "
        "border security, logistics, civil protection, other"
    )
    period: str | None = described("when (a year, a month or a date)")
    status: str = described("the activity's stage", enum=ActivityStatus)
    evidence: Evidence = described("the sentence and its trigger")
    found_by: str = described(
        "what found the activity: the rules, or the learned back-off (`model`) in a sentence where they found none",
        default="rules",
        enum=FoundBy,
        required=False,
    )


@dataclass(frozen=True, slots=True)
class Alliance(Record):
    """A move to form, join, suspend or leave an alliance."""

    id: str = described("`al1`, `al2`, ...")
    members: tuple[str, ...] = described(
        'codes of the members; for membership moves the organisation\'s id, e.g. `["NATO", "SWE"]`', items=_CODES
    )
    status: str = described("the alliance's stage", enum=AllianceStatus)
    advocates: tuple[str, ...] = described("actor ids of those who propose or back it")
    evidence: Evidence = described("the sentence and its trigger")
    name: str | None = described("the alliance's name, when the text gives one", default=None, required=False, column_after="id")
    found_by: str = described(
        "what found the alliance move: the rules, or a learned back-off (`model`) where they found none",
        default="rules",
        enum=FoundBy,
        required=False,
    )


@dataclass(frozen=True, slots=True)
class Equipment(Record):
    """A military system mentioned in the article, transferred or not."""

    id: str = described("`q1`, `q2`, ...")
    name: str = described("gazetteer designation, or the phrase")
    category: str | None = described("e.g. main battle tank, air defence system")
    origin: str | None = described('country of the designer, or the adjective in the text ("Serbian ammunition")')
    manufacturer: tuple[str, ...] = described("the manufacturers")
    kind: str | None = described("platform, weapon, munition or sensor", required=False)
    mentions: tuple[Span, ...] = described("every span that names it", default=())


@dataclass(frozen=True, slots=True)
class Notice(Record):
    """Something the user should know about one input item: a warning or a rejection.

    Rejections are values, not log lines: an unreadable file becomes a ``Notice`` with
    ``level="error"`` that can be counted, printed and stored.
    """

    level: Literal["warning", "error"] = described("how serious", sql="VARCHAR NOT NULL")
    code: str = described("`truncated` (very long text analysed in part), `language` (not English), ...", sql="VARCHAR NOT NULL")
    message: str = described("one line for people", sql="VARCHAR NOT NULL")
    item: str | None = described("the input item it is about", default=None, required=False)


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
