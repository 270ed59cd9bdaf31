"""The PLOVER gold standard layout: lists of {actorText, code} participants, today's PLOVER type."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accord.errors import EvaluationError
from accord.evaluate.gold import WILDCARD, load_event_gold, load_plover_actor_codes


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def plover_record(id_: str, source: list[dict], target: list[dict], type_: str = "ASSAULT", code: str = "FIGHT") -> dict:
    return {
        "id": id_,
        "text": "A sentence written for this test.",
        "date": "2000-01-01",
        "expected_events": [
            {"source": source, "target": target, "code": code, "type": type_, "mode": None, "context": "military"}
        ],
    }


def load(tmp_path: Path, *records: dict):
    return load_event_gold(write_jsonl(tmp_path / "plover.jsonl", list(records)))


def test_the_type_is_todays_plover_type_not_the_old_category(tmp_path):
    gold = load(tmp_path, plover_record("p1", [{"actorText": "Ruritania", "code": "HUN"}], [], type_="ACCUSE", code="DISAPPROVE"))
    (event,) = gold.items[0].events
    assert gold.layout == "plover"
    assert event.type == "ACCUSE"
    assert event.cameo is None and event.status is None
    assert event.context == ("military",)


def test_old_cameo_country_codes_become_iso3(tmp_path):
    gold = load(tmp_path, plover_record("p1", [{"actorText": "Tokyo", "code": "JAP"}], [{"actorText": "Rome", "code": "ITL"}]))
    (event,) = gold.items[0].events
    assert (event.source, event.target) == ("JAP", "ITL")
    assert (event.source_key, event.target_key) == ("JPN", "ITA")


def test_phoenix_codes_keep_their_country(tmp_path):
    gold = load(tmp_path, plover_record("p1", [{"actorText": "the government", "code": "SRBGOV"}], [{"actorText": "x", "code": "HUN"}]))
    assert (gold.items[0].events[0].source_key, gold.items[0].events[0].target_key) == ("SRB", "HUN")


def test_a_bare_igo_code_takes_the_organisation_named_in_its_text(tmp_path):
    gold = load(
        tmp_path,
        plover_record("p1", [{"actorText": "NATO troops", "code": "IGO"}], [{"actorText": "a charity", "code": "NGO"}]),
    )
    (event,) = gold.items[0].events
    assert event.source_key == "NATO"
    assert event.target_key == "NGO"  # no organisation named: the code stays, and matches nothing


def test_an_unnamed_actor_is_a_wildcard(tmp_path):
    gold = load(tmp_path, plover_record("p1", [{"actorText": "gunmen", "code": "---"}], [{"actorText": "x", "code": "HUN"}]))
    assert gold.items[0].events[0].source_key == WILDCARD


def test_a_compound_actor_with_no_target_is_a_reciprocal_pair(tmp_path):
    gold = load(
        tmp_path,
        plover_record("p1", [{"actorText": "Ruritania", "code": "HUN"}, {"actorText": "Freedonia", "code": "SRB"}], [], type_="AGREE"),
    )
    (event,) = gold.items[0].events
    assert (event.source_key, event.target_key) == ("HUN", "SRB")


def test_the_first_target_is_scored(tmp_path):
    gold = load(
        tmp_path,
        plover_record("p1", [{"actorText": "a", "code": "HUN"}], [{"actorText": "b", "code": "SRB"}, {"actorText": "c", "code": "HRV"}]),
    )
    assert gold.items[0].events[0].target_key == "SRB"


def test_a_participant_that_is_not_a_list_of_actors_is_one_clear_error(tmp_path):
    record = plover_record("p1", [{"actorText": "a", "code": "HUN"}], [])
    record["expected_events"][0]["target"] = ["HUN"]
    with pytest.raises(EvaluationError, match="list of"):
        load(tmp_path, record)


def test_the_country_table_is_read_from_text():
    codes = load_plover_actor_codes("cameo,iso3,name\nABC,XYZ,Test\n", "id,name,aliases\nORG,Some Body,SB\n")
    assert codes.key({"actorText": "x", "code": "abc"}, {}) == "XYZ"
    assert codes.key({"actorText": "the SB envoy", "code": "IGO"}, {}) == "ORG"


def test_the_committed_dev_set_reads():
    path = Path(__file__).resolve().parents[1] / "gold" / "external" / "plover_gsr_dev.jsonl"
    gold = load_event_gold(path)
    assert gold.layout == "plover" and len(gold.items) == 103
    assert all(len(item.events) == 1 and item.events[0].type for item in gold.items)
