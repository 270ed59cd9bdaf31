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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another party stops an exercise of its own: the first pair's drills keep their stage
        ("Laos and Vietnam will hold joint army drills next month, while Cambodia has suspended its exercise with Thailand.", (("LAO", "VNM"), "planned")),
        ("Laos and Vietnam will hold joint army drills in the autumn, and Peru shelved the exercise it had planned with Ecuador.", (("LAO", "VNM"), "planned")),
        ("Laos and Vietnam held joint army drills last month, and Peru later called off Chile's exercise.", (("LAO", "VNM"), "occurred")),
    ],
)
def test_another_partys_own_activity_stopped_leaves_this_one(extract_text, text, expected):
    assert expected in activity_statuses(extract_text, text)
    assert (expected[0], "cancelled") not in activity_statuses(extract_text, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same activity told again, owned by a pronoun of the same sides or bare
        ("Laos and Vietnam agreed to hold joint army drills in June and then postponed their drills over the floods.", [(("LAO", "VNM"), "cancelled")]),
        ("Laos and Vietnam had planned joint army drills for June, but the drills were postponed because of the floods.", [(("LAO", "VNM"), "cancelled")]),
    ],
)
def test_the_same_activity_stopped_again_is_still_cancelled(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected
