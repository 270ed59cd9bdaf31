"""A "for X to join" infinitive makes X only a proposed member when it hangs on a word of opening
a way ("opened the door for X to join"); hung on anything else ("it took years for X to join",
"the wait for X to join ended") it tells the membership as the sentence tells it."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's repros
        ("It took two years for Sweden to join NATO.", [("NATO,SWE", "formal")]),
        ("The long wait for Sweden to join NATO ended on Thursday.", [("NATO,SWE", "formal")]),
        ("Diplomats in Lima said it had taken a decade for Ecuador to enter the Rio Treaty.", [("ECU,RIO_TREATY", "formal")]),
    ],
)
def test_a_for_infinitive_on_another_word_keeps_the_membership(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


def test_a_way_opened_for_x_to_join_is_still_an_aim(extract_text):
    assert alliances_joined(extract_text, "A quiet deal in Astana smoothed the path for Mongolia to join the CSTO.") == [("CSTO,MNG", "proposed")]
