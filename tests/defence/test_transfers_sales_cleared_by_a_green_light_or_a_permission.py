"""A sale cleared is `offered` (guide 9.2: the supplier "approves for export"), however the
clearance is told: "its green light for exporting howitzers to X" (a green light is a noun of
approval, as "approval for the export of"), "cleared a shipyard to export corvettes to X" (a verb
of clearing over the sale's infinitive: allowed, not yet sold). Every sentence is invented; near
misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After months of review, Seoul gave its green light on Thursday for the export of 30 K9 howitzers to Estonia.", [("KOR", "EST", "offered", 30)]),
        ("Rome gave the green light to the export of 20 Centauro vehicles to Brazil.", [("ITA", "BRA", "offered", 20)]),
        ("Norway's foreign ministry cleared Kongsberg last week to export 20 NASAMS launchers to Lithuania.", [("NOR", "LTU", "offered", 20)]),
        ("The government authorised Saab to supply six Gripen jets to Thailand.", [("SWE", "THA", "offered", 6)]),
    ],
)
def test_a_sale_cleared_is_offered(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a green light for no goods
        "Lawmakers finally granted a green light to the city budget after a long debate.",
        # cleared to sell something else
        "Regulators cleared the bank to sell its bonds to pension funds.",
    ],
)
def test_clearances_of_no_goods_stay_empty(extract_text, text):
    assert transfers_counted(extract_text, text) == []
