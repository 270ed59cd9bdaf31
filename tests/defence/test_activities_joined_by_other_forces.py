"""States whose forces join an activity told by a passive "joined by" take part in it (docs/annotation.md
§9.3, company): a participle on the activity's verb ("began the drills, joined by X and Y forces")
or coordinated with the participle that names the holders ("organised by X and later joined by Y").
Who only watches ("watched by observers from Z") takes no part. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Thai and American troops began their annual exercises on Tuesday, joined by Japanese and Korean forces.", ("JPN", "KOR", "THA", "USA")),
        ("Thai and American troops began their annual exercises on Tuesday, joined by troops from Japan and Korea.", ("JPN", "KOR", "THA", "USA")),
        ("Near Entebbe, the lake exercises held yearly by Uganda and Kenya and joined in 2024 by Rwanda and Burundi resumed on Thursday.", ("BDI", "KEN", "RWA", "UGA")),
    ],
)
def test_forces_joining_an_activity_take_part(extract_text, text, parties):
    assert activity_parties(extract_text, text) == [parties]


def test_observers_watching_take_no_part(extract_text):
    text = "Thai and American troops ended the exercises on Tuesday, watched by observers from China."
    assert activity_parties(extract_text, text) == [("THA", "USA")]
