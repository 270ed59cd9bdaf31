""""Its" agreement as the subject of a reported clause (docs/annotation.md 9.1): in "Cairo reminded
Addis that its defence pact with Khartoum remains binding" the agreement is its own clause's
subject, so "its" is the subject of the clause that reports it (Cairo), and the pact, held with a
partner and told as fact, is in force. A pact whose end is reported stays out of this."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima has reminded Santiago that its 1998 defence agreement with Quito remains binding.", [("ECU,PER", "in_force")]),
        ("Athens warned Ankara that its mutual defence pact with Nicosia still stands.", [("CYP,GRC", "in_force")]),
    ],
)
def test_its_pact_in_a_reported_clause_is_the_reporters(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a pact reported ended gives no agreement
        "Lima told Santiago that its former defence pact with Quito is dead.",
    ],
)
def test_its_pact_reported_ended_is_none(extract_text, text):
    assert agreements_joined(extract_text, text) == []
