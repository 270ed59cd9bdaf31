"""A sale under an approval that a third party opposes ("Moscow denounced Berlin's approval of a
sale of tanks to Georgia"): the opposer's words do not undo it; the approver's sale stands as
cleared for export, `offered` (guide 9.2), as when the sale itself is opposed ("China condemned
the US sale of jets to Taiwan"). An approval opposed by the approver itself, or of a sale to no
state, gives none. Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow on Friday denounced Berlin's approval of a sale of 40 Leopard 2 tanks to Georgia.", [("DEU", "GEO", "offered")]),
        ("Moscow on Friday denounced Berlin's approval of a 2 billion euro sale of 40 Leopard 2 tanks to Georgia.", [("DEU", "GEO", "offered")]),
        ("Tehran has condemned London's approval of the sale of 12 Challenger 2 tanks to Qatar.", [("GBR", "QAT", "offered")]),
    ],
)
def test_an_approval_opposed_by_another_state_leaves_the_sale_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the approver itself turns against its approval: no opposer other than the seller
        "Germany on Friday denounced its own approval of the sale of 40 Leopard 2 tanks to Georgia.",
        # sold to a company, no state receives
        "Moscow denounced the approval of a sale of trucks to a Georgian company.",
    ],
)
def test_an_approval_opposed_by_its_own_approver_or_of_no_state_sale_gives_none(extract_text, text):
    assert transfers_joined(extract_text, text) == []
