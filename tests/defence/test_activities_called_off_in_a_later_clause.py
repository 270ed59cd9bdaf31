"""An activity told in one clause and stopped in a clause conjoined after it ("had planned drills
for May, but they were called off"; "..., and later postponed them") is cancelled: the stopping
verb's passive subject or object is the activity again, by a pronoun or an activity noun. A
stopping verb that is negated, or that stops something else, leaves the activity's own stage."""

from __future__ import annotations

import pytest
from defence_helpers import activity_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru had planned a combined naval exercise off Arica in October, but the manoeuvres were called off after the storm.", [(("CHL", "PER"), "cancelled")]),
        ("Kenyan and Ugandan troops were to hold their first joint border drill next month, but it was postponed because of the elections.", [(("KEN", "UGA"), "cancelled")]),
        ("Norway and Finland agreed to stage a winter exercise in Lapland and then suspended the exercise over budget cuts.", [(("FIN", "NOR"), "cancelled")]),
    ],
)
def test_a_later_clause_that_stops_the_activity_cancels_it(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru held a combined naval exercise off Arica in October, but the manoeuvres were not called off despite the storm.", [(("CHL", "PER"), "occurred")]),
        ("Chile and Peru held a combined naval exercise off Arica in October and postponed a planned summit.", [(("CHL", "PER"), "occurred")]),
    ],
)
def test_a_negated_stop_or_a_stop_of_something_else_keeps_the_stage(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected
