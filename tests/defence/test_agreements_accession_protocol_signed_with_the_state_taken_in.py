"""An accession protocol the allies sign "with" a state takes that state in (docs/annotation.md 9.1:
an agreement to admit states into a body is `agreed`, its parties the states taken in and the body;
9.4: the state is a `proposed` member until the accession is complete). "With" names the state
only on a signing verb whose subject is the alliance or its members, and only when no state is
named by a possessive, "for" or "of" (review 19B: "discussed X's accession protocol with Y" names
the talks' partner Y, no party). Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined, alliances_joined

SIGNED_WITH = [
    "In a ceremony in Brussels, an accession protocol with Cyprus was signed by NATO envoys on Monday.",
    "Ambassadors of all NATO allies have signed an accession protocol with Cyprus, the alliance said in a statement.",
]


@pytest.mark.parametrize("text", SIGNED_WITH)
def test_an_accession_protocol_signed_with_a_state_is_agreed_with_the_alliance(extract_text, text):
    assert agreements_joined(extract_text, text) == [("CYP,NATO", "agreed")]


@pytest.mark.parametrize("text", SIGNED_WITH)
def test_the_state_it_is_signed_with_is_a_proposed_member(extract_text, text):
    assert alliances_joined(extract_text, text) == [("CYP,NATO", "proposed")]


def test_with_on_a_verb_of_talks_names_no_state_taken_in(extract_text):
    # review 19B: Turkey is who the allies talked with; Sweden's protocol takes in Sweden alone
    text = "NATO allies discussed Sweden's accession protocol with Turkey."
    assert [a.parties for a in extract_text(text).agreements if "TUR" in a.parties] == []
    assert [a.members for a in extract_text(text).alliances if "TUR" in a.members] == []
