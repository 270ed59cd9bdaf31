"""A sale the talks are over is `negotiating` (guide 9.2: the two sides are negotiating the
deal), however the parser hangs it: "has been negotiating with Seoul over buying further jets"
(the talker and its partner are the sides, the goods' maker the seller), "talks resumed on a
possible sale of jets to X" (the talks are the subject of the verb the sale hangs on; a possible
sale under talks stays in talks). Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Since March, Indonesia's defence ministry has been negotiating with Seoul over the sale of further KF-21 fighters.", [("KOR", "IDN", "negotiating")]),
        ("Greece has been negotiating for weeks with Washington over the purchase of 20 F-35 jets.", [("USA", "GRC", "negotiating")]),
        ("Negotiations have resumed in Bogota on a possible sale of Swedish Gripen jets to Colombia.", [("SWE", "COL", "negotiating")]),
        ("Talks are under way on the sale of French Rafale jets to Serbia.", [("FRA", "SRB", "negotiating")]),
    ],
)
def test_a_sale_under_talks_is_negotiating(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_possible_sale_cleared_is_still_offered(extract_text):
    assert transfers_joined(extract_text, "Washington cleared a possible sale of Apache helicopters to Qatar.") == [("USA", "QAT", "offered")]


@pytest.mark.parametrize(
    "text",
    [
        # others talk about a sale between two other states
        "Beijing and Moscow are negotiating over the sale of American F-16 jets to Taiwan.",
        # talks on no goods
        "Talks are still going on over the fishing dispute between Vietnam and China.",
    ],
)
def test_talks_on_no_sale_of_their_own_tell_no_negotiation(extract_text, text):
    # (a sale only talked about by others is `offered` at most, guide 9.2)
    assert [row for row in transfers_joined(extract_text, text) if row[2] == "negotiating"] == []


def test_talks_on_something_else_stay_empty(extract_text):
    assert transfers_joined(extract_text, "Negotiations have resumed in Bogota on the fishing rights of Colombian boats.") == []
