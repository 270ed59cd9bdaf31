"""Three stages a review found wrong (guide 9.2), each with sentences invented for the test.

* A sale whose "for X to sell" clause hangs on a way that is cleared or paved is permitted, as an
  approval is: `offered` (cleared for export), not `delivered`.
* A ban on exports is a blocked sale, `cancelled`, also when the parser reads the banning
  participle as a modifier of the exports ("a decree banning exports of jets to X").
* Talks that are stalled on a sale are still the talks it is negotiated in: `negotiating`, not
  the `offered` of a sale only spoken about.

Near misses stay empty: a way cleared for something that is no transfer, a way cleared by a
negated verb, talks with one side only."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court ruling on Monday cleared the way for Rheinmetall to sell 18 Skynex guns to Egypt.", [("DEU", "EGY", "offered", 18)]),
        ("The cabinet's vote paved the way for Norway to export NASAMS launchers to Lithuania.", [("NOR", "LTU", "offered", None)]),
        ("Congress opened the way for Lockheed Martin to deliver F-16 jets to Jordan.", [("USA", "JOR", "offered", None)]),
    ],
)
def test_a_sale_on_a_way_cleared_is_offered(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin published a decree banning exports of military equipment to Libya.", [("RUS", "LBY", "cancelled", None)]),
        ("France adopted a decree banning exports of Mirage jets to Argentina on Monday.", [("FRA", "ARG", "cancelled", None)]),
    ],
)
def test_exports_banned_by_a_decree_are_cancelled(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Negotiations have stalled over the sale of F-16 jets from the United States to Turkey.", [("USA", "TUR", "negotiating", None)]),
        ("Talks were stalled on Brazil's purchase of Gripen jets from Sweden.", [("SWE", "BRA", "negotiating", None)]),
        ("Talks are stalled over the purchase of K2 tanks from South Korea by Poland.", [("KOR", "POL", "negotiating", None)]),
    ],
)
def test_a_sale_under_stalled_talks_is_negotiating(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The vote cleared the way for Finland to join NATO next year.",  # no goods
        "The ruling did not clear the way for Rheinmetall to sell tanks to Egypt.",  # negated
        "Talks on the purchase of new rifles have stalled, the army said.",  # no seller
        "Russia was to deliver S-400 systems to India, but talks stalled.",  # an arrangement before a stall
    ],
)
def test_near_misses_stay_empty(extract_text, text):
    assert transfers_counted(extract_text, text) == []
