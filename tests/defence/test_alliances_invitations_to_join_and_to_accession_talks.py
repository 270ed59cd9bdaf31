"""An invitation told actively or by a noun still puts a membership forward (docs/annotation.md §9.4:
proposed): "the allies invited Albania to join NATO" (the state invited is the object),
"extended invitations to X and Y to join the alliance" (the states the invitation is to), "NATO
ministers invited X to start accession talks" (talks on joining the alliance that invites). An
invitation to talks of another kind, to a summit, or one told as a condition, is none.
Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The allies invited Albania to join NATO at the Bucharest summit.", [(("ALB", "NATO"), "proposed")]),
        (
            "CSTO leaders extended formal invitations to Mongolia and Serbia to join the alliance on Friday.",
            [(("CSTO", "MNG"), "proposed"), (("CSTO", "SRB"), "proposed")],
        ),
        ("NATO foreign ministers on Tuesday invited Georgia to start accession talks.", [(("GEO", "NATO"), "proposed")]),
        ("The NATO council invited Bosnia to open membership negotiations next year.", [(("BIH", "NATO"), "proposed")]),
    ],
)
def test_an_invitation_to_join_or_to_accession_talks_is_a_proposed_membership(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NATO foreign ministers invited Georgia to start talks on cyber defence.",
        "NATO leaders extended an invitation to Japan to attend the summit.",
        "The EU invited Serbia to start accession talks on Tuesday.",
        "Had NATO invited Georgia to join the alliance in 2008, war might have been avoided.",
    ],
)
def test_an_invitation_to_other_talks_or_to_no_alliance_or_in_a_condition_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []
