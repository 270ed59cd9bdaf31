"""Every filter of the record queries, on a small knowledge base (see conftest.py)."""

from __future__ import annotations

import pytest

from accord.errors import StoreError
from accord.query import StoredEvent


def types(events) -> list[str]:
    return sorted(e.type for e in events)


def test_events_are_counted_once_per_story(kb):
    assert len(kb.events()) == 7
    assert len(kb.events(all_copies=True)) == 8


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"actor": "SRB"}, ["ACCUSE", "ACCUSE", "AID", "ASSAULT"]),
        ({"actor": "srb,fra"}, ["ACCUSE", "ACCUSE", "AID", "ASSAULT", "SANCTION"]),
        ({"actor": ["BIH"]}, ["SUPPORT", "SUPPORT"]),
        ({"dyad": "SRB-XKX"}, ["ACCUSE", "ASSAULT"]),
        ({"dyad": "SRB>XKX"}, ["ASSAULT"]),
        ({"dyad": "XKX>SRB"}, ["ACCUSE"]),
        ({"dyad": ("HUN", "SRB")}, ["AID"]),
        ({"type": "ACCUSE"}, ["ACCUSE", "ACCUSE"]),
        ({"type": "accuse,assault"}, ["ACCUSE", "ACCUSE", "ASSAULT"]),
        ({"cameo": "19"}, ["ASSAULT"]),
        ({"cameo": ["11", "16"]}, ["ACCUSE", "ACCUSE", "SANCTION"]),
        ({"context": "political"}, ["ACCUSE", "ACCUSE", "AID", "ASSAULT", "SANCTION", "SUPPORT", "SUPPORT"]),
        ({"context": "military"}, []),
        ({"status": "occurred"}, ["ACCUSE", "ACCUSE", "AID", "ASSAULT", "SANCTION", "SUPPORT", "SUPPORT"]),
        ({"status": "planned"}, []),
        ({"mode": "praise"}, ["SUPPORT", "SUPPORT"]),
        ({"since": "2025-04"}, ["ACCUSE", "AID", "ASSAULT", "SANCTION"]),
        ({"until": "2024"}, ["SUPPORT", "SUPPORT"]),
        ({"since": "2025-03", "until": "2025-03"}, ["ACCUSE"]),
        ({"since": "2025-03-10", "until": "2025-03-10"}, ["ACCUSE"]),
        ({"outlet": "daily"}, ["ACCUSE"]),
        ({"outlet": ["balkan", "adriatic.example"]}, ["ACCUSE", "AID", "ASSAULT", "SANCTION", "SUPPORT", "SUPPORT"]),
        ({"text": "border"}, ["ASSAULT"]),
        ({"text": "DECLARATION"}, ["ACCUSE"]),
        ({"actor": "SRB", "type": "ACCUSE", "since": "2025-04-01"}, ["ACCUSE"]),
    ],
)
def test_event_filters(kb, filters, expected):
    assert types(kb.events(**filters)) == expected


def test_limit_and_order(kb):
    events = kb.events(limit=3)
    assert len(events) == 3
    days = [e.day for e in kb.events()]
    assert days == sorted(days)


def test_events_are_typed_rows_with_story_and_sources(kb):
    (event,) = kb.events(dyad="SRB>ALB")
    assert isinstance(event, StoredEvent)
    assert event.actor == ("SRB",) and event.recipient == ("ALB",)
    assert event.day == "2025-03-10" and event.published == "2025-03-10"
    assert event.sources.outlets == ("daily.example", "wire.example")
    assert event.sources.urls == ("https://daily.example/2", "https://wire.example/1")
    assert event.story_id in event.sources.article_ids and len(event.sources.article_ids) == 2
    frame = kb.events_frame(dyad="SRB>ALB")
    assert list(frame["source_outlets"][0]) == ["daily.example", "wire.example"]


