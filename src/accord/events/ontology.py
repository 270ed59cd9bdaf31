"""The PLOVER/CAMEO ontology and the trigger dictionary, loaded from data files.

``accord/data/ontology/cameo.csv`` maps every CAMEO code to its PLOVER type, mode,
context, quad class and Goldstein score; ``accord/data/patterns/event_triggers.csv``
lists the words that signal an event and how to code them (see the README beside
each file).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

from accord.actors.gazetteer import read_table
from accord.data.ontology.plover import QUAD_CLASSES
from accord.text import split_multi

__all__ = ["QUAD_CLASSES", "CameoCode", "CodingRules", "Ontology", "Trigger", "load_triggers", "quad_class_of"]


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    plover_type: str
    mode: str | None
    context: tuple[str, ...]
    quad_class: int
    goldstein: float


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of the trigger dictionary."""

    lemma: str
    pos: str  # VERB | NOUN
    particle: str | None
    objects: frozenset[str]
    type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    recipient_via: tuple[str, ...]
    priority: int
    #: A row of a back-off table (``petrarch_verbs.csv``): it yields to accord's own rows,
    #: including a noun row of the word it would take as its object.
    fallback: bool = False


@dataclass(frozen=True, slots=True)
class CodingRules:
    """How the event coder treats PLOVER types, from ``data/ontology/coding.toml``."""

    reaction_types: frozenset[str]  # may react to "the" act just told
    subsuming_types: frozenset[str]  # their embedded act is their content
    hosted_types: frozenset[str]  # the host state is the recipient when none is named
    alleged_types: frozenset[str]  # reported by a third party, they are its accusation
    voiced_types: frozenset[str]  # acts of words: "rejected the criticism" answers their actor
    mediation_codes: frozenset[str]  # CAMEO codes of mediation: its recipients are the parties mediated
    protest_content_types: frozenset[str]  # what a protest demands or opposes: its content, not an event
    yielding_types: frozenset[str]  # concessions: aimed at whoever demanded them
    opposed_types: frozenset[str]  # acts aimed at the state an "anti-X" before them opposes
    opposing_prefixes: frozenset[str]  # the attitude prefixes that oppose a state ("anti-")
    military_context: str  # the context of an event whose phrase names military words
    people_context: str  # the context of acts aimed at a people, whose place is no side
    cyber_mode: str  # the mode of the rows that code a cyber attack from its target's words
    allegation: Trigger  # the row an allegation is coded with (its lemma is the speech verb's)
    deployment_abroad: Trigger  # the row a deployment to another state is recoded with
    solo_exercise: Trigger  # the row an exercise with no partner is recoded with
    joint_exercise: Trigger  # the row force used in a joint exercise is recoded with
    aid_marked: Trigger  # the row a delivery marked as aid is recoded with
    aid_marked_from: str  # the CAMEO code of the deliveries that may be so marked
    demand: Trigger  # "X said Y must ...": X's demand on Y
    demand_codes: Mapping[str, str]  # PLOVER type of the act demanded -> the demand's CAMEO code
    conditional_threat: Trigger  # "X will ... unless Y ...": X threatens Y
    armed_preparation: Trigger  # "prepared to resume shelling X": force readied, not used
    jurisdiction_modes: frozenset[str]  # acts received "in" a state are that state's ("under investigation in X")
    violent_protest: Trigger  # force used by protesters
    eased_sanctions: Trigger  # "announced sanctions relief": the sanctions are eased, not imposed

    @classmethod
    def load(cls) -> "CodingRules":
        raw = resources.files("accord.data.ontology").joinpath("coding.toml").read_text(encoding="utf-8")
        tables = tomllib.loads(raw)
        return cls(
            reaction_types=frozenset(tables["reaction_types"]["types"]),
            subsuming_types=frozenset(tables["subsuming_types"]["types"]),
            hosted_types=frozenset(tables["hosted_types"]["types"]),
            alleged_types=frozenset(tables["alleged_types"]["types"]),
            voiced_types=frozenset(tables["voiced_types"]["types"]),
            mediation_codes=frozenset(tables["mediation"]["codes"]),
            protest_content_types=frozenset(tables["protest_content_types"]["types"]),
            yielding_types=frozenset(tables["yielding_types"]["types"]),
            opposed_types=frozenset(tables["opposed_by_attitude"]["types"]),
            opposing_prefixes=frozenset(tables["opposed_by_attitude"]["prefixes"]),
            military_context=tables["military"]["context"],
            people_context=tables["people_targeted"]["context"],
            cyber_mode=tables["cyber"]["mode"],
            allegation=_derived_row(tables["allegation"], ("none",)),
            deployment_abroad=_derived_row(tables["deployment_abroad"], ("dobj",)),
            solo_exercise=_derived_row(tables["solo_exercise"], ("none",)),
            joint_exercise=_derived_row(tables["joint_exercise"], ("none",)),
            aid_marked=_derived_row(tables["aid_marked"], ("dobj",)),
            aid_marked_from=tables["aid_marked"]["from"],
            demand=_derived_row(tables["demand"], ("none",)),
            demand_codes=MappingProxyType(dict(tables["demand"].get("codes", {}))),
            conditional_threat=_derived_row(tables["conditional_threat"], ("none",)),
            armed_preparation=_derived_row(tables["armed_preparation"], ("none",)),
            jurisdiction_modes=frozenset(tables["jurisdiction"]["modes"]),
            violent_protest=_derived_row(tables["violent_protest"], ("dobj",)),
            eased_sanctions=_derived_row(tables["eased_sanctions"], ("none",)),
        )


