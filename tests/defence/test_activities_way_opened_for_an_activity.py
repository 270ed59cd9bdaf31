"""An activity that something opens, clears or paves the way for ("the treaty paves the way for
combined naval drills") is a prospect it enables, not an activity held: no record, whatever the
tense of the opening verb. The activity may sit in the "for" phrase of the way, or in a clause
under it ("clears the way for X's marines to take part in joint training"). An activity held in
the same sentence, outside the way's phrase, stays. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Officials in Oslo hope the new basing treaty with Sweden will pave the way for combined naval drills between Norway and Sweden.", {"NOR", "SWE"}),
        ("The status-of-forces pact between Chile and Peru entered into force, clearing the way for Peruvian marines to take part in joint training on Chilean beaches.", {"CHL", "PER"}),
        ("Hanoi's approval of the protocol with India opens the door to joint patrols by the Indian and Vietnamese navies.", {"IND", "VNM"}),
    ],
)
def test_no_activity_for_what_the_way_is_opened_for(extract_text, text, pair):
    assert not any(set(parties) == pair for parties in activity_parties(extract_text, text))


def test_an_activity_held_beside_the_way_stays(extract_text):
    text = "Norwegian and Swedish warships held joint drills off Bergen on Monday, and the two navies said the exercise paved the way for a permanent flotilla."
    assert ("NOR", "SWE") in activity_parties(extract_text, text)
