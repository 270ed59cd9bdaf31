"""A joining or leaving verb that names no body ("once Slovakia had joined, in 2004") is of
the one military alliance named earlier in its sentence, and only for states that are (or were)
its members (docs/annotation.md §9.4). A verb with an object or a phrase of its own ("joined in
the exercise"), one before the alliance is named, one in a relative clause, or a state that never
belonged, gives none. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO's eastern flank shifted once Hungary and Poland had joined, in 1999.", [(("HUN", "NATO"), "formal"), (("NATO", "POL"), "formal")]),
        ("The Warsaw Pact began to crumble after Hungary withdrew in 1990, historians said.", [(("HUN", "WARSAW_PACT"), "dissolved")]),
    ],
)
def test_a_member_joining_or_leaving_the_alliance_named_before(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "NATO said Ukraine joined in 2022.",  # never a member
        "NATO held talks after Poland joined in the exercise.",  # something else joined
        "Poland joined in 1999, NATO officials recalled.",  # the alliance is named after the verb
        "The US withdrew in 2021, and NATO allies scrambled.",
    ],
)
def test_no_alliance_is_guessed_otherwise(extract_text, text):
    assert alliances_listed(extract_text, text) == []
