"""``GET /api/activities?found_by=rules|model``: the library's filter over HTTP; for every record table a back-off
adds to, an unknown value is a 422 and the parameter is documented."""

from __future__ import annotations

import pytest

from accord import Store


@pytest.mark.parametrize(("found_by", "total"), [("model", 1), ("rules", 3), ("Model", 1), ("rules,model", 4)])
def test_found_by_lists_what_the_library_lists(proposal_client, proposal_kb_path, found_by, total):
    data = proposal_client.get(f"/api/activities?found_by={found_by}&limit=1000").json()
    with Store(proposal_kb_path, read_only=True) as store:
        expected = [a.id for a in store.activities(found_by=found_by)]
    assert data["total"] == len(expected) == total
    assert [r["id"] for r in data["items"]] == expected


def test_each_activity_says_what_found_it(proposal_client):
    items = proposal_client.get("/api/activities?found_by=model").json()["items"]
    assert [(r["parties"], r["found_by"]) for r in items] == [(["HRV", "SRB"], "model")]


#: The record tables a back-off adds to, each listed by ``GET /api/<table>``.
TABLES = ("activities", "transfers", "agreements", "alliances")


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize(("value", "suggestion", "message"), [("modle", "model", "did you mean model?"),
                                                               ("people", None, "choose from model, rules")])
def test_an_unknown_finder_is_a_422_with_one_clear_message(proposal_client, table, value, suggestion, message):
    response = proposal_client.get(f"/api/{table}?found_by={value}")
    assert response.status_code == 422
    (detail,) = response.json()["detail"]
    assert detail["loc"] == ["query", "found_by"] and detail.get("suggestion") == suggestion
    assert detail["msg"].startswith(f"unknown found_by {value!r}") and message in detail["msg"]


@pytest.mark.parametrize("table", TABLES)
def test_the_parameter_is_documented(proposal_client, table):
    parameters = proposal_client.get("/openapi.json").json()["paths"][f"/api/{table}"]["get"]["parameters"]
    (found_by,) = [p for p in parameters if p["name"] == "found_by"]
    assert "rules" in found_by["description"] and "model" in found_by["description"]
