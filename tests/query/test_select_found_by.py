"""The ``found_by`` filter of the defence record lists (agreements, transfers, activities, alliance moves): the rules'
records, or a learned back-off's proposals."""

from __future__ import annotations

import pytest

from accord.errors import StoreError
from accord.query.vocabulary import UnknownValue


@pytest.fixture(scope="module")
def proposal_kb(tmp_path_factory):
    """The fake knowledge base with one activity, transfer, agreement and alliance move a back-off proposed
    (``store_fakes.build_kb_with_a_proposal``)."""
    from store_fakes import build_kb_with_a_proposal

    store = build_kb_with_a_proposal(tmp_path_factory.mktemp("proposal") / "kb.duckdb")
    yield store
    store.close()


def test_found_by_keeps_the_activities_that_finder_found(proposal_kb):
    (proposed,) = proposal_kb.activities(found_by="model")
    assert (proposed.parties, proposed.found_by) == (("HRV", "SRB"), "model")
    rules = proposal_kb.activities(found_by="rules")
    assert len(rules) == 3 and {a.found_by for a in rules} == {"rules"}
    assert len(proposal_kb.activities()) == 4


@pytest.mark.parametrize(
    ("filters", "parties"),
    [
        ({"found_by": "MODEL"}, [("HRV", "SRB")]),  # compared case-insensitively, as statuses are
        ({"found_by": "rules,model"}, [("BIH", "HRV"), ("BIH", "HRV"), ("HRV", "SRB"), ("HUN", "SRB")]),
        ({"found_by": ["model"], "party": "SRB"}, [("HRV", "SRB")]),
        ({"found_by": "model", "party": "BIH"}, []),
        ({"found_by": "rules", "kind": "exercises"}, [("HUN", "SRB")]),
        ({"found_by": "model", "outlet": "army"}, [("HRV", "SRB")]),
        ({"found_by": "model", "outlet": "wire"}, []),
    ],
)
def test_found_by_combines_with_the_other_filters(proposal_kb, filters, parties):
    assert sorted(a.parties for a in proposal_kb.activities(**filters)) == parties


def test_activities_count_by_what_found_them(proposal_kb):
    counts = proposal_kb.counts("activities", by="found_by")
    assert dict(zip(counts["found_by"], counts["records"])) == {"rules": 3, "model": 1}


@pytest.mark.parametrize(
    ("found_by", "message"),
    [("modle", "unknown found_by 'modle'; did you mean model? (choose from rules, model)"),
     ("people", "unknown found_by 'people' (choose from rules, model)")],
)
def test_an_unknown_finder_is_one_unknown_value_error(proposal_kb, found_by, message):
    with pytest.raises(UnknownValue) as raised:
        proposal_kb.check("activities", found_by=found_by)
    assert str(raised.value) == message


def test_events_cannot_be_filtered_by_what_found_them(proposal_kb):
    with pytest.raises(StoreError, match="events cannot be filtered by found_by"):
        proposal_kb.events(found_by="model")


# ---- arms transfers: the same filter ---------------------------------------------------------


def test_found_by_keeps_the_transfers_that_finder_found(proposal_kb):
    (proposed,) = proposal_kb.transfers(found_by="model")
    assert (proposed.supplier, proposed.recipient, proposed.item, proposed.found_by) == (("HRV",), ("SRB",), "patrol boats", "model")
    rules = proposal_kb.transfers(found_by="rules")
    assert len(rules) == 2 and {t.found_by for t in rules} == {"rules"}
    assert len(proposal_kb.transfers()) == 3


@pytest.mark.parametrize(
    ("filters", "items"),
    [
        ({"found_by": "MODEL"}, ["patrol boats"]),  # compared case-insensitively, as statuses are
        ({"found_by": "rules,model"}, ["armoured vehicles", "patrol boats", "utility helicopters"]),
        ({"found_by": ["model"], "recipient": "SRB"}, ["patrol boats"]),
        ({"found_by": "model", "supplier": "HUN"}, []),
        ({"found_by": "rules", "item": "helicopters"}, ["utility helicopters"]),
        ({"found_by": "model", "outlet": "army"}, ["patrol boats"]),
        ({"found_by": "model", "outlet": "wire"}, []),
        ({"found_by": "rules", "all_copies": True}, ["armoured vehicles", "armoured vehicles", "utility helicopters"]),
    ],
)
def test_transfer_found_by_combines_with_the_other_filters(proposal_kb, filters, items):
    assert sorted(t.item for t in proposal_kb.transfers(**filters)) == items


