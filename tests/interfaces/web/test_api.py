"""The JSON API: the library's queries over HTTP, with the CLI's filters and checks."""

from __future__ import annotations

import csv
import io
import json
import threading

import pytest
from fastapi.testclient import TestClient

from accord import Store
from accord.interfaces.web import create_app

TOKEN = "correct horse battery staple"


def library(db, method: str, **filters):
    with Store(db, read_only=True) as store:
        return getattr(store, method)(**filters)


# ---- reading ---------------------------------------------------------------------------------


def test_stats_match_the_library(client, collection_db):
    assert client.get("/api/stats").json() == library(collection_db, "stats")


def test_overview_counts_statuses_period_dyads_and_latest_records(client, collection_db):
    data = client.get("/api/overview").json()
    assert data["stats"]["events"] == sum(data["statuses"]["events"].values())
    assert data["period"]["first_published"] <= data["period"]["last_published"]
    top = data["dyads"][0]
    assert {top["a"], top["b"]} == {"HUN", "SRB"}  # the collection's most reported pair
    days = [a["day"] for a in data["latest_transfers"]]
    assert days == sorted(days, reverse=True)


@pytest.mark.parametrize(
    ("table", "query", "filters"),
    [
        ("events", "actor=SRB", {"actor": "SRB"}),
        ("events", "dyad=SRB-HUN&status=occurred", {"dyad": "SRB-HUN", "status": "occurred"}),
        ("events", "type=accuse,reject", {"type": ["ACCUSE", "REJECT"]}),
        ("events", "cameo=11&since=2025-03", {"cameo": "11", "since": "2025-03"}),
        ("agreements", "party=HUN", {"party": "HUN"}),
        ("transfers", "recipient=XKX", {"recipient": "XKX"}),
        ("activities", "party=SRB", {"party": "SRB"}),
        ("alliances", "", {}),
    ],
)
def test_record_lists_match_the_library_with_the_same_filters(client, collection_db, table, query, filters):
    data = client.get(f"/api/{table}?{query}&limit=1000").json()
    expected = [r.id for r in library(collection_db, table, **filters)]
    assert data["total"] == len(expected) > 0
    assert [r["id"] for r in data["items"]] == expected


def test_pages_walk_the_whole_list_in_order_with_a_total(client, collection_db):
    expected = [e.id for e in library(collection_db, "events")]
    seen, offset = [], 0
    while True:
        page = client.get(f"/api/events?limit=20&offset={offset}").json()
        assert page["total"] == len(expected)
        seen += [r["id"] for r in page["items"]]
        if not page["items"]:
            break
        offset += 20
    assert seen == expected


def test_records_carry_their_evidence_and_every_source_of_their_story(client):
    item = client.get("/api/events?limit=1").json()["items"][0]
    assert item["evidence_text"] and isinstance(item["evidence_start"], int)
    assert set(item["sources"]) == {"outlets", "urls", "article_ids"}


def test_repeated_and_comma_separated_values_mean_the_same(client):
    a = client.get("/api/events?actor=SRB&actor=HUN&limit=1000").json()
    b = client.get("/api/events?actor=SRB,HUN&limit=1000").json()
    assert a == b and a["total"] > 0


def test_all_copies_adds_the_repeats_of_syndicated_stories(client):
    once = client.get("/api/events").json()["total"]
    every = client.get("/api/events?all_copies=true").json()["total"]
    assert every > once


def test_actors_are_paged_with_a_total(client):
    data = client.get("/api/actors?kind=state&limit=3").json()
    assert data["total"] >= 3 and len(data["items"]) == 3
    assert all(a["kind"] == "state" for a in data["items"])
    assert client.get("/api/actors?country=SRB").json()["total"] > 0


def test_dyad_summary_is_the_library_summary(client, collection_db):
    data = client.get("/api/dyad/srb/HUN").json()
    expected = library(collection_db, "dyad", a="SRB", b="HUN").to_dict()
    assert data["events"] == expected["events"] > 0
    assert data["by_month"] == expected["by_month"]
    assert data["names"] == {"SRB": "Serbia", "HUN": "Hungary"}
    later = client.get("/api/dyad/SRB/HUN?since=2025-06").json()
    assert later["events"] < data["events"]


