"""Joint activities wire copy leaves implicit: forces a state keeps, bases or sends at the host's
invitation in another state, and trainers or advisers at work in another state's forces; with
the near misses (occupations, incursions, regions, domestic training) that must stay empty
(invented sentences)."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a garrison told by its size in another state: based there, still (ongoing)
        ("SEOUL (Reuters) - The United States keeps about 28,500 troops in South Korea to deter the North.", [(("KOR", "USA"), ("other",), "ongoing")]),
        ("Washington has some 54,000 troops in Japan under a security treaty.", [(("JPN", "USA"), ("other",), "ongoing")]),
        ("France maintains roughly 1,500 soldiers in Chad, the defence ministry said.", [(("FRA", "TCD"), ("other",), "ongoing")]),
        ("Cuba had 50,000 troops in Angola at the height of the war, at the request of the government in Luanda.", [(("AGO", "CUB"), ("other",), "ongoing")]),
        # a garrison named by its size, its measure, or a purpose of training
        ("The 37,000 U.S. troops in South Korea will stay, the Pentagon said.", [(("KOR", "USA"), ("other",), "ongoing")]),
        ("Washington decided to maintain its troop strength in South Korea.", [(("KOR", "USA"), ("other",), "ongoing")]),
        ("We now have troops in the Philippines, helping to train that country's armed forces.", [(("PHL",), ("training",), "ongoing")]),
        # the host as the subject of a hosting verb; a sized garrison staying or serving there
        ("Japan hosts about 54,000 U.S. troops.", [(("JPN", "USA"), ("other",), "ongoing")]),
        ("Germany hosts 35,000 American soldiers at bases across the country.", [(("DEU", "USA"), ("other",), "ongoing")]),
        ("Some 3,000 Cuban troops remained in Angola in 1988.", [(("AGO", "CUB"), ("other",), "ongoing")]),
        ("About 1,000 French soldiers will stay in Ivory Coast, the ministry said.", [(("CIV", "FRA"), ("other",), "ongoing")]),
        # forces named by where they are stationed or based
        ("The 2,000 U.S. troops stationed in Syria will leave by the end of the year, officials said.", [(("SYR", "USA"), ("other",), "ongoing")]),
        ("The 900 French soldiers based in Niger began to pull out on Tuesday.", [(("FRA", "NER"), ("other",), "ongoing")]),
        # sent at the invitation of the host, "its government" being the host's
        ("Portugal sent 180 paratroopers to the Central African Republic at the invitation of its government.", [(("CAF", "PRT"), ("other",), "occurred")]),
    ],
)
def test_forces_a_state_keeps_or_sends_at_the_hosts_invitation(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkey keeps some 30,000 troops in northern Cyprus.",  # a region of the host only
        "Vietnam still has 140,000 troops in Cambodia, nine years after its invasion.",  # an occupation told
        "Ukraine has 10,000 troops in Russia's Kursk region.",  # an incursion into a region of another state
        "The army keeps 10,000 troops on the border with Pakistan.",  # its own side of a border
        "Israel still keeps troops in Lebanon.",  # no garrison size: as often an occupation as basing
        "Rwanda said it had sent troops into Congo to hunt Hutu militias.",  # sent uninvited, not to a mission
        "Russian troops arrived in Crimea on Friday.",  # forces arriving, no mission and no trainers
        "The 2,000 Turkish troops in Syria attacked Kurdish positions.",  # forces fighting where they are
        "Some 1,200 Syrian soldiers in northern Lebanon withdrew on Monday.",  # a region of the host only
        "Some 800 Israeli troops remained in southern Lebanon.",  # a region of the host only
    ],
)
def test_forces_kept_against_the_hosts_will_are_no_joint_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trainers or advisers in a state: the host takes part
        ("Chinese military advisers in Zimbabwe have trained the country's air force pilots.", [(("CHN", "ZWE"), ("training",), "occurred")]),
        ("Cuban advisers in Ethiopia were training militia units in 1978.", [(("CUB", "ETH"), ("training",), "occurred")]),
        ("Canadian trainers arrived in Latvia on Tuesday.", [(("CAN", "LVA"), ("training",), "ongoing")]),
        # helping to train: the helping verb tells the stage
        ("U.S. special forces are helping to train Niger's army to fight Islamist militants.", [(("NER", "USA"), ("training",), "ongoing")]),
        ("About 300 British soldiers will help train Ukraine's armed forces, London said on Monday.", [(("GBR", "UKR"), ("training",), "planned")]),
        # advisers or instructors of one state in another need no size: they serve at the host's request
        ("SAN SALVADOR (AP) - The U.S. military advisers in El Salvador will not take part in combat, the embassy said.", [(("SLV", "USA"), ("other",), "ongoing")]),
        ("Iranian military advisers in Syria were killed in an Israeli strike.", [(("IRN", "SYR"), ("other",), "ongoing")]),
        # trained by another state's instructors
        ("The Afghan commandos were trained by American instructors at a camp near Kabul.", [(("AFG", "USA"), ("training",), "occurred")]),
        ("Iraqi pilots are being trained by Russian instructors, the ministry said.", [(("IRQ", "RUS"), ("training",), "ongoing")]),
    ],
)
def test_training_another_states_forces(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army trained 500 new recruits at the academy.",  # domestic: no second state
        "Police trained dogs to sniff out explosives.",
        "Rebels trained by foreign instructors attacked the town.",  # no state trained
        "Russian instructors in Ukraine's Donbas region trained separatist fighters.",  # a region of another state, an armed group
        "Western advisers in the capital met the minister.",  # no state on either side
    ],
)
def test_domestic_training_is_no_joint_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []
