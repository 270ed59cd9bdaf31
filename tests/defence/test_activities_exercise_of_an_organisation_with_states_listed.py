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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # states told as absent, boycotting or watching take no part in the organisation's place
        ("The autumn drill of the CSTO, which Armenia and Kazakhstan boycotted, opened on Monday.", [(("CSTO",), "ongoing")]),
        ("The autumn drill of the CSTO, watched by observers from Russia, Kazakhstan and Armenia, opened on Monday.", [(("CSTO",), "ongoing")]),
        # near miss: states told as taking part do stand in its place
        ("Sailors from Russia, Kazakhstan and Armenia on Monday opened the annual naval drill of the CSTO.", [(("ARM", "KAZ", "RUS"), "ongoing")]),
        ("The annual drill of the CSTO opened on Monday, with Russia, Kazakhstan and Armenia boycotting it.", [(("CSTO",), "ongoing")]),
        ("The autumn drill of the CSTO, involving units from Russia, Kazakhstan and Armenia, opened on Monday.", [(("ARM", "KAZ", "RUS"), "ongoing")]),
    ],
)
def test_the_organisation_stays_unless_the_states_take_part(extract_text, text, expected):
    assert _found(extract_text, text) == expected


def test_states_told_as_absent_leave_the_organisation_its_place(extract_text):
    found = _found(extract_text, "The autumn drill of the CSTO, without units from Russia, Kazakhstan and Armenia, opened on Monday.")
    assert len(found) == 1 and "CSTO" in found[0][0]
