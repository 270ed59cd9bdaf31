"""The codes and names a request may use, and the "did you mean" for one it gets wrong.

Filters that name a closed set (PLOVER types, contexts, statuses, actor codes) are
checked before any query runs, so a typo is a 422 that suggests the closest valid
value instead of an empty result that looks like an answer.
"""

from __future__ import annotations

import csv
import difflib
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from accord.records import (
    ACTIVITY_STATUSES,
    AGREEMENT_STATUSES,
    ALLIANCE_STATUSES,
    EVENT_STATUSES,
    PLOVER_TYPES,
    TRANSFER_STATUSES,
)

STATUSES: dict[str, tuple[str, ...]] = {
    "events": EVENT_STATUSES,
    "agreements": AGREEMENT_STATUSES,
    "transfers": TRANSFER_STATUSES,
    "activities": ACTIVITY_STATUSES,
    "alliances": ALLIANCE_STATUSES,
}
ACTOR_KINDS = ("state", "person", "organization", "group")


class InvalidValue(ValueError):
    """One request value outside its vocabulary (answered as 422 with a suggestion)."""

    def __init__(self, name: str, value: str, message: str, suggestion: str | None = None) -> None:
        super().__init__(message)
        self.name = name
        self.value = value
        self.message = message
        self.suggestion = suggestion

    def detail(self) -> dict[str, Any]:
        item: dict[str, Any] = {"loc": ["query", self.name], "msg": self.message, "input": self.value}
        if self.suggestion:
            item["suggestion"] = self.suggestion
        return item


def _table(package: str, name: str) -> list[dict[str, str]]:
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def suggest(value: str, choices: Iterable[str]) -> str | None:
    """The closest valid value, or None when nothing is close."""
    choices = list(choices)
    match = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
    if match:
        return match[0]
    prefixed = sorted(c for c in choices if c.startswith(value[:2]))
    return prefixed[0] if value[:2] and prefixed else None


@dataclass
class Vocabulary:
    """Valid filter values, read once per app from the package's data tables."""

    codes: set[str]
    names: dict[str, str]  # code -> display name (states and organisations)
    contexts: set[str]
    modes: set[str]
    cameo: set[str]
    type_quad: dict[str, int] = field(default_factory=dict)  # PLOVER type -> quad class 1..4
    extra_codes: set[str] = field(default_factory=set)  # codes seen in the store

    @classmethod
    def load(cls) -> Vocabulary:
        countries = _table("accord.data.actors", "countries.csv")
        organizations = _table("accord.data.actors", "organizations.csv")
        names = {row["iso3"]: row["name"] for row in countries if row.get("iso3")}
        names.update({row["id"]: row["name"] for row in organizations if row.get("id")})
        types = _table("accord.data.ontology", "plover_types.csv")
        modes = {m.strip().lower() for row in types for m in (row.get("modes") or "").split("|") if m.strip()}
        contexts = {row["context"].strip().lower() for row in _table("accord.data.ontology", "plover_contexts.csv") if row.get("context")}
        cameo = {row["code"].strip() for row in _table("accord.data.ontology", "cameo.csv") if row.get("code")}
        quads = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}
        type_quad = {row["type"]: quads.get(row.get("quad_class", ""), 0) for row in types if row.get("type")}
        return cls(codes=set(names), names=names, contexts=contexts, modes=modes, cameo=cameo, type_quad=type_quad)

    def name(self, code: str) -> str:
        return self.names.get(code, code)

    # -- checks (each returns the normalised values, or raises InvalidValue) -------------------

    def check_codes(self, name: str, values: list[str]) -> list[str]:
        known = self.codes | self.extra_codes
        out = []
        for value in values:
            code = value.strip().upper()
            if code not in known:
                hint = suggest(code, known)
                raise InvalidValue(name, value, f"unknown actor code {value!r}" + (f"; did you mean {hint}?" if hint else ""), hint)
            out.append(code)
        return out

    def check_choice(self, name: str, values: list[str], choices: Iterable[str], what: str, *, upper: bool = False) -> list[str]:
        choices = sorted(choices)
        out = []
        for value in values:
            normal = value.strip().upper() if upper else value.strip().lower()
            if normal not in choices:
                hint = suggest(normal, choices)
                message = f"unknown {what} {value!r}" + (f"; did you mean {hint}?" if hint else f"; choose from {', '.join(choices)}")
                raise InvalidValue(name, value, message, hint)
            out.append(normal)
        return out

    def check_types(self, values: list[str]) -> list[str]:
        return self.check_choice("type", values, PLOVER_TYPES, "PLOVER event type", upper=True)

    def check_cameo(self, values: list[str]) -> list[str]:
        for value in values:
            if not value.isdigit() or not any(code.startswith(value) for code in self.cameo):
                hint = suggest(value, self.cameo)
                raise InvalidValue("cameo", value, f"no CAMEO code starts with {value!r}" + (f"; did you mean {hint}?" if hint else ""), hint)
        return values


__all__ = ["ACTOR_KINDS", "STATUSES", "InvalidValue", "Vocabulary", "suggest"]
