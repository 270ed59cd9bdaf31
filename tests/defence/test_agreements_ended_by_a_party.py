"""An agreement a state's own organ ends, told in wire style (docs/annotation.md 9.1): the state
whose council, parliament or government votes "on Thursday to denounce" the agreement is a party
(a date after "on" names no one called on to act), and a state that suspends or revokes "the"
treaty ends its own, with the one other state the sentence names as its partner, wherever the
parser hangs the "with". Leaving a pact may mean leaving a body of many members: no partner is
guessed then; nor when the sentence names more states than the two."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali's transitional council voted on Friday to revoke the agreement with France.", [("FRA,MLI", "terminated")]),
        ("Ghana's parliament voted 120 to 40 on Monday to denounce the defence accord with Togo.", [("GHA,TGO", "terminated")]),
        ("Chad on Tuesday agreed to sign a security pact with Niger.", [("NER,TCD", "agreed")]),
        # the partner named once in the sentence
        ("Bolivia decided on Monday to suspend the treaty it concluded in 1998 with the Republic of Chile.", [("BOL,CHL", "suspended")]),
        ("Burkina Faso revoked with immediate effect the agreement on the status of French troops.", [("BFA,FRA", "terminated")]),
    ],
)
def test_a_state_that_ends_its_agreement_is_a_party_with_its_partner(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # leaving a pact may be leaving a body: no partner guessed from the other state named
        "Iraq announced on Monday it was leaving the defence pact, after Iran's pullout last year.",
        # three other states named: none is taken as the partner
        "Bolivia decided to suspend the treaty, angering Peru, Chile and Argentina.",
    ],
)
def test_no_partner_is_guessed_for_a_body_left_or_among_many(extract_text, text):
    assert agreements_joined(extract_text, text) == []
