"""A garrison told by its size in a relative clause of keeping ("the 1,100 soldiers X keeps in Y",
"the garrison of 700 that X has in Y") is based there (docs/annotation.md §9.3: a garrison a
state keeps, has or maintains in another state, told by its size): the clause's subject (a pronoun
read as the state it stands for) sends them, the place hosts them. A garrison kept "once", no longer
kept, or told gone home is none (the schema has no "ended" stage). Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Italy will trim the garrison of 1,100 soldiers it has in Lebanon to 800 next year.", ("ITA", "LBN")),
        ("The 700 marines that Canberra maintains in Papua New Guinea will be rotated every six months.", ("AUS", "PNG")),
        # some of them brought home: the rest are kept
        ("Italy will bring home 300 of the 1,100 soldiers it keeps in Lebanon by June.", ("ITA", "LBN")),
        # a departure denied leaves the garrison kept
        ("Italy will not withdraw the 1,100 soldiers it keeps in Lebanon.", ("ITA", "LBN")),
    ],
)
def test_a_sized_garrison_kept_in_a_relative_clause_is_based_there(extract_text, text, parties):
    assert rule_activity_statuses(extract_text, text) == [(parties, "ongoing")]


@pytest.mark.parametrize(
    "text",
    [
        # no forces: what a state keeps abroad is no garrison
        "Italy plans to auction the 40 trucks it keeps in Lebanon.",
        # a garrison in a story of fighting is no joint activity
        "Moscow will leave the 2,000 soldiers it has in Syria, where they are battling rebels.",
        # no size: "soldiers it has in X" reads as often of an occupation
        "Ankara will not withdraw the soldiers it has in Iraq.",
        # kept once, no longer
        "Britain no longer has the 20,000 soldiers it once kept in Germany.",
        "Britain said the 4,000 soldiers it once kept in Germany had all come home.",
        # told gone home
        "Italy said the 1,100 soldiers it kept in Lebanon had flown home.",
    ],
)
def test_no_garrison_without_forces_size_consent_or_presence(extract_text, text):
    assert rule_activity_statuses(extract_text, text) == []


def test_a_relative_clause_on_a_pronoun_in_a_verbless_clause_ends(extract_text):
    # "those who have ...": the walk up to the verb above the forces stops at the sentence's root,
    # whatever its part of speech (it once went on forever on a theatre's web page)
    assert rule_activity_statuses(extract_text, "For those who have yet to see <The Harbour: A Tale of Two Sisters>, what are you waiting for?") == []
