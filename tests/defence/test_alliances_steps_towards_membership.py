"""A membership that a step, progress or a path heads for is still to come (docs/annotation.md §9.4:
proposed), whatever the verb above the step says ("pointed to its progress towards NATO membership"
cites the progress, not a membership). The state is whose step or progress it is: the
possessor of the noun ("its" standing for the clause's subject), or of the noun the step is set
beside ("passed Moldova's new doctrine, which the government hails as a step towards NATO membership").
A step towards a body that is no alliance, or one taken by no state named, is none. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia pointed to its progress towards NATO membership when it asked for more aid.", [(("GEO", "NATO"), "proposed")]),
        (
            "Lawmakers passed Moldova's new defence doctrine, which the government hails as a step towards NATO membership.",
            [(("MDA", "NATO"), "proposed")],
        ),
        ("Bosnia's reform law, the latest step toward membership of NATO, passed on Tuesday.", [(("BIH", "NATO"), "proposed")]),
    ],
)
def test_a_step_or_progress_towards_membership_is_a_proposed_membership(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Serbia made steady progress towards EU membership last year.",
        "Analysts said the summit was a step towards NATO membership for no one in particular.",
        "Russia's warning against any step towards NATO membership was repeated on Monday.",
    ],
)
def test_a_step_towards_another_body_or_by_no_state_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []
