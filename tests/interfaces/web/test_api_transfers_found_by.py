"""``GET /api/transfers?found_by=rules|model``: the library's filter over HTTP, an unknown value a 422."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from accord import Store
from accord.interfaces.web import create_app


@pytest.fixture(scope="module")
def proposal_client(proposal_kb_path):
    """A read-only app over the fake knowledge base with one transfer the back-off proposed."""
    with TestClient(create_app(proposal_kb_path)) as client:
        yield client


@pytest.mark.parametrize(("found_by", "total"), [("model", 1), ("rules", 2), ("Model", 1), ("rules,model", 3)])
def test_found_by_lists_what_the_library_lists(proposal_client, proposal_kb_path, found_by, total):
    data = proposal_client.get(f"/api/transfers?found_by={found_by}&limit=1000").json()
    with Store(proposal_kb_path, read_only=True) as store:
        expected = [t.id for t in store.transfers(found_by=found_by)]
    assert data["total"] == len(expected) == total
    assert [r["id"] for r in data["items"]] == expected


def test_each_transfer_says_what_found_it(proposal_client):
    items = proposal_client.get("/api/transfers?found_by=model").json()["items"]
    assert [(r["supplier"], r["recipient"], r["found_by"]) for r in items] == [(["HRV"], ["SRB"], "model")]
    rules = proposal_client.get("/api/transfers?found_by=rules").json()["items"]
    assert {r["found_by"] for r in rules} == {"rules"}


@pytest.mark.parametrize(("value", "suggestion", "message"), [("modle", "model", "did you mean model?"),
                                                               ("people", None, "choose from model, rules")])
def test_an_unknown_finder_is_a_422_with_one_clear_message(proposal_client, value, suggestion, message):
    response = proposal_client.get(f"/api/transfers?found_by={value}")
    assert response.status_code == 422
    (detail,) = response.json()["detail"]
    assert detail["loc"] == ["query", "found_by"] and detail.get("suggestion") == suggestion
    assert detail["msg"].startswith(f"unknown found_by {value!r}") and message in detail["msg"]


def test_the_parameter_is_documented(proposal_client):
    parameters = proposal_client.get("/openapi.json").json()["paths"]["/api/transfers"]["get"]["parameters"]
    (found_by,) = [p for p in parameters if p["name"] == "found_by"]
    assert "rules" in found_by["description"] and "model" in found_by["description"]


def _section(html: str, title: str) -> str:
    """The part of a page between the heading ``title`` and the next heading."""
    return html.split(f"<h2>{title}</h2>", 1)[1].split("<h2>", 1)[0]


def test_the_country_and_dyad_pages_show_what_found_a_transfer(proposal_client):
    buys = _section(proposal_client.get("/country/SRB").text, "What it buys")
    assert "found_by" in buys and buys.count(">model<") == 1 and buys.count(">rules<") == 2
    sells = _section(proposal_client.get("/country/HRV").text, "What it sells")
    assert "patrol boats" in sells and ">model<" in sells
    transfers = _section(proposal_client.get("/dyad/HRV/SRB").text, "Arms transfers")
    assert "patrol boats" in transfers and ">model<" in transfers
