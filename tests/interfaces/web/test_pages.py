"""The dashboard pages, rendered on the server: content, filters in the URL, escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from accord.interfaces.web import create_app


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_overview_shows_counts_time_range_dyads_and_latest_records(client):
    html = page(client, "/")
    assert "<svg" in html and "<rect" in html
    assert 'href="/dyad/HUN/SRB"' in html
    assert "Latest agreements" in html and "Latest arms transfers" in html
    assert re.search(r"Events dated \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d", html)


def test_dyad_page_has_a_timeline_with_types_on_hover_and_linked_evidence(client):
    html = page(client, "/dyad/SRB/HUN")
    assert 'class="chart timeline"' in html
    assert re.search(r"<title>\d{4}-\d\d · (verbal|material) (cooperation|conflict): \d+ event\(s\) — [A-Z]+ \d", html)
    assert 'href="/record/' in html
    for section in ("Agreements", "Arms transfers", "Joint activities", "Alliance moves", "Strongest evidence"):
        assert f"<h2>{section}</h2>" in html


def test_dyad_filters_live_in_the_url_and_change_what_is_shown(client):
    every = page(client, "/dyad/SRB/HUN")
    later = page(client, "/dyad/SRB/HUN?since=2025-06")
    count = lambda html: int(re.search(r'id="event-count">(\d+)<', html).group(1))  # noqa: E731
    assert count(later) < count(every)
    assert 'value="2025-06"' in later


def test_dyad_form_redirects_to_the_pair_page(client):
    response = client.get("/dyad?a=srb&b=hun", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/dyad/SRB/HUN"


def test_network_page_draws_states_linked_to_their_pages_and_filters(client):
    html = page(client, "/network")
    assert html.count("<circle") >= 5
    assert 'href="/country/SRB"' in html
    every = int(re.search(r'id="edge-count">(\d+)<', html).group(1))
    accuse = page(client, "/network?relation=events&type=ACCUSE")
    assert 0 < int(re.search(r'id="edge-count">(\d+)<', accuse).group(1)) < every
    assert "<option selected>ACCUSE</option>" in accuse


def test_record_page_highlights_the_evidence_inside_the_article_text(client, record_ids):
    html = page(client, f"/record/{record_ids['events']}")
    article = re.search(r'<article class="text">(.*?)</article>', html, re.S).group(1)
    assert "<mark>" in article and 'class="trigger"' in article
    assert "Every outlet and URL that carried this story" in html
    assert "Other records of this article" in html and 'href="/record/' in html


@pytest.mark.parametrize("kind", ["events", "agreements", "transfers", "activities", "alliances"])
def test_every_kind_of_record_has_a_page(client, kind):
    record_id = client.get(f"/api/{kind}?limit=1").json()["items"][0]["id"]
    html = page(client, f"/record/{record_id}")
    assert "<mark>" in html and record_id in html


def test_country_page_lists_partners_purchases_sales_signatures_and_condemnations(client):
    html = page(client, "/country/XKX")
    assert "<h1>Kosovo" in html and "<svg" in html
    for section in ("Partners", "Whom it condemns", "Who condemns it", "What it buys", "What it sells", "What it signs"):
        assert f"<h2>{section}</h2>" in html


def test_events_page_filters_and_pages(client):
    every = page(client, "/events")
    serbia = page(client, "/events?actor=SRB&type=ACCUSE")
    total = lambda html: int(re.search(r'id="total">(\d+)<', html).group(1))  # noqa: E731
    assert 0 < total(serbia) < total(every)
    assert 'rel="next"' in every and "offset=50" in every


def test_search_page(client):
    assert "ammunition" in page(client, "/search?q=ammunition").lower()


@pytest.mark.parametrize(("url", "status"), [("/dyad/SRB/HUNG", 422), ("/record/nope:e1", 404), ("/nowhere", 404), ("/events?since=2025-13", 422)])
def test_errors_are_pages_with_one_clear_message(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert 'class="error"' in response.text


# ---- hostile input -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hostile(hostile_db):
    with TestClient(create_app(hostile_db)) as c:
        yield c


def hostile_pages(client) -> list[str]:
    items = client.get("/api/events?limit=100").json()["items"] + client.get("/api/transfers?limit=100").json()["items"]
    urls = ["/", "/network", "/events", "/search?q=script", "/search?q=Serbia", "/dyad/SRB/HUN", "/country/SRB", "/country/HRV"]
    return urls + [f"/record/{r['id']}" for r in items]


class Markup(HTMLParser):
    """Every element and attribute a browser would build from the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_no_payload_from_an_article_becomes_markup(hostile):
    urls = hostile_pages(hostile)
    assert len(urls) > 10
    for url in urls:
        parser = Markup()
        parser.feed(page(hostile, url))
        for tag, attrs in parser.tags:
            assert tag not in ("script", "img", "iframe", "object", "embed"), (url, tag)
            assert not [a for a in attrs if a.startswith("on")], (url, tag, attrs)
            for name in ("href", "src", "action"):
                assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (url, tag, attrs)


def test_payloads_are_shown_as_text(hostile):
    record_id = hostile.get("/api/events?actor=SRB&type=ACCUSE").json()["items"][0]["id"]
    html = page(hostile, f"/record/{record_id}")
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    assert "javascript:window.__pwned=3" in html  # the URL is shown, not linked
