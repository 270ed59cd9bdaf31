"""A sale under a noun of approval, and goods named "along with" others (round 10, from blind
wire dev classes). "Its approval for the sale of drones to India" clears the sale for export
(offered), as the verb does; "gave its approval for" is no gift. Goods after "along with" go with
the first ones, at their stage. Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_with_items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canberra announced its approval for the export of 40 rifles to Chad.", [("AUS", "TCD", "offered")]),
        ("Canberra gave its approval for the export of 30 Bushmaster vehicles to Ukraine.", [("AUS", "UKR", "offered")]),
    ],
)
def test_a_sale_under_a_noun_of_approval_is_offered(extract_text, text, expected):
    assert [t[:3] for t in transfers_with_items(extract_text, text)] == expected


def test_approval_of_what_is_no_sale_is_no_transfer(extract_text):
    assert transfers_with_items(extract_text, "Lawmakers are debating the approval of new rules on arms sales.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Washington approved the sale of 12 Abrams tanks to Morocco along with 300 tank shells.",
            [("USA", "MAR", "offered", "Abrams tanks"), ("USA", "MAR", "offered", "tank shells")],
        ),
        (
            "Peru will buy 12 KT-1 trainers from South Korea along with spare parts.",
            [("KOR", "PER", "interest", "KT-1 trainers"), ("KOR", "PER", "interest", "spare parts")],
        ),
    ],
)
def test_goods_along_with_others_go_with_them(extract_text, text, expected):
    assert transfers_with_items(extract_text, text) == expected


def test_states_along_with_the_goods_are_no_goods(extract_text):
    assert transfers_with_items(extract_text, "Italy sold 12 helicopters to Qatar along with its allies.") == [("ITA", "QAT", "delivered", "helicopters")]
