"""An act done under an agreement the sentence does not name the partners of ("under a 2003
agreement", "under a bilateral accord"), told in passing (docs/annotation.md 9.1): where the
sentence names exactly two states, the acting forces' and the host's (a capital or a base's place
may name it), the agreement is theirs and in force. Goods delivered under a contract are a sale,
not such an agreement; with a third state named no pair is guessed."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 300 Indian servicemen are stationed at an air base near Dushanbe under a 2002 agreement.", [("IND,TJK", "in_force")]),
        ("About 1,500 French troops remain in Djibouti under a bilateral defence accord running until 2034.", [("DJI,FRA", "in_force")]),
        ("The Turkish base outside Doha, where some 3,000 Turkish soldiers serve under a 2014 agreement, held a ceremony on Monday.", [("QAT,TUR", "in_force")]),
    ],
)
def test_an_act_under_an_agreement_is_done_under_the_two_states_agreement(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # goods delivered under a contract: a sale, no agreement between the states
        "Russia completed the delivery of 12 Su-30 fighters to Algeria under a contract signed in 2019.",
        # a third state named: whose agreement it is stays untold
        "Fijian soldiers joined Australian troops in Port Moresby, deployed a day earlier under a security treaty.",
    ],
)
def test_no_pair_is_guessed_for_a_contract_or_among_three_states(extract_text, text):
    assert agreements_joined(extract_text, text) == []
