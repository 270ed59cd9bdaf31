"""The accuracy gate: the real pipeline over the gold sets, held to src/accord/evaluate/baseline.json.

Runs in the normal test command (CI runs it); marked ``slow`` because it parses every gold
set. It uses the session's one Pipeline (the ``pipeline`` fixture of tests/conftest.py) and
parses each gold set in batches; the sets are small (a few hundred short texts together).
The gold files all live in the repository (``tests/gold/``, the openly licensed external
sets in ``tests/gold/external/``), so the floors are checked on any clone.
Re-measure the floors with ``python -m accord.evaluate.gate --update`` (docs/evaluate.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.evaluate import gate

ROOT = Path(__file__).resolve().parents[2]
BASELINE = gate.load_baseline()
SETS = sorted(BASELINE.get("sets", {}))


def test_gold_files_are_the_ones_the_floors_were_measured_on():
    failures = gate.check_digests(BASELINE, ROOT)
    assert not failures, "\n".join(str(f) for f in failures)


def test_every_gold_file_lives_in_the_repository():
    entries = {**gate.KNOWN_SETS, **BASELINE.get("sets", {})}
    outside = sorted(name for name, entry in entries.items() if not (ROOT / entry["path"]).resolve().is_relative_to(ROOT))
    assert not outside, f"gold sets read from outside the repository (copy them into tests/gold/): {outside}"


@pytest.mark.slow
@pytest.mark.parametrize("name", SETS)
def test_accuracy_stays_at_or_above_its_floors(name, pipeline):
    unusable = gate.check_digests({"sets": {name: BASELINE["sets"][name]}}, ROOT)
    if unusable:
        pytest.fail("\n".join(str(f) for f in unusable))
    report = gate.measure([name], BASELINE, pipeline, ROOT)[name]
    for group, figures in report.figures().items():  # shown with -rA or on failure
        print(name, group, gate.gated(figures))
    failures = gate.check_floors(name, BASELINE["sets"][name], report)
    assert not failures, "\n".join(str(f) for f in failures)


def test_every_known_gold_set_present_has_floors():
    missing = [
        name
        for name, entry in gate.KNOWN_SETS.items()
        if (ROOT / entry["path"]).is_file() and name not in BASELINE.get("sets", {})
    ]
    assert not missing, (
        f"gold sets without floors: {', '.join(missing)}; measure them with "
        "`python -m accord.evaluate.gate --update`"
    )
