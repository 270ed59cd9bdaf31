"""Organisations named beside an agreement that are no party to it (docs/annotation.md 9.1): the
news agency of a dateline ("Moscow, TASS --") reports the agreement, and a body an agreement sets
up ("the convention establishing the X Agency") is what it creates, not who signs it. An alliance
taking states in stays a party (see the accession tests)."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing, May 3, Xinhua -- Laos and Cambodia signed a defence cooperation agreement in Vientiane on Friday.", [("KHM,LAO", "signed")]),
        ("Tokyo, Kyodo -- Japan and Australia concluded a visiting forces agreement in Canberra on Thursday.", [("AUS,JPN", "signed")]),
        ("Defence ministers of Sweden, Norway and Finland on Monday signed the convention establishing the Nordic Defence Procurement Organisation.", [("FIN,NOR,SWE", "signed")]),
    ],
)
def test_an_outlet_or_a_body_set_up_is_no_party(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # only an outlet and one state: no agreement between states
        "Beijing, Xinhua -- China signed a defence cooperation memorandum on Friday.",
    ],
)
def test_an_outlet_does_not_make_a_second_party(extract_text, text):
    assert agreements_joined(extract_text, text) == []
