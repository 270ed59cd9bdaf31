"""A reaction told in a relative clause on a noun that sums up the act just told (sentences
written for these tests)."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "reaction"),
    [
        ("Albania moved special forces to the border on Monday, a move Athens denounced as reckless.", ("ACCUSE", ("GRC",), ("ALB",))),
        ("Israel struck targets in Syria, a step which Damascus denounced as aggression.", ("ACCUSE", ("SYR",), ("ISR",))),
        ("Japan lifted the curfew, a decision Seoul welcomed.", ("SUPPORT", ("KOR",), ("JPN",))),
    ],
)
def test_a_reaction_to_the_summing_noun_is_aimed_at_the_act_s_doer(extract_text, sentence, reaction):
    events = extract_text(sentence).events
    assert (events[-1].type, events[-1].actor, events[-1].recipient) == reaction


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Israeli jets struck what the military said was a Hamas rocket workshop in Gaza City.", ("ISR",), ("REB",)),
        ("The US struck what it said was an Iranian drone factory.", ("USA",), ("IRN",)),
        ("Turkish drones bombed what Ankara called PKK hideouts in northern Iraq.", ("TUR",), ("REB",)),
    ],
)
def test_a_target_told_in_a_free_relative_is_what_the_clause_names_not_its_speaker(extract_text, sentence, actor, recipient):
    assert [(e.type, e.actor, e.recipient) for e in extract_text(sentence).events] == [("ASSAULT", actor, recipient)]
