"""Forces of one state "alongside" forces of another act together only where the verb, or a noun
of its own clause, names military work (training, patrols, sorties, a drill, a mission, escort,
mine clearance): forces side by side at a ceremony, a parade, a meal or a refuelling stop hold no
joint activity. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan cadets sang the anthem alongside Ugandan cadets at the stadium on Sunday.",
        "A Danish frigate took on fuel alongside a Norwegian corvette in Bergen harbour.",
        "Uruguayan officers dined alongside Paraguayan officers after the ceremony in Asuncion.",
        "Bolivian soldiers paraded alongside Peruvian marines through the streets of Puno.",
    ],
)
def test_side_by_side_without_military_work_is_no_activity(extract_text, text):
    assert not any(len(parties) > 1 for parties in rule_activity_parties(extract_text, text))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the verb names the work
        ("Kenyan rangers patrolled the Mara crossing alongside Tanzanian soldiers for a week.", ("KEN", "TZA")),
        # a noun of the verb's clause names it
        ("Danish helicopters flew sorties over the strait alongside Norwegian aircraft on Monday.", ("DNK", "NOR")),
        # the work read as a modifier of the verb's object
        ("Uruguayan warships began patrolling estuary waters on Friday alongside Argentine coast guard vessels.", ("ARG", "URY")),
    ],
)
def test_military_work_alongside_another_states_forces_is_joint(extract_text, text, parties):
    assert parties in rule_activity_parties(extract_text, text)
