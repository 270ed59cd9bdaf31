"""A membership told in an infinitive with its own subject after "for", on a word of opening a way
("paved the way for X to join the CSTO", "opened the door for X to enter the bloc") is the aim a step opens the way to, not a membership reached: X is a proposed member
(docs/annotation.md 9.4), never a formal one. A membership told as done stays formal."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parliament's vote in Yerevan paved the way for Iran to enter the CSTO next spring.", [("CSTO,IRN", "proposed")]),
        ("Turkey lifted its veto on Tuesday, clearing the path for Ireland to become a full member of NATO.", [("IRL,NATO", "proposed")]),
        ("The ministers' signatures open the door for Mongolia and Serbia to join the CSTO as full members.", [("CSTO,MNG", "proposed"), ("CSTO,SRB", "proposed")]),
    ],
)
def test_a_membership_the_way_is_opened_for_is_only_proposed(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


def test_a_membership_told_as_done_stays_formal(extract_text):
    assert alliances_joined(extract_text, "After the vote Ireland became a full member of NATO on Tuesday.") == [("IRL,NATO", "formal")]


@pytest.mark.parametrize(
    "text",
    [
        # no state is named as the one whose way is opened
        "The summit opened the way for the bloc to grow, the envoys said.",
        # a body that is no military alliance
        "The vote paved the way for Serbia to join the European Union.",
    ],
)
def test_no_membership_when_no_state_joins_an_alliance(extract_text, text):
    assert alliances_joined(extract_text, text) == []
