"""Read gold files into typed records.

Three layouts are read, all JSONL with one record per line:

- **CAMEO events** (the ``real_news_cameo_dev`` file): ``expected_events`` hold a CAMEO event
  ``code`` (digits) and actor codes of the Phoenix/CAMEO scheme. The CAMEO code is mapped to its PLOVER type
  through accord's ontology table (``accord/data/ontology/cameo.csv``); a code the table gives
  no PLOVER type (CAMEO 01 and 02, which PLOVER dropped) makes the gold event *out of scope*:
  it is kept, flagged, and left out of every score.
- **accord events** (``tests/gold/defence.jsonl``): ``expected_events`` hold a PLOVER type in
  ``code``, an optional ``cameo``, accord actor codes (ISO3, or an organisation id such as
  ``NATO``/``EU``/``UN``, or ``REB``), and a ``status``. An optional first line
  ``{"_meta": ...}`` describes the file. Each record has a ``split`` (dev or test).
- **PLOVER events** (``plover_gsr_dev.jsonl``, PLOVER's gold-standard set): each
  expected event has today's PLOVER ``type`` (``code`` holds the 0.5b1 category), a ``mode``
  and ``context``, and ``source``/``target`` *lists* of ``{actorText, code}`` with
  Phoenix/CAMEO codes (``plover_actor_key``). The event is scored as one tuple: its first
  source and first target; a compound actor with no target ("Jordan and Britain agreed")
  is the reciprocal pair of its first two sources, as accord expands a joint act.
- **entities** (``re3d_dev.jsonl``): ``entities`` with character offsets into ``text`` and
  re3d types, mapped to accord's three classes (see ``ENTITY_CLASSES``).

Actor codes are compared in accord's vocabulary (``actor_key``):

- a Phoenix code whose first three letters are a country keeps only the country
  (``USAGOV`` -> ``USA``, ``SRB`` -> ``SRB``): accord records states, not sectors;
- a Phoenix code starting ``IGO``, ``IMG``, ``NGO`` or ``---`` names a non-state actor: the
  full code is kept on the record, and its key is the accord code of the longest matching
  prefix in ``accord/data/evaluate/phoenix_nonstate.csv`` (``IGOUNOMIL`` -> ``UN``,
  ``---REB`` -> ``REB``); with no row, the full code is the key (it then matches nothing
  accord emits, which counts as a miss);
- a ``---`` code with no alias row (``---``, ``---GOV``, ``---LEG``: no country named, only
  perhaps a sector, which accord does not record) is a wildcard: any system participant,
  or none, matches it;
- codes in the accord layout are taken as written;
- in the PLOVER layout, an old CAMEO/KEDS country code that differs from ISO 3166 (``JAP``,
  ``ITL``) is converted with ``accord/data/actors/cameo_countries.csv``, and a bare non-state
  code (``IGO``, ``NGO``, ``IMG``) takes the accord organisation named in its ``actorText``
  (``accord/data/actors/organizations.csv``: the longest name or alias in it), if any.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from accord.errors import EvaluationError

GoldKind = Literal["events", "entities"]

#: A gold participant that any system participant matches (Phoenix ``---``: not identified).
WILDCARD = "*"

#: Phoenix prefixes that mark a non-state actor (the first three letters are not a country).
NONSTATE_PREFIXES = ("IGO", "IMG", "NGO", "---")

#: re3d entity type -> accord entity class. Types not listed are not scored.
#: Vehicle is left out: in re3d it tags civilian and generic vehicles ("excavators", "oil
#: tanker trucks", "the tanker"), while military vehicles are MilitaryPlatform; a system
#: weapon/platform span on a Vehicle span is neutral (neither right nor wrong).
ENTITY_CLASSES: dict[str, str] = {
    "Person": "person",
    "Organisation": "organisation/state",
    "Weapon": "weapon/platform",
    "MilitaryPlatform": "weapon/platform",
}

#: re3d types whose spans make an overlapping system span neutral. re3d tags a state as
#: Location where it is a place and as Nationality where it is an adjective; accord's state
#: mentions do not make that role distinction, so they are not counted wrong there.
NEUTRAL_TYPES = frozenset({"Location", "Nationality", "Vehicle"})

#: re3d tags pronouns as Person/Organisation. accord resolves names, not coreference, so gold
#: spans made of a single pronoun are left out of the scores (counted as excluded).
PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours he him his himself she her hers "
    "herself it its itself they them their theirs themselves who whom whose".split()
)


@dataclass(frozen=True, slots=True)
class CameoEntry:
    """One row of accord's CAMEO ontology table."""

    code: str
    plover_type: str | None
    mode: str | None
    context: tuple[str, ...]
    quad_class: int | None


