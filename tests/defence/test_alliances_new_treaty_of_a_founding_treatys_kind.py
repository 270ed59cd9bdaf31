"""A treaty named by the common words of an alliance's founding treaty after "a" or "an" ("signed a
collective security treaty") is a new treaty of that kind: its signers are allies of each other,
one formal record of the states alone (docs/annotation.md §9.4: a mutual defence or security
treaty signed between states), not members of the alliance whose own treaty has that name. The
named treaty ("the Collective Security Treaty", "the North Atlantic Treaty") still stands for its
alliance. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali, Niger and Chad signed a collective security treaty in Bamako on Friday.",
            [(("MLI", "NER", "TCD"), "formal")],
        ),
        ("Guinea and Togo signed a new collective security treaty on Monday.", [(("GIN", "TGO"), "formal")]),
    ],
)
def test_a_new_treaty_of_the_kind_makes_its_signers_allies(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greece and Turkey signed the North Atlantic Treaty in 1952.", [(("GRC", "NATO"), "formal"), (("NATO", "TUR"), "formal")]),
        ("Uzbekistan left the Collective Security Treaty for a second time in 2012.", [(("CSTO", "UZB"), "dissolved")]),
    ],
)
def test_the_named_founding_treaty_still_stands_for_its_alliance(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


def test_a_new_treaty_on_a_civil_topic_makes_no_allies(extract_text):
    assert alliances_listed(extract_text, "Mali and Niger signed a border treaty in Bamako on Friday.") == []
