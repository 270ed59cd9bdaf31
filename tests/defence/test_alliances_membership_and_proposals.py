"""Membership and proposed alliances as real copy phrases them (issue 13, docs/annotation.md 9.4),
on invented sentences: adherence to a pact is membership of it, a membership frozen in the
passive after "be", a bid or an application for membership by its possessor or the verb's
subject, a membership confirmed; a leader calling for a pact; and the near misses: a bid
rejected or not made, membership of a body that is no alliance, an idea of an alliance rejected."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Albania's adherence to the Warsaw Pact ended in 1968.", [("ALB,WARSAW_PACT", "dissolved")]),
        ("Bulgaria confirmed its adherence to the Warsaw Pact.", [("BGR,WARSAW_PACT", "formal")]),
        ("Hungary reaffirmed its membership in NATO.", [("HUN,NATO", "formal")]),
        ("Armenia's membership in the CSTO has been frozen.", [("ARM,CSTO", "suspended")]),
        ("Ukraine formally applied for NATO membership.", [("NATO,UKR", "proposed")]),
        ("Georgia's bid for NATO membership was discussed.", [("GEO,NATO", "proposed")]),
        ("Azerbaijan quit the CSTO in 1999.", [("AZE,CSTO", "dissolved")]),
    ],
)
def test_membership_told_by_a_noun_or_a_verb(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iranian foreign minister called for a security pact between Iran and Iraq.", [("IRN,IRQ", "proposed")]),
        ("Erdogan proposed the formation of a defence bloc between Turkey and Azerbaijan.", [("AZE,TUR", "proposed")]),
        # giving no details negates nothing
        ("Lukashenko did not give details on the idea of an alliance between Belarus and North Korea.", [("BLR,PRK", "proposed")]),
        ("Armenia did not reject the idea of an alliance with Iran.", [("ARM,IRN", "proposed")]),
    ],
)
def test_an_alliance_put_forward_is_proposed(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Georgia's bid for NATO membership was rejected.",
        "Serbia did not apply for NATO membership.",
        "Kosovo's bid for EU membership was discussed.",
        "Armenia rejected the idea of an alliance with Iran.",
        "Baku dismissed the proposal of a military alliance with Ankara.",
        "Tehran denied reports of a military alliance with Moscow.",
    ],
)
def test_near_misses_make_no_alliance(extract_text, text):
    assert alliances_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burundi has suspended its participation in the regional force fighting rebels alongside Uganda and Kenya, the government said.", [("BDI,KEN,UGA", "suspended")]),
        ("Mali withdrew its participation in the joint force with Niger and Burkina Faso.", [("BFA,MLI,NER", "dissolved")]),
    ],
)
def test_a_joint_force_of_named_states_is_their_alliance(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chad suspended its participation in the peacekeeping force in Sudan.",
        "Chad suspended its participation in the talks alongside Niger.",
        "Chad may suspend its participation in the joint force with Niger.",
    ],
)
def test_a_force_with_no_partner_talks_or_a_possible_step_make_no_alliance(extract_text, text):
    assert alliances_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Philippines, a treaty ally of the United States, protested.", [("PHL,USA", "formal")]),
        ("Japan, a close ally of the United States, protested.", []),
        ("Greece, once a treaty ally of Turkey, protested.", []),
    ],
)
def test_a_treaty_ally_told_in_apposition(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An alliance between Minsk and Pyongyang was announced.", [("BLR,PRK", "formal")]),
        ("Minsk and Pyongyang announced a military alliance on Friday.", [("BLR,PRK", "formal")]),
        ("Minsk announced plans for a military alliance with Pyongyang.", [("BLR,PRK", "proposed")]),
        ("Minsk denied announcing an alliance with Pyongyang.", []),
    ],
)
def test_an_alliance_announced_is_made(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected
