"""Two classes of false activity from blind near misses: a breakaway region named only as where
one state's forces hold their drills ("X soldiers in the Abkhaz region held drills") hosts no one
and takes no part (breakaway_codes), while its own forces named as a side still do; and a base
that is only imagined, an indefinite base as the subject of a modal clause ("warned that a
Russian base in X would destabilise ..."), is no basing, while a base told standing or kept still
is. Sentences invented."""

from __future__ import annotations

import pytest


def _activities(extract_text, text):
    return sorted((a.parties, str(a.status)) for a in extract_text(text).activities)


def test_a_breakaway_region_where_one_states_forces_drill_is_no_party(extract_text):
    assert _activities(extract_text, "Armenian soldiers in the Abkhaz region held live-fire drills on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abkhaz forces and Russian troops held joint drills near Sukhumi.", [(("RUS", "XAB"), "occurred")]),
        ("Russian troops held joint drills with Belarusian forces in Belarus.", [(("BLR", "RUS"), "occurred")]),
    ],
)
def test_forces_named_as_sides_still_take_part(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


def test_an_imagined_base_is_no_basing(extract_text):
    assert _activities(extract_text, "India fears that a Russian military base in Myanmar would destabilise the region.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China maintains a naval base in Djibouti.", [(("CHN", "DJI"), "ongoing")]),
        ("Officials said the Chinese naval base in Djibouti would be expanded next year.", [(("CHN", "DJI"), "planned")]),
    ],
)
def test_a_base_kept_or_presupposed_stands(extract_text, text, expected):
    assert _activities(extract_text, text) == expected
