"""A bid or an invitation to join a pact among a few states with no organisation of its own (the
Alliance of Sahel States) is a proposed alliance of the pact's members and the state bidding or
invited (docs/annotation.md 9.4: an alliance between states put forward), however the pact is
named. An accession completed or a state leaving stays a membership record, and a bid to join an
alliance organisation (NATO) stays one too. All sentences are invented."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return sorted((a.members, a.status) for a in extract_text(text).alliances)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guinea hopes to join the Alliance of Sahel States, its foreign minister said.", [(("BFA", "GIN", "MLI", "NER"), "proposed")]),
        ("The Sahel juntas invited Togo to join the Alliance of Sahel States on Monday.", [(("BFA", "MLI", "NER", "TGO"), "proposed")]),
        ("Chad is weighing whether to join Mali, Burkina Faso and Niger in their Alliance of Sahel States.", [(("BFA", "MLI", "NER", "TCD"), "proposed")]),
    ],
)
def test_a_bid_to_join_a_pact_of_states_is_a_proposed_alliance_of_its_members(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Niger left the Alliance of Sahel States in June.", [(("AES", "NER"), "dissolved")]),
        ("Georgia hopes to join NATO, its foreign minister said.", [(("GEO", "NATO"), "proposed")]),
    ],
)
def test_a_leaving_or_a_bid_to_join_an_organisation_stays_a_membership(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected
