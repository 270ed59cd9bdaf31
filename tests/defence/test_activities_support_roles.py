"""Joint activities told by a support role one state's forces give another's (docs/annotation.md §9.3):
forces backed or assisted by another state's forces, training or advisers given to another state's
forces, and forces of two states training in one clause; with the near misses that must stay empty
(armed groups backed, backing by weapons, training given to civilians or police, drills apart)."""

from __future__ import annotations

import pytest
from defence_helpers import activity_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malian soldiers, assisted by French special forces, retook the town on Sunday.", [(("FRA", "MLI"), "occurred")]),
        ("The Somali army, backed by Kenyan troops, pushed into the port city, officials said.", [(("KEN", "SOM"), "occurred")]),
        ("BAMAKO, March 3 (Xinhua) -- Malian armed forces supported by Russian military instructors conducted an operation in the Mopti region, the army said.", [(("MLI", "RUS"), "occurred")]),
        ("The Philippine marines were aided by U.S. military advisers during the operation.", [(("PHL", "USA"), "occurred")]),
        ("NEW DELHI (PTI) -- Maldivian coast guard personnel, assisted by Indian Navy divers, recovered the wreck.", [(("IND", "MDV"), "occurred")]),
        # the backing force may be an alliance's, and a capitalised plural still names forces
        ("The Afghan army, backed by NATO troops, has cleared the valley.", [(("AFG", "NATO"), "occurred")]),
        ("Haitian police and soldiers, helped by Canadian Army Officers, secured the port.", [(("CAN", "HTI"), "occurred")]),
    ],
)
def test_forces_backed_by_another_states_forces_act_with_them(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebels backed by Rwandan troops seized the town on Tuesday.",
        "The militia, supported by Iranian advisers, attacked the base.",
        "Ukrainian forces, backed by Western weapons, pushed back the advance.",
        "Israeli soldiers, backed by tanks and bulldozers, raided the camp.",
        "The proposal was backed by French troops' commanders at the talks.",
        "Police officers, assisted by soldiers, cleared the square.",
    ],
)
def test_backing_of_an_armed_group_or_by_no_foreign_forces_is_no_activity(extract_text, text):
    assert activity_statuses(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey provided training and equipment to the Somali army.", [(("SOM", "TUR"), "occurred")]),
        ("Russia supplies military advisers to the Central African Republic.", [(("CAF", "RUS"), "ongoing")]),
        ("Washington will provide military training to the Lebanese armed forces, the embassy said.", [(("LBN", "USA"), "planned")]),
        ("China has offered training to Cambodian naval officers.", [(("CHN", "KHM"), "proposed")]),
        ("ANKARA -- Turkey gives training to thousands of Somali soldiers each year at a base in Mogadishu.", [(("SOM", "TUR"), "ongoing")]),
        # "provided X with training": a state giving the activity holds it (no plan laid out)
        ("Britain provided the Ukrainian army with training.", [(("GBR", "UKR"), "occurred")]),
        ("India will supply instructors to the Mauritian coast guard, the ministry said.", [(("IND", "MUS"), "planned")]),
    ],
)
def test_training_or_advisers_given_to_another_states_forces(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company provided training to nurses in Kenya.",
        "The EU gave training to Libyan police officers.",
        "Germany provided language training to Syrian refugees.",
        "The UN provided training to Kenya on election management.",
        "Iran supplied advisers to the Houthi rebels, the report said.",
        "The charity provided training to journalists from Ethiopia and Eritrea.",
        "Russia provided weapons to the Syrian army.",
    ],
)
def test_training_given_to_civilians_police_or_armed_groups_is_no_activity(extract_text, text):
    assert activity_statuses(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greek and Israeli pilots trained alongside each other at the air base.", [(("GRC", "ISR"), "occurred")]),
        ("Indian and Japanese coast guard crews trained together off Chennai, PTI reported.", [(("IND", "JPN"), "occurred")]),
        ("Chinese and Russian pilots will drill over the Sea of Japan next week, Xinhua said.", [(("CHN", "RUS"), "planned")]),
    ],
)
def test_forces_of_two_states_training_in_one_clause_train_together(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Pakistani troops train separately for mountain warfare, analysts say.",
        "Pakistani troops trained at the range near Kharian.",
    ],
)
def test_forces_training_apart_or_alone_hold_no_joint_activity(extract_text, text):
    assert activity_statuses(extract_text, text) == []
