"""An agreement ruled out is no record (docs/annotation.md §9.1): a pact said to be out of the
question, off the table, unlikely or dismissed, or one "there is no question of", is not stated as
fact; a negated ruling-out ("was not ruled out") leaves the clause to decide. Invented articles."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_listed


@pytest.mark.parametrize(
    "text",
    [
        "A mutual defence pact between Japan and South Korea is not on the agenda, the ministry spokesman said on Monday.",
        "Experts said a defence pact between Pakistan and Turkey is unlikely in the near term.",
        "Officials said a defence treaty between Kenya and Ethiopia would stay out of the question.",
        "A mutual defence treaty between Qatar and Iran was dismissed as fantasy by the emir's adviser.",
        "Ankara says a defence pact with Athens is out of the question while the dispute lasts.",
        "The minister dismissed talk of a defence pact with Ankara.",
        "A security pact with Canberra is unlikely to be signed before the elections, officials in Port Moresby said.",
    ],
)
def test_an_agreement_ruled_out_is_no_record(extract_text, text):
    assert agreements_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland signed a defence agreement with Lithuania on Tuesday.", [(("LTU", "POL"), "signed")]),
        ("Hungary and Slovakia signed a military cooperation accord, MTI reported.", [(("HUN", "SVK"), "signed")]),
    ],
)
def test_an_agreement_stated_as_fact_stays_found(extract_text, text, expected):
    assert agreements_listed(extract_text, text) == expected
