"""A sale cleared is `offered` (guide 9.2: the supplier "approves for export"), however the
clearance is told: "gave the green light for the sale of jets to X" (a green light is a noun of
approval, as "approval for the export of"), "cleared the maker to sell tanks to X" (a verb of
clearing over the sale's infinitive: allowed, not yet sold). Every sentence is invented; near
misses stay empty."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status, t.quantity) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris has given the green light for the sale of 24 Mirage 2000-5 fighters to Peru, sources said.", [("FRA", "PER", "offered", 24)]),
        ("Rome gave the green light to the export of 20 Centauro vehicles to Brazil.", [("ITA", "BRA", "offered", 20)]),
        ("Germany's security council has cleared Rheinmetall to sell 40 Boxer vehicles to Hungary, officials said.", [("DEU", "HUN", "offered", 40)]),
        ("The government authorised Saab to supply six Gripen jets to Thailand.", [("SWE", "THA", "offered", 6)]),
    ],
)
def test_a_sale_cleared_is_offered(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a green light for no goods
        "The council gave the green light for the new budget on Tuesday.",
        # cleared to sell something else
        "The regulator cleared the company to sell its shares to foreign investors.",
    ],
)
def test_clearances_of_no_goods_stay_empty(extract_text, text):
    assert _transfers(extract_text, text) == []
