"""A garrison abroad is a joint activity only with the host's consent: forces a state keeps in a
territory of another, or in a state its article tells a war, an invasion or fighting about, are no
basing record unless their own sentence says the host agreed (a treaty, an invitation, an ally, a
mission). The speaker's "his country" sends forces too (invented articles)."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    "text",
    [
        # the host named by a territory of it, not as the state
        "Israel has 2,000 soldiers in the West Bank, the army said. Settlers and villagers clashed near a hilltop outpost on Sunday.",
        "Egypt keeps 800 troops in the Gaza Strip, a spokesman said.",
        # a war, an offensive, an invasion or airstrikes told in the next or the last sentence
        "Russia has about 150,000 troops in Ukraine, Western officials estimate. The war is now in its third year.",
        "Russian forces pressed their offensive in the east on Tuesday. Russia has about 150,000 troops in Ukraine, Western officials estimate.",
        "Turkey keeps 35,000 troops in Cyprus. They have stayed on the island since the 1974 invasion.",
        "The US has 900 troops in Syria, officials said. American jets carried out airstrikes on militant hideouts on Monday.",
        "Russia keeps 2,000 troops in Georgia. Tbilisi calls them occupiers and wants them gone.",
        # a war between the two states told anywhere in the article
        "The 2,000 Turkish troops in Iraq will stay, Ankara said. The force is based near the mountains. "
        "Local farmers complain of the noise. Iraq says Turkey is waging a war on its soil.",
    ],
)
def test_forces_in_a_story_of_conflict_are_no_joint_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host's consent in the sentence outweighs a war told around it
        (
            "The United States keeps 28,500 troops in South Korea under a 1953 treaty. North Korea has threatened war many times.",
            [(("KOR", "USA"), ("other",), "ongoing")],
        ),
        ("Russia keeps about 3,000 troops in Armenia, its ally. Armenia fought a war with Azerbaijan in 2020.", [(("ARM", "RUS"), ("other",), "ongoing")]),
        ("The US has 2,500 troops in Iraq under an agreement with Baghdad. They fight remnants of Islamic State.", [(("IRQ", "USA"), ("other",), "ongoing")]),
        (
            "France has 1,000 soldiers in Estonia as part of a NATO battlegroup. The war next door has raised fears in Tallinn.",
            [(("EST", "FRA"), ("other",), "ongoing")],
        ),
        # a war that is no fighting
        ("The United States kept 250,000 troops in Germany during the Cold War, a historian said.", [(("DEU", "USA"), ("other",), "ongoing")]),
        ("Washington keeps 28,500 troops in South Korea. A trade war looms, officials said.", [(("KOR", "USA"), ("other",), "ongoing")]),
        # the host says so itself
        ("Japan hosts about 54,000 U.S. troops. The war in Ukraine has raised fears in Asia.", [(("JPN", "USA"), ("other",), "ongoing")]),
        # no conflict told: a bare garrison stays a record
        ("Russia keeps about 3,000 troops in Armenia. The troops guard its border with Turkey.", [(("ARM", "RUS"), ("other",), "ongoing")]),
        ("The 2,000 Turkish troops in Iraq will stay, Ankara said. The force is based near the mountains.", [(("IRQ", "TUR"), ("other",), "ongoing")]),
        # a war two sentences away that names neither state is no sign against the host
        (
            "Germany keeps 4,000 troops in Lithuania. The brigade is to grow next year. Officials say the war in Ukraine has alarmed the Baltic states.",
            [(("DEU", "LTU"), ("other",), "ongoing")],
        ),
    ],
)
def test_a_garrison_the_host_agrees_to_or_in_peace_is_kept(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His country keeps 1,000 troops in Djibouti, the French minister said.", [(("DJI", "FRA"), ("other",), "ongoing")]),
        ('"My country has 500 soldiers in Mali," the Estonian minister said.', [(("EST", "MLI"), ("other",), "ongoing")]),
        ("The Estonian minister said his country would hold joint exercises with Latvia next year.", [(("EST", "LVA"), ("exercises",), "planned")]),
    ],
)
def test_his_country_is_the_speakers_state(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


def test_the_us_is_a_state_not_the_speaker(extract_text):
    assert activities_with_kinds(extract_text, "The US has 900 troops in Kuwait, officials said.") == [(("KWT", "USA"), ("other",), "ongoing")]
