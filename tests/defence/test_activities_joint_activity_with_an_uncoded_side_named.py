"""An activity the text calls joint, bilateral, combined or multinational, told with only one state
coded while forces of no coded state are named as its other side (conjoined with its subject: "the
crews of the Adriatic flotilla"), has that side named but not coded: a record of the one state
would read as that state's own drill, so none is made. With no such forces named ("Croatia will
hold joint exercises"), the one coded side keeps its record as before (docs/annotation.md §9.3,
a joint activity with one side uncoded); with both sides coded the record has both. Sentences
invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh sappers and the Blue Berets of the Zhetysu brigade took part in a combined drill on the steppe.",
        "The Slovenian navy's divers and the crews of the Adriatic flotilla will stage bilateral manoeuvres in June.",
    ],
)
def test_a_joint_activity_with_an_uncoded_side_named_gives_no_one_state_record(extract_text, text):
    assert not any(len(parties) == 1 for parties in rule_activity_parties(extract_text, text))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # no forces of an uncoded side named: the coded side keeps its record
        ("Estonia will hold joint exercises next autumn.", ("EST",)),
        # both sides coded
        ("Slovenian and Croatian divers completed a joint exercise off Piran on Friday.", ("HRV", "SVN")),
    ],
)
def test_a_joint_activity_with_no_uncoded_forces_named_stays(extract_text, text, parties):
    assert parties in rule_activity_parties(extract_text, text)
