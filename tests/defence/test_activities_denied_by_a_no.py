"""A "no" or "neither" on the forces, the base or the part taken denies the activity as a "not" on
its verb does (review of round 15: "<state> has no base in <state>" gave an ongoing basing). The
schema has no negated activity: a denied one is no record (docs/annotation.md §9.3). Invented
sentences."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    "text",
    [
        # a base or garrison named with "no"
        "Turkey has no base in Libya.",
        "Russia has no military base in Venezuela, the foreign ministry said.",
        "France maintains no naval base in Djibouti anymore.",
        "There is no French garrison in Chad.",
        # forces named with "no" or "neither" as the subject or object of the stationing clause
        "No Russian soldiers are stationed in Belarus, Minsk said.",
        "The United States keeps no troops in Syria.",
        "No British aircraft are based in Cyprus, the ministry said.",
        "Germany stations no fighter jets in Estonia.",
        "China has no soldiers in Djibouti.",
        "Neither country has troops in Kosovo.",
        "No NATO troops will be deployed to Finland, Helsinki said.",
        "Poland sent no troops to the mission in Mali.",
        # no part taken, no one training
        "Hungary took no part in the drills with Slovakia.",
        "Neither Israel nor Egypt took part in the drill with the United States.",
        "No American advisers are training Ukrainian troops in Ukraine, Washington said.",
    ],
)
def test_an_activity_denied_by_a_no_gives_no_record(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Turkey has a base in Qatar.", ("QAT", "TUR")),
        ("Russian soldiers are stationed in Belarus, Minsk said.", ("BLR", "RUS")),
        ("Hungary took part in the drills with Slovakia.", ("HUN", "SVK")),
        ("American advisers are training Ukrainian troops in Ukraine, Washington said.", ("UKR", "USA")),
        ("The United States keeps 900 troops in Syria under a deal with Damascus.", ("SYR", "USA")),
    ],
)
def test_the_same_activities_told_without_the_no_stay(extract_text, text, parties):
    assert parties in [p for p, _, _ in activities_with_kinds(extract_text, text)]


def test_a_no_elsewhere_in_the_sentence_denies_nothing(extract_text):
    # "no" on another noun ("no comment") leaves the garrison told
    text = "The 3,000 British troops in Estonia will stay, the ministry said, giving no date for a review."
    assert ("EST", "GBR") in [p for p, _, _ in activities_with_kinds(extract_text, text)]
