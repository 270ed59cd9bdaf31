"""Forces acting together, as wire copy and addresses tell it: cooperation whose sides are
forces, strikes in support of another state's forces,
the speaker's forces serving alongside another state's, training as the means of help to
forces, military advisers sent to a state; with near misses that stay empty (invented
sentences; a state's forces "and their allies" are no joint activity: the allies are not told)."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Close cooperation developed between the Belgian and Dutch forces in the region.", [(("BEL", "NLD"), ("other",), "occurred")]),
        ("The cooperation between Kenyan and Somali forces improved security.", [(("KEN", "SOM"), ("other",), "occurred")]),
        ("RAF aircraft have conducted over 300 airstrikes in support of Iraqi security forces.", [(("GBR", "IRQ"), ("other",), "occurred")]),
        # the speaker's forces go uncoded: the partner is the named party
        ("Our forces are serving alongside Afghan troops in Helmand.", [(("AFG",), ("other",), "ongoing")]),
        ("The Australian Defence Force is supporting the Iraqi security forces with training.", [(("AUS", "IRQ"), ("training",), "ongoing")]),
        ("Britain is helping the Kenyan army with training.", [(("GBR", "KEN"), ("training",), "ongoing")]),
        ("The United States sent military advisers to El Salvador.", [(("SLV", "USA"), ("other",), "occurred")]),
        ("Britain will send 100 military instructors to Ukraine.", [(("GBR", "UKR"), ("training",), "planned")]),
    ],
)
def test_forces_acting_together(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Economic cooperation between France and Germany grew.",  # not forces
        "The minister praised cooperation between Egyptian and Sudanese officials.",  # officials
        "There was no cooperation between the Indian and Chinese armies.",  # negated by its determiner
        "Russia and its allies vetoed the resolution.",  # no forces
        # uncodable allies: one state's war operation, not a joint activity
        "Canadian troops and their allies secured the valley.",
        "Russia's armed forces and their allies pounded Kharkiv overnight.",
        "Israel's forces and their allies struck targets in Lebanon.",
        "Britain's army and its allies did not take the town.",  # negated
        "Israel carried out air strikes on Syria overnight.",  # one state's strikes
        "Germany is helping Syrian refugees with language training.",  # not forces helped
        "Germany supported Ukraine with money.",  # no activity
        "Russia sent military advisers to the rebels in Mozambique.",  # to an armed group
        "The United States sent tennis instructors to Kenya.",  # not military
        "Iran sent military advisers to Syria to help in the war.",  # a war
    ],
)
def test_forces_together_near_misses(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("American troops are fighting alongside Iraqi forces in Mosul.", [(("IRQ", "USA"), ("other",), "ongoing")]),
        # an organisation's military mission in a state: the mission tells the consent
        ("NATO's mission in Afghanistan will end next year.", [(("AFG", "NATO"), ("other",), "ongoing")]),
        ("The NATO-led mission in Kosovo continues.", [(("NATO", "XKX"), ("other",), "ongoing")]),
        ("The UN peacekeeping mission in Mali lost two soldiers.", [(("MLI", "UN"), ("peacekeeping",), "ongoing")]),
        ("NATO plans a new mission in Iraq.", [(("IRQ", "NATO"), ("other",), "planned")]),
        # the mission forces are sent to is the activity they join: one record
        ("Bangladesh sent 1,000 troops to the UN peacekeeping mission in South Sudan.", [(("BGD", "SSD", "UN"), ("peacekeeping",), "occurred")]),
        # the speaker's forces go uncoded: the trained state is the named party
        ("We are training the Afghan army and police.", [(("AFG",), ("training",), "ongoing")]),
    ],
)
def test_fighting_alongside_and_missions_of_organisations(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops clashed with Ukrainian forces.",  # against each other
        "The UN political mission in Afghanistan issued a report.",  # not military
        "The EU police mission in Kosovo ended.",  # civilian
        "NATO rejected the idea of a mission in Ukraine.",  # rejected
        "The rebels are training their army.",  # an armed group's own forces
    ],
)
def test_alongside_and_mission_near_misses(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one state's air power backing another state's forces (or its leader)
        ("The Syrian army advanced on the town with Russian air support.", [(("RUS", "SYR"), ("other",), "occurred")]),
        ("The Iraqi government relies on American air support.", [(("IRQ", "USA"), ("other",), "ongoing")]),
        ("President Lukashenko has been dependent on Russian air support.", [(("BLR", "RUS"), ("other",), "ongoing")]),
        ("Syrian troops, backed by Russian air strikes, retook the city.", [(("RUS", "SYR"), ("other",), "occurred")]),
        ("Iraqi forces were backed by American air strikes.", [(("IRQ", "USA"), ("other",), "occurred")]),
    ],
)
def test_air_support_backing_another_states_forces(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish fighters advanced with U.S. air support.",  # an armed group backed
        "The rebels received Turkish air support.",  # an armed group backed
        "The Syrian army advanced without Russian air support.",  # without it
        "Syrian troops, backed by Russian air strikes, did not retake the city.",  # negated
        "Russia spent millions on Syrian air support.",  # no reliance told
        "The talks dealt with Russian air support.",  # no forces backed
    ],
)
def test_air_support_near_misses(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []
