"""Review fixes of issue 8, round 6: a chief of staff of a state's forces, an armed group a
description introduces, and refugees whose host state's adjective stands before their people."""

import pytest

from accord.actors.resolve import resolve_actors


def _resolve(pipeline, text):
    doc = pipeline.nlp(text)
    actors, index = resolve_actors(doc, pipeline.gazetteer, "2025-03-14")
    codes = {doc[m.start : m.end].text: m.code for m in index.mentions}
    return codes, {a.name: a for a in actors}


# 1. A title's "of <forces>" names the forces' office, not the presidential one.


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The chief of staff of the Pakistan Army met Chinese officials.", "PAK"),
        ("The chief of staff of the Nigerian military visited the troops.", "NGA"),
        ("The chief of staff of the Indian Navy toured the port.", "IND"),
    ],
)
def test_a_chief_of_staff_of_a_states_forces_is_military(pipeline, text, state):
    _, actors = _resolve(pipeline, text)
    people = [a for a in actors.values() if a.kind == "person"]
    assert people and all(a.code == state + "MIL" and a.sector == "MIL" for a in people), text
    assert "Presidential Chief of Staff" not in actors


def test_a_chief_of_staff_in_apposition_to_a_general_is_no_presidential_office(pipeline):
    _, actors = _resolve(pipeline, "General Ali Karim, chief of staff of the Egyptian armed forces, met Russian officials.")
    assert "Presidential Chief of Staff" not in actors
    assert all(a.sector != "GOV" for a in actors.values() if a.kind == "person")


# 2. "<Adjective> separatist group <Name>": a non-state armed group, never the state itself.


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("The Malian separatist group CMA seized Kidal from Mali's army.", "CMA", "MLI"),
        ("The Nigerien rebel group FPL ambushed a Nigerien army patrol.", "FPL", "NER"),
    ],
)
def test_an_armed_group_a_description_introduces_is_coded_as_rebels(pipeline, text, name, state):
    codes, actors = _resolve(pipeline, text)
    assert codes.get(name) == "REB"
    assert actors[name].code == state + "REB"


def test_a_company_a_description_introduces_keeps_its_state(pipeline):
    codes, actors = _resolve(pipeline, "The Turkish defence firm Arvelko signed a deal with Qatar.")
    assert codes.get("Arvelko") in ("TUR", None)
    assert all(a.sector != "REB" for a in actors.values())


# 3. Refugees keep their people's state; the host state's adjective stays a state of its own.


@pytest.mark.parametrize(
    ("text", "people", "host"),
    [
        ("Lebanese Palestinian refugees protested against Israel.", "PSE", "LBN"),
        ("Jordanian Syrian refugees demonstrated in Amman.", "SYR", "JOR"),
    ],
)
def test_refugees_keep_their_peoples_state_beside_the_host(pipeline, text, people, host):
    codes, _ = _resolve(pipeline, text)
    assert people in codes.values() and host in codes.values()

