"""Summaries count what happened; unknown codes, types and statuses are errors that suggest the right value."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def negated_kb(tmp_path_factory):
    """The fake knowledge base, with Hungary's aid to Serbia re-labelled as negated."""
    from store_fakes import build_kb

    store = build_kb(tmp_path_factory.mktemp("negated") / "kb.duckdb")
    store.execute("UPDATE events SET status = 'negated' WHERE list_contains(actor, 'HUN')")
    store.database.rebuild_event_states()  # written by SQL: derive the query tables again
    yield store
    store.close()


def test_a_dyad_counts_only_events_that_happened_unless_asked(negated_kb):
    assert negated_kb.dyad("SRB", "HUN").events == 0
    every = negated_kb.dyad("SRB", "HUN", status="all")
    assert every.events == 1 and every.statuses is None
    assert negated_kb.dyad("SRB", "HUN", status="negated").events == 1
    assert list(negated_kb.dyad("SRB", "HUN", status="all").evidence["status"]) == ["negated"], "rows keep their status"
    assert negated_kb.dyad("SRB", "HUN").to_dict()["statuses"] == ["occurred", "ongoing"]


def test_counts_use_events_that_happened_by_default(negated_kb):
    happened = negated_kb.counts("events", by="actor")
    every = negated_kb.counts("events", by="actor", status="all")
    assert "HUN" not in set(happened["actor"]) and "HUN" in set(every["actor"])
    by_status = negated_kb.counts("events", by="status", status="all")
    assert dict(zip(by_status["status"], by_status["records"])) == {"occurred": 6, "negated": 1}


def test_listings_keep_every_status_and_accept_all(negated_kb):
    assert len(negated_kb.events_frame()) == len(negated_kb.events_frame(status="all")) == 7
    assert set(negated_kb.events_frame(status="negated")["status"]) == {"negated"}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.dyad("Serbia", "HUN"), "did you mean SRB?"),
        (lambda s: s.dyad("SRB", "HUM"), "did you mean HUN"),
        (lambda s: s.dyad("SRB", "HUN", status="happened"), "unknown event status 'happened'"),
        (lambda s: s.check("events", type="ACUSE"), "did you mean ACCUSE?"),
        (lambda s: s.check("events", status="occured"), "did you mean occurred?"),
        (lambda s: s.check("alliances", status="formed"), "did you mean formal?"),
        (lambda s: s.check("events", actor="Hungary"), "did you mean HUN?"),
        (lambda s: s.check("events", dyad="SRB-XKK"), "did you mean XKX"),
        (lambda s: s.check("events", context="militray"), "did you mean military?"),
    ],
)
def test_unknown_values_are_errors_with_a_suggestion(kb, call, message):
    from accord.query.vocabulary import UnknownValue

    with pytest.raises(UnknownValue, match=message.replace("?", r"\?").replace("(", r"\(")):
        call(kb)


def test_known_values_pass_the_check_in_any_case(kb):
    kb.check("events", type="accuse,support", status=["Occurred", "all"], actor="srb", dyad="SRB>XKX", context="military")
    kb.check("transfers", supplier="HUN", recipient="SRB", status="delivered")


def test_a_code_only_the_store_knows_is_accepted(kb):
    from accord.query.vocabulary import Codes

    codes = Codes.load()
    assert "SRB" in codes.known and codes.names["serbia"] == "SRB"
    assert Codes.load(kb.database).check("code", ["srb"]) == ["SRB"]


def test_exports_read_the_counted_events_with_their_status(negated_kb):
    from accord.query.status import counted_events

    assert set(counted_events(negated_kb.database)["status"]) == {"occurred"}
    assert set(counted_events(negated_kb.database, status="all")["status"]) == {"occurred", "negated"}
    assert len(counted_events(negated_kb.database, status=["negated"], actor="HUN")) == 1


def test_a_code_the_gazetteer_does_not_know_is_looked_up_in_the_store(tmp_path):
    from accord.query.vocabulary import Codes, UnknownValue
    from accord.store import Database

    with Database(tmp_path / "kb.duckdb") as db:
        codes = Codes.load(db)
        with pytest.raises(UnknownValue):
            codes.check("code", ["QQX"])
        db.execute("INSERT INTO actors VALUES ('a:a1', 'a', 'a', 'a1', 'Somewhere', 'state', 'qqx', NULL, NULL, 'QQX', '[]', 1)")
        assert codes.check("code", ["qqx", "SRB"]) == ["QQX", "SRB"]
        with pytest.raises(UnknownValue, match="did you mean QQX"):
            codes.check("code", ["QQY"])
