"""Delivered goods described by their purchase (round 13, from wire dev misses): "the six
Tucano trainers bought from Brazil landed ...", "a frigate sold to Chile by Britain arrived
...", "has begun deliveries of the mortars that Lima purchased in 2019". A purchase participle
or relative clause on goods that arrive or are delivered tells the order that delivery
presupposes: two records, `delivered` (or `ongoing`) and `ordered`, the order's year its own
date or none (annotation guide 9.2). A purchase still to come, a lease, or goods with no
purchase told stay one record. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ASUNCION, May 2 (EFE) - The six Super Tucano aircraft bought from Brazil landed at Silvio Pettirossi airport on Tuesday, the air force said.",
            [("BRA", "PRY", "delivered"), ("BRA", "PRY", "ordered")],
        ),
        (
            "SANTIAGO, Jan 9 (Reuters) - A Type 23 frigate sold to Chile by Britain arrived at Valparaiso on Monday, the navy said.",
            [("GBR", "CHL", "delivered"), ("GBR", "CHL", "ordered")],
        ),
        (
            "QUITO, Oct 3 (Andina) - Two Dhruv helicopters purchased by Ecuador from India landed at Manta on Friday, the defence ministry said.",
            [("IND", "ECU", "delivered"), ("IND", "ECU", "ordered")],
        ),
        (
            "LIMA, Feb 6 (Andina) - Israel has begun deliveries of the Tavor rifles that Peru purchased in 2019, the army said.",
            [("ISR", "PER", "ongoing"), ("ISR", "PER", "ordered")],
        ),
    ],
)
def test_purchase_on_delivered_goods_is_the_order_too(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_the_order_takes_the_purchase_year_or_none(extract_text):
    dated = extract_text("LIMA, Feb 6 (Andina) - Israel has begun deliveries of the Tavor rifles that Peru purchased in 2019, the army said.").arms_transfers
    assert [t.year for t in dated if t.status == "ordered"] == [2019]
    undated = extract_text("ASUNCION, May 2 (EFE) - The six Super Tucano aircraft bought from Brazil landed at Silvio Pettirossi airport on Tuesday.").arms_transfers
    assert [t.year for t in undated if t.status == "ordered"] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lease is no purchase: the delivery alone
        ("KUALA LUMPUR (Bernama) - Four helicopters leased by Italy to the Malaysian army arrived at Subang on Monday.", [("ITA", "MYS", "delivered")]),
        # goods given, not bought: the delivery alone
        ("LUSAKA (ZNBC) - Six trucks donated by India to the Zambian army reached the capital by road on Friday.", [("IND", "ZMB", "delivered")]),
    ],
)
def test_goods_not_bought_stay_one_record(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_purchase_that_stays_a_plan_adds_no_order(extract_text):
    # near miss: the goods a buyer would order are not delivered goods it bought
    text = "ASUNCION, May 2 (EFE) - Paraguay said the trainers it would buy from Brazil would be based at Silvio Pettirossi airport."
    assert [t for t in extract_text(text).arms_transfers if t.status in ("delivered", "ongoing")] == []
