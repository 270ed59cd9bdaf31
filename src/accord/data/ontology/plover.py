"""The 16 PLOVER event types as ``plover_types.csv`` defines them.

Kept beside the data (the foundation layer) because both the event coder and the store's
synthetic benchmark data read it; ``accord.events.ontology`` builds the full ontology on it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from importlib import resources

from accord.text import split_multi

#: The quad class names of ``cameo.csv`` and ``plover_types.csv`` and their numbers.
QUAD_CLASSES = {
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}


@dataclass(frozen=True, slots=True)
class PloverType:
    """One row of ``plover_types.csv``."""

    type: str
    quad_class: int
    requires_recipient: bool
    default_cameo: str
    default_goldstein: float
    modes: tuple[str, ...]
    description: str


def load_plover_types() -> tuple[PloverType, ...]:
    """The PLOVER types in file order (verbal cooperation first, material conflict last)."""
    raw = resources.files("accord.data.ontology").joinpath("plover_types.csv").read_text(encoding="utf-8")
    return tuple(
        PloverType(
            type=row["type"],
            quad_class=QUAD_CLASSES[row["quad_class"]],
            requires_recipient=row["requires_recipient"].strip().lower() == "yes",
            default_cameo=row["default_cameo"],
            default_goldstein=float(row["default_goldstein"]),
            modes=tuple(split_multi(row.get("modes"))),
            description=row.get("description") or "",
        )
        for row in csv.DictReader(io.StringIO(raw))
        if row.get("type")
    )
