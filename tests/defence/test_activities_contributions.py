"""Forces contributed to a shared effort: states that contribute or commit forces to a host when
something tells the host's consent (a mission, a coalition, an alliance, a peacekeeping or
training purpose, or nations contributing together: "countries that have committed troops"),
and an organisation sending its own forces (a mission by itself); with near misses (one state's
forces committed with no consent told, a region of the host, forces committed to a war or an
invasion, funds, a company's staff, negation, armed groups) that stay empty (invented sentences)."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spain, Poland and Italy have committed troops to the coalition in Iraq.", [(("ESP", "IRQ", "ITA", "POL"), ("other",), "ongoing")]),
        ("Ghana has committed 800 peacekeepers to Lebanon.", [(("GHA", "LBN"), ("peacekeeping",), "ongoing")]),
        ("Iran has committed troops to Syria at the request of Damascus.", [(("IRN", "SYR"), ("other",), "ongoing")]),
        # the states listed with the countries that contributed are the senders
        ("We thank Chile, Peru, Fiji and the nine other nations that have committed troops to Haiti.", [(("CHL", "FJI", "HTI", "PER"), ("other",), "ongoing")]),
        ("Hungary and Romania are among the countries that have contributed troops to the mission in Kosovo.", [(("HUN", "ROU", "XKX"), ("other",), "ongoing")]),
        # contributors there but uncodable: the host is the named party
        ("Twelve other nations contributed forces to the mission in Mali.", [(("MLI",), ("other",), "ongoing")]),
    ],
)
def test_forces_contributed_to_a_host_are_an_activity_of_contributors_and_host(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO has deployed forces to Afghanistan for its first mission outside Europe.", [(("AFG", "NATO"), ("other",), "occurred")]),
        ("The African Union sent 5,000 troops to Somalia in 2007.", [(("AU", "SOM"), ("other",), "occurred")]),
        ("The United Nations will deploy peacekeepers to Haiti.", [(("HTI", "UN"), ("peacekeeping",), "planned")]),
        # an invasion of other states does not make the host's consent doubtful
        ("NATO deployed forces to Poland after Russia's invasion of Ukraine.", [(("NATO", "POL"), ("other",), "occurred")]),
    ],
)
def test_an_organisation_sending_its_forces_to_a_state_is_a_mission_there(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russia committed more troops to the war in Ukraine.",  # a war, no shared effort
        # one state's forces committed to another: no consent told (an invasion reads the same)
        "Russia has committed more than 300,000 troops to Ukraine.",
        "Spain, Poland and Italy have committed troops to Iraq.",
        "Turkey has committed troops to northern Syria.",  # a region of the host only
        "Russia has committed troops to Ukraine despite warnings from the Western alliance.",  # the cue is not where the forces go
        "Russia committed troops to its invasion of Georgia.",  # an invasion
        "Iran has committed fighters to the fight in Syria.",  # fighting
        "Japan contributed funds to the reconstruction of Iraq.",  # no forces
        "The company committed staff to its office in Kenya.",  # civilian
        "Spain has not committed troops to Iraq.",  # negated
        "Hezbollah sent fighters to Syria.",  # an armed group is no organisation of states
        "The Wagner Group deployed mercenaries to Mali.",  # a company
        "The EU sent election observers to Kenya.",  # no forces
        "NATO did not deploy forces to Ukraine.",  # negated
    ],
)
def test_contribution_near_misses_are_no_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []
