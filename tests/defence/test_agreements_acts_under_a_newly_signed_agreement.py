"""An act done under an agreement the sentence first tells with its signing ("began patrols under
an accord signed last week", docs/annotation.md 9.1): the news is the signing, so the agreement is
signed, not yet shown in force by the act. An act under "the" agreement the two signed long ago,
or under "an accord X and Y signed in 2019" (a relative clause naming the agreement acted under),
shows it in force."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greek navy frigates began patrolling Cypriot waters on Monday under an accord signed by the two governments last week.", [("CYP,GRC", "signed")]),
        ("Chilean and Peruvian coast guards started joint patrols on Friday under an agreement signed by the two countries in March.", [("CHL,PER", "signed")]),
        # the agreement presupposed: the act shows it in force
        ("Kuwait hosts US troops under the defence agreement the two countries signed in 1991.", [("KWT,USA", "in_force")]),
        ("Italian jets left the Maltese base under an accord Rome and Valletta signed in 2015.", [("ITA,MLT", "in_force")]),
    ],
)
def test_an_act_under_an_agreement_first_told_signed_leaves_it_signed(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a sale under a contract signed last year stays a sale
        "Deliveries of 20 Rafale jets to Egypt began on Monday under a contract signed last year.",
    ],
)
def test_a_delivery_under_a_newly_signed_contract_is_no_agreement(extract_text, text):
    assert agreements_joined(extract_text, text) == []
