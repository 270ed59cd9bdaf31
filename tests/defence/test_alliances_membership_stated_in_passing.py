"""A membership told in passing is still told as a fact (docs/annotation.md §9.4: one record per
state and alliance): a member noun in apposition to a state ("Greece, a founding member of
NATO"), "the country became a full member" (the state named just before), "the alliance's 31st
member" or "a member of the defence pact" (the one military alliance the article named before), and a
membership kept ("will remain a member of the CSTO", held now and to come). A former, aspiring or
would-be member holds none. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greece, a founding member of SEATO, sent observers to the drill.", [(("GRC", "SEATO"), "formal")]),
        ("ATHENS (Reuters) - Portugal, the smallest member of NATO by budget, ordered new frigates on Monday.", [(("NATO", "PRT"), "formal")]),
        ("Kyrgyzstan, the poorest member of the CSTO, hosted the summit.", [(("CSTO", "KGZ"), "formal")]),
    ],
)
def test_a_member_noun_in_apposition_to_a_state_is_its_membership(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Albania, a former member of the Warsaw Pact, hosted the conference.",
        "Georgia, an aspiring member of NATO, hosted the conference.",
        "Brazil, a member of the BRICS group, hosted the conference.",
        "Ukraine, a would-be member of NATO, signed a grain deal.",
    ],
)
def test_a_former_or_aspiring_member_or_a_member_of_no_alliance_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finnish jets flew over the Baltic, the first time since the country became a full NATO member.", [(("FIN", "NATO"), "formal")]),
        (
            "Montenegro's flag was raised at NATO headquarters, two days after the country became the alliance's 29th member.",
            [(("MNE", "NATO"), "formal")],
        ),
        (
            "Costa Rica ratified the Rio Treaty in 1948, becoming a full member of the hemispheric defence pact.",
            [(("CRI", "RIO_TREATY"), "formal")],
        ),
    ],
)
def test_a_membership_of_the_country_or_of_the_alliance_named_before(extract_text, text, expected):
    assert expected[0] in alliances_listed(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed a fisheries pact, and Peru became a member of the pact's council.",
        "NATO and the EU met in Brussels; Austria became a member of the pact on trade.",
    ],
)
def test_the_pact_named_before_two_bodies_or_none_is_no_alliance(extract_text, text):
    assert [a for a in extract_text(text).alliances if "AUT" in a.members or "PER" in a.members] == []


def test_a_membership_kept_is_held_also_when_told_as_to_come(extract_text):
    assert alliances_listed(extract_text, "Kazakhstan will remain a member of the CSTO, its foreign minister said.") == [(("CSTO", "KAZ"), "formal")]
