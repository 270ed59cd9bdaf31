"""Requests for goods (guide 9.2: the buyer "asks for the item" is `interest`): a letter of
request stands for the request it is of ("sent Washington a letter of request for launchers",
"submitted a letter of request to Paris for jets"), so the verb that sends the letter moves no
goods and the state it is sent to is the supplier; a request to buy ("submitted a request to buy
jets from X") is wanted, not bought. Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status, t.quantity) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia has sent Washington a letter of request for six HIMARS launchers, the minister said.", [("USA", "EST", "interest", 6)]),
        ("Peru formally submitted a letter of request to Paris for 12 Rafale jets on Monday.", [("FRA", "PER", "interest", 12)]),
        ("Oman has submitted a formal request to buy 18 F-16 fighters from the United States.", [("USA", "OMN", "interest", 18)]),
        ("Chile made a request to buy six Leopard 2 tanks from Germany last year.", [("DEU", "CHL", "interest", 6)]),
    ],
)
def test_a_request_for_goods_is_an_interest_of_the_asker(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a request not made
        "Chile will not make a request to buy Leopard 2 tanks from Germany.",
        # a request turned down
        "Germany rejected Chile's request to buy six Leopard 2 tanks.",
        # a letter of another kind
        "Estonia sent Washington a letter of thanks for its support, the minister said.",
    ],
)
def test_requests_not_made_or_refused_stay_empty(extract_text, text):
    assert _transfers(extract_text, text) == []