@dataclass(frozen=True, slots=True)
class CameoTable:
    """CAMEO code -> PLOVER type, mode, context and quad class."""

    entries: dict[str, CameoEntry]

    def lookup(self, code: str) -> CameoEntry | None:
        """The entry for ``code``, or for its nearest parent (``0352`` -> ``035`` -> ``03``)."""
        code = code.strip()
        while len(code) >= 2:
            if code in self.entries:
                return self.entries[code]
            code = code[:-1]
        return None


def load_cameo_table(text: str | None = None) -> CameoTable:
    """Load accord's CAMEO ontology table.

    Args:
        text (str | None): CSV text to read instead of the packaged
            ``accord/data/ontology/cameo.csv`` (tests pass small tables).

    RETURNS (CameoTable): the table.

    Raises:
        EvaluationError: when the packaged table is missing.
    """
    if text is None:
        resource = resources.files("accord") / "data" / "ontology" / "cameo.csv"
        if not resource.is_file():
            raise EvaluationError(
                "the CAMEO ontology table accord/data/ontology/cameo.csv is missing; "
                "CAMEO gold codes cannot be mapped to PLOVER types without it"
            )
        text = resource.read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#"))
    entries: dict[str, CameoEntry] = {}
    for row in rows:
        code = (row.get("code") or "").strip()
        if not code:
            continue
        context = (row.get("plover_context") or "").replace(";", " ").replace("|", " ").split()
        entries[code] = CameoEntry(
            code=code,
            plover_type=(row.get("plover_type") or "").strip() or None,
            mode=(row.get("plover_mode") or "").strip() or None,
            context=tuple(context),
            quad_class=_quad_class(code, row.get("quad_class")),
        )
    return CameoTable(entries)


def _quad_class(code: str, value: str | None) -> int | None:
    """A quad class written as 1-4 or as a name (``verbal_conflict``); else from the code's root."""
    from accord.events.ontology import QUAD_CLASSES, quad_class_of

    value = (value or "").strip()
    if value.isdigit():
        return int(value)
    if value in QUAD_CLASSES:
        return QUAD_CLASSES[value]
    return quad_class_of(code) or None


def load_nonstate_aliases(text: str | None = None) -> dict[str, str]:
    """Phoenix non-state code prefix -> accord code (``accord/data/evaluate/phoenix_nonstate.csv``)."""
    if text is None:
        resource = resources.files("accord") / "data" / "evaluate" / "phoenix_nonstate.csv"
        text = resource.read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in io.StringIO(text) if not line.startswith("#"))
    return {row["phoenix"].strip(): row["accord"].strip() for row in rows if row.get("phoenix")}