def test_country_lists_partners_purchases_sales_agreements_and_condemnations(client):
    data = client.get("/api/countries/XKX").json()
    assert data["name"] == "Kosovo"
    assert any("SRB" in (p["a"], p["b"]) for p in data["partners"])
    assert {t["id"] for t in data["buys"]} and all("XKX" in t["recipient"] for t in data["buys"])
    assert all("XKX" in t["supplier"] for t in data["sells"])
    assert any(c["source"] == "SRB" for c in data["condemned_by"])


def test_network_has_weighted_edges_and_filters_by_type_and_relation(client):
    full = client.get("/api/network").json()
    assert {"quad_1", "transfer"} <= {e["relation"] for e in full["edges"]}
    nodes = {n["id"] for n in full["nodes"]}
    assert all(e["source"] in nodes and e["target"] in nodes for e in full["edges"])
    accuse = client.get("/api/network?relation=events&type=ACCUSE").json()
    assert accuse["edges"] and {e["relation"] for e in accuse["edges"]} <= {"quad_3"}
    transfers = client.get("/api/network?relation=transfers").json()
    assert {e["relation"] for e in transfers["edges"]} == {"transfer"}


def test_one_record_with_its_article_other_records_and_story_sources(client, record_ids):
    data = client.get(f"/api/records/{record_ids['events']}").json()
    assert data["kind"] == "events"
    text, evidence = data["article"]["text"], data["evidence"]
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert data["story"]["sources"] and data["other_records"]
    assert all(o["id"] != record_ids["events"] for o in data["other_records"])
    assert client.get(f"/api/records/{record_ids['transfers']}").json()["kind"] == "transfers"


def test_a_syndicated_story_lists_every_outlet_that_carried_it(client, collection_db):
    with Store(collection_db, read_only=True) as store:
        story = store.rows("SELECT story_id FROM articles GROUP BY story_id HAVING count(*) > 1")[0]["story_id"]
        record_id = store.rows("SELECT id FROM events WHERE story_id = ? AND is_primary LIMIT 1", [story])[0]["id"]
    data = client.get(f"/api/records/{record_id}").json()
    assert len({s["article_id"] for s in data["story"]["sources"]}) >= 2


def test_unknown_records_and_articles_are_404(client):
    assert client.get("/api/records/nope:e1").status_code == 404
    assert client.get("/api/records/no-colon").status_code == 404
    assert client.get("/api/articles/zzzzzzzz").status_code == 404


def test_article_view_is_the_library_show(client, record_ids, collection_db):
    article_id = record_ids["events"].split(":")[0]
    data = client.get(f"/api/articles/{article_id}").json()
    assert data["article"]["id"] == article_id and data["events"]


def test_search_finds_evidence_sentences_per_kind(client):
    data = client.get("/api/search?q=ammunition").json()["results"]
    assert data["transfers"]["total"] > 0
    assert all("ammunition" in (r["evidence_text"] + (r["title"] or "")).lower() for r in data["transfers"]["items"])
    only = client.get("/api/search?q=ammunition&kind=transfers").json()["results"]
    assert set(only) == {"transfers"}


def test_errors_list_is_json(client):
    assert client.get("/api/errors").json() == []


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "gdelt", "plover", "graphml", "gexf", "parquet"])
def test_exports_download_the_filtered_records(client, collection_db, fmt):
    response = client.get(f"/api/export/events?format={fmt}&actor=SRB")
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    # Exports count what happened (occurred and ongoing events) unless a status is asked for.
    expected = len(library(collection_db, "events", actor="SRB", status=["occurred", "ongoing"]))
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(response.text)))) == expected
    elif fmt == "jsonl":
        assert len(response.text.splitlines()) == expected
    else:
        assert response.content


def test_exports_take_every_status_when_asked_for_all(client, collection_db):
    response = client.get("/api/export/events?format=jsonl&status=all")
    assert response.status_code == 200, response.text
    assert len(response.text.splitlines()) == len(library(collection_db, "events"))


