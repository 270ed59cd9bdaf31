"""Accession instruments (docs/annotation.md 9.1): an instrument that takes states into a body is
between the body and the states it takes in, never the member whose parliament approves it or whose
envoys sign it. Signed by the members it is agreed; approved by a member's parliament it is
ratified. The body may be named before the noun ("Norway's NATO accession protocol"), by the
treaty that founded it ("the protocol on X's accession to the North Atlantic Treaty"), or by a
participle ("the protocols admitting X to NATO"); a capitalised plural name ("the Accession
Protocols") is read like its singular. The treaty a state accedes to stands for the body joined,
no agreement of its own."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member's parliament approving the instrument ratifies it; the member is no party
        ("Greece's parliament voted on Friday to approve Montenegro's NATO accession protocol.", [("MNE,NATO", "ratified")]),
        ("The Spanish Senate approved North Macedonia's NATO accession protocol by 250 votes to 3.", [("MKD,NATO", "ratified")]),
        ("The Canadian House of Commons ratified the protocol on Albania's accession to the North Atlantic Treaty.", [("ALB,NATO", "ratified")]),
        ("The German Bundestag voted on Wednesday to ratify the protocols admitting Croatia and Albania to NATO.", [("ALB,HRV,NATO", "ratified")]),
        # signed by the members: agreed (each member still ratifies)
        ("NATO ambassadors signed the Accession Protocols for Montenegro and North Macedonia in Brussels.", [("MKD,MNE,NATO", "agreed")]),
    ],
)
def test_an_accession_instrument_is_between_the_body_and_the_states_it_takes_in(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # acceding to a founding treaty is joining the body: no agreement is staged
        "Norway's accession to the North Atlantic Treaty took effect on Monday.",
        "Peru deposited its instrument of accession to the Washington Treaty.",
        # an admission a member's parliament blocks is not ratified
        "Hungary's parliament refused to debate the bill on the accord to admit Sweden into NATO.",
    ],
)
def test_joining_a_body_by_its_treaty_is_no_agreement(extract_text, text):
    assert agreements_joined(extract_text, text) == []