def actor_key(code: str | None, aliases: dict[str, str], *, phoenix: bool = True) -> str | None:
    """The key a gold actor code is compared on (see the module docstring).

    Args:
        code (str | None): the gold code as written.
        aliases (dict[str, str]): Phoenix non-state prefix -> accord code.
        phoenix (bool): True for Phoenix/CAMEO codes; False for accord codes, taken as written.

    RETURNS (str | None): a country code, an accord organisation code, ``WILDCARD``, the full
        code (non-state with no alias), or None when there is no participant.
    """
    if code is None:
        return None
    code = code.strip()
    if not code:
        return None
    if not phoenix:
        return code
    code = code.upper()
    if code.startswith(NONSTATE_PREFIXES):
        for end in range(len(code), 2, -1):
            if code[:end] in aliases:
                return aliases[code[:end]]
        # "---" + a sector (---GOV, ---LEG, ---CVL): no country and no organisation, which
        # accord cannot express any better than "unidentified".
        return WILDCARD if code.startswith("---") else code
    return code[:3]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One expected event, in accord's terms.

    ``type`` is None when the event is out of scope (a CAMEO code with no PLOVER type);
    ``status`` is None when the gold does not say (the CAMEO layout).
    """

    type: str | None
    cameo: str | None
    quad_class: int | None
    source: str | None  # the code as written in the gold
    target: str | None
    source_key: str | None  # the code compared on (see ``actor_key``)
    target_key: str | None
    status: str | None = None
    mode: str | None = None
    context: tuple[str, ...] = ()
    phoenix: bool = False  # the keys were read from Phoenix/CAMEO codes (``actor_key``)


@dataclass(frozen=True, slots=True)
class EventItem:
    """One gold record of the event layouts: a sentence or a short passage."""

    id: str
    text: str
    date: str | None  # YYYY-MM-DD
    split: str
    silver: bool
    events: tuple[GoldEvent, ...]
    noevents: bool
    category: str | None = None
    #: Defence records the gold states (accord's own layout), by kind: "agreements",
    #: "arms_transfers", "activities", "alliances"; None where the layout has none.
    records: dict[str, tuple[dict[str, Any], ...]] | None = None
    #: False for a defence-records-only line (neither ``expected_events`` nor ``expected_noevents``):
    #: its event scores mean nothing and are left out.
    has_events: bool = True

    @property
    def group(self) -> str:
        return group_name(self.split, self.silver)


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """One gold entity span, offsets into ``EntityItem.text``."""

    start: int
    end: int
    label: str  # accord class, or the re3d type for neutral spans
    gold_type: str  # the re3d type
    text: str


@dataclass(frozen=True, slots=True)
class EntityItem:
    """One gold document of the entity layout."""

    id: str
    text: str
    split: str
    silver: bool
    entities: tuple[EntitySpan, ...]  # scored spans
    neutral: tuple[EntitySpan, ...]  # Location/Nationality/Vehicle spans (see NEUTRAL_TYPES)
    excluded: tuple[EntitySpan, ...]  # pronoun spans, left out of the scores
    title: str | None = None

    @property
    def group(self) -> str:
        return group_name(self.split, self.silver)


@dataclass(frozen=True, slots=True)
class GoldSet:
    """A whole gold file: its items, where it came from and its SHA-256 digest."""

    name: str
    path: str
    kind: GoldKind
    sha256: str
    items: tuple[Any, ...]  # EventItem or EntityItem
    layout: str  # "cameo", "accord", "plover" or "re3d"
    meta: dict[str, Any] = field(default_factory=dict)


def group_name(split: str, silver: bool) -> str:
    """Items are reported per group: the split, with silver records apart (``dev/silver``)."""
    return f"{split}/silver" if silver else split


def file_digest(path: str | Path) -> str:
    """SHA-256 of a file's bytes, hex."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise EvaluationError("gold file not found", item=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(f"gold file cannot be read as UTF-8 text ({exc})", item=str(path)) from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(f"line {number} is not JSON ({exc.msg})", item=str(path)) from None
        if not isinstance(record, dict):
            raise EvaluationError(f"line {number} is not a JSON object", item=str(path))
        yield number, record


