"""Police are no forces (docs/annotation.md §9.3): police trainers training officers who are not
military hold no defence activity, and policemen sent beside soldiers add no sender of their own
(the soldiers' state and the host stay). Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    "text",
    [
        "A team of Japanese police instructors is training Fijian officers in riot control at the police college.",
        "Japanese police instructors trained 200 Fijian officers last year.",
    ],
)
def test_police_trainers_of_officers_give_no_record(extract_text, text):
    assert activity_parties(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # military trainers, or police trainers of soldiers, still train forces
        ("A team of Japanese army instructors is training Fijian officers in riot control.", ("FJI", "JPN")),
        ("Japanese police officers are training Fijian soldiers.", ("FJI", "JPN")),
        ("Japanese instructors are training Fijian soldiers.", ("FJI", "JPN")),
    ],
)
def test_military_trainers_or_trainees_stay(extract_text, text, parties):
    assert parties in activity_parties(extract_text, text)


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Around 800 Jordanian soldiers and 300 Qatari policemen entered Kuwait at the request of its government.", ("JOR", "KWT")),
        ("About 300 Jordanian troops and 200 Qatari police officers were deployed to Kuwait at the request of its government.", ("JOR", "KWT")),
        # two armies coordinated: both send
        ("Egyptian and Saudi troops entered Bahrain at the request of its government.", ("BHR", "EGY", "SAU")),
    ],
)
def test_policemen_beside_soldiers_send_no_forces(extract_text, text, parties):
    assert activity_parties(extract_text, text) == [parties]
