"""An accession protocol the allies sign "with" a state takes that state in (docs/annotation.md 9.1:
an agreement to admit states into a body is `agreed`, its parties the states taken in and the body;
9.4: the state is a `proposed` member until the accession is complete)."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined, alliances_joined

SIGNED_WITH = [
    "NATO foreign ministers signed an accession protocol with Malta on Thursday.",
    "NATO's 32 members signed the accession protocol with Malta on Wednesday, opening the way for it to join.",
]


@pytest.mark.parametrize("text", SIGNED_WITH)
def test_an_accession_protocol_signed_with_a_state_is_agreed_with_the_alliance(extract_text, text):
    assert agreements_joined(extract_text, text) == [("MLT,NATO", "agreed")]


@pytest.mark.parametrize("text", SIGNED_WITH)
def test_the_state_it_is_signed_with_is_a_proposed_member(extract_text, text):
    assert alliances_joined(extract_text, text) == [("MLT,NATO", "proposed")]
