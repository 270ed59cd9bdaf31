"""A two-word preposition ("out of", "away from") whose second word the parser hangs on the
first still names what the act is done to: "pulled out of a deal" leaves the deal (SANCTION,
withdraw), while troops pulled out of a place still retreat, and a lead that is no direction word
("according to", "along with") passes on nothing (sentences written for these tests)."""

from __future__ import annotations

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Uruguay's navy said it had pulled out of a deal with Norway on patrol boats.", ("SANCTION", ("URY",), ("NOR",))),
        ("After a row over tuna quotas, Ecuador pulled out of the fisheries agreement with Colombia.", ("SANCTION", ("ECU",), ("COL",))),
        ("Paraguay pulled out of the joint exercise with Bolivia.", ("SANCTION", ("PRY",), ("BOL",))),
    ],
)
def test_leaving_a_deal_named_after_out_of_is_a_sanction(extract_text, sentence, expected):
    assert events_coded(extract_text, sentence) == [expected]


def test_forces_pulled_out_of_a_country_leave_no_deal(extract_text):
    # near miss: the second preposition's object is a place, not a deal or a body
    sentence = "Uruguay pulled its soldiers out of Haiti."
    assert [e for e in events_coded(extract_text, sentence) if e[0] == "SANCTION"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the agreement is the rule followed, or names a companion; the troops retreat
        "Ethiopia pulled its soldiers out of Somalia according to the accord.",
        "Rwanda withdrew its battalion from Congo along with the observers of the ceasefire deal.",
    ],
)
def test_a_lead_that_is_no_direction_word_passes_on_no_object(extract_text, sentence):
    assert [e[0] for e in events_coded(extract_text, sentence)] == ["RETREAT"]