def detect_kind(path: str | Path) -> GoldKind:
    """Events or entities, from the first record's fields. A defence-records-only file
    (``agreements``, ``arms_transfers`` ... and no events) is scored as events.

    Raises:
        EvaluationError: when no record has ``expected_events``, defence records or ``entities``.
    """
    for _, record in _records(Path(path)):
        if "_meta" in record:
            continue
        if "entities" in record:
            return "entities"
        if "expected_events" in record or "expected_noevents" in record:
            return "events"
        if any(kind in record for kind in DEFENCE_RECORD_KINDS):
            return "events"
        break
    raise EvaluationError(
        "cannot tell the gold kind: records need 'expected_events' or defence records (events) "
        "or 'entities' (entities); pass --kind to say which",
        item=str(path),
    )


DEFENCE_RECORD_KINDS = ("agreements", "arms_transfers", "activities", "alliances")


def _defence_records(record: dict[str, Any]) -> dict[str, tuple[dict[str, Any], ...]] | None:
    if not any(kind in record for kind in DEFENCE_RECORD_KINDS):
        return None
    return {kind: tuple(r for r in record.get(kind) or () if isinstance(r, dict)) for kind in DEFENCE_RECORD_KINDS}


@dataclass(frozen=True, slots=True)
class PloverActorCodes:
    """What ``plover_actor_key`` needs: old CAMEO country codes and organisation names."""

    countries: dict[str, str]  # CAMEO/KEDS code -> ISO3, only where they differ
    organisations: tuple[tuple[str, str], ...]  # (surface form, accord id), longest first

    def key(self, actor: dict[str, Any], aliases: dict[str, str]) -> str | None:
        """The key of one ``{actorText, code}`` participant of the PLOVER layout."""
        code = str(actor.get("code") or "").strip().upper()
        if not code:
            return None
        if code in self.countries:
            return self.countries[code]
        if code.startswith(NONSTATE_PREFIXES) and actor_key(code, aliases) in (code, WILDCARD):
            text = str(actor.get("actorText") or "")
            for form, org in self.organisations:
                if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                    return org
        return actor_key(code, aliases)


def load_plover_actor_codes(countries: str | None = None, organisations: str | None = None) -> PloverActorCodes:
    """Read ``cameo_countries.csv`` and ``organizations.csv`` (tests pass CSV text instead)."""
    folder = resources.files("accord") / "data" / "actors"
    countries = countries if countries is not None else (folder / "cameo_countries.csv").read_text(encoding="utf-8")
    organisations = organisations if organisations is not None else (folder / "organizations.csv").read_text(encoding="utf-8")
    country_rows = csv.DictReader(line for line in io.StringIO(countries) if not line.startswith("#"))
    codes = {row["cameo"].strip().upper(): row["iso3"].strip() for row in country_rows if row.get("cameo")}
    forms: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(organisations)):
        for form in [row.get("name") or "", *(row.get("aliases") or "").split("|")]:
            if form.strip():
                forms.setdefault(form.strip(), row["id"].strip())
    ordered = tuple(sorted(forms.items(), key=lambda item: -len(item[0])))
    return PloverActorCodes(codes, ordered)


def _plover_event(raw: dict[str, Any], *, codes: PloverActorCodes, aliases: dict[str, str], where: str) -> GoldEvent:
    kind = str(raw["type"]).strip().upper()
    sides: list[list[dict[str, Any]]] = []
    for side in ("source", "target"):
        value = raw.get(side) or []
        if not isinstance(value, list) or not all(isinstance(actor, dict) for actor in value):
            raise EvaluationError(f"an expected event's '{side}' must be a list of {{actorText, code}}", item=where)
        sides.append(value)
    sources, targets = sides
    if not targets and len(sources) >= 2:  # a compound actor acting together: the reciprocal pair
        sources, targets = sources[:1], sources[1:2]
    source = sources[0] if sources else None
    target = targets[0] if targets else None
    context = raw.get("context") or ()
    if isinstance(context, str):
        context = tuple(context.replace(";", " ").split())
    return GoldEvent(
        type=kind,
        cameo=None,
        quad_class=None,
        source=source.get("code") if source else None,
        target=target.get("code") if target else None,
        source_key=codes.key(source, aliases) if source else None,
        target_key=codes.key(target, aliases) if target else None,
        status=None,
        mode=raw.get("mode"),
        context=tuple(context),
        phoenix=True,
    )


