"""Requests for goods (guide 9.2: the buyer "asks for the item" is `interest`): a letter of
request stands for the request it is of ("handed X its letter of request for interceptors",
"forwarded to X a letter of request for corvettes"), so the verb that sends the letter moves no
goods and the state it is sent to is the supplier; a request to buy ("lodged a request to buy
drones from X") is wanted, not bought. Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In May, Bucharest handed Washington its letter of request for 36 Patriot interceptors.", [("USA", "ROU", "interest", 36)]),
        ("Last week the Philippine navy forwarded to Paris a letter of request for four Gowind corvettes.", [("FRA", "PHL", "interest", 4)]),
        ("Kenya's defence ministry lodged a request to buy 12 Bayraktar TB2 drones from Turkey.", [("TUR", "KEN", "interest", 12)]),
        ("Last year Ecuador made a request to acquire 10 Cougar helicopters from France.", [("FRA", "ECU", "interest", 10)]),
    ],
)
def test_a_request_for_goods_is_an_interest_of_the_asker(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a request not made
        "Ecuador will not make a request to acquire Cougar helicopters from France.",
        # a request turned down
        "France turned down Ecuador's request to acquire 10 Cougar helicopters.",
        # a letter of another kind
        "Bucharest handed the American envoy a letter of thanks for the flood relief.",
    ],
)
def test_requests_not_made_or_refused_stay_empty(extract_text, text):
    assert transfers_counted(extract_text, text) == []
