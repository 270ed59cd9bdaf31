"""An exercise "of" an organisation whose taking part states the sentence lists (docs/annotation.md
§9.3, company and leaders): "the drill of the CSTO ended, with troops from X, Y and Z" has the states
as its parties, not the organisation; the organisation stands for its members. An organisation's own
exercise with no state named keeps it as sole party. Sentences invented."""

from __future__ import annotations

import pytest


def _found(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALMATY -- The Interaction-2019 drill of the CSTO ended on Friday, with troops from Russia, Kazakhstan and Armenia taking part.", [(("ARM", "KAZ", "RUS"), "occurred")]),
    ],
)
def test_states_listed_take_the_organisations_place(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The annual exercise of the SCO opened in Tajikistan on Monday.", [(("SCO",), "ongoing")]),
        ("NATO opened its annual exercise in Norway on Monday.", [(("NATO",), "ongoing")]),
    ],
)
def test_an_organisations_own_exercise_keeps_it(extract_text, text, expected):
    assert _found(extract_text, text) == expected
