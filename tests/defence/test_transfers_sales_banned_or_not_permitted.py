"""A sale blocked or banned is `cancelled` (guide 9.2: "A blocked sale is `cancelled`"), however
the ban is told: a state that bans it ("Rome banned the sale of 16 helicopters to Peru") or an act
that bans it ("issued an edict banning the sale of jets to X", whose maker is the seller). A
sale permitted ("allowed the maker to export tanks to X", "let the maker sell") is `offered`
(cleared for export); a permission negated or refused ("has not allowed", "would not let") tells
no sale at all. Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rome banned the sale of 16 helicopters to Peru on Monday.", [("ITA", "PER", "cancelled", 16)]),
        ("President Macron issued an edict banning the sale of Rafale fighters to Qatar.", [("FRA", "QAT", "cancelled", None)]),
        ("The Kremlin issued an order prohibiting the export of Su-35 fighters to Egypt.", [("RUS", "EGY", "cancelled", None)]),
    ],
)
def test_a_banned_sale_is_cancelled(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany allowed Rheinmetall to export 40 Lynx vehicles to Hungary.", [("DEU", "HUN", "offered", 40)]),
    ],
)
def test_a_permitted_sale_is_offered(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Germany has not allowed Rheinmetall to export Leopard tanks to Saudi Arabia.",
        "Berlin would not let Rheinmetall sell Leopard tanks to Qatar, officials said.",
        "Washington will not permit Lockheed Martin to sell F-16 fighters to Pakistan.",
        "Sweden has not authorised Saab to sell Gripen jets to Thailand.",
        "The government refused to allow the export of 20 howitzers to Chile.",
        # a ban demanded, not made
        "Activists demanded a ban on the sale of tanks to Saudi Arabia.",
        # a ban on arms to no named buyer
        "Parliament passed a law prohibiting the sale of arms to rebel groups.",
    ],
)
def test_refused_permissions_and_demanded_bans_stay_empty(extract_text, text):
    assert transfers_counted(extract_text, text) == []