@pytest.mark.parametrize(
    "method, filters, count",
    [
        ("agreements", {}, 1),
        ("agreements", {"party": "HUN"}, 1),
        ("agreements", {"party": "BIH"}, 0),
        ("agreements", {"status": "signed"}, 1),
        ("agreements", {"status": "ratified"}, 0),
        ("agreements", {"domain": "defence"}, 1),
        ("agreements", {"since": "2025-04"}, 0),
        ("agreements", {"outlet": "daily"}, 1),
        ("agreements", {"text": "ceremony"}, 1),
        ("transfers", {}, 2),
        ("transfers", {"supplier": "HUN"}, 2),
        ("transfers", {"supplier": "FRA"}, 0),
        ("transfers", {"recipient": "SRB"}, 2),
        ("transfers", {"recipient": "HUN"}, 0),
        ("transfers", {"item": "helicopter"}, 1),
        ("transfers", {"category": "armoured"}, 2),
        ("transfers", {"status": "delivered"}, 2),
        ("transfers", {"status": "ordered"}, 0),
        ("transfers", {"year": 2025}, 2),
        ("transfers", {"year": [2023, 2024]}, 0),
        ("transfers", {"since": "2025-04-01"}, 1),
        ("activities", {}, 3),
        ("activities", {"party": "BIH"}, 2),
        ("activities", {"kind": "training"}, 2),
        ("activities", {"kind": "exercises"}, 1),
        ("activities", {"status": "occurred"}, 3),
        ("activities", {"since": "2025"}, 3),
        ("activities", {"until": "2024-12-31"}, 0),
        ("alliances", {}, 1),
        ("alliances", {"member": "SRB"}, 1),
        ("alliances", {"member": "XKX"}, 0),
        ("alliances", {"status": "proposed"}, 1),
        ("alliances", {"status": "formal"}, 0),
        ("alliances", {"all_copies": True}, 2),
    ],
)
def test_record_filters(kb, method, filters, count):
    assert len(getattr(kb, method)(**filters)) == count


def test_actors_are_aggregated_across_stories(kb):
    rows = {a.country: a for a in kb.actors(kind="state")}
    serbia = rows["SRB"]
    assert serbia.name == "Serbia" and serbia.stories == 2 and serbia.articles == 3
    assert serbia.events == 4
    assert [a.country for a in kb.actors(country="hrv")] == ["HRV"]
    assert [a.name for a in kb.actors(name="bosn")] == ["Bosnia"]
    assert {a.country for a in kb.actors(outlet="adriatic")} == {"HRV", "BIH"}
    assert len(kb.actors(limit=2)) == 2


def test_dyad_summary(kb):
    d = kb.dyad("srb", "XKX")
    assert d.events == 2
    balance = {r["direction"]: r for r in d.to_dict()["balance"]}
    assert balance["SRB>XKX"]["goldstein"] == -10.0 and balance["SRB>XKX"]["quad_4"] == 1
    assert balance["XKX>SRB"]["conflict"] == -2.0 and balance["XKX>SRB"]["quad_3"] == 1
    assert [(r["month"], r["type"]) for r in d.to_dict()["by_month"]] == [("2025-04", "ACCUSE"), ("2025-04", "ASSAULT")]
    assert d.evidence["type"].tolist()[0] == "ASSAULT"
    hun = kb.dyad("SRB", "HUN")
    assert len(hun.agreements) == 1 and len(hun.alliances) == 1 and len(hun.activities) == 1
    assert hun.transfers["direction"].tolist() == ["HUN>SRB", "HUN>SRB"]
    assert kb.dyad("SRB", "HUN", since="2025-04").to_dict()["agreements"] == []
    assert kb.dyad("FRA", "BIH").events == 0


def test_show_gives_the_article_its_story_and_what_counts(kb):
    (event,) = kb.events(dyad="SRB>ALB")
    copy_id = [a for a in event.sources.article_ids if a != event.story_id][0]
    view = kb.show(copy_id)
    assert view.article.id == copy_id and view.story_id == event.story_id
    assert view.counted == frozenset()  # everything it says was said first by the wire story
    first = kb.show(event.story_id)
    assert "events:e1" in first.counted and len(first.story_articles) == 2
    with pytest.raises(StoreError, match="no article or story"):
        kb.show("doesnotexist")


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda kb: kb.events(since="yesterday"), "--since must be"),
        (lambda kb: kb.events(until="2025-02-30"), "--until must be"),
        (lambda kb: kb.events(dyad="SRB"), "--dyad must look like"),
        (lambda kb: kb.events(party="SRB"), "events cannot be filtered by party"),
        (lambda kb: kb.transfers(year="soon"), "--year must be"),
    ],
)
def test_bad_filters_raise_store_errors(kb, call, message):
    with pytest.raises(StoreError, match=message):
        call(kb)


def test_text_filters_match_percent_and_underscore_as_written():
    from accord.query.select import Where, _like_any

    where = Where()
    _like_any(where, ("r.text",), ["50%_off"])
    assert where.params == [r"%50\%\_off%"]
    assert "ESCAPE" in " ".join(where.clauses)
