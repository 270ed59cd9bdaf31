"""An armed force named by no state that buys is the home state's (round 19, from wire dev
misses): "KAMPALA - The army has bought rifles from Israel" names the buyer only as "the army";
it is the force of the state the story is written from, as "the government" is. A force with a
qualifier of its own ("the rebel army") stays unresolved. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LUSAKA, Aug 19 (ZNBC) - The army has bought four helicopters from Russia, a spokesman said.", [("RUS", "ZMB", "ordered")]),
        ("LUSAKA, Aug 19 (ZNBC) - The army has bought a batch of Israeli-made Galil rifles, a spokesman said.", [("ISR", "ZMB", "ordered")]),
        ("LUSAKA, Aug 19 (ZNBC) - The rebel army has bought four helicopters from Russia, a spokesman said.", []),
    ],
)
def test_unnamed_force_buys_for_the_home_state(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
