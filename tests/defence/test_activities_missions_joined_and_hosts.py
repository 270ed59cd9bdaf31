"""Joint activities: forces setting out for a state to join a multinational force or mission there,
the host named by its own waters or territory, and what stays empty: forces going to join one
state's forces, officers of a civilian body drilling, and activities an agreement lets its
parties hold (its scope, docs/annotation.md §9.3), unless the agreement is renewed."""

from __future__ import annotations

import pytest
from defence_helpers import activity_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An advance party of Moroccan soldiers left for Qatar on Sunday to join the multinational force gathering in the Gulf.", [(("MAR", "QAT"), "ongoing")]),
        ("A Slovenian platoon of 30 soldiers will leave for Kosovo in March to join the NATO-led KFOR force, the army said.", [(("NATO", "SVN", "XKX"), "planned")]),
        ("An Indonesian navy corvette sailed from Surabaya on Friday for Lebanon to join the UN naval group off the coast.", [(("IDN", "LBN", "UN"), "ongoing")]),
        ("A 30-member Thai army medical team will leave for Afghanistan next month to serve with the NATO-led force in Kabul.", [(("AFG", "NATO", "THA"), "planned")]),
        ("HANOI (VNA) -- Vietnamese military engineers departed for South Sudan on Monday to serve with the UN peacekeeping mission there.", [(("SSD", "UN", "VNM"), "ongoing")]),
    ],
)
def test_forces_setting_out_to_join_a_multinational_force_are_sent_to_it(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chechen fighters left for Ukraine to join Russian forces near the front.",
        "Volunteers from Britain left for Ukraine to join the foreign legion.",
        "The Egyptian minister left for Saudi Arabia to join the talks on the force.",
        "Kenyan athletes left for France to join the national team.",
    ],
)
def test_setting_out_to_join_one_states_forces_or_no_force_is_no_activity(extract_text, text):
    assert activity_statuses(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Chinese naval group and Cuban patrol boats wrapped up combined manoeuvres in Cuban waters on Sunday.", [(("CHN", "CUB"), "occurred")]),
        ("American marines held a combined exercise on Philippine soil.", [(("PHL", "USA"), "occurred")]),
    ],
)
def test_a_foreign_forces_activity_in_a_states_own_waters_or_soil_has_it_as_host(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hungarian and Austrian customs officers held a joint exercise at the border crossing on Monday.",
        "Finnish and Estonian tax officers staged a joint drill on fraud detection.",
        "Oman and Britain signed a defence accord on Monday that permits British troops to hold joint exercises in the sultanate.",
        "Qatar and France signed a 15-year defence pact that allows French forces to train and hold joint drills on Qatari soil.",
    ],
)
def test_civilian_officers_drilling_and_an_agreements_scope_are_no_activity(extract_text, text):
    assert activity_statuses(extract_text, text) == []


def test_a_renewed_agreement_tells_the_activity_it_lets_go_on(extract_text):
    text = "Chile and Peru renewed for five more years the accord that lets Chilean troops carry out desert training in Peru."
    assert [parties for parties, _ in activity_statuses(extract_text, text)] == [("CHL", "PER")]
