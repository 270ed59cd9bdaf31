"""A joint activity with one state coded gives no one-state record where forces of no coded state
(or of another state than the party) are told as its other side: conjoined with the subject of
its verb, in its "with"/"between" phrase, or said to be of both or the other side. Forces the
party's own verbs act on ("held a combined drill, mobilising its reservists") are its own and hide
nothing: the one coded side keeps its record. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # forces the party's own participle mobilises
        ("Romania staged a bilateral exercise on the Danube delta, mobilising 2,000 reservists and six frigates.", ("ROU",)),
        # ... and a second list of them
        ("Morocco held a joint drill near Agadir, deploying four infantry battalions and a squadron of helicopters.", ("MAR",)),
    ],
)
def test_a_partys_own_forces_do_not_hide_its_record(extract_text, text, party):
    assert party in rule_activity_parties(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        # in the activity's "with" phrase
        ("Peru began a joint exercise with the sailors of the Titicaca flotilla on Monday."),
        # of both sides
        ("Chile staged combined drills on Tuesday, with gunners of both navies firing at towed targets."),
        # conjoined with the subject of a governing verb
        ("Riflemen of the Sahel Brigade and Romanian mountain troops are to conduct a joint exercise in May."),
    ],
)
def test_forces_told_as_the_other_side_but_uncoded_hide_the_one_state_record(extract_text, text):
    assert not any(len(parties) == 1 for parties in rule_activity_parties(extract_text, text))
