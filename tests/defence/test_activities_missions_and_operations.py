"""Joint activities in multinational missions and coalitions, and operations states carry out
together: forces sent to a mission, a coalition joined (its leader a party), a training mission
and the state it serves, coordinated strikes, forces working with another state's forces,
intelligence shared; with near misses (one state's operation or strikes, a fight, civilian
work) that must stay empty (invented sentences)."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces sent to a mission in a state: the sender, the host and the mission's organisation
        ("DHAKA (Reuters) - Bangladesh sent 1,000 troops to the UN peacekeeping mission in South Sudan.", [(("BGD", "SSD", "UN"), ("peacekeeping",), "occurred")]),
        ("Ireland will send 150 soldiers to the United Nations force in Lebanon next month.", [(("IRL", "LBN", "UN"), ("other",), "planned")]),
        # offered forces: proposed, not a transfer
        ("Italy has offered 250 troops for the EU mission in Chad.", [(("EU", "ITA", "TCD"), ("other",), "proposed")]),
        # a coalition joined: the state and the leader named by "X-led" (in a coded coalition's place); it serves on
        ("Sudan joined the Saudi-led coalition in Yemen in 2015.", [(("SAU", "SDN"), ("other",), "ongoing")]),
        ("Denmark has joined the U.S.-led coalition fighting Islamic State in Iraq.", [(("DNK", "USA"), ("other",), "ongoing")]),
    ],
)
def test_forces_sent_to_a_mission_or_a_coalition(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union extended its military training mission in Mali by two years.", [(("EU", "MLI"), ("training",), "occurred")]),
        ("Germany will lead a new EU training mission for Ukrainian troops.", [(("DEU", "EU", "UKR"), ("training",), "planned")]),
        ("NATO ended its training mission in Iraq in 2011.", [(("IRQ", "NATO"), ("training",), "occurred")]),
    ],
)
def test_a_training_mission_is_an_activity_of_who_runs_it_and_the_state_it_serves(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian warplanes carried out coordinated strikes with Syrian government forces near Idlib.", [(("RUS", "SYR"), ("other",), "occurred")]),
        ("Kenyan troops, working with Somali forces, captured the town of Kismayo.", [(("KEN", "SOM"), ("other",), "occurred")]),
        ("Turkish and Iraqi forces launched a joint operation against PKK militants on Monday.", [(("IRQ", "TUR"), ("other",), "ongoing")]),
        # sharing told in the present is a standing practice
        ("Jordan and the United States share intelligence on Islamic State, officials said.", [(("JOR", "USA"), ("intelligence",), "ongoing")]),
        ("Colombia and Ecuador agreed to exchange intelligence on drug traffickers.", [(("COL", "ECU"), ("intelligence",), "planned")]),
    ],
)
def test_operations_and_intelligence_states_share(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan sent 5,000 troops to the border with India.",  # a border, no mission: a build-up
        "Indian troops launched an operation against militants in Kashmir.",  # one state's operation
        "Israel carried out air strikes on Syria overnight.",  # strikes on a state are an attack
        "Ethiopian troops fought with Eritrean forces along the border.",  # "fight with" may be against
        "The army is cooperating with U.S. forces.",  # whose army is not said
        "Kenya's foreign minister is working with Somali officials on a new constitution.",  # not military
    ],
)
def test_near_misses_are_no_joint_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces an exercise involves or features take part, with its holder
        ("Russia began drills involving troops from Belarus and Kazakhstan on Monday.", [(("BLR", "KAZ", "RUS"), ("exercises",), "ongoing")]),
        ("The navy will hold an exercise next month involving warships from Japan and Australia.", [(("AUS", "JPN"), ("exercises",), "planned")]),
        ("India staged war games featuring French and British aircraft.", [(("FRA", "GBR", "IND"), ("exercises",), "occurred")]),
    ],
)
def test_the_forces_an_exercise_involves_take_part(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


def test_an_exercise_of_one_states_own_forces_is_not_joint(extract_text):
    assert activities_with_kinds(extract_text, "Egypt held a military exercise involving 10,000 troops.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a led coalition's own strikes with its members unnamed: one party's strikes are no joint
        # activity (docs/annotation.md §9.3)
        "The Saudi-led coalition conducted 12 airstrikes on Sunday.",
        "A coalition led by France carried out strikes on militant camps.",
        "The coalition conducted 30 airstrikes overnight.",  # no leader named: no codable party
        "The Kenyan-led coalition of unions launched a general strike on Monday.",  # a labour strike
        "The U.S.-led coalition will not conduct airstrikes in the city.",  # negated
        "Mali's ruling coalition launched a strike against the opposition.",  # a government coalition
        "The Saudi-led coalition's airstrikes killed 20 civilians.",  # no operation verb tells it as joint
    ],
)
def test_coalition_operation_near_misses(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []
