"""A pact whose anniversary its parties mark is one they still hold (issue 13, docs/annotation.md 9.1
and 9.4: an agreement named in passing is in force, and a defence pact so held binds its parties as
allies); the anniversary tells no signing of its own."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined, alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana and Togo marked the 30th anniversary of their defence treaty on Friday.", [("GHA,TGO", "in_force")]),
        ("Bhutan celebrated the tenth anniversary of the Thimphu Accord with Nepal.", [("BTN,NPL", "in_force")]),
    ],
)
def test_a_pact_whose_anniversary_is_marked_is_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_a_defence_pact_whose_anniversary_is_marked_binds_allies(extract_text):
    text = "Ghana and Togo marked the 30th anniversary of their defence treaty on Friday."
    assert alliances_joined(extract_text, text) == [("GHA,TGO", "formal")]


def test_an_anniversary_without_parties_is_no_agreement(extract_text):
    assert agreements_joined(extract_text, "On the anniversary of the treaty, protesters marched in the capital.") == []
