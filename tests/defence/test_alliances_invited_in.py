"""A state invited into an alliance is a proposed member of it (docs/annotation.md §9.4: a
membership put forward), also when it is "among" or "one of" the states invited; an invitation
to an alliance's meeting or drill, or one denied, is none. Invented articles in several styles."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Slovakia hopes to be invited into NATO.", ("NATO", "SVK")),
        ("Slovakia expects to figure among the countries invited to join NATO.", ("NATO", "SVK")),
        ("Romania, which wants to feature among the first countries invited into NATO, held elections on Sunday.", ("NATO", "ROU")),
        ("Bulgaria expects to be one of the nations invited into NATO next year.", ("BGR", "NATO")),
        ("Estonia was among the states invited to join NATO at the Prague summit.", ("EST", "NATO")),
        ("Finland was invited to join NATO at the summit.", ("FIN", "NATO")),
    ],
)
def test_a_state_invited_into_an_alliance_is_a_proposed_member(extract_text, text, members):
    assert alliances_listed(extract_text, text) == [(members, "proposed")]


@pytest.mark.parametrize(
    "text",
    [
        "Georgia was not invited into NATO.",
        "Austria was invited to the NATO summit as a guest.",
        "Ukraine was among the states invited to the EU conference.",
        "Sweden was invited to a NATO exercise off Norway.",
    ],
)
def test_an_invitation_to_a_meeting_or_one_denied_is_no_membership(extract_text, text):
    assert alliances_listed(extract_text, text) == []