def _derived_row(table: dict, recipient_via: tuple[str, ...]) -> Trigger:
    """A trigger row the coder derives rather than reads from the trigger dictionary."""
    return Trigger(
        lemma="",
        pos="VERB",
        particle=None,
        objects=frozenset(),
        type=table["type"],
        mode=table.get("mode") or None,
        context=tuple(table.get("context", ())),
        cameo=table["cameo"],
        recipient_via=recipient_via,
        priority=0,
    )


def quad_class_of(code: str) -> int:
    """CAMEO quad class by root: 01-05 verbal cooperation ... 14-20 material conflict."""
    try:
        root = int(code[:2])
    except ValueError:
        return 0
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


class Ontology:
    """CAMEO codes and PLOVER types, with lookups the coder and evaluator need."""

    def __init__(self, codes: dict[str, CameoCode], types: dict[str, dict[str, str]], intentions: dict[tuple[str, str], str] | None = None) -> None:
        self.codes = codes
        self.types = types
        self.intentions = intentions or {}
        self.refusals: dict[str, str] = {}

    @classmethod
    def load(cls) -> "Ontology":
        codes = {}
        for row in read_table("accord.data.ontology", "cameo.csv"):
            code = row.get("code", "")
            if not code:
                continue
            try:
                goldstein = float(row.get("goldstein") or 0.0)
            except ValueError:
                goldstein = 0.0
            codes[code] = CameoCode(
                code=code,
                label=row.get("label", ""),
                plover_type=row.get("plover_type", ""),
                mode=row.get("plover_mode") or None,
                context=tuple(split_multi(row.get("plover_context"))),
                quad_class=QUAD_CLASSES.get(row.get("quad_class", ""), quad_class_of(code)),
                goldstein=goldstein,
            )
        types = {row["type"]: row for row in read_table("accord.data.ontology", "plover_types.csv") if row.get("type")}
        intentions = {
            (row["type"], row.get("context", "")): row["cameo"]
            for row in read_table("accord.data.ontology", "intentions.csv")
            if row.get("type") and row.get("cameo")
        }
        refusals = {row["type"]: row["cameo"] for row in read_table("accord.data.ontology", "refusals.csv") if row.get("type") and row.get("cameo")}
        ontology = cls(codes, types, intentions)
        ontology.refusals = refusals
        return ontology

    def requires_recipient(self, plover_type: str) -> bool:
        row = self.types.get(plover_type)
        return bool(row) and (row.get("requires_recipient") or "").lower() == "yes"

    def refusal(self, plover_type: str) -> str | None:
        """The REJECT code for an actor's own "will not ..." of ``plover_type``."""
        return self.refusals.get(plover_type)

    def intention(self, plover_type: str, context: tuple[str, ...] | list[str]) -> str | None:
        """The CAMEO code for a planned, intended or committed act of ``plover_type``: PLOVER
        codes it as the single category it amounts to (cooperation to come is AGREE, an attack
        to come is THREATEN, a withdrawal to come is CONCEDE), not as the act plus a marker."""
        for ctx in context:
            code = self.intentions.get((plover_type, ctx))
            if code:
                return code
        return self.intentions.get((plover_type, ""))

    def cameo(self, code: str) -> CameoCode | None:
        """The entry for a CAMEO code, falling back to its parent code (0312 -> 031 -> 03)."""
        while code:
            entry = self.codes.get(code)
            if entry:
                return entry
            code = code[:-1] if len(code) > 2 else ""
        return None

    def plover_type(self, code: str) -> str | None:
        entry = self.cameo(code)
        return entry.plover_type if entry else None

    def default_cameo(self, plover_type: str) -> str | None:
        row = self.types.get(plover_type)
        return (row.get("default_cameo") or None) if row else None


#: The trigger tables, accord's own first. ``petrarch_verbs.csv`` is converted from the PETRARCH2
#: dictionaries (``scripts/convert_petrarch.py``); its priorities sit below every accord row, so
#: it codes a word only where no accord row matches it.
TRIGGER_TABLES = ("event_triggers.csv", "petrarch_verbs.csv")


def load_triggers(tables: tuple[str, ...] = TRIGGER_TABLES) -> dict[tuple[str, str], list[Trigger]]:
    """The trigger dictionary keyed by (lemma, pos), each list sorted by priority, highest first."""
    table: dict[tuple[str, str], list[Trigger]] = {}
    rows = [(n > 0, row) for n, name in enumerate(tables) for row in read_table("accord.data.patterns", name)]
    for fallback, row in rows:
        lemma = row.get("lemma", "").lower()
        if not lemma or not row.get("type") or not row.get("cameo"):
            continue
        try:
            priority = int(row.get("priority") or 0)
        except ValueError:
            priority = 0
        trigger = Trigger(
            lemma=lemma,
            pos=(row.get("pos") or "VERB").upper(),
            particle=(row.get("particle") or "").lower() or None,
            objects=frozenset(o.lower() for o in split_multi(row.get("object"))),
            type=row["type"].upper(),
            mode=row.get("mode") or None,
            context=tuple(split_multi(row.get("context"))),
            cameo=row["cameo"],
            recipient_via=tuple(split_multi(row.get("recipient_via"))) or ("dobj",),
            priority=priority,
            fallback=fallback,
        )
        table.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
    for rules in table.values():
        # Specific rules (with a particle or object) before generic ones at equal priority.
        rules.sort(key=lambda t: (t.priority, bool(t.particle), bool(t.objects)), reverse=True)
    return table
