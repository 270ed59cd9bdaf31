"""Combat jets named by their role ("strike jets", "ground-attack jets", "light combat jets",
"combat trainers") are aircraft goods like "combat jets" and "jet trainers": the transfer rules
see them. Bare "jet" stays out (private jets). Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status, t.category, t.quantity) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ecuador ordered six strike jets from Brazil last month.", [("BRA", "ECU", "ordered", "combat aircraft", 6)]),
        ("Chad received four light combat jets from Ukraine on Friday.", [("UKR", "TCD", "delivered", "combat aircraft", 4)]),
        ("Serbia will buy 12 combat trainers from Italy, the ministry said.", [("ITA", "SRB", "interest", "trainer aircraft", 12)]),
    ],
)
def test_jets_named_by_their_role_are_goods(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # shown at a show, not handed over
        "Jordan sent two strike fighters to the air show in Dubai.",
        # a private jet
        "The tycoon bought two private jets from a Swiss broker.",
    ],
)
def test_jets_that_move_no_goods_stay_empty(extract_text, text):
    assert _transfers(extract_text, text) == []
