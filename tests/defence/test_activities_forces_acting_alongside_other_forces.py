"""Forces of one state acting alongside forces of another ("X's sappers cleared mines alongside Y's
engineers") act together: a joint activity of both states, whatever the verb. The "alongside"
phrase may hang on the verb or on a noun of the verb's own clause (its object, or the object of
one of its prepositions). Both sides must be forces; people who are not, or a side of no codable
state, give nothing. "began V-ing alongside" is going on. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "parties", "status"),
    [
        # on the verb
        ("Hungarian soldiers cleared a minefield near the border alongside Croatian troops last week.", ("HRV", "HUN"), "occurred"),
        # on the verb's object
        ("Belgian helicopters are flying rescue missions alongside Dutch aircraft over the flooded delta.", ("BEL", "NLD"), "ongoing"),
        # on the object of the verb's preposition, with coordinated states on the partner
        ("Some 300 Slovak reservists took part in a mountain drill alongside Czech and Polish units.", ("CZE", "POL", "SVK"), "occurred"),
        # begun, so going on
        ("Greek warships started escorting the ferries on Monday alongside Cypriot naval vessels.", ("CYP", "GRC"), "ongoing"),
    ],
)
def test_forces_alongside_another_states_forces_act_with_them(extract_text, text, parties, status):
    assert (parties, status) in rule_activity_statuses(extract_text, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the side beside is no forces
        ("Hungarian soldiers cleared a minefield alongside Croatian farmers last week.", {"HRV", "HUN"}),
        # the actor is no forces
        ("The Hungarian minister walked alongside Croatian soldiers at the memorial.", {"HRV", "HUN"}),
        # "alongside" in another clause than the forces' verb
        ("Hungarian soldiers cleared the minefield, which lies alongside the Croatian army's old depot.", {"HRV", "HUN"}),
        # negated
        ("Hungarian soldiers did not work alongside Croatian troops this year.", {"HRV", "HUN"}),
    ],
)
def test_no_activity_without_forces_on_both_sides(extract_text, text, pair):
    assert not any(set(parties) == pair for parties, _ in rule_activity_statuses(extract_text, text))
