"""Leaving an alliance told by a noun ("its withdrawal from the CSTO", "Chile's exit from the Rio
Treaty") or by a verb of going with its particle ("walked out of SEATO") dissolves each named
state's membership (docs/annotation.md §9.4: a member left); a withdrawal only sought, threatened,
possible or denied leaves the state a member. Invented sentences in several wire styles."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan's withdrawal from the CSTO in 2031 surprised its neighbours.", [(("CSTO", "KAZ"), "dissolved")]),
        ("Chile today announced its exit from the Rio Treaty, citing its cost.", [(("CHL", "RIO_TREATY"), "dissolved")]),
        ("The Peruvian Congress on Monday approved the country's withdrawal from the Inter-American Treaty of Reciprocal Assistance.", [(("PER", "RIO_TREATY"), "dissolved")]),
        (
            "The defence ministers of Armenia and Kyrgyzstan confirmed the withdrawal of their countries from the CSTO at a news conference.",
            [(("ARM", "CSTO"), "dissolved"), (("CSTO", "KGZ"), "dissolved")],
        ),
        ("France's pullout from SEATO took effect in 1974, a historian notes.", [(("FRA", "SEATO"), "dissolved")]),
    ],
)
def test_a_withdrawal_told_by_a_noun_dissolves_each_membership(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nationalists in Ankara have called for Turkey's withdrawal from NATO.",
        "The senator threatened a US withdrawal from NATO if allies did not pay more.",
        "A possible exit of Armenia from the CSTO was discussed in Yerevan.",
        "Moscow fears Kazakhstan's withdrawal from the CSTO.",
        "Belarus rejected any withdrawal from the CSTO.",
        "Chile's withdrawal from the Paris climate accord was announced on Monday.",
        "France's withdrawal from NATO's integrated military command in 1966 was a shock.",
        "Russia's exit from the Council of Europe was completed in March.",
    ],
)
def test_a_withdrawal_wished_or_threatened_or_from_no_alliance_is_none(extract_text, text):
    assert [a for a in extract_text(text).alliances if a.status == "dissolved"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uzbekistan walked out of the CSTO in 2012, officials recalled.", [(("CSTO", "UZB"), "dissolved")]),
        ("Pakistan, which had stormed out of SEATO in 1972, kept its ties to Washington.", [(("PAK", "SEATO"), "dissolved")]),
    ],
)
def test_walking_out_of_an_alliance_leaves_it(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Uzbek delegation walked out of the CSTO summit in protest.",
        "Pakistan's envoy walked into NATO headquarters on Monday.",
    ],
)
def test_walking_out_of_a_meeting_or_into_a_building_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "If Canada were ever to walk out of NATO, the alliance would lose its Arctic flank.",
        "Should Moldova ever be admitted to NATO, Moscow says it would respond.",
        "Had Austria applied to join NATO in 1995, it would be a member today.",
        "Were Armenia to quit the CSTO, Russia would close its base.",
    ],
)
def test_a_membership_move_told_as_a_condition_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []


def test_a_membership_move_beside_a_condition_still_counts(extract_text):
    text = "Finland joined NATO in 2023, and if Russia attacks, the alliance will defend it."
    assert (("FIN", "NATO"), "formal") in alliances_listed(extract_text, text)
