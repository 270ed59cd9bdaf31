"""The values a query may ask for, and a suggestion when one is unknown (``did you mean SRB?``).

An unknown code, type or status is almost always a typo or a name given for a code
("Serbia" for SRB). Answering it with an empty table and success hides the mistake, so
queries check the values against the vocabulary (the states and organisations of the
actor gazetteer, the codes already stored, the PLOVER ontology and the record statuses
of ``accord.records``) and raise ``UnknownValue`` with the closest known values.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from accord.errors import StoreError
from accord.records import (
    FOUND_BY,
    ActivityStatus,
    AgreementStatus,
    AllianceStatus,
    EventStatus,
    PloverType,
    TransferStatus,
)

if TYPE_CHECKING:
    from accord.store import Database

#: The statuses each record table uses (``accord.records``), in lifecycle order.
STATUSES: dict[str, tuple[str, ...]] = {
    "events": tuple(EventStatus),
    "agreements": tuple(AgreementStatus),
    "transfers": tuple(TransferStatus),
    "alliances": tuple(AllianceStatus),
    "activities": tuple(ActivityStatus),
}
EVENT_TYPES: tuple[str, ...] = tuple(PloverType)

#: Filters whose values are actor codes (states, organisations), per table.
CODE_FILTERS = ("actor", "party", "supplier", "recipient", "member", "country")
#: How close (0..1, difflib's ratio) a known value must be to be suggested.
CUTOFF = 0.6


class UnknownValue(StoreError):
    """A code, type or status that neither the vocabulary nor the store knows (a usage error)."""

    code = "unknown_value"


def closest(
    value: str, known: Iterable[str], *, names: dict[str, str] | None = None, preferred: frozenset[str] = frozenset(), n: int = 3
) -> list[str]:
    """The known values closest to ``value``: a name's code ("Serbia" -> SRB), else look-alikes.

    Args:
        names: folded names and aliases -> code ("serbia" -> "SRB").
        preferred: values listed first among equally close ones (the codes the store uses).
    """
    found: list[str] = []
    folded = value.strip().casefold()
    if names:
        if folded in names:
            return [names[folded]]  # a name given for its code: the code is the answer
        for name in difflib.get_close_matches(folded, list(names), n=n, cutoff=0.8):
            if names[name] not in found:
                found.append(names[name])
    by_upper = {k.upper(): k for k in known}
    wanted = value.strip().upper()
    scored = []
    for upper, original in by_upper.items():
        ratio = difflib.SequenceMatcher(None, wanted, upper).ratio()
        if ratio >= CUTOFF:
            scored.append((-round(ratio, 3), original not in preferred, upper, original))
    for *_, original in sorted(scored):
        if original not in found:
            found.append(original)
    return found[:n]


def unknown(what: str, value: str, suggestions: list[str], choices: Iterable[str] = ()) -> UnknownValue:
    """The error for an unknown value, with the suggestions (or the choices, when few)."""
    message = f"unknown {what} {value!r}"
    if suggestions:
        message += f"; did you mean {' or '.join(suggestions)}?"
    choices = list(choices)
    if choices and len(choices) <= 20:
        message += f" (choose from {', '.join(choices)})"
    return UnknownValue(message)


def check_choices(what: str, given: Iterable[str], choices: Iterable[str]) -> list[str]:
    """``given`` as the choices' own spelling (case-insensitive), or UnknownValue for the first unknown one."""
    choices = list(choices)
    by_fold = {c.casefold(): c for c in choices}
    out = []
    for value in given:
        if value.casefold() not in by_fold:
            raise unknown(what, value, closest(value, choices), choices)
        out.append(by_fold[value.casefold()])
    return out


@dataclass(frozen=True)
class Codes:
    """Actor codes a query may name: the gazetteer's states and organisations, and every stored code.

    The store is asked only about codes the gazetteer does not know (a point look-up per code,
    then every stored code for the suggestion when it is unknown there too), so a query naming
    known states reads nothing but the gazetteer, which is read once per process.
    """

    known: frozenset[str]
    names: dict[str, str]  # folded state and organisation names and aliases -> code
    stored: frozenset[str] = frozenset()  # the codes the store's records use (filled in for a suggestion)
    store: Database | None = None

    @classmethod
    def load(cls, store: Database | None = None) -> Codes:
        """The gazetteer's codes and names (read once per process), checked against ``store`` when given."""
        known, names = _gazetteer_codes()
        return cls(known, names, frozenset(), store)

    def check(self, what: str, given: Iterable[str]) -> list[str]:
        """``given`` upper-cased, or UnknownValue (with a suggestion) for the first unknown code."""
        out = []
        for value in given:
            code = value.strip().upper()
            if code not in self.known and not (self.store is not None and code in stored_codes(self.store, [code])):
                stored = frozenset(stored_codes(self.store)) if self.store is not None else self.stored
                raise unknown(what, value, closest(value, self.known | stored, names=self.names, preferred=stored))
            out.append(code)
        return out


