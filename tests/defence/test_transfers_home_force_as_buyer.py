"""An armed force named by no state that buys is the home state's (round 19, from wire dev
misses): a story from Lusaka in which "the air force bought helicopters" names the buyer only by
its force, the force of the state the story is written from, as "the government" is. The force
is a listed armed body's name (home_force_names: "the army", "the navy", "the air force", "the
armed forces"); one with a qualifier of its own ("the rebel army") stays unresolved, and so does
any force in a story that names another state than the home, the seller and the maker (review
19B: the attribution, an owner or a "for X" may make it that state's). Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LUSAKA - Last month the air force bought four transport helicopters from Russia, according to a statement read on state radio.", [("RUS", "ZMB", "ordered")]),
        ("WINDHOEK - On Friday the navy bought two patrol boats from France, a spokesman told reporters.", [("FRA", "NAM", "ordered")]),
        ("LUSAKA - The armed forces bought 300 Japanese-made trucks last year, according to officials.", [("JPN", "ZMB", "ordered")]),
        ("LUSAKA - The rebel army has bought four helicopters from Russia, a spokesman said.", []),
    ],
)
def test_unnamed_force_buys_for_the_home_state(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "DUBAI (Reuters) - The army has bought drones from Iran, Sudanese officials said.",
        "BRUSSELS - The army has bought 40 tanks from Germany, the Polish ministry said.",
        "LONDON - Sudan's conflict deepened. The army has bought drones from Iran.",
        "KYIV - Russia's invasion dragged on. The army has bought more drones from Iran, Ukrainian intelligence said.",
        "WASHINGTON - The army has bought 500 rifles from Israel for Ukraine's forces.",
    ],
)
def test_a_force_in_a_story_naming_another_state_is_not_the_home_states(extract_text, text):
    # review 19B: the force may be the other state's; no buyer is guessed
    assert [t.recipient for t in extract_text(text).arms_transfers if t.recipient] == []
