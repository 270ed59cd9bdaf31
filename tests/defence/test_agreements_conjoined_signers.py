"""Parties in a subject that conjoins states (docs/annotation.md 9.1): "Latvian and Estonian
officials initialled", "negotiators from Chile and Peru signed": each state conjoined in the
subject is a party, even where the phrase was read as the first state's alone. A state in the
subject that is not conjoined to a party ("officials of Chile, hosting a Peruvian envoy") is
not added so."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvian and Estonian defence officials initialled an agreement on air policing in Riga on Monday.", [("EST,LVA", "agreed")]),
        ("Negotiators from Chile and Peru initialled the text of an accord on maritime security on Friday.", [("CHL,PER", "agreed")]),
        ("Senior officers from Kenya and Uganda signed a memorandum on border security in Kampala.", [("KEN,UGA", "signed")]),
        # the first state read as the owner of the ministries, the others conjoined in a chain
        ("The defence ministries of Peru, Ecuador and Colombia signed a memorandum on river patrols on Monday.", [("COL,ECU,PER", "signed")]),
        ("The navies of Ghana, Togo and Benin signed a memorandum on joint patrols in Lome.", [("BEN,GHA,TGO", "signed")]),
    ],
)
def test_each_state_conjoined_in_the_subject_is_a_party(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a single state's officials and a bystander named elsewhere in the sentence
        "Chilean officials initialled a draft defence accord, a Peruvian newspaper reported, and Bolivia and Argentina protested.",
    ],
)
def test_a_state_outside_the_subject_conjunction_is_no_party(extract_text, text):
    assert agreements_joined(extract_text, text) == []