def test_transfers_count_by_what_found_them(proposal_kb):
    counts = proposal_kb.counts("transfers", by="found_by")
    assert dict(zip(counts["found_by"], counts["records"])) == {"rules": 2, "model": 1}


@pytest.mark.parametrize(
    ("found_by", "message"),
    [("modle", "unknown found_by 'modle'; did you mean model? (choose from rules, model)"),
     ("people", "unknown found_by 'people' (choose from rules, model)")],
)
def test_an_unknown_transfer_finder_is_one_unknown_value_error(proposal_kb, found_by, message):
    with pytest.raises(UnknownValue) as raised:
        proposal_kb.check("transfers", found_by=found_by)
    assert str(raised.value) == message


# ---- agreements and alliance moves: the same filter ------------------------------------------


def test_found_by_keeps_the_agreements_that_finder_found(proposal_kb):
    (proposed,) = proposal_kb.agreements(found_by="model")
    assert (proposed.parties, proposed.name, proposed.status, proposed.found_by) == (("HRV", "SRB"), "defence accord", "agreed", "model")
    (rules,) = proposal_kb.agreements(found_by="rules")
    assert (rules.parties, rules.found_by) == (("HUN", "SRB"), "rules")
    assert len(proposal_kb.agreements()) == 2


def test_found_by_keeps_the_alliance_moves_that_finder_found(proposal_kb):
    (proposed,) = proposal_kb.alliances(found_by="model")
    assert (proposed.members, proposed.name, proposed.found_by) == (("HRV", "SRB"), "river league", "model")
    (rules,) = proposal_kb.alliances(found_by="rules")
    assert (rules.members, rules.found_by) == (("HUN", "SRB"), "rules")
    assert len(proposal_kb.alliances()) == 2


@pytest.mark.parametrize(
    ("table", "filters", "found"),
    [
        ("agreements", {"found_by": "MODEL"}, [("HRV", "SRB")]),  # compared case-insensitively, as statuses are
        ("agreements", {"found_by": "rules,model"}, [("HRV", "SRB"), ("HUN", "SRB")]),
        ("agreements", {"found_by": ["model"], "party": "SRB"}, [("HRV", "SRB")]),
        ("agreements", {"found_by": "model", "party": "HUN"}, []),
        ("agreements", {"found_by": "rules", "domain": "defence"}, [("HUN", "SRB")]),
        ("agreements", {"found_by": "model", "status": "agreed", "outlet": "army"}, [("HRV", "SRB")]),
        ("agreements", {"found_by": "rules", "all_copies": True}, [("HUN", "SRB"), ("HUN", "SRB")]),
        ("alliances", {"found_by": "Model"}, [("HRV", "SRB")]),
        ("alliances", {"found_by": "rules,model"}, [("HRV", "SRB"), ("HUN", "SRB")]),
        ("alliances", {"found_by": "model", "member": "HRV"}, [("HRV", "SRB")]),
        ("alliances", {"found_by": "model", "member": "HUN"}, []),
        ("alliances", {"found_by": "model", "outlet": "wire"}, []),
        ("alliances", {"found_by": "rules", "all_copies": True}, [("HUN", "SRB"), ("HUN", "SRB")]),
    ],
)
def test_agreement_and_alliance_found_by_combines_with_the_other_filters(proposal_kb, table, filters, found):
    records = getattr(proposal_kb, table)(**filters)
    assert sorted(r.parties if table == "agreements" else r.members for r in records) == found


@pytest.mark.parametrize("table", ["agreements", "alliances"])
def test_agreements_and_alliances_count_by_what_found_them(proposal_kb, table):
    counts = proposal_kb.counts(table, by="found_by")
    assert dict(zip(counts["found_by"], counts["records"])) == {"rules": 1, "model": 1}


@pytest.mark.parametrize("table", ["agreements", "alliances"])
def test_an_unknown_agreement_or_alliance_finder_is_one_unknown_value_error(proposal_kb, table):
    with pytest.raises(UnknownValue) as raised:
        proposal_kb.check(table, found_by="modle")
    assert str(raised.value) == "unknown found_by 'modle'; did you mean model? (choose from rules, model)"
