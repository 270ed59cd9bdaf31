"""A sale that is the "of" phrase of an approval a third state opposes: the opposer's words do not
undo it; the sale stands as cleared for export, `offered` (guide 9.2), and its seller is the state
the approval names (a possessive, a national adjective), never the opposer. An approval opposed by
the approver itself, or of a sale to no state, gives none. Every sentence is invented and the goods
have no maker that could name the seller on their own."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the approval the subject of a passive, the opposer its agent
        ("Seoul's approval of a sale of 30 howitzers to Estonia was sharply criticised by Moscow.", [("KOR", "EST", "offered")]),
        # the approver named by a national adjective, the opposer's clause broken by an aside
        ("Lima, in a note handed to the Spanish ambassador, condemned the Spanish approval of the sale of six corvettes to Ecuador.", [("ESP", "ECU", "offered")]),
        # a city standing for the approving state, the opposer's verb in the perfect
        ("Ankara has repeatedly protested Athens's approval of the sale of two frigates to Cyprus.", [("GRC", "CYP", "offered")]),
    ],
)
def test_an_approval_opposed_by_another_state_leaves_the_approvers_sale_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the approver itself turns against its approval
        "Seoul later criticised its own approval of a sale of 30 howitzers to Estonia.",
        # near miss: sold to a company, no state receives
        "Moscow criticised the approval of a sale of howitzers to an Estonian firm.",
    ],
)
def test_an_approval_opposed_by_its_own_approver_or_of_no_state_sale_gives_none(extract_text, text):
    assert transfers_joined(extract_text, text) == []
