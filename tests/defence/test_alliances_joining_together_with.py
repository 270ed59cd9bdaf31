"""States joining or leaving beside the subject ("joined NATO together with Greece", "left the CSTO
along with Georgia") make the same move: one record per state and alliance (docs/annotation.md
§9.4). A companion in something that is no alliance, or a partner "with" whom nothing is joined,
is none. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Portugal, which joined SEATO together with Spain in 1955, never sent troops.", [(("ESP", "SEATO"), "formal"), (("PRT", "SEATO"), "formal")]),
        ("Belarus left the CSTO along with Armenia last year, officials said.", [(("ARM", "CSTO"), "dissolved"), (("BLR", "CSTO"), "dissolved")]),
    ],
)
def test_a_state_joining_or_leaving_together_with_another_moves_too(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Poland joined the WTO together with Hungary in 1995.",
        "Denmark joined NATO's talks with Greenland on Monday.",
    ],
)
def test_a_companion_in_no_alliance_or_a_partner_in_talks_is_none(extract_text, text):
    assert [a for a in extract_text(text).alliances if "HUN" in a.members or "GRL" in a.members] == []
