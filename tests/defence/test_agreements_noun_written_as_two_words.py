"""An agreement noun written as two words ("a road map" for "a roadmap", "a cease fire", "a frame
work") names the same instrument as the one word (issue 8: a signed roadmap is an agreement):
split_noun rows in agreement_words.csv, read as one only when the joined word is a listed
agreement noun. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Lima on Friday a road map for joint naval patrols was signed by Chile and Peru.", [("CHL,PER", "signed")]),
        ("A cease fire was signed by Ethiopia and Eritrea on Monday after two weeks of talks.", [("ERI,ETH", "signed")]),
        ("Colombia and Ecuador last year agreed a frame work for defence cooperation.", [("COL,ECU", "agreed")]),
    ],
)
def test_an_agreement_noun_written_as_two_words_is_the_noun(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_the_second_word_alone_names_no_agreement(extract_text):
    # "map" without its "road" is no agreement noun, signed or not
    assert agreements_joined(extract_text, "Chile and Peru signed a map of the border region.") == []
