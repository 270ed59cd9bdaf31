"""Systems and generic goods news names that the tables lacked (round 19, from wire dev misses):
the South African Cheetah fighters, the Israeli Phalcon early-warning system, armoured Land
Rovers, Patria's armoured modular vehicles, and the generic "airborne early-warning system"
and "assault ship". Each named in a transfer now gives its record, of its category. Every sentence is invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("QUITO, May 3 (Andina) - South Africa delivered four Cheetah D fighters to Ecuador, the air force said.", "fighter aircraft"),
        ("DELHI, May 3 (PTI) - Israel has sold two Phalcon radar aircraft to India, officials said.", "airborne early warning aircraft"),
        ("ACCRA, May 3 (GNA) - Britain handed over 40 armoured Land Rovers to the Ghana army, the embassy said.", "light armoured vehicle"),
        ("ZAGREB, May 3 (HINA) - Croatia has ordered 30 Patria armoured modular vehicles from Finland, the ministry said.", "armoured personnel carrier"),
        ("DELHI, May 3 (PTI) - Israel has sold an airborne early-warning system to India, officials said.", "airborne early warning aircraft"),
        ("CAIRO, May 3 (MENA) - France has sold two assault ships to Egypt, officials said.", "amphibious ship"),
    ],
)
def test_named_goods_give_a_transfer(extract_text, text, category):
    assert [t.category for t in extract_text(text).arms_transfers] == [category]
