"""The ``found_by`` filter of the activity and transfer lists: the rules' records, or the learned back-off's proposals."""

from __future__ import annotations

import pytest

from accord.errors import StoreError
from accord.query.vocabulary import UnknownValue


@pytest.fixture(scope="module")
def proposal_kb(tmp_path_factory):
    """The fake knowledge base with one activity and one transfer the back-off proposed (``store_fakes.build_kb_with_a_proposal``)."""
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


def test_only_activities_can_be_filtered_by_what_found_them(proposal_kb):
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


def test_agreements_and_alliances_cannot_be_filtered_by_what_found_them(proposal_kb):
    with pytest.raises(StoreError, match="agreements cannot be filtered by found_by"):
        proposal_kb.agreements(found_by="model")
    with pytest.raises(StoreError, match="alliances cannot be filtered by found_by"):
        proposal_kb.alliances(found_by="rules")
