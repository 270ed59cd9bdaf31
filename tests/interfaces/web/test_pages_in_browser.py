"""The dashboard in a real browser: headless Chromium (Debian's package) driven by Playwright.

Each page loads from a live server over a store built from the example collection,
its chart or graph renders, links and URL filters work, nothing is fetched from
another host, and a store of hostile articles runs no script. A screenshot of each
page is saved under ``tests/interfaces/web/screenshots/`` for people to look at.

Needs ``apt-get install chromium`` and ``pip install playwright`` (never
``playwright install``: the system browser is used); skipped with the reason otherwise.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("Chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install -r requirements/dev.txt)")

SCREENSHOTS = Path(__file__).parent / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """``accord serve``'s app under uvicorn on 127.0.0.1 and a free port, in a thread."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from accord.interfaces.web import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def live(collection_db):
    with LiveServer(collection_db) as server:
        yield server


@pytest.fixture(scope="module")
def hostile_live(hostile_db):
    with LiveServer(hostile_db) as server:
        yield server


class Tab:
    """A browser page that records console errors, dialogs and requests to other hosts."""

    def __init__(self, browser, base: str) -> None:
        self.base = base
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.context.route("**/*", self._only_this_server)

    def _only_this_server(self, route) -> None:
        if route.request.url.startswith(self.base):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def open(self, path: str, shot: str | None = None):
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, path
        if shot:
            SCREENSHOTS.mkdir(exist_ok=True)
            self.page.screenshot(path=str(SCREENSHOTS / f"{shot}.png"), full_page=True)
        return self.page

    def svg_drawn(self, selector: str, shape: str) -> int:
        """How many ``shape`` elements the SVG holds, after checking it has a visible size."""
        box = self.page.locator(selector).first.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 50, selector
        return self.page.locator(f"{selector} {shape}").count()

    def close(self) -> None:
        assert not self.foreign, f"requests to other hosts: {self.foreign}"
        self.context.close()


@pytest.fixture
def tab(browser, live):
    t = Tab(browser, live.url)
    yield t
    t.close()


def test_overview_loads_with_its_charts_and_links_to_a_dyad(tab):
    page = tab.open("/", "overview")
    assert page.title() == "Overview · accord"
    assert tab.svg_drawn("svg.chart", "rect") >= 5
    page.click('ul.dyads a[href="/dyad/HUN/SRB"]')
    page.wait_for_url("**/dyad/HUN/SRB")
    assert tab.svg_drawn("svg.timeline", "rect") > 0
    assert not tab.errors


def test_dyad_page_timeline_filters_and_evidence_links(tab):
    page = tab.open("/dyad/SRB/HUN", "dyad")
    bars = tab.svg_drawn("svg.timeline", "rect")
    assert bars > 0
    assert "event(s)" in page.locator("svg.timeline rect title").first.text_content()
    every = int(page.inner_text("#event-count"))
    page.fill('input[name="since"]', "2025-06")
    page.click('form.filters button[type="submit"]')
    page.wait_for_url("**since=2025-06**")
    assert int(page.inner_text("#event-count")) < every
    page.locator("a.evidence").first.click()
    page.wait_for_url("**/record/**")
    assert page.locator("article.text mark").count() > 0
    assert not tab.errors


def test_network_page_graph_filters_and_node_links(tab):
    page = tab.open("/network", "network")
    assert tab.svg_drawn("svg.graph", "circle") >= 5
    assert tab.svg_drawn("svg.graph", "line") >= 5
    every = int(page.inner_text("#edge-count"))
    page.select_option('select[name="type"]', "ACCUSE")
    page.click('form.filters button[type="submit"]')
    page.wait_for_url("**type=ACCUSE**")
    assert 0 < int(page.inner_text("#edge-count")) < every
    page.click('a.node[href="/country/SRB"]')
    page.wait_for_url("**/country/SRB")
    assert "Serbia" in page.inner_text("h1")
    assert not tab.errors


def test_record_page_highlights_evidence_and_lists_sources(tab, record_ids):
    page = tab.open(f"/record/{record_ids['events']}", "record")
    mark = page.locator("article.text mark").first
    assert mark.is_visible() and mark.inner_text().strip()
    assert page.locator("article.text .trigger").count() == 1
    assert page.locator("table a.source").count() >= 1
    others = page.locator("ul.others a")
    assert others.count() > 0
    others.first.click()
    page.wait_for_url("**/record/**")
    assert not tab.errors


def test_country_page_charts_partners_and_links_back_to_dyads(tab):
    page = tab.open("/country/XKX", "country")
    assert tab.svg_drawn("svg.chart", "rect") > 0
    page.locator("svg.chart a").first.click()
    page.wait_for_url("**/dyad/**")
    assert not tab.errors


def test_events_page_filters_in_the_url(tab):
    page = tab.open("/events?actor=SRB&type=ACCUSE", "events")
    shown = int(page.inner_text("#total"))
    assert shown > 0
    assert page.input_value('input[name="actor"]') == "SRB"
    every = int(tab.open("/events").inner_text("#total"))
    assert shown < every


def test_api_docs_render_offline(tab):
    page = tab.open("/docs")
    page.wait_for_selector(".opblock", timeout=15000)
    assert page.locator(".opblock").count() >= 10
    tab.page.screenshot(path=str(SCREENSHOTS / "docs.png"))
    assert not [e for e in tab.errors if "Content Security Policy" in e]


# ---- hostile articles ------------------------------------------------------------------------


def test_hostile_articles_run_no_script_on_any_page(browser, hostile_live):
    import json
    from urllib.request import urlopen

    items = []
    for kind in ("events", "transfers"):
        with urlopen(f"{hostile_live.url}/api/{kind}?limit=100") as response:
            items += json.load(response)["items"]
    assert items
    paths = ["/", "/network", "/events", "/search?q=script", "/dyad/SRB/HUN", "/country/SRB", "/country/HRV"]
    paths += [f"/record/{r['id']}" for r in items]
    tab = Tab(browser, hostile_live.url)
    try:
        for number, path in enumerate(paths):
            page = tab.open(path, "hostile-record" if path.startswith("/record/") and number == len(paths) - 1 else None)
            page.wait_for_load_state("load")
            assert page.evaluate("typeof window.__pwned") == "undefined", path
            assert page.locator("script, iframe, img").count() == 0, path
        record = next(r for r in items if "__pwned" in r["evidence_text"])
        page = tab.open(f"/record/{record['id']}", "hostile")
        assert "<script>window.__pwned=1</script>" in page.inner_text("article.text")  # shown as text
        for link in page.locator("a").all():
            assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
        assert not tab.dialogs
    finally:
        tab.close()
