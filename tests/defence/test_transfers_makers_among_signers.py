"""A contract for goods signed by the buyer and the maker together (round 10, from blind wire dev
classes): the maker among the signers sells, the other signer buys; when only companies sign for a
licensed production, the company of the goods' state sells. Production under a licence agreement is
bought from whoever the agreement was signed with. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A contract for 30 K9 howitzers was signed by Romania's defence ministry and South Korea's Hanwha Aerospace.", [("KOR", "ROU", "ordered")]),
        ("Greece's air force and French maker Dassault signed a contract for 18 Rafale jets on Monday.", [("FRA", "GRC", "ordered")]),
        ("Hungary's N7 Holding and Rheinmetall signed a licensed-production contract for Lynx vehicles on Monday.", [("DEU", "HUN", "ordered")]),
    ],
)
def test_the_maker_among_the_signers_sells(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # makers of one state sign between themselves: no buyer named
        "Hanwha and Hyundai Rotem signed a contract for 20 K2 tanks.",
        "Spanish firm Indra and Italian firm Leonardo signed a partnership agreement on radars.",
    ],
)
def test_makers_signing_among_themselves_make_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


def test_a_buyer_signing_alone_keeps_the_goods_origin_as_seller(extract_text):
    assert transfers_joined(extract_text, "The Polish army and the defence ministry signed a contract for 20 K2 tanks.") == [("KOR", "POL", "ordered")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under a licence agreement it reached with South Korea in 2022, Egypt is producing 20 K9 howitzers.", [("KOR", "EGY", "ordered")]),
        ("Egypt's Abu Zaabal factory will produce 12 K9 howitzers under a license agreement concluded with Hanwha.", [("KOR", "EGY", "ordered")]),
    ],
)
def test_production_under_a_licence_agreement_is_bought_from_the_licensor(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_licence_agreement_not_yet_signed_is_no_transfer(extract_text):
    assert transfers_joined(extract_text, "Egypt will not build K9 howitzers under a licence agreement with South Korea.") == []
