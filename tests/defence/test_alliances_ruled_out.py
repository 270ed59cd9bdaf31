"""An alliance ruled out is no record (docs/annotation.md §9.4: a merely alleged or dismissed
alliance is none): said of the alliance as a predicate ("is off the table", "was ruled out"),
before it ("there is no question of"), or of a clause about it ("it is unthinkable that ...").
Invented articles in several agencies' styles."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    "text",
    [
        "Officials said a formal defence alliance between Egypt and Turkey was out of the question for now.",
        "Diplomats in Ankara said a military alliance between Greece and Armenia was off the table despite warming ties.",
        "Seoul officials say a trilateral military alliance with Tokyo and Washington is still off the table.",
        "Xinhua quoted the spokesperson as saying a military alliance between China and Pakistan was not on the agenda.",
        "A security alliance between India and Vietnam was ruled out by officials in New Delhi.",
        "Commentators said an alliance between Iran and Venezuela was unthinkable.",
        "TASS said a military bloc between Russia and Iran remained unlikely despite close ties.",
        "The idea of a military alliance between Brazil and Argentina was dismissed by the foreign minister.",
        "There is no question of a military alliance between Serbia and Russia, the president told reporters.",
        "Riyadh ruled out a military alliance with Tel Aviv, the state news agency reported.",
        "It is unthinkable that Egypt would form a military alliance with Ethiopia, the minister said.",
    ],
)
def test_an_alliance_ruled_out_or_dismissed_is_no_record(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A mutual defence treaty between Qatar and Iran was dismissed as fantasy by the emir's adviser.",
        "Officials said a defence treaty between Kenya and Ethiopia would stay out of the question.",
        "Experts said a defence pact between Pakistan and Turkey is unlikely in the near term.",
        "Ankara says a defence pact with Athens is out of the question while the dispute lasts.",
    ],
)
def test_a_defence_pact_ruled_out_makes_no_allies(extract_text, text):
    assert alliances_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt and Turkey signed a military alliance on Monday.", [(("EGY", "TUR"), "formal")]),
        ("Moscow and Minsk signed a mutual defence treaty in 1997.", [(("BLR", "RUS"), "formal")]),
        ("Japan and the Philippines formed a defence pact last year.", [(("JPN", "PHL"), "formal")]),
    ],
)
def test_an_alliance_stated_as_fact_stays_found(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected
