"""An activity that something opens, clears or paves the way for ("the treaty paves the way for
combined naval drills") is a prospect it enables, not an activity held: no record, whatever the
tense of the opening verb. The activity may sit in the "for" phrase of the way, or in a clause
under it ("smooths the way for X's divers to take part in joint training"). A relative clause on
the activity's own noun that tells it held ("... for joint patrols, which began in May") gives the
record that clause's stage. An activity held in the same sentence, outside the way's phrase,
stays. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties, rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Officials in Oslo hope the new basing treaty with Sweden will pave the way for combined naval drills between Norway and Sweden.", {"NOR", "SWE"}),
        # the activity in an infinitive clause on the way
        ("Once ratified by both houses, the Latvian-Danish memorandum clears the way for Danish divers to take part in joint training near Liepaja.", {"DNK", "LVA"}),
        ("Hanoi's approval of the protocol with India opens the door to joint patrols by the Indian and Vietnamese navies.", {"IND", "VNM"}),
    ],
)
def test_no_activity_for_what_the_way_is_opened_for(extract_text, text, pair):
    assert not any(set(parties) == pair for parties in activity_parties(extract_text, text))


def test_an_activity_held_beside_the_way_stays(extract_text):
    text = "Norwegian and Swedish warships held joint drills off Bergen on Monday, and the two navies said the exercise paved the way for a permanent flotilla."
    assert ("NOR", "SWE") in activity_parties(extract_text, text)


def test_an_enabled_activity_a_clause_tells_held_keeps_that_stage(extract_text):
    text = "A border protocol signed in 2019 paved the way for joint patrols by Kenya and Ethiopia, which began along the Moyale road last month."
    assert (("ETH", "KEN"), "occurred") in rule_activity_statuses(extract_text, text)
