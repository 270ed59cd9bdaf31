"""PLOVER JSON follows the manual's tables: field names, entity objects, the PLOVER score,
the status as an auxiliary mode, text and citation objects, and a format version; the records
read back as the store's events, in JSON Lines or as one JSON list."""

from __future__ import annotations

import json

import pytest

from accord.interfaces.export.plover import ACCORD_FIELDS, FORMAT_VERSION, PLOVER_FIELDS, plover_score


@pytest.fixture(scope="module")
def records(status_kb, tmp_path_factory):
    path = status_kb.export("plover", tmp_path_factory.mktemp("p") / "events.jsonl", status="all")
    return {r["cameo"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def test_the_field_set_is_the_manuals_plus_accords(records):
    for r in records.values():
        assert set(r) == set(PLOVER_FIELDS) | set(ACCORD_FIELDS)
    assert {"id", "date", "actor", "event"} <= set(PLOVER_FIELDS)  # the manual's required fields


def test_entities_carry_code_sector_text_and_identifier(records):
    actor = records["111"]["actor"][0]
    assert actor == {"code": "SRB", "sector": "GOV", "entity_text": "Serbian government",
                     "identifier_id": "SRBGOV", "identifier_text": "Serbian government Government"}
    assert records["111"]["recipient"][0]["identifier_text"] == "Albania"


def test_event_scale_is_the_plover_score_and_goldstein_keeps_its_name(records):
    accuse = records["111"]
    assert accuse["event_scale"] == -2.0 and accuse["goldstein"] == -2.0  # ACCUSE: Disapprove
    assert records["190"]["event_scale"] == -9.0 and records["190"]["goldstein"] == -10.0
    assert records["070"]["event_scale"] == 10.0 and records["070"]["goldstein"] == 7.0


@pytest.mark.parametrize("event_type, mode, score", [
    ("CONSULT", "visit", 4.0), ("CONSULT", None, 2.5), ("ASSAULT", "drone", -9.5), ("PROTEST", "vandalize", -5.0),
    ("ACCUSE", None, -3.0), ("COOPERATE", None, 9.5),
])
def test_plover_scores_of_the_manuals_table(event_type, mode, score):
    assert plover_score(event_type, mode) == score


@pytest.mark.parametrize("cameo, status, marker", [
    ("054", "negated", "negation"), ("030", "planned", "future"), ("036", "proposed", "future"),
    ("070", "hypothetical", "hypothetical"),
])
def test_the_status_is_the_manuals_auxiliary_mode_in_context(records, cameo, status, marker):
    assert records[cameo]["status"] == status and marker in records[cameo]["context"]


def test_events_that_happened_get_no_auxiliary_mode(records):
    assert records["111"]["context"] == [] and records["190"]["context"] == ["military"]


def test_place_text_offsets_and_citation(status_kb, records):
    r = records["111"]
    assert r["date"] == "2025"
    # The place as written, and where the offline geocoder puts it.
    loc = r["event_loc"]
    assert loc["extracted_place"] == "Tirana" and loc["country"] == "ALB" and loc["feature"] == "capital"
    assert abs(loc["lat"] - 41.33) < 0.1 and abs(loc["lon"] - 19.82) < 0.1
    article = status_kb.rows("SELECT text FROM articles")[0]["text"]
    assert article[r["text_info"]["start"]:r["text_info"]["end"]] == r["text"]
    assert article[r["text_info"]["trigger_start"]:r["text_info"]["trigger_end"]] == r["event_text"][0] == "condemned"
    cite = r["cite_info"]
    assert cite["url"] == "https://news.example/1" and cite["publication"] == "news.example" and cite["language"] == "en"
    assert cite["version"] == FORMAT_VERSION and cite["codebook"] == "plover-base" and cite["coder"] == "accord"


@pytest.mark.parametrize("name", ["events.jsonl", "events.json"])
def test_plover_json_round_trips(kb, tmp_path, name):
    path = kb.export("plover", tmp_path / name)
    text = path.read_text(encoding="utf-8")
    records = json.loads(text) if name.endswith(".json") else [json.loads(line) for line in text.splitlines()]
    events = {e.id: e for e in kb.events()}
    assert {r["id"] for r in records} == set(events)
    for r in records:
        e = events[r["id"]]
        assert r["event"] == [e.type] and r["date"] == e.day
        assert [a["code"] for a in r["actor"]] == list(e.actor) and [a["code"] for a in r["recipient"]] == list(e.recipient)
        assert r["quad_code"] == e.quad_class and r["goldstein"] == e.goldstein and r["text"] == e.evidence_text
        assert r["cite_info"]["urls"] == list(e.sources.urls) and r["status"] == e.status
    named = [a for r in records for a in r["actor"] if a["code"] == "SRB"]
    assert named and named[0]["identifier_text"] == "Serbia" and named[0]["identifier_id"] == "SRB"
