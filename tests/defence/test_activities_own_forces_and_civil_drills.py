"""Near misses of joint activities (blind review, round 8; invented articles): a state's soldiers
training its own new or domestic forces (recruits, conscripts, reservists, cadets, gendarmes,
police) are one side, not two, so an unnamed trainer makes no record; drills of civil emergency
services (fire brigades, firefighters, rescue services, civil protection, ambulance crews,
disaster agencies) are civilian whatever they simulate (guide 9.3, "Civilian bodies"). Forces
doing the same stay found."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTA, June 3 (Reuters) - Army instructors will train 3,000 new recruits of Colombia's rural police force from next month.",
        "VILNIUS (AP) - Troops began training the first conscripts of Lithuania's revived national service on Monday.",
        "Officers will instruct 2,000 reservists of Finland's territorial defence units this summer, the ministry said.",
        "LIMA, Peru - Military instructors are training the first cadets of Peru's new border gendarmerie.",
        "Paratroopers have trained some 600 gendarmes of Senegal's rural brigades since March, an army statement said.",
    ],
)
def test_an_unnamed_trainer_of_a_states_own_forces_makes_no_record(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("French instructors will train 1,000 recruits of Mali's national guard.", ("FRA", "MLI")),
        ("U.S. Army trainers are training recruits of Iraq's new border police and army.", ("IRQ", "USA")),
    ],
)
def test_a_foreign_trainer_of_recruits_stays_an_activity(extract_text, text, parties):
    assert any(found == parties and "training" in kinds for found, kinds, _ in activities_with_kinds(extract_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters from Austria and Germany held a joint drill to fight forest fires in the Alps.",
        "TALLINN, May 9 (BNS) - Rescue services of Estonia and Latvia staged a joint evacuation drill at the port of Riga.",
        "ROME (ANSA) - Civil protection teams from Italy and France held a joint earthquake rescue exercise in Nice.",
        "Ambulance crews from Spain and Portugal took part in a cross-border mass-casualty drill on Saturday.",
        "TOKYO, Oct. 2 (Kyodo) - Disaster-response agencies of Japan and South Korea held a joint tsunami evacuation exercise.",
        "OSLO (NTB) - The fire services of Norway and Sweden conducted a joint exercise in fighting wildfires.",
    ],
)
def test_drills_of_civil_emergency_services_are_no_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("ATHENS (AP) - The navies of Greece and Cyprus held a joint search-and-rescue exercise off Crete.", ("CYP", "GRC")),
        ("Italian and French army engineers held a joint earthquake rescue exercise in Nice.", ("FRA", "ITA")),
        ("Slovenian and Croatian troops staged joint manoeuvres along their frontier last week.", ("HRV", "SVN")),
    ],
)
def test_forces_drilling_for_a_disaster_stay_an_activity(extract_text, text, parties):
    assert any(found == parties for found, _, _ in activities_with_kinds(extract_text, text))
