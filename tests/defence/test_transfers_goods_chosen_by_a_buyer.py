"""Goods chosen by a buyer (round 13, from wire dev misses): "Peru has picked the Korean K2
over the Leopard", "the Rafale was selected by Greek air force chiefs", "Oslo chose Navantia to build
three frigates for its navy". A buyer that chooses, picks or selects goods (or a maker to build
them) has decided to buy, not bought: `interest` (annotation guide 9.2, "a decision to buy is
interest"), the supplier the goods' origin or maker. Goods only compared with the chosen ones,
and a choice of something that is no goods, give none. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LIMA, June 2 (Andina) - Peru has picked the South Korean K2 tank for its armoured brigades, the army said on Monday.", [("KOR", "PER", "interest")]),
        ("ATHENS, May 4 (Reuters) - After a long contest, the Rafale was selected by Greek air force chiefs as their next fighter, a spokesman said.", [("FRA", "GRC", "interest")]),
        ("WARSAW, Jan 8 (PAP) - Poland selected the Swedish Gripen for its new fighter fleet on Tuesday, the defence minister said.", [("SWE", "POL", "interest")]),
        ("OSLO, Nov 3 (NTB) - The Norwegian government has chosen Spain's Navantia to build three new frigates for the Royal Norwegian Navy, officials said.", [("ESP", "NOR", "interest")]),
    ],
)
def test_goods_chosen_are_wanted_not_bought(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_goods_the_choice_passed_over_are_no_transfer(extract_text):
    # near miss: the jets the buyer did not pick give no record
    text = "LIMA, June 2 (Andina) - Peru has picked the South Korean K2 tank over the German Leopard 2 for its armoured brigades."
    assert transfers_joined(extract_text, text) == [("KOR", "PER", "interest")]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a choice of a site, a partner or a commander is no goods
        "LIMA, June 2 (Andina) - Peru has chosen Arequipa as the site of its new air base, the army said.",
        "WARSAW, Jan 8 (PAP) - Poland selected a new army commander on Tuesday, the defence minister said.",
    ],
)
def test_a_choice_of_no_goods_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []
