"""A member noun that names a head noun of states ("member state", "member country", "member
nation") tells a membership as the member noun alone does (docs/annotation.md §9.4: formal once a
member): "X is now a full member state of NATO" (the subject of a verb of being), "the
four CSTO member countries, Armenia, Belarus, Russia and Tajikistan, ..." (the states set beside
it), one record per state. A former or wished member state, or one of a body that is no military
alliance, gives none. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatia is now a full member state of NATO, its president said.", [(("HRV", "NATO"), "formal")]),
        (
            "Ministers of the four CSTO member countries, Armenia, Belarus, Russia and Tajikistan, met in Minsk.",
            [(("ARM", "CSTO"), "formal"), (("BLR", "CSTO"), "formal"), (("CSTO", "RUS"), "formal"), (("CSTO", "TJK"), "formal")],
        ),
        ("Bosnia hopes to become a member state of NATO within ten years.", [(("BIH", "NATO"), "proposed")]),
    ],
)
def test_a_member_state_of_an_alliance_is_a_membership(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ministers of the two EU member states, France and Italy, met in Rome.",
        "Ministers of the two former Warsaw Pact member countries, Poland and Hungary, met in Budapest.",
        "Croatia is now a full member state of the European Union, its president said.",
    ],
)
def test_a_former_member_state_or_one_of_no_alliance_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []
