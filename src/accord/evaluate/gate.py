"""The accuracy gate: measured figures must not fall below the floors in ``baseline.json``.

``baseline.json`` (beside this module) lists each gold set with its path (relative to the
repository root), its kind, the SHA-256 of the file the floors were measured on, and a
floor per group (split; silver records apart) and headline figure::

    {"margin": 0.02,
     "sets": {"re3d_dev": {"path": "tests/gold/external/re3d_dev.jsonl", "kind": "entities",
                           "sha256": "...", "floors": {"dev": {"lenient.f1": 0.41, ...}}}}}

A floor is the measured value rounded *down* to two decimals, minus ``margin`` (0.02), so
run-to-run noise from a retrained model or a reordered gazetteer does not fail the build
while a real regression does. A digest mismatch fails: the gold data changed, so the floors
no longer describe it and must be re-measured.

Usage::

    python -m accord.evaluate.gate                 # check; exit 1 below a floor
    python -m accord.evaluate.gate --update        # re-measure; raise floors, add new sets;
                                                   # writes nothing if a floor would go down
    python -m accord.evaluate.gate --update --allow-regression   # also lower floors
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.errors import EvaluationError
from accord.evaluate.evaluate import EvaluationReport, evaluate
from accord.evaluate.gold import file_digest

BASELINE_PATH = Path(__file__).with_name("baseline.json")

#: The margin taken off each measured value (after rounding down to 2 decimals).
DEFAULT_MARGIN = 0.02

#: Gold sets the gate knows; ``--update`` adds any of them that exists and is not listed yet.
KNOWN_SETS: dict[str, dict[str, str]] = {
    "real_news_cameo_dev": {"path": "tests/gold/external/real_news_cameo_dev.jsonl", "kind": "events"},
    "re3d_dev": {"path": "tests/gold/external/re3d_dev.jsonl", "kind": "entities"},
    "defence": {"path": "tests/gold/defence.jsonl", "kind": "events"},
    "defence_real": {"path": "tests/gold/defence_real.jsonl", "kind": "events"},
    "defence_wire": {"path": "tests/gold/defence_wire.jsonl", "kind": "events"},
    "plover_gsr_dev": {"path": "tests/gold/external/plover_gsr_dev.jsonl", "kind": "events"},
}

#: The figures the gate holds (others are reported, not gated). Per-class entity F1
#: (lenient) is gated because the issue sets targets per class and re3d has hundreds of
#: spans per class; precision/recall alone are left ungated.
GATED_FIGURES = (
    "lenient:person.f1",
    "lenient:organisation/state.f1",
    "lenient:weapon/platform.f1",
    "type.f1",
    "type_states.f1",
    "type_direction.f1",
    "cameo_root.f1",
    "quad_class.f1",
    "status.accuracy",
    "noevents.accuracy",
    "exact.f1",
    "lenient.f1",
    # Defence records (accord's gold and the real-sentence set): per kind, with status.
    "agreements.f1",
    "arms_transfers.f1",
    "activities.f1",
    "alliances.f1",
)


@dataclass(frozen=True, slots=True)
class Failure:
    """One reason the gate fails."""

    gold_set: str
    message: str
    group: str | None = None
    figure: str | None = None
    measured: float | None = None
    floor: float | None = None

    def __str__(self) -> str:
        where = self.gold_set + (f" [{self.group}]" if self.group else "") + (f" {self.figure}" if self.figure else "")
        return f"{where}: {self.message}"


def repo_root() -> Path:
    """The repository root of this checkout (src layout), else the working directory."""
    root = Path(__file__).resolve().parents[3]
    return root if (root / "pyproject.toml").is_file() else Path.cwd()


def load_baseline(path: Path = BASELINE_PATH) -> dict[str, Any]:
    """Read ``baseline.json`` (an empty baseline when the file does not exist)."""
    if not path.is_file():
        return {"margin": DEFAULT_MARGIN, "sets": {}}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise EvaluationError(f"baseline is not valid JSON ({exc.msg})", item=str(path)) from None


def save_baseline(baseline: dict[str, Any], path: Path = BASELINE_PATH) -> None:
    path.write_text(json.dumps(baseline, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def floor_for(measured: float, margin: float = DEFAULT_MARGIN) -> float:
    """Measured value rounded down to 2 decimals, minus ``margin``, never below 0."""
    down = math.floor(round(measured * 100, 6)) / 100
    return round(max(0.0, down - margin), 2)


def gated(figures: dict[str, float]) -> dict[str, float]:
    return {name: value for name, value in figures.items() if name in GATED_FIGURES}


def check_digests(baseline: dict[str, Any], root: Path) -> list[Failure]:
    """Fail for each listed gold file that is missing or whose bytes changed."""
    failures = []
    for name, entry in baseline.get("sets", {}).items():
        path = root / entry["path"]
        if not path.is_file():
            failures.append(Failure(name, f"gold file {path} is missing; the gate cannot run without it"))
            continue
        digest = file_digest(path)
        if digest != entry.get("sha256"):
            failures.append(
                Failure(
                    name,
                    f"the gold data changed ({path}: sha256 {digest[:12]}..., floors were measured on "
                    f"{str(entry.get('sha256'))[:12]}...); re-measure the floors with "
                    "`python -m accord.evaluate.gate --update` and commit baseline.json with the gold change",
                )
            )
    return failures


def measure(
    names: list[str], baseline: dict[str, Any], pipeline: Any, root: Path, *, batch_size: int = 16
) -> dict[str, EvaluationReport]:
    """Evaluate each named set with one pipeline; accord's own set per split."""
    reports = {}
    for name in names:
        entry = baseline.get("sets", {}).get(name) or KNOWN_SETS[name]
        reports[name] = evaluate(root / entry["path"], pipeline, kind=entry["kind"], batch_size=batch_size)
    return reports