def _is_plover(raw: dict[str, Any]) -> bool:
    """The PLOVER layout: today's PLOVER ``type`` beside the 0.5b1 ``code``, participant lists."""
    return bool(raw.get("type")) and (isinstance(raw.get("source"), list) or isinstance(raw.get("target"), list))


def _iso_date(value: Any) -> str | None:
    if not value:
        return None
    text = str(value).strip()
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text[:10]


def _gold_event(raw: dict[str, Any], *, table: CameoTable | None, aliases: dict[str, str], where: str) -> tuple[GoldEvent, str]:
    code = str(raw.get("code") or "").strip()
    if not code:
        raise EvaluationError("an expected event has no 'code'", item=where)
    source, target = raw.get("source"), raw.get("target")
    for side, value in (("source", source), ("target", target)):
        if value is not None and not isinstance(value, str):
            # e.g. the PLOVER gold standard's lists of {actorText, code}: a layout not read here.
            raise EvaluationError(f"an expected event's '{side}' must be one actor code (a string), not {type(value).__name__}", item=where)
    if code.isdigit():  # CAMEO layout: map the code through the ontology table
        if table is None:
            table = load_cameo_table()
        entry = table.lookup(code)
        return (
            GoldEvent(
                type=entry.plover_type if entry else None,
                cameo=code,
                quad_class=entry.quad_class if entry else None,
                source=source,
                target=target,
                source_key=actor_key(source, aliases),
                target_key=actor_key(target, aliases),
                status=raw.get("status"),
                mode=entry.mode if entry else None,
                context=entry.context if entry else (),
                phoenix=True,
            ),
            "cameo",
        )
    cameo = str(raw["cameo"]).strip() if raw.get("cameo") else None
    quad = None
    if cameo and table is not None:
        entry = table.lookup(cameo)
        quad = entry.quad_class if entry else None
    context = raw.get("context") or ()
    if isinstance(context, str):
        context = tuple(context.replace(";", " ").split())
    return (
        GoldEvent(
            type=code.upper(),
            cameo=cameo,
            quad_class=quad,
            source=source,
            target=target,
            source_key=actor_key(source, aliases, phoenix=False),
            target_key=actor_key(target, aliases, phoenix=False),
            status=raw.get("status"),
            mode=raw.get("mode"),
            context=tuple(context),
        ),
        "accord",
    )


