"""Gold loaders, evaluation runs over a fake pipeline, the gate's floor logic, the command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.errors import EvaluationError
from accord.evaluate import gate
from accord.evaluate.evaluate import evaluate_entities, evaluate_events
from accord.evaluate.gold import detect_kind, load_cameo_table, load_entity_gold, load_event_gold
from accord.evaluate.scorers import Score


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


CAMEO_RECORDS = [
    {
        "id": "g1",
        "date": "20080806",
        "text": "Serbia accused Albania of war crimes.",
        "expected_events": [{"source": "SRBGOV", "target": "ALB", "code": "1124"}],
        "expected_noevents": False,
    },
    {"id": "g2", "text": "Nothing happened.", "expected_events": [], "expected_noevents": True},
    {
        "id": "g3",
        "text": "Obama wants Putin to help.",
        "expected_events": [{"source": "USAGOV", "target": "RUSGOV", "code": "021"}],
        "expected_noevents": False,
    },
    {
        "id": "s1",
        "text": "Israel released the mayor.",
        "expected_events": [{"source": "ISR", "target": "PSEGOV", "code": "0841"}],
        "expected_noevents": False,
        "silver": True,
    },
    {"id": "empty", "text": "", "expected_events": [{"source": "NGAREB", "target": "NGA", "code": "190"}]},
]

ACCORD_RECORDS = [
    {"_meta": {"name": "defence", "version": 1}},
    {
        "id": "d1",
        "split": "dev",
        "date": "2024-05-01",
        "text": "Serbia did not send troops to Kosovo.",
        "expected_events": [
            {"code": "MOBILIZE", "cameo": "152", "source": "SRB", "target": "XKX", "status": "negated"},
        ],
    },
    {
        "id": "d2",
        "split": "dev",
        "text": "Hungary will deliver howitzers to Serbia.",
        "expected_events": [{"code": "AID", "cameo": "072", "source": "HUN", "target": "SRB", "status": "planned"}],
    },
    {
        "id": "t1",
        "split": "test",
        "text": "Rebels attacked NATO troops.",
        "expected_events": [{"code": "ASSAULT", "cameo": "190", "source": "REB", "target": "NATO", "status": "occurred"}],
    },
]


@pytest.fixture
def cameo_gold(tmp_path, cameo_csv):
    path = write_jsonl(tmp_path / "cameo.jsonl", CAMEO_RECORDS)
    return load_event_gold(path, table=load_cameo_table(cameo_csv), aliases={"---REB": "REB"})


@pytest.fixture
def accord_gold_path(tmp_path):
    return write_jsonl(tmp_path / "defence.jsonl", ACCORD_RECORDS)


# Loaders ----------------------------------------------------------------------------------


def test_cameo_gold_maps_codes_to_plover_types_and_countries(cameo_gold):
    event = cameo_gold.items[0].events[0]
    assert (event.type, event.cameo, event.quad_class) == ("ACCUSE", "1124", 3)
    assert (event.source, event.source_key, event.target_key) == ("SRBGOV", "SRB", "ALB")
    assert cameo_gold.items[0].date == "2008-08-06"
    assert cameo_gold.layout == "cameo"


def test_cameo_code_without_plover_type_is_out_of_scope(cameo_gold):
    assert cameo_gold.items[2].events[0].type is None


def test_silver_records_are_grouped_apart(cameo_gold):
    assert [item.group for item in cameo_gold.items] == ["dev", "dev", "dev", "dev/silver", "dev"]


def test_accord_gold_keeps_codes_status_and_split(accord_gold_path):
    gold = load_event_gold(accord_gold_path)
    assert gold.meta == {"name": "defence", "version": 1}
    assert [item.split for item in gold.items] == ["dev", "dev", "test"]
    event = gold.items[2].events[0]
    assert (event.type, event.source_key, event.target_key, event.status) == ("ASSAULT", "REB", "NATO", "occurred")


def test_gold_kind_is_detected_from_the_fields(tmp_path, accord_gold_path):
    entities = write_jsonl(tmp_path / "e.jsonl", [{"id": "x", "text": "a", "entities": []}])
    assert detect_kind(accord_gold_path) == "events"
    assert detect_kind(entities) == "entities"


def test_unreadable_gold_raises_evaluation_error_naming_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x", "expected_events": []}\nnot json\n')
    with pytest.raises(EvaluationError, match="line 2"):
        load_event_gold(path, aliases={})


def test_gold_event_whose_actor_is_not_one_code_raises_evaluation_error(tmp_path):
    record = {"id": "a", "text": "x", "expected_events": [{"code": "AGREE", "source": [{"code": "JPN"}], "target": None}]}
    path = write_jsonl(tmp_path / "lists.jsonl", [record])
    with pytest.raises(EvaluationError, match="'source' must be one actor code"):
        load_event_gold(path, aliases={})


def test_missing_gold_file_raises_evaluation_error(tmp_path):
    with pytest.raises(EvaluationError, match="not found"):
        load_event_gold(tmp_path / "nope.jsonl", aliases={})


RE3D_TEXT = "Iraqi President Fuad Masum met UK officials in Baghdad. We fired a VBIED at the excavators."


def re3d_record() -> dict:
    def ent(text: str, type_: str, nth: int = 0) -> dict:
        start = RE3D_TEXT.index(text)
        return {"start": start, "end": start + len(text), "type": type_, "text": text, "confidence": 1}

    return {
        "id": "doc1",
        "text": RE3D_TEXT,
        "entities": [
            ent("Iraqi President Fuad Masum", "Person"),
            ent("UK officials", "Organisation"),
            ent("Baghdad", "Location"),
            ent("We", "Organisation"),
            ent("a VBIED", "Weapon"),
            ent("the excavators", "Vehicle"),
        ],
        "relations": [],
    }


def test_re3d_types_map_to_accord_classes_and_pronouns_are_excluded(tmp_path):
    gold = load_entity_gold(write_jsonl(tmp_path / "re3d.jsonl", [re3d_record()]))
    (item,) = gold.items
    assert [(e.label, e.text) for e in item.entities] == [
        ("person", "Iraqi President Fuad Masum"),
        ("organisation/state", "UK officials"),
        ("weapon/platform", "a VBIED"),
    ]
    assert [e.text for e in item.excluded] == ["We"]
    assert [e.gold_type for e in item.neutral] == ["Location", "Vehicle"]


def test_re3d_entity_whose_offsets_do_not_cut_its_text_is_rejected(tmp_path):
    record = re3d_record()
    record["entities"][0]["end"] += 1
    with pytest.raises(EvaluationError, match="does not match"):
        load_entity_gold(write_jsonl(tmp_path / "re3d.jsonl", [record]))


# Evaluation runs --------------------------------------------------------------------------


def test_event_evaluation_scores_each_group_and_counts_out_of_scope(cameo_gold, fakes):
    pipeline = fakes.Pipeline(
        {
            "Serbia accused Albania of war crimes.": {
                "events": (fakes.event("ACCUSE", ["ALB"], ["SRB"], cameo="112", quad_class=3),)
            },
            "Nothing happened.": {"events": (fakes.event("AID", ["USA"], ["ISR"], cameo="070", quad_class=2),)},
            "Israel released the mayor.": {
                "events": (fakes.event("RETREAT", ["ISR"], ["PSE"], cameo="0841", quad_class=2),)
            },
        }
    )
    report = evaluate_events(cameo_gold, pipeline)
    dev = report.groups["dev"]
    assert dev.items == 3
    assert dev.scores["type"].tp == 1 and dev.scores["type"].fp == 1
    assert dev.scores["type_states"].tp == 1
    assert dev.scores["type_direction"].tp == 0
    assert dev.scores["cameo_root"].tp == 1
    assert dev.counts["out_of_scope"] == 1
    assert (dev.noevents.correct, dev.noevents.total) == (0, 1)  # g2: the system gave an event
    assert report.groups["dev/silver"].scores["type_direction"].tp == 1
    assert report.skipped == [("empty", "empty text in the gold record")]
    assert report.model == "fake"


def test_gold_text_reaches_the_pipeline_uncleaned_with_its_date(cameo_gold, fakes):
    pipeline = fakes.Pipeline()
    evaluate_events(cameo_gold, pipeline)
    assert pipeline.seen[0].text == "Serbia accused Albania of war crimes."
    assert pipeline.seen[0].published == "2008-08-06"


def test_negated_events_are_left_out_of_type_scores_but_checked_for_status(accord_gold_path, fakes):
    pipeline = fakes.Pipeline(
        {
            "Serbia did not send troops to Kosovo.": {
                "events": (fakes.event("MOBILIZE", ["SRB"], ["XKX"], status="negated"),)
            },
            "Hungary will deliver howitzers to Serbia.": {
                "events": (fakes.event("AID", ["HUN"], ["SRB"], status="occurred"),)
            },
        }
    )
    report = evaluate_events(accord_gold_path, pipeline, split="dev")
    dev = report.groups["dev"]
    assert dev.scores["type"].tp == 1 and dev.scores["type"].fn == 0 and dev.scores["type"].fp == 0
    assert (dev.status.correct, dev.status.total) == (1, 2)
    assert set(report.groups) == {"dev"}


def test_worst_items_rank_by_misses_plus_false_events(accord_gold_path, fakes):
    pipeline = fakes.Pipeline(
        {"Rebels attacked NATO troops.": {"events": (fakes.event("COERCE", ["REB"], ["NATO"], trigger="attacked"),)}}
    )
    report = evaluate_events(accord_gold_path, pipeline)
    worst = report.worst(1)[0]
    assert worst.id == "t1" and (worst.misses, worst.false) == (1, 1)
    assert worst.system[0]["trigger"] == "attacked"
    assert report.to_dict(errors=5)["errors"][0]["id"] == "t1"


def test_entity_evaluation_reports_exact_and_lenient_per_class(tmp_path, fakes):
    path = write_jsonl(tmp_path / "re3d.jsonl", [re3d_record()])
    masum = RE3D_TEXT.index("Fuad Masum")
    uk = RE3D_TEXT.index("UK")
    baghdad = RE3D_TEXT.index("Baghdad")
    vbied = RE3D_TEXT.index("VBIED")
    pipeline = fakes.Pipeline(
        {
            RE3D_TEXT: {
                "actors": (
                    fakes.actor("person", (masum, masum + 10, "Fuad Masum"), id="a1"),
                    fakes.actor("state", (uk, uk + 2, "UK"), (baghdad, baghdad + 7, "Baghdad"), id="a2"),
                ),
                "equipment": (fakes.equipment((vbied, vbied + 5, "VBIED")),),
            }
        }
    )
    report = evaluate_entities(path, pipeline)
    dev = report.groups["dev"]
    assert dev.scores["exact"].tp == 0
    assert (dev.scores["lenient"].tp, dev.scores["lenient"].fp, dev.scores["lenient"].fn) == (3, 0, 0)
    assert dev.counts["system_neutral"] == 1  # Baghdad, a Location in re3d
    assert dev.counts["gold_pronouns_excluded"] == 1
    assert set(dev.scores) >= {"lenient:person", "lenient:organisation/state", "lenient:weapon/platform"}


# Gate -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("measured", "floor"), [(0.6789, 0.65), (0.29, 0.27), (0.3, 0.28), (0.01, 0.0), (1.0, 0.98)])
def test_floor_is_measured_rounded_down_minus_the_margin(measured, floor):
    assert gate.floor_for(measured) == floor


class FakeReport:
    def __init__(self, figures):
        self._figures = figures

    def figures(self):
        return self._figures


def test_gate_update_raises_floors_and_records_the_digest(accord_gold_path):
    root = accord_gold_path.parent
    baseline = {"margin": 0.02, "sets": {"defence": {"path": accord_gold_path.name, "kind": "events", "sha256": "old", "floors": {"dev": {"type.f1": 0.5}}}}}
    new, refused = gate.update(baseline, {"defence": FakeReport({"dev": {"type.f1": 0.8, "exact:person.f1": 0.9}})}, root)
    assert refused == []
    assert new["sets"]["defence"]["floors"] == {"dev": {"type.f1": 0.78}}
    assert new["sets"]["defence"]["sha256"] != "old"


def test_gate_update_refuses_to_lower_a_floor_without_allow_regression(accord_gold_path):
    root = accord_gold_path.parent
    baseline = {"sets": {"defence": {"path": accord_gold_path.name, "kind": "events", "sha256": "x", "floors": {"dev": {"type.f1": 0.5}}}}}
    reports = {"defence": FakeReport({"dev": {"type.f1": 0.3}})}
    new, refused = gate.update(baseline, reports, root)
    assert refused and "0.50 -> 0.28" in refused[0]
    assert new["sets"]["defence"]["floors"]["dev"]["type.f1"] == 0.5
    new, refused = gate.update(baseline, reports, root, allow_regression=True)
    assert refused == [] and new["sets"]["defence"]["floors"]["dev"]["type.f1"] == 0.28


def test_gate_fails_when_a_figure_drops_below_its_floor():
    entry = {"floors": {"dev": {"type.f1": 0.5, "lenient.f1": 0.4}}}
    failures = gate.check_floors("s", entry, FakeReport({"dev": {"type.f1": 0.49}}))
    assert [f.figure for f in failures] == ["type.f1", "lenient.f1"]
    assert "below its floor 0.50" in str(failures[0])
    assert "no longer measured" in str(failures[1])


def test_gate_fails_with_a_gold_data_changed_message_on_digest_mismatch(accord_gold_path):
    baseline = {"sets": {"defence": {"path": accord_gold_path.name, "kind": "events", "sha256": "0" * 64, "floors": {}}}}
    (failure,) = gate.check_digests(baseline, accord_gold_path.parent)
    assert "gold data changed" in failure.message and "--update" in failure.message


def test_gate_names_a_missing_gold_file_as_missing_not_changed(tmp_path):
    baseline = {"sets": {"gone": {"path": "tests/gold/gone.jsonl", "kind": "events", "sha256": "0" * 64, "floors": {}}}}
    (failure,) = gate.check_digests(baseline, tmp_path)
    assert "is missing" in failure.message and "changed" not in failure.message


# The command ------------------------------------------------------------------------------


def test_evaluate_command_prints_json_with_errors(accord_gold_path, fakes, monkeypatch):
    import accord.pipeline
    from accord.interfaces.cli import app

    canned = {"Rebels attacked NATO troops.": {"events": (fakes.event("ASSAULT", ["REB"], ["NATO"]),)}}
    monkeypatch.setattr(accord.pipeline, "Pipeline", lambda model=None: fakes.Pipeline(canned))
    result = CliRunner().invoke(app, ["evaluate", str(accord_gold_path), "--format", "json", "--errors", "2", "--split", "test"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["kind"] == "events"
    assert data["groups"]["test"]["figures"]["type_direction.f1"] == 1.0
    assert data["errors"] == []


def test_evaluate_command_renders_tables_and_worst_items(accord_gold_path, fakes, monkeypatch):
    import accord.pipeline
    from accord.interfaces.cli import app

    monkeypatch.setattr(accord.pipeline, "Pipeline", lambda model=None: fakes.Pipeline())
    result = CliRunner().invoke(app, ["evaluate", str(accord_gold_path), "--format", "table", "--errors", "3"])
    assert result.exit_code == 0, result.output
    assert "type + direction" in result.stdout
    assert "type confusion" in result.stdout
    assert "Hungary will deliver howitzers to Serbia." in result.stdout


def test_evaluate_command_reports_a_missing_gold_file_in_one_line(tmp_path, fakes, monkeypatch):
    import accord.pipeline
    from accord.interfaces.cli import app

    monkeypatch.setattr(accord.pipeline, "Pipeline", lambda model=None: fakes.Pipeline())
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "missing.jsonl")])
    assert result.exit_code == 1
    assert "not found" in result.output


def test_gate_command_measures_checks_and_refuses_regressions(accord_gold_path, fakes, monkeypatch, capsys):
    import accord.pipeline

    root = accord_gold_path.parent
    baseline_path = root / "baseline.json"
    monkeypatch.setattr(gate, "KNOWN_SETS", {"defence": {"path": accord_gold_path.name, "kind": "events"}})
    good = {"Rebels attacked NATO troops.": {"events": (fakes.event("ASSAULT", ["REB"], ["NATO"]),)}}
    monkeypatch.setattr(accord.pipeline, "Pipeline", lambda model=None: fakes.Pipeline(good))
    args = ["--root", str(root), "--baseline", str(baseline_path)]

    assert gate.main(["--update", *args]) == 0
    floors = json.loads(baseline_path.read_text())["sets"]["defence"]["floors"]
    assert floors["test"]["type_direction.f1"] == 0.98
    assert gate.main(args) == 0

    monkeypatch.setattr(accord.pipeline, "Pipeline", lambda model=None: fakes.Pipeline())
    assert gate.main(args) == 1
    assert "below its floor" in capsys.readouterr().err
    before = baseline_path.read_text()
    assert gate.main(["--update", *args]) == 1
    assert "nothing written" in capsys.readouterr().err
    assert baseline_path.read_text() == before
    assert gate.main(["--update", "--allow-regression", *args]) == 0

    with accord_gold_path.open("a") as f:
        f.write(json.dumps({"id": "new", "split": "dev", "text": "More gold.", "expected_events": []}) + "\n")
    assert gate.main(args) == 1
    assert "gold data changed" in capsys.readouterr().err


DEFENCE_ONLY_RECORDS = [
    {
        "id": "r1",
        "split": "dev",
        "text": "Serbia and Hungary signed a defence pact.",
        "agreements": [{"parties": ["SRB", "HUN"], "status": "signed"}],
        "arms_transfers": [],
        "activities": [],
        "alliances": [],
    },
    {"id": "r2", "split": "dev", "text": "Troops paraded.", "agreements": [], "arms_transfers": [], "activities": [], "alliances": []},
]


def test_a_defence_records_only_file_is_detected_and_scored_on_its_records_alone(tmp_path, fakes):
    path = write_jsonl(tmp_path / "records.jsonl", DEFENCE_ONLY_RECORDS)
    assert detect_kind(path) == "events"
    pipeline = fakes.Pipeline(
        {
            "Serbia and Hungary signed a defence pact.": {"events": (fakes.event("COOPERATE", ["SRB", "HUN"]),)},
            "Troops paraded.": {"events": (fakes.event("MOBILIZE", ["SRB"]),)},
        }
    )
    by_text = pipeline.by_text
    by_text["Serbia and Hungary signed a defence pact."]["agreements"] = (_agreement(["HUN", "SRB"], "ratified"),)
    by_text["Troops paraded."]["agreements"] = (_agreement(["SRB", "HUN"], "signed"),)
    dev = evaluate_events(path, pipeline).groups["dev"]
    assert "type" not in dev.scores and not dev.noevents.total and not dev.status.total
    assert dev.scores["agreements"] == Score(0, 2, 1)  # the status differs
    assert dev.scores["agreements:parties"] == Score(1, 1, 0)
    assert (dev.counts["record_free_items"], dev.counts["record_free_items_with_records"]) == (1, 1)
    report = evaluate_events(path, pipeline)
    assert report.worst(1)[0].system[0]["type"] == "agreements"


def _agreement(parties: list[str], status: str):
    from accord.records import Agreement, Evidence

    return Agreement("g1", "pact", tuple(parties), (), status, None, None, "defence", Evidence("s", 0, 1))
