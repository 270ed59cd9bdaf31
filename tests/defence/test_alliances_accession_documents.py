"""An accession told through its document (docs/annotation.md §9.4: accession completed is formal,
a membership put forward proposed):

- a protocol of accession signed, approved or ratified by an ally ("approved Norway's CSTO
  accession protocol", "ratified the protocols admitting X to NATO") leaves the state a proposed
  member: the allies ratify one by one, and the ratifying ally is no party to the membership;
- an instrument of accession deposited (or handed over) makes the depositing state a member;
- an application (or a bid, a request) for membership, or to join, puts it forward: proposed;
- an accession to an alliance's founding treaty is to the alliance ("the North Atlantic Treaty": NATO).

Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary's parliament on Monday approved Finland's NATO accession protocol by 180 votes to 8.", [(("FIN", "NATO"), "proposed")]),
        ("The Greek parliament ratified the protocol on Montenegro's accession to the North Atlantic Treaty.", [(("MNE", "NATO"), "proposed")]),
        (
            "NATO ambassadors signed the Accession Protocols for Albania and Croatia in Brussels.",
            [(("ALB", "NATO"), "proposed"), (("HRV", "NATO"), "proposed")],
        ),
        ("The Canadian Senate voted to ratify the protocols admitting Latvia and Estonia to NATO.", [(("EST", "NATO"), "proposed"), (("LVA", "NATO"), "proposed")]),
    ],
)
def test_an_accession_protocol_ratified_by_an_ally_leaves_the_state_a_proposed_member(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO grows again. Montenegro deposited its instrument of accession to the alliance in Washington.", [(("MNE", "NATO"), "formal")]),
        ("Paraguay on Friday deposited its instrument of accession to the Rio Treaty.", [(("PRY", "RIO_TREATY"), "formal")]),
        ("Portugal's accession to the North Atlantic Treaty took effect on Tuesday.", [(("NATO", "PRT"), "formal")]),
    ],
)
def test_an_instrument_of_accession_deposited_makes_a_member(extract_text, text, expected):
    assert expected[0] in alliances_listed(extract_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moldova will deposit its instrument of accession to the CSTO next month.", (("CSTO", "MDA"), "proposed")),
        ("Bosnia is submitting an application for full membership of NATO, its presidency said.", (("BIH", "NATO"), "proposed")),
        ("The envoys of Austria and Ireland handed over letters of application to join NATO on Monday.", (("AUT", "NATO"), "proposed")),
    ],
)
def test_an_instrument_still_to_come_or_an_application_is_proposed(extract_text, text, expected):
    assert expected in alliances_listed(extract_text, text)
    assert (expected[0], "formal") not in alliances_listed(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary's parliament rejected Finland's NATO accession protocol on Monday.",
        "Georgia did not submit an application for membership of NATO.",
        "The protocol on Chile's accession to the WTO was approved on Monday.",
        "Serbia deposited its instrument of ratification of the trade pact in Geneva.",
    ],
)
def test_a_document_rejected_denied_or_of_no_alliance_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []
