"""``GET /api/agreements?found_by=`` and ``GET /api/alliances?found_by=``: the library's filter over HTTP (an unknown
value: test_api_found_by.py); the country and dyad pages show what found each agreement and alliance move."""

from __future__ import annotations

import pytest

from accord import Store
from page_helpers import page_section

#: table -> the column naming the states, and the proposal in the fake knowledge base (store_fakes.PROPOSED).
TABLES = {"agreements": ("parties", "defence accord"), "alliances": ("members", "river league")}


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize(("found_by", "total"), [("model", 1), ("rules", 1), ("Model", 1), ("rules,model", 2)])
def test_found_by_lists_what_the_library_lists(proposal_client, proposal_kb_path, table, found_by, total):
    data = proposal_client.get(f"/api/{table}?found_by={found_by}&limit=1000").json()
    with Store(proposal_kb_path, read_only=True) as store:
        expected = [r.id for r in getattr(store, table)(found_by=found_by)]
    assert data["total"] == len(expected) == total
    assert [r["id"] for r in data["items"]] == expected


@pytest.mark.parametrize("table", TABLES)
def test_each_record_says_what_found_it(proposal_client, table):
    states, name = TABLES[table]
    items = proposal_client.get(f"/api/{table}?found_by=model").json()["items"]
    assert [(r[states], r["name"], r["found_by"]) for r in items] == [(["HRV", "SRB"], name, "model")]
    rules = proposal_client.get(f"/api/{table}?found_by=rules").json()["items"]
    assert [(r[states], r["found_by"]) for r in rules] == [(["HUN", "SRB"], "rules")]


def test_the_country_and_dyad_pages_show_what_found_an_agreement_or_alliance_move(proposal_client):
    country = proposal_client.get("/country/SRB").text
    signs = page_section(country, "What it signs")
    assert "found_by" in signs and "defence accord" in signs and signs.count(">model<") == 1 and signs.count(">rules<") == 1
    alliances = page_section(country, "Alliance moves")
    assert "found_by" in alliances and "river league" in alliances and alliances.count(">model<") == 1
    dyad = proposal_client.get("/dyad/HRV/SRB").text
    agreements = page_section(dyad, "Agreements")
    assert "defence accord" in agreements and ">model<" in agreements
    moves = page_section(dyad, "Alliance moves")
    assert "river league" in moves and ">model<" in moves


@pytest.mark.parametrize("table", ["agreements", "transfers", "activities", "alliances"])
def test_an_export_keeps_what_found_by_asks_for(proposal_client, table):
    import json

    response = proposal_client.get(f"/api/export/{table}?format=jsonl&found_by=model")
    assert response.status_code == 200, response.text
    rows = [json.loads(line) for line in response.text.splitlines()]
    assert len(rows) == 1 and rows[0]["found_by"] == "model"


def test_an_export_of_events_refuses_found_by(proposal_client):
    response = proposal_client.get("/api/export/events?format=jsonl&found_by=model")
    assert response.status_code == 422
    assert "events cannot be filtered by found_by" in response.text
