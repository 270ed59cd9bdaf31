""""A and B would be invited to join the alliance": states that join (or are to join) the alliance
named before are members of it (docs/annotation.md §9.4), not allies of each other by a pact of
their own; with no alliance named before, "the alliance" joined gives no record at all. Invented
sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leaders at the CSTO summit said Serbia and Mongolia would be invited to join the alliance next year.",
            [(("CSTO", "MNG"), "proposed"), (("CSTO", "SRB"), "proposed")],
        ),
        ("Bosnia and Serbia, both invited to join the alliance at the NATO summit, welcomed the news.", []),
    ],
)
def test_joining_the_alliance_is_membership_not_a_pact_between_the_joiners(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected
