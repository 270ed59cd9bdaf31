"""A state whose own trainers or forces staff an organisation's training mission takes part in it,
with the organisation that runs it and the state it serves: told as what the state supplies to it
("X provides a third of the trainers for the EU's training mission in Y"), as a share of its
trainers ("X supplies 40 of the instructors in NATO's training mission in Y"), or as the role its
forces serve in ("X officers work as advisers with the EU's training mission in Y"). What is
supplied must be forces: money, diplomats' critics or other people make no party."""

from __future__ import annotations

import pytest

from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia supplies a third of the trainers for NATO's training mission in Iraq.", [("EST", "IRQ", "NATO")]),
        ("Latvia furnishes 12 of the 300 instructors in the EU's military training mission in Somalia.", [("EU", "LVA", "SOM")]),
        ("Six Belgian officers work as advisers with the EU training mission in the Central African Republic.", [("BEL", "CAF", "EU")]),
        ("Since 2019, Finnish paratroopers have acted as instructors with NATO's training mission in Iraq.", [("FIN", "IRQ", "NATO")]),
    ],
)
def test_a_state_staffing_a_training_mission_is_a_party(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money is no trainer: the mission stays the owner's and the host's
        ("Italy provides funding for the EU's training mission in Niger.", [("EU", "NER")]),
        # critics of the mission staff nothing
        ("French critics of the EU's training mission in Mali spoke on Monday.", [("EU", "MLI")]),
        # journalists who travel with the mission are no forces
        ("Three Swedish journalists are travelling as observers with NATO's training mission in Iraq.", [("IRQ", "NATO")]),
    ],
)
def test_what_is_no_trainer_adds_no_party(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


def test_a_mission_with_no_owner_and_host_stays_empty(extract_text):
    assert activity_parties(extract_text, "Norway supplies a third of the trainers for the new academy.") == []
