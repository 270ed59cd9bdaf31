"""Systems and generic goods news names that the tables lacked (round 19, from wire dev misses):
the South African Cheetah fighters, the Israeli Phalcon early-warning system, armoured Land
Rovers, Patria's armoured modular vehicles, and the generic "airborne early-warning system"
and "assault ship". Each named in a transfer now gives its record, of its category. Every sentence is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Eight Cheetah D fighters arrived in Bolivia from South Africa last year.", "fighter aircraft"),
        ("Turkey has received two Phalcon airborne radar planes from Israel.", "airborne early warning aircraft"),
        ("Kenya took delivery of 60 armoured Land Rovers from Britain last month.", "light armoured vehicle"),
        ("Slovakia plans to buy 30 Patria armoured modular vehicles from Finland.", "armoured personnel carrier"),
        ("Brazil is to buy an airborne early-warning system from Sweden.", "airborne early warning aircraft"),
        ("Australia ordered two assault ships from Spain in 2007.", "amphibious ship"),
    ],
)
def test_named_goods_give_a_transfer(extract_text, text, category):
    assert [t.category for t in extract_text(text).arms_transfers] == [category]
