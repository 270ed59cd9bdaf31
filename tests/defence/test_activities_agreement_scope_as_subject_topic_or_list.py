"""An agreement's scope is no activity held (docs/annotation.md §9.3), in the forms the parser
gives it besides a participle on the agreement: the agreement as the subject of its scope verb
("The pact covers / provides for ..."), a participle on the agreement's topic ("a memorandum on
cooperation covering ..."), a list of contents the parser reads as conjuncts of the agreement,
what a signed declaration pledges, what a clause "under which" says will be done, and the purpose
of what a pact lets forces do ("lets their units enter the other's airspace for joint training").
A plan's own activities stay planned, and a pact renewed or activities told as held under a pact
stay held.
Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed a defence pact on Friday. The pact covers intelligence sharing, border patrols and joint exercises.",
        "Ghana and Togo signed a border security pact on Friday. The pact provides for joint patrols along the frontier.",
        "The defence chiefs of Peru and Bolivia signed a memorandum on military cooperation covering training and joint exercises.",
        "The defence ministers of Peru and Bolivia signed in Lima on Monday a memorandum of understanding on military cooperation covering training, joint exercises and the exchange of expertise.",
        "Paraguay and Bolivia signed a protocol in Asuncion, committing their navies to yearly joint exercises.",
        "Chile and Peru signed a cooperation plan on Friday under which Chile will help train the Peruvian navy.",
        "Peru and Bolivia signed a status-of-forces accord on Monday which lets their units enter the other's airspace for joint training.",
    ],
)
def test_what_an_agreement_covers_pledges_or_lets_is_no_activity(extract_text, text):
    assert activity_parties(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a plan of activities lays them out: they are planned activities
        ("Serbia and Hungary signed a defence cooperation plan on Tuesday. The plan envisages 40 joint activities, including exercises.", ("HUN", "SRB")),
        # told as done under the arrangement, not what it will let happen
        ("Chile and Peru signed a cooperation plan under which Chilean instructors have trained Peruvian marines since 2019.", ("CHL", "PER")),
        ("Under the pact, Ghanaian and Togolese troops have carried out joint patrols along the frontier since 2021.", ("GHA", "TGO")),
        # a pact renewed tells what goes on under it
        ("Peru and Bolivia renewed the status-of-forces accord that allows their marines to land on either coast for joint training.", ("BOL", "PER")),
        # held beside the signing, not its content
        ("Kenya and Uganda signed the pact in Kampala as Kenyan and Ugandan troops held joint exercises near the border.", ("KEN", "UGA")),
        ("Bolivian and Paraguayan marines held joint exercises on the river on Tuesday, pledging more joint patrols next year.", ("BOL", "PRY")),
    ],
)
def test_activities_held_beside_or_under_an_agreement_stay(extract_text, text, parties):
    assert parties in activity_parties(extract_text, text)
