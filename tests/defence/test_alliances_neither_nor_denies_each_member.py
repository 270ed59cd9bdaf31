""""neither X nor Y" denies each of its members: "a member of neither NATO nor the CSTO" tells no
membership (not one per alliance, nor one record of both), and a subject or object coordinated by
"neither ... nor" negates the joining it is told with."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    "text",
    [
        # the review's repro
        "Serbia is a member of neither NATO nor the CSTO.",
        "Mongolia, a member of neither the CSTO nor NATO, hosted the drills.",
        "Neither Chile nor Peru is a member of NATO.",
        "Neither Chile nor Peru has joined NATO.",
        "Sources in Lima said Ecuador joined neither NATO nor the Rio Treaty.",
    ],
)
def test_neither_nor_tells_no_membership(extract_text, text):
    assert alliances_joined(extract_text, text) == []


def test_the_membership_told_beside_a_neither_nor_stays(extract_text):
    assert alliances_joined(extract_text, "Chile joined NATO, but neither Peru nor Bolivia followed.") == [("CHL,NATO", "formal")]
