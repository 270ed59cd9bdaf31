"""Mutual defence told without the word "alliance" (issue 13, docs/annotation.md 9.4), on invented
sentences: states that pledge to defend each other or to come to each other's aid, a clause that
equates an attack on one with an attack on the other, a pact named for mutual (military)
assistance or collective defence, and a pact of any name whose sentence tells such a pledge; and
the near misses: a pledge denied, only alleged or only possible, help that is not defence,
a justice treaty of "mutual legal assistance", a trade pact."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana and Togo pledged to defend each other in case of attack.", [("GHA,TGO", "formal")]),
        ("Hanoi and Vientiane agreed to come to one another's defence if attacked.", [("LAO,VNM", "formal")]),
        # a treaty that commits them: the subject of the reciprocal clause
        ("The treaty commits Chile and Peru to come to each other's aid if either is attacked.", [("CHL,PER", "formal")]),
        ("Under the pact, an attack on Kenya is an attack on Uganda.", [("KEN,UGA", "formal")]),
        # the conditional is the pact's own clause
        ("Aggression against Armenia would be treated as aggression against Iran, the pact says.", [("ARM,IRN", "formal")]),
        ("Ghana and Togo may pledge to defend each other.", [("GHA,TGO", "proposed")]),
        # the states the governing verb binds; aid named as military
        ("The treaty obliges Russia and Belarus to provide military assistance to each other.", [("BLR,RUS", "formal")]),
        ("The pact commits Ghana and Togo to defend each other.", [("GHA,TGO", "formal")]),
    ],
)
def test_states_that_take_on_each_others_defence_are_allies(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam and Laos signed an agreement on mutual military assistance.", [("LAO,VNM", "formal")]),
        ("Brazil and Argentina signed a collective defence treaty.", [("ARG,BRA", "formal")]),
        # a pact of any name whose sentence tells the pledge
        ("Seoul and Canberra signed a cooperation accord, pledging to defend each other.", [("AUS,KOR", "formal")]),
        ("Ankara and Baku signed a pact of mutual assistance, pledging that an attack on one is an attack on both.", [("AZE,TUR", "formal")]),
        ("Pyongyang and Moscow concluded a comprehensive strategic partnership treaty that includes a mutual defence clause.", [("PRK,RUS", "formal")]),
        # the pledge between the pact's name and its stage verb; aid promised should the other be attacked
        ("Russia and North Korea's new treaty, which requires each to provide military aid if the other is attacked, was ratified by Moscow.", [("PRK,RUS", "formal")]),
        ("Laos and Cambodia signed a pact under which each side will send troops if the other is attacked.", [("KHM,LAO", "formal")]),
        # an affirmed treaty stands; a headline's comma list signs
        ("Seoul and Washington reaffirmed their mutual defence treaty.", [("KOR,USA", "formal")]),
        ("Chile, Peru sign mutual defence treaty", [("CHL,PER", "formal")]),
    ],
)
def test_a_pact_of_mutual_defence_is_an_alliance_of_its_parties(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Moscow accused Tokyo and Seoul of pledging to defend each other.",
        "Ghana and Togo did not pledge to defend each other.",
        "Ghana and Togo pledged to help each other fight poverty.",
        "Two technology firms agreed to help each other.",
        "The players defended each other.",
        "Peru and Ecuador signed a mutual legal assistance treaty.",
        "Peru and Ecuador signed a trade pact.",
        "The treaty obliges Russia and Belarus to provide economic assistance to each other.",
        "Peru and Ecuador signed a trade treaty that includes a mutual recognition clause.",
        # a topic narrows the pact: the condition is not its defence
        "Peru and Chile signed a trade treaty on Monday, and officials said tariffs would fall if either side is attacked by speculators.",
    ],
)
def test_near_misses_make_no_alliance(extract_text, text):
    assert alliances_joined(extract_text, text) == []
