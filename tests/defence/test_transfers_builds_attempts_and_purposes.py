"""Arms transfers on invented wire copy, round five (issue 13): goods a state builds for
another, a sale only attempted to be blocked, a deal whose infinitive the parser hangs on the
cancelling verb, and the issue's classes that already held (kept as a specification)."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # building for a buyer presupposes the order: arranged, pledged, under way or done
        ("Italy was to build four corvettes for Qatar.", [("ITA", "QAT", "ordered")]),
        ("Italy will build four corvettes for Qatar.", [("ITA", "QAT", "ordered")]),
        ("Italy is building four corvettes for the Qatari navy.", [("ITA", "QAT", "ordered")]),
        ("Turkey built the corvettes for Pakistan under a 2018 contract.", [("TUR", "PAK", "ordered")]),
        # an offer to build stays an offer
        ("Italy offered to build four corvettes for Qatar.", [("ITA", "QAT", "offered")]),
    ],
)
def test_goods_a_state_builds_for_another_are_sold_to_it(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Italy will build four corvettes for its navy.",  # its own forces
        "Turkey builds drones for export.",  # no buyer state
        "China built a port for Sri Lanka.",  # no arms
        "Italy did not build corvettes for Qatar.",  # negated
        "If Italy had built the corvettes for Qatar, the navy would be stronger.",  # a condition
        "The shipyard will build two frigates for Greece.",  # no supplier state
    ],
)
def test_building_near_misses_make_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attempt to block calls nothing off: the sale stays on offer
        ("US lawmakers moved to block the sale of F-16 jets to Turkey.", [("USA", "TUR", "offered")]),
        ("US lawmakers tried to block the sale of F-16 jets to Turkey.", [("USA", "TUR", "offered")]),
        ("Germany sought to halt the planned delivery of tanks to Saudi Arabia.", [("DEU", "SAU", "offered")]),
        # a block or halt done calls it off
        ("The United States blocked the sale of F-35 jets to Turkey.", [("USA", "TUR", "cancelled")]),
        ("Germany halted the sale of tanks to Saudi Arabia.", [("DEU", "SAU", "cancelled")]),
    ],
)
def test_a_sale_only_attempted_to_be_blocked_is_still_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its deal to sell": the parser hangs the infinitive on "cancelled"; the deal is called off
        ("Spain cancelled its deal to sell corvettes to Saudi Arabia.", [("ESP", "SAU", "cancelled")]),
        ("Spain cancelled a deal to sell corvettes to Saudi Arabia.", [("ESP", "SAU", "cancelled")]),
        ("Spain signed its deal to sell corvettes to Saudi Arabia.", [("ESP", "SAU", "ordered")]),
        ("India suspended the deal to buy Russian S-400 systems.", [("RUS", "IND", "cancelled")]),
    ],
)
def test_a_deal_called_off_keeps_its_parties(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand that the supplier cancel tells a sale still planned
        ("India urged Russia to cancel its planned sale of Su-35 jets to Pakistan.", [("RUS", "PAK", "offered")]),
        ("Athens called on Paris to scrap the planned sale of frigates to Ankara.", [("FRA", "TUR", "offered")]),
        # acquiring a foreign system makes the acquirer its recipient
        ("Egypt acquired French Rafale jets in 2015.", [("FRA", "EGY", "ordered")]),
        ("India's acquisition of the Russian S-400 drew US sanctions.", [("RUS", "IND", "ordered")]),
        # willing to provide: an offer by the speaker's state
        ("Japan's defence minister said his country was willing to provide radar systems to the Philippines.", [("JPN", "PHL", "offered")]),
        # suspended or frozen sales keep their parties, cancelled
        ("Germany suspended the sale of tanks to Saudi Arabia.", [("DEU", "SAU", "cancelled")]),
        ("Canada froze its arms sales to Turkey.", [("CAN", "TUR", "cancelled")]),
    ],
)
def test_the_issue_classes_that_held(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