def check_floors(name: str, entry: dict[str, Any], report: EvaluationReport) -> list[Failure]:
    """Fail for each gated figure below its floor, or no longer measured."""
    failures = []
    figures = report.figures()
    for group, floors in entry.get("floors", {}).items():
        for figure, floor in floors.items():
            measured = figures.get(group, {}).get(figure)
            if measured is None:
                failures.append(Failure(name, "is no longer measured (no gold support, or the group is gone)", group, figure, None, floor))
            elif measured < floor - 1e-9:
                failures.append(
                    Failure(name, f"{measured:.4f} is below its floor {floor:.2f}", group, figure, measured, floor)
                )
    return failures


def update(
    baseline: dict[str, Any],
    reports: dict[str, EvaluationReport],
    root: Path,
    *,
    allow_regression: bool = False,
) -> tuple[dict[str, Any], list[str]]:
    """New baseline from measured reports.

    Floors become ``floor_for(measured)``, but never drop below the old floor while the
    measured figure still reaches it. A floor that would go down because the figure fell
    below it, or disappear, is kept as it was and listed as refused, unless
    ``allow_regression``.

    RETURNS (tuple[dict, list[str]]): the new baseline, and the refused changes.
    """
    margin = float(baseline.get("margin", DEFAULT_MARGIN))
    new = {k: v for k, v in baseline.items() if k != "sets"}
    new["margin"] = margin
    new_sets: dict[str, Any] = {}
    refused: list[str] = []
    for name in sorted(set(baseline.get("sets", {})) | set(reports)):
        old = baseline.get("sets", {}).get(name)
        if name not in reports:
            new_sets[name] = old
            continue
        report = reports[name]
        entry = dict(old or KNOWN_SETS[name])
        old_floors = (old or {}).get("floors", {})
        floors: dict[str, dict[str, float]] = {}
        for group, figures in report.figures().items():
            # A floor of 0 could never fail: figures measured at (or near) zero get none.
            floors[group] = {figure: floor_for(value, margin) for figure, value in gated(figures).items() if floor_for(value, margin) > 0}
        measured_figures = report.figures()
        for group, figures in old_floors.items():
            for figure, old_floor in figures.items():
                new_floor = floors.get(group, {}).get(figure)
                if new_floor is not None and new_floor >= old_floor:
                    continue
                measured = measured_figures.get(group, {}).get(figure)
                if new_floor is not None and measured is not None and measured >= old_floor:
                    # Still at or above the old floor: keep it (the margin alone would lower it).
                    floors[group][figure] = old_floor
                    continue
                change = f"{name} [{group}] {figure}: {old_floor:.2f} -> " + (
                    f"{new_floor:.2f}" if new_floor is not None else "not measured"
                )
                if allow_regression:
                    continue
                refused.append(change)
                floors.setdefault(group, {})[figure] = old_floor
        entry["sha256"] = file_digest(root / entry["path"])
        entry["floors"] = {g: dict(sorted(f.items())) for g, f in sorted(floors.items())}
        new_sets[name] = entry
    new["sets"] = new_sets
    return new, refused


def _print_figures(reports: dict[str, EvaluationReport], baseline: dict[str, Any]) -> None:
    for name, report in reports.items():
        floors = baseline.get("sets", {}).get(name, {}).get("floors", {})
        for group, figures in report.figures().items():
            for figure, value in gated(figures).items():
                floor = floors.get(group, {}).get(figure)
                floor_text = f"floor {floor:.2f}" if floor is not None else "no floor"
                print(f"{name:22} {group:12} {figure:20} {value:.4f}  ({floor_text})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m accord.evaluate.gate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="re-measure and rewrite baseline.json")
    parser.add_argument("--allow-regression", action="store_true", help="with --update: allow lowering floors")
    parser.add_argument("--model", default=None, help="spaCy pipeline to parse with (default: accord's)")
    parser.add_argument("--root", type=Path, default=None, help="repository root (default: this checkout)")
    parser.add_argument("--baseline", type=Path, default=BASELINE_PATH, help="baseline file to read and write")
    args = parser.parse_args(argv)
    if args.allow_regression and not args.update:
        parser.error("--allow-regression only applies with --update")

    from accord.pipeline import Pipeline

    root = args.root or repo_root()
    baseline = load_baseline(args.baseline)
    names = list(baseline.get("sets", {}))
    if args.update:
        names += [n for n, e in KNOWN_SETS.items() if n not in names and (root / e["path"]).is_file()]
    else:
        failures = check_digests(baseline, root)
        if failures:
            for failure in failures:
                print(f"FAIL {failure}", file=sys.stderr)
            return 1
    try:
        reports = measure(names, baseline, Pipeline(args.model), root)
    except EvaluationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    _print_figures(reports, baseline)
    if args.update:
        new, refused = update(baseline, reports, root, allow_regression=args.allow_regression)
        if refused:
            for change in refused:
                print(f"refused to lower {change}", file=sys.stderr)
            print("nothing written; pass --allow-regression to accept lower floors", file=sys.stderr)
            return 1
        save_baseline(new, args.baseline)
        print(f"wrote {args.baseline}")
        return 0
    failures = [f for name in names for f in check_floors(name, baseline["sets"][name], reports[name])]
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
