"""Measure accord against gold data: loaders, scorers, the evaluation run and the gate.

- ``gold``: read the four gold layouts (CAMEO events, accord events, PLOVER events, re3d entities).
- ``scorers``: the scoring rules, as pure functions (read its docstring for the rules).
- ``evaluate``: ``evaluate_events`` / ``evaluate_entities`` run a pipeline and score it.
- ``gate``: floors in ``baseline.json``, checked in CI and re-measured with ``--update``.
"""

from __future__ import annotations

from accord.evaluate.evaluate import (
    EvaluationReport,
    GroupResult,
    ItemResult,
    evaluate,
    evaluate_entities,
    evaluate_events,
)
from accord.evaluate.gold import GoldSet, detect_kind, load_entity_gold, load_event_gold, load_gold
from accord.evaluate.scorers import Ratio, Score

__all__ = [
    "EvaluationReport",
    "GoldSet",
    "GroupResult",
    "ItemResult",
    "Ratio",
    "Score",
    "detect_kind",
    "evaluate",
    "evaluate_entities",
    "evaluate_events",
    "load_entity_gold",
    "load_event_gold",
    "load_gold",
]
