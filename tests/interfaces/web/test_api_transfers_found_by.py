"""``GET /api/transfers?found_by=rules|model``: the library's filter over HTTP (an unknown value: test_api_found_by.py)."""

from __future__ import annotations

import pytest

from accord import Store
from page_helpers import page_section


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


def test_the_country_and_dyad_pages_show_what_found_a_transfer(proposal_client):
    buys = page_section(proposal_client.get("/country/SRB").text, "What it buys")
    assert "found_by" in buys and buys.count(">model<") == 1 and buys.count(">rules<") == 2
    sells = page_section(proposal_client.get("/country/HRV").text, "What it sells")
    assert "patrol boats" in sells and ">model<" in sells
    transfers = page_section(proposal_client.get("/dyad/HRV/SRB").text, "Arms transfers")
    assert "patrol boats" in transfers and ">model<" in transfers