@functools.cache
def _gazetteer_codes() -> tuple[frozenset[str], dict[str, str]]:
    """The gazetteer's state and organisation codes, and their folded names and aliases -> code."""
    from accord.actors.gazetteer import read_table

    known: set[str] = set()
    names: dict[str, str] = {}
    for row in read_table("accord.data.actors", "countries.csv"):
        code = row.get("iso3", "").upper()
        if not code:
            continue
        known.add(code)
        for column in ("name", "formal_name", "aliases", "adjectives", "demonyms"):
            for name in (row.get(column) or "").split("|"):
                if name.strip():
                    names.setdefault(name.strip().casefold(), code)
    for row in read_table("accord.data.actors", "organizations.csv"):
        code = row.get("id", "").upper()
        if not code:
            continue
        known.add(code)
        for name in [row.get("name") or "", *(row.get("aliases") or "").split("|")]:
            if name.strip():
                names.setdefault(name.strip().casefold(), code)
    return frozenset(known), names


def stored_codes(store: Database, only: list[str] | None = None) -> set[str]:
    """Every actor code the store's records use (events' codes from ``event_states``, not a scan of
    every event), or those of ``only`` that it uses."""
    if only is not None:
        # As the full list below, codes compare upper-cased.
        rows = store.rows(
            """
            SELECT code FROM (SELECT unnest(?::VARCHAR[]) AS code) c
            WHERE EXISTS (SELECT 1 FROM event_states WHERE upper(state) = c.code)
               OR EXISTS (SELECT 1 FROM (SELECT unnest(parties) AS x FROM agreements) WHERE upper(x) = c.code)
               OR EXISTS (SELECT 1 FROM (SELECT unnest(list_concat(supplier, recipient)) AS x FROM transfers) WHERE upper(x) = c.code)
               OR EXISTS (SELECT 1 FROM (SELECT unnest(parties) AS x FROM activities) WHERE upper(x) = c.code)
               OR EXISTS (SELECT 1 FROM (SELECT unnest(members) AS x FROM alliances) WHERE upper(x) = c.code)
               OR EXISTS (SELECT 1 FROM actors WHERE upper(country) = c.code)
            """,
            [only],
        )
        return {r["code"] for r in rows}
    rows = store.rows(
        """
        SELECT DISTINCT state AS code FROM event_states
        UNION SELECT DISTINCT unnest(parties) FROM agreements
        UNION SELECT DISTINCT unnest(list_concat(supplier, recipient)) FROM transfers
        UNION SELECT DISTINCT unnest(parties) FROM activities
        UNION SELECT DISTINCT unnest(members) FROM alliances
        UNION SELECT DISTINCT country FROM actors
        """
    )
    return {str(r["code"]).upper() for r in rows if r["code"]}


def check_filters(store: Database, table: str, filters: dict[str, Any]) -> None:
    """Raise UnknownValue for an unknown code, event type, context, status or ``found_by`` among ``filters``.

    Free-text filters (``text``, ``item``, ``outlet`` ...) are not checked: no match is an answer.
    """
    from accord.query.select import parse_dyad, values

    codes: Codes | None = None

    def known_codes() -> Codes:
        nonlocal codes
        if codes is None:
            codes = Codes.load(store)
        return codes

    for name in CODE_FILTERS:
        given = values(filters.get(name))
        if given:
            known_codes().check(f"{name} code", given)
    dyads = filters.get("dyad")
    for dyad in [dyads] if isinstance(dyads, (str, tuple)) else list(dyads or []):
        a, b, _ = parse_dyad(dyad)
        known_codes().check("dyad code", [a, b])
    if table == "events" and filters.get("type"):
        check_choices("event type", values(filters["type"]), EVENT_TYPES)
    if table == "events" and filters.get("context"):
        from accord.actors.gazetteer import read_table

        contexts = [row["context"] for row in read_table("accord.data.ontology", "plover_contexts.csv") if row.get("context")]
        check_choices("context", values(filters["context"]), contexts)
    statuses = [s for s in values(filters.get("status")) if s.casefold() != "all"]
    if statuses and table in STATUSES:
        check_choices(f"{table} status", statuses, STATUSES[table])
    if table in ("agreements", "transfers", "activities", "alliances") and filters.get("found_by"):
        check_choices("found_by", values(filters["found_by"]), FOUND_BY)


__all__ = ["CODE_FILTERS", "EVENT_TYPES", "STATUSES", "Codes", "UnknownValue", "check_choices", "check_filters", "closest"]
