"""Joining an alliance or an organisation, told as "joined X" or "became X's member", is SUPPORT
057 towards it, as signing its treaty is (docs/annotation.md 6.1); sentences written for these tests."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    "sentence",
    [
        "North Macedonia joined NATO on Friday.",
        "North Macedonia formally became NATO's 30th member on Friday.",
        "North Macedonia became a member of NATO on Friday after depositing its instrument of accession.",
    ],
)
def test_joining_an_alliance_supports_it(extract_text, sentence):
    assert events_coded(extract_text, sentence) == [("SUPPORT", ("MKD",), ("NATO",))]


def test_a_state_asked_to_join_a_partner_in_a_pact_makes_no_second_event(extract_text):
    sentence = "Mongolia's president proposed that Kazakhstan and Kyrgyzstan join Mongolia in a regional water pact."
    assert [e.type for e in extract_text(sentence).events] == ["AGREE"]