def test_exports_of_other_tables_and_their_limits(client):
    assert client.get("/api/export/transfers?format=jsonl").status_code == 200
    bad = client.get("/api/export/transfers?format=gdelt")
    assert bad.status_code == 422 and "gdelt" in bad.json()["detail"][0]["msg"]


# ---- validation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "name", "suggestion"),
    [
        ("/api/events?type=ACUSE", "type", "ACCUSE"),
        ("/api/events?actor=SRBB", "actor", "SRB"),
        ("/api/events?dyad=SRB-HUNN", "dyad", "HUN"),
        ("/api/events?status=occured", "status", "occurred"),
        ("/api/events?context=militray", "context", "military"),
        ("/api/transfers?status=deliverd", "status", "delivered"),
        ("/api/agreements?status=signd", "status", "signed"),
        ("/api/actors?kind=persn", "kind", "person"),
        ("/api/dyad/SRB/HUNG", "b", "HUN"),
        ("/api/countries/SERB", "code", "SRB"),
        ("/api/network?relation=transfer", "relation", "transfers"),
        ("/api/export/event?format=csv", "table", "events"),
        ("/api/export/events?format=cvs", "format", "csv"),
    ],
)
def test_unknown_codes_and_types_are_422_with_a_suggestion(client, url, name, suggestion):
    response = client.get(url)
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["query", name]
    assert detail["suggestion"] == suggestion
    assert f"did you mean {suggestion}" in detail["msg"]


@pytest.mark.parametrize("url", ["/api/events?since=2025-13", "/api/events?until=yesterday", "/api/dyad/SRB/HUN?since=soon",
                                 "/api/events?cameo=abc", "/api/transfers?year=later", "/api/events?dyad=SRB"])
def test_malformed_values_are_422_with_one_clear_message(client, url):
    response = client.get(url)
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"]


@pytest.mark.parametrize("url", ["/api/events?limit=0", "/api/events?limit=100000", "/api/events?offset=-1", "/api/search?q=a"])
def test_paging_bounds_are_checked(client, url):
    assert client.get(url).status_code == 422


def test_openapi_documents_every_endpoint_and_the_docs_page_is_served_locally(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/actors", "/api/agreements", "/api/transfers", "/api/activities", "/api/alliances",
                 "/api/dyad/{a}/{b}", "/api/records/{record_id}", "/api/search", "/api/export/{table}", "/api/ingest", "/api/ingest/files"):
        assert path in paths
    docs = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "http" not in docs.split("<body")[1]
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/vendor/swagger-ui/LICENSE").status_code == 200


# ---- security ----------------------------------------------------------------------------------


def test_every_response_forbids_inline_script_and_framing(client):
    for url in ("/", "/api/stats", "/docs", "/static/style.css", "/api/records/nope:e1"):
        headers = client.get(url).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "unsafe-inline" not in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("url", ["/static/", "/static", "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py",
                                 "/static/vendor/", "/static//etc/passwd"])
def test_no_directory_listing_and_no_path_outside_the_static_folder(client, url):
    response = client.get(url)
    assert response.status_code in (404, 405)
    assert "def create_app" not in response.text and "root:" not in response.text


# ---- writing -----------------------------------------------------------------------------------


def test_without_a_token_configured_every_write_is_403(client):
    assert client.post("/api/ingest", json={"urls": ["https://example.com/a"]}).status_code == 403
    assert client.post("/api/ingest", json={"urls": ["https://example.com/a"]}, headers={"Authorization": "Bearer x"}).status_code == 403
    files = {"files": ("a.txt", b"Serbia and Hungary signed a defence agreement on Monday.", "text/plain")}
    assert client.post("/api/ingest/files", files=files).status_code == 403


@pytest.fixture
def writer(writable_db, pipeline):
    with TestClient(create_app(writable_db, token=TOKEN, pipeline_factory=lambda: pipeline, max_upload_bytes=50_000)) as c:
        yield c


def test_with_a_token_a_write_needs_exactly_that_token(writer):
    body = {"urls": ["https://example.com/a"]}
    assert writer.post("/api/ingest", json=body).status_code == 403
    assert writer.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert writer.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}x"}).status_code == 403


