"""An activity an agreement's clause lays out is the agreement's content, no activity held
(docs/annotation.md §9.3 an agreement's scope): what a clause "under which" says will be done, what
"which provides for" names even when the parser hangs the clause on the last noun of the
agreement's phrase, and what a pact "would let" forces do ("enter X for joint exercises"). Told as
going on under the agreement, or under one renewed, the activity is held."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed a defence framework on Monday under which the two armies will hold joint exercises every year.",
        "The parliament ratified a defence agreement on cooperation with the Republic of Chile, which provides for joint naval drills and officer exchanges.",
        "Spain and Morocco are negotiating a status of forces agreement that would let Spanish troops enter Morocco for joint exercises.",
    ],
)
def test_an_activity_an_agreement_lays_out_is_no_activity(extract_text, text):
    assert activity_parties(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate ratified a defence pact with Ghana, under which Nigerian instructors are already training Ghanaian officers.", [("GHA", "NGA")]),
        ("Norway and Finland renewed the agreement that lets Norwegian troops enter Finland for joint drills.", [("FIN", "NOR")]),
        ("Kenya and Uganda held joint exercises under a framework signed last year.", [("KEN", "UGA")]),
    ],
)
def test_an_activity_going_on_under_an_agreement_is_held(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected
