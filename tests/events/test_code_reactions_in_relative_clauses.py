"""A reaction told in a relative clause on a noun that sums up the act just told (sentences
written for these tests)."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "reaction"),
    [
        ("Kosovo deployed special police units to the north on Tuesday, a move Belgrade condemned as a provocation.", ("ACCUSE", ("SRB",), ("XKX",))),
        ("Israel struck targets in Syria, a step which Damascus denounced as aggression.", ("ACCUSE", ("SYR",), ("ISR",))),
        ("Japan lifted the curfew, a decision Seoul welcomed.", ("SUPPORT", ("KOR",), ("JPN",))),
    ],
)
def test_a_reaction_to_the_summing_noun_is_aimed_at_the_act_s_doer(extract_text, sentence, reaction):
    events = extract_text(sentence).events
    assert (events[-1].type, events[-1].actor, events[-1].recipient) == reaction