def test_uploaded_files_are_ingested_and_then_readable(writer):
    text = ("Hungary and Serbia signed a defence cooperation agreement in Belgrade on Monday, the Serbian defence "
            "ministry said. Serbia will buy 12 Gidran armoured vehicles from Hungary.")
    before = writer.get("/api/stats").json()["articles"]
    files = [("files", ("story.txt", text.encode(), "text/plain")),
             ("files", ("feed.jsonl", json.dumps({"text": text + " Again.", "title": "T"}).encode(), "application/json"))]
    response = writer.post("/api/ingest/files", files=files, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.json()["added"] == 2
    assert writer.get("/api/stats").json()["articles"] == before + 2


def test_uploads_are_limited_in_size_and_kind(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {"files": ("big.txt", b"x" * 200_000, "text/plain")}
    assert writer.post("/api/ingest/files", files=big, headers=auth).status_code == 413
    exe = {"files": ("tool.exe", b"MZ", "application/octet-stream")}
    assert writer.post("/api/ingest/files", files=exe, headers=auth).status_code == 422


def test_a_body_of_unknown_size_is_refused_before_it_is_read(writer):
    def chunks():
        yield b"x" * 1000
        raise AssertionError("the body was read")

    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    assert writer.post("/api/ingest", content=chunks(), headers=auth).status_code == 411


def test_the_token_is_checked_before_the_body_is_read(client, writer):
    body = b'{"urls": ["https://example.org/"]}' + b" " * 10
    # A read-only service, and a writer asked without its token: 403 from the headers alone.
    assert client.post("/api/ingest", content=body, headers={"Content-Type": "application/json"}).status_code == 403
    assert writer.post("/api/ingest", content=body, headers={"Content-Type": "application/json", "Authorization": "Bearer wrong"}).status_code == 403


def test_compressed_uploads_keep_their_compound_suffix(writer):
    import gzip

    text = "Croatia and Albania signed a defence cooperation agreement in Tirana on Tuesday, officials said."
    files = {"files": ("wire.jsonl.gz", gzip.compress(json.dumps({"text": text, "title": "Gz"}).encode()), "application/gzip")}
    response = writer.post("/api/ingest/files", files=files, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert response.json()["added"] == 1


def test_url_ingest_takes_http_urls_only_and_refuses_private_addresses(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert writer.post("/api/ingest", json={"urls": ["file:///etc/passwd"]}, headers=auth).status_code == 422
    assert writer.post("/api/ingest", json={"urls": []}, headers=auth).status_code == 422
    response = writer.post("/api/ingest", json={"urls": ["http://127.0.0.1:9/x"]}, headers=auth)
    assert response.status_code == 200
    assert response.json()["added"] == 0 and response.json()["errors"] == 1
    assert "private" in json.dumps(response.json()["notices"]).lower() or "loopback" in json.dumps(response.json()["notices"]).lower()


def test_reads_keep_working_while_an_ingest_runs(writable_db, pipeline):
    started, release = threading.Event(), threading.Event()

    class Paused:
        """The real pipeline, held after its first article until the test has read."""

        model_name = "paused"

        def extract_many(self, articles):
            for extraction in pipeline.extract_many(articles):
                started.set()
                release.wait(30)
                yield extraction

    app = create_app(writable_db, token=TOKEN, pipeline_factory=Paused)
    with TestClient(app) as writer, TestClient(app) as reader:
        before = reader.get("/api/stats").json()
        files = {"files": ("a.txt", b"Serbia accused Croatia on Monday of arming Kosovo, the Serbian foreign ministry said.", "text/plain")}
        result: dict = {}
        thread = threading.Thread(target=lambda: result.update(r=writer.post("/api/ingest/files", files=files, headers={"Authorization": f"Bearer {TOKEN}"})))
        thread.start()
        assert started.wait(30)
        during = reader.get("/api/stats")
        events = reader.get("/api/events?actor=SRB&limit=1")
        release.set()
        thread.join(60)
    assert during.status_code == 200 and during.json() == before
    assert events.status_code == 200
    assert result["r"].status_code == 200 and result["r"].json()["added"] == 1


def test_a_missing_database_is_one_clear_error(tmp_path):
    from accord.errors import StoreError

    with pytest.raises(StoreError, match="no database here"):
        create_app(tmp_path / "missing.duckdb")
