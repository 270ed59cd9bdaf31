"""Agreements told in passing that a reader must not take as standing: ended, alleged or
denied pacts, a pact whose "its" points at the state a verb aims at, a pact another state is
urged to scrap, and an admission accord that a state blocks. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    "text",
    [
        # an agreement that has ended is not in force
        "Cuba recalled its former defence pact with Moscow.",
        "Kyiv still cites its defunct security treaty with Moscow.",
        "Manila reviewed its lapsed defence accord with Tokyo.",
        "Havana spoke fondly of its old military pact with Moscow.",
        # an agreement only suspected gives nothing
        "Washington condemned Pyongyang over its alleged arms pact with Moscow.",
        "Seoul protested against Minsk over its rumoured security accord with Pyongyang.",
        "London summoned Tehran's envoy over its purported arms deal with Moscow.",
        # a determiner that denies the agreement gives nothing
        "Vietnam has no defence treaty with the United States.",
        "India has no military alliance with Russia, the minister said.",
        "Neither pact with Beijing binds Islamabad.",
    ],
)
def test_ended_alleged_or_denied_agreements_give_nothing(extract_text, text):
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" in the grounds of a verb aimed at a state is that state's
        ("Washington condemned Pyongyang over its pact with Moscow.", [("PRK,RUS", "in_force")]),
        ("Paris criticised Bamako for its security accord with Moscow.", [("MLI,RUS", "in_force")]),
        ("Tokyo rebuked Beijing over its defence treaty with Pyongyang.", [("CHN,PRK", "in_force")]),
        # otherwise the clause's subject holds it
        ("The Philippines reminded China of its mutual defence treaty with the United States.", [("PHL,USA", "in_force")]),
    ],
)
def test_its_is_the_state_the_verb_aims_at_when_the_pact_is_the_grounds(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "urger"),
    [
        ("China urged Manila to scrap its defence treaty with Washington.", "CHN"),
        ("Moscow pressed Minsk to drop its security pact with Beijing.", "RUS"),
        ("Russia called on Armenia to quit its defence treaty with France.", "RUS"),
    ],
)
def test_the_state_that_urges_is_no_party_to_the_treaty(extract_text, text, urger):
    assert all(urger not in parties.split(",") for parties, _ in agreements_joined(extract_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "Hungary blocked the accord to admit Sweden into NATO for months.",
        "Turkey rejected the agreement to bring Finland into NATO.",
        "Greece vetoed the accord to admit North Macedonia into NATO.",
    ],
)
def test_a_blocked_admission_accord_is_not_agreed(extract_text, text):
    assert all(status != "agreed" for _, status in agreements_joined(extract_text, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an existing treaty whose end is only urged or wished still stands
        ("China urged Manila to scrap its defence treaty with Washington.", [("PHL,USA", "in_force")]),
        ("Russia called on Armenia to quit its defence treaty with France.", [("ARM,FRA", "in_force")]),
        ("Washington urged Ankara to abandon its arms pact with Moscow.", [("RUS,TUR", "in_force")]),
    ],
)
def test_a_treaty_whose_end_is_only_urged_stays_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
