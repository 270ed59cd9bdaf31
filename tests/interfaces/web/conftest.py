"""Fixtures for the web tests: stores built once per session with the real pipeline.

``collection_db`` holds ``examples/collection/`` (the README's quick-start corpus);
``hostile_db`` holds articles whose title, text, outlet and URL carry script and
markup payloads, for the escaping tests.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
COLLECTION = REPO / "examples" / "collection"

#: Each payload sets window.__pwned when it runs; the browser tests check it never does.
PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'
HOSTILE_ARTICLES = [
    {
        "title": f"Serbia accuses Hungary {PAYLOAD}",
        "text": f"Serbia accused Hungary on Monday of provocations along the border. {PAYLOAD} The Serbian foreign "
        "minister said Belgrade would ask the European Union to condemn Budapest.",
        "outlet": f"Evil Outlet {PAYLOAD}",
        "url": "javascript:window.__pwned=3",
        "published": "2025-04-02",
    },
    {
        "title": "Croatia buys tanks <svg onload=window.__pwned=4>",
        "text": "Croatia signed a contract with Germany on Thursday to buy 44 Leopard 2A8 main battle tanks, the defence "
        "ministry said. <iframe src=javascript:window.__pwned=5></iframe>",
        "outlet": '"><script>window.__pwned=6</script>',
        "url": 'https://evil.test/"><script>window.__pwned=7</script>',
        "published": "2025-04-03",
    },
]


def build(path: Path, sources: list[str], pipeline) -> Path:
    from accord import Store

    with Store(path) as store:
        store.ingest(sources, pipeline=pipeline)
    return path


@pytest.fixture(scope="session")
def collection_db(tmp_path_factory, pipeline) -> Path:
    return build(tmp_path_factory.mktemp("web") / "collection.duckdb", [str(COLLECTION)], pipeline)


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory, pipeline) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    corpus = folder / "hostile.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in HOSTILE_ARTICLES), encoding="utf-8")
    return build(folder / "hostile.duckdb", [str(corpus)], pipeline)


@pytest.fixture(scope="session")
def client(collection_db):
    """A read-only app over the collection (no token: writes are refused)."""
    from fastapi.testclient import TestClient

    from accord.interfaces.web import create_app

    with TestClient(create_app(collection_db)) as c:
        yield c


@pytest.fixture
def writable_db(collection_db, tmp_path) -> Path:
    """A copy of the collection store that a test may write to."""
    copy = tmp_path / "writable.duckdb"
    shutil.copyfile(collection_db, copy)
    return copy


@pytest.fixture(scope="session")
def record_ids(collection_db) -> dict[str, str]:
    """One stored record id per kind."""
    from accord import Store

    with Store(collection_db, read_only=True) as store:
        return {
            "events": store.events(dyad="SRB-HUN", limit=1)[0].id,
            "transfers": store.transfers(limit=1)[0].id,
            "agreements": store.agreements(limit=1)[0].id,
        }


@pytest.fixture(scope="module")
def proposal_client(proposal_kb_path):
    """A read-only app over the fake knowledge base with one record of each kind a back-off proposed."""
    from fastapi.testclient import TestClient

    from accord.interfaces.web import create_app

    with TestClient(create_app(proposal_kb_path)) as client:
        yield client
