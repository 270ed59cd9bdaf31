"""A state said to be a member of several military alliances joined by "and" ("a member of the
CSTO and NATO") holds one membership per alliance (docs/annotation.md 9.4: one record per state
and pact), never one record binding the alliances together. A body that is no military alliance
named beside one is no membership."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were hosted by Chile, a founding member of NATO and the Rio Treaty.", [("CHL,NATO", "formal"), ("CHL,RIO_TREATY", "formal")]),
        ("By then Ecuador and Bolivia were members of the CSTO and NATO.", [("BOL,CSTO", "formal"), ("BOL,NATO", "formal"), ("CSTO,ECU", "formal"), ("ECU,NATO", "formal")]),
    ],
)
def test_a_member_of_several_alliances_holds_one_membership_each(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


def test_a_member_of_one_alliance_stays_one_record(extract_text):
    assert alliances_joined(extract_text, "Norway has been a member of NATO since 1949.") == [("NATO,NOR", "formal")]


def test_a_body_that_is_no_alliance_beside_one_adds_no_membership(extract_text):
    assert alliances_joined(extract_text, "Slovakia is a member of NATO and the European Union.") == [("NATO,SVK", "formal")]


def test_a_membership_only_wished_of_several_alliances_is_no_formal_record(extract_text):
    assert all(status != "formal" for _, status in alliances_joined(extract_text, "Serbia will never be a member of NATO or the CSTO, the minister said."))
