"""Export permits for goods (round 17, a class left in round 16): a permit to export goods
clears their sale. Granted or issued, the goods are cleared for export (offered); suspended,
revoked or cancelled, the sale is called off (cancelled); refused or only sought, no stage.
Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # withdrawn by the state that issued them: the sale called off
        ("Norway revoked the export licences for its Penguin missiles bound for Malaysia on Monday.", [("NOR", "MYS", "cancelled")]),
        ("The Swiss government on Friday suspended re-export permits for anti-aircraft guns destined for Qatar.", [("CHE", "QAT", "cancelled")]),
        ("Sweden's move to revoke export licences for thermal imagers fitted to Indian rifles angered New Delhi.", [("SWE", "IND", "cancelled")]),
        # granted: cleared for export, not yet sold
        ("Italy granted export licences for four patrol boats to Tunisia last week, the ministry said.", [("ITA", "TUN", "offered")]),
        ("Spain issued export permits for 12 howitzers and 40 military trucks to the Moroccan army.", [("ESP", "MAR", "offered"), ("ESP", "MAR", "offered")]),
    ],
)
def test_an_export_permit_granted_or_withdrawn_tells_the_sales_stage(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # refused: no sale, no stage
        "Denmark refused export licences for two mine-hunters sought by a Libyan buyer.",
        # only applied for
        "The shipyard applied for export permits for three corvettes to be built for Angola.",
        # civilian goods
        "Vienna's trade office has approved export licences for lathes and combine harvesters bound for a Kazakh farm cooperative.",
        # negated, only possible, denied, or only demanded
        "Germany will not grant export licences for frigates to Egypt.",
        "Belgium may issue export permits for its rifles to Kenya next year.",
        "Italy denied reports that it had granted export licences for four patrol boats to Tunisia.",
        "Norway did not revoke the export licences for its Penguin missiles bound for Malaysia.",
        "Lawmakers demanded that Finland revoke the export permits for mortars destined for Chile.",
        "Activists urged Norway to revoke the export licences for its Penguin missiles bound for Malaysia.",
        # a permit to build, not to export
        "The council suspended building permits for a tank repair depot near the Polish border.",
    ],
)
def test_an_export_permit_refused_sought_or_for_civilian_goods_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


def test_an_export_permit_takes_the_year_its_clause_tells(extract_text):
    transfers = extract_text("Back in 2019, Portugal issued export permits for six patrol boats to Angola.").arms_transfers
    assert [(t.supplier, t.recipient, t.status, t.year) for t in transfers] == [(("PRT",), ("AGO",), "offered", 2019)]