def load_event_gold(
    path: str | Path,
    *,
    table: CameoTable | None = None,
    aliases: dict[str, str] | None = None,
) -> GoldSet:
    """Read a gold file of the CAMEO, the accord or the PLOVER event layout.

    Args:
        path (str | Path): the JSONL file.
        table (CameoTable | None): CAMEO ontology; None loads accord's (only when needed).
        aliases (dict[str, str] | None): Phoenix non-state aliases; None loads accord's.

    RETURNS (GoldSet): kind ``events``; items are ``EventItem``.

    Raises:
        EvaluationError: when the file is missing or a record lacks ``id``/``text``.
    """
    path = Path(path)
    aliases = load_nonstate_aliases() if aliases is None else aliases
    if table is None:
        try:
            table = load_cameo_table()
        except EvaluationError:
            table = None  # only CAMEO-coded events need it; _gold_event raises for those
    meta: dict[str, Any] = {}
    items: list[EventItem] = []
    layouts: set[str] = set()
    plover_codes: PloverActorCodes | None = None
    for number, record in _records(path):
        if "_meta" in record:
            meta = record["_meta"] if isinstance(record["_meta"], dict) else {"note": record["_meta"]}
            continue
        where = f"{path}:{number}"
        if "id" not in record or "text" not in record:
            raise EvaluationError("a gold record needs 'id' and 'text'", item=where)
        events = []
        for raw in record.get("expected_events") or ():
            if isinstance(raw, dict) and _is_plover(raw):
                plover_codes = plover_codes or load_plover_actor_codes()
                event, layout = _plover_event(raw, codes=plover_codes, aliases=aliases, where=where), "plover"
            else:
                event, layout = _gold_event(raw, table=table, aliases=aliases, where=where)
            events.append(event)
            layouts.add(layout)
        items.append(
            EventItem(
                id=str(record["id"]),
                text=record["text"] or "",
                date=_iso_date(record.get("date")),
                split=str(record.get("split") or "dev"),
                silver=bool(record.get("silver")),
                events=tuple(events),
                noevents=bool(record.get("expected_noevents")) or not events,
                category=record.get("category"),
                records=_defence_records(record),
                has_events="expected_events" in record or "expected_noevents" in record,
            )
        )
    layout = layouts.pop() if len(layouts) == 1 else "mixed" if layouts else "accord"
    return GoldSet(
        name=path.stem,
        path=str(path),
        kind="events",
        sha256=file_digest(path),
        items=tuple(items),
        layout=layout,
        meta=meta,
    )


def _is_pronoun(text: str) -> bool:
    return text.strip().lower() in PRONOUNS


def load_entity_gold(path: str | Path) -> GoldSet:
    """Read a gold file of the re3d entity layout.

    RETURNS (GoldSet): kind ``entities``; items are ``EntityItem``.

    Raises:
        EvaluationError: when the file is missing, or an entity's offsets do not cut its text.
    """
    path = Path(path)
    items: list[EntityItem] = []
    meta: dict[str, Any] = {}
    for number, record in _records(path):
        if "_meta" in record:
            meta = record["_meta"] if isinstance(record["_meta"], dict) else {"note": record["_meta"]}
            continue
        where = f"{path}:{number}"
        if "id" not in record or "text" not in record:
            raise EvaluationError("a gold record needs 'id' and 'text'", item=where)
        text = record["text"] or ""
        scored: list[EntitySpan] = []
        neutral: list[EntitySpan] = []
        excluded: list[EntitySpan] = []
        for raw in record.get("entities") or ():
            start, end, gold_type = int(raw["start"]), int(raw["end"]), str(raw["type"])
            span_text = text[start:end]
            if raw.get("text") is not None and raw["text"] != span_text:
                raise EvaluationError(
                    f"entity {raw['text']!r} does not match text[{start}:{end}] = {span_text!r}", item=where
                )
            if gold_type in ENTITY_CLASSES:
                span = EntitySpan(start, end, ENTITY_CLASSES[gold_type], gold_type, span_text)
                (excluded if _is_pronoun(span_text) else scored).append(span)
            elif gold_type in NEUTRAL_TYPES:
                neutral.append(EntitySpan(start, end, gold_type, gold_type, span_text))
        items.append(
            EntityItem(
                id=str(record["id"]),
                text=text,
                split=str(record.get("split") or "dev"),
                silver=bool(record.get("silver")),
                entities=tuple(scored),
                neutral=tuple(neutral),
                excluded=tuple(excluded),
                title=record.get("title"),
            )
        )
    return GoldSet(
        name=path.stem,
        path=str(path),
        kind="entities",
        sha256=file_digest(path),
        items=tuple(items),
        layout="re3d",
        meta=meta,
    )


def load_gold(path: str | Path, kind: GoldKind | None = None, **kwargs: Any) -> GoldSet:
    """Read any gold file; ``kind`` None detects it from the records' fields."""
    kind = kind or detect_kind(path)
    if kind == "entities":
        return load_entity_gold(path)
    return load_event_gold(path, **kwargs)
