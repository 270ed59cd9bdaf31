"""A joint activity whose sentence names two sides or more (coordinated subjects, "with" partners)
where one side is forces or a name that codes as no actor gives no record: the one coded side alone
would be a wrong record. A lone named party with no other side told ("X will hold joint exercises")
and the speaker's own side ("his country", "we") keep the record. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    "text",
    [
        "Two Russian bombers landed in Caracas, where they will take part in joint air exercises with the Bolivarian Naval Aviation Command.",
        "Russian bombers will carry out joint flight exercises with the Zorvanian Air Wing next week.",
        # the sides as the "of" objects of one subject word
        "Units of the Zorvanian People's Guard and of the Russian armed forces will conduct a joint tactical exercise in November.",
    ],
)
def test_an_uncoded_partner_leaves_no_one_sided_record(extract_text, text):
    assert rule_activity_parties(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatia will hold joint exercises next spring.", [("HRV",)]),
        ("Units of the Algerian army and of the Russian armed forces will conduct a joint tactical exercise in November.", [("DZA", "RUS")]),
        ("Russian bombers will carry out joint flight exercises with the Venezuelan air force next week.", [("RUS", "VEN")]),
    ],
)
def test_a_told_side_keeps_the_record(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected
