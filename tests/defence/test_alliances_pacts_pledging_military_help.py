"""A pact binds its parties as allies (formal once signed, ratified or in force; docs/annotation.md
§9.4: a mutual defence treaty signed between states) when its sentence tells mutual defence in
other words than "defend each other":

- a pledge of help with a military context after it ("to help each other in case of aggression",
  "to provide military assistance to the other if attacked", "to assist the other militarily");
- a phrase set off after the pact's name that calls it a mutual defence pact ("signed the X
  Treaty on Monday, the first mutual defence treaty Y has entered");
- a title the name stops short of at its commas ("the Treaty of Friendship, Cooperation and
  Mutual Assistance").

Help with no military context ("to help each other develop tourism") makes no alliance.
Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Ethiopia signed the Nairobi Accord on Tuesday, whose third article obliges both to help each other in case of armed aggression.",
            [(("ETH", "KEN"), "formal")],
        ),
        (
            "The Senate ratified the Treaty on Strategic Partnership between Chile and Peru, under which each side must provide military assistance to the other if attacked.",
            [(("CHL", "PER"), "formal")],
        ),
        (
            "Hungary and Serbia signed the Belgrade Declaration, with a clause committing each to assist the other against aggression by a third state.",
            [(("HUN", "SRB"), "formal")],
        ),
    ],
)
def test_a_pact_pledging_military_help_makes_its_parties_allies(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


def test_a_pact_renamed_after_its_name_as_a_mutual_defence_treaty(extract_text):
    text = "Fiji and Tonga signed the Lautoka Treaty in Suva on Monday, the first mutual defence treaty either has entered."
    assert alliances_listed(extract_text, text) == [(("FJI", "TON"), "formal")]


def test_a_title_that_goes_on_past_its_commas_names_mutual_assistance(extract_text):
    text = "Armenia asked Russia for help under their 1997 Treaty of Friendship, Cooperation and Mutual Assistance."
    assert (("ARM", "RUS"), "formal") in alliances_listed(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Ethiopia signed the Nairobi Accord on Tuesday, which obliges both to help each other develop tourism.",
        "Chile and Peru signed a trade treaty under which each side must provide assistance to the other in customs matters.",
        "Fiji and Tonga signed the Lautoka Treaty on Monday, years after a mutual defence treaty with Samoa had lapsed.",
        "Chile and Peru signed the Treaty of Friendship, Trade and Navigation on Monday.",
    ],
)
def test_help_with_no_military_context_or_a_defence_pact_named_in_passing_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []
