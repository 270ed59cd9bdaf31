"""Two activities of the same parties told at different stages in one sentence are two records
("began exercise A on Monday, a day after ... wrapped up exercise B": one ongoing, one over); one
activity told twice at one stage stays one record. Sentences invented."""

from __future__ import annotations


def _records(extract_text, text):
    return sorted((a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules")


def test_an_exercise_begun_after_another_one_ended_is_two_records(extract_text):
    text = "Kenyan and Tanzanian soldiers began Exercise Ushirikiano in Arusha on Monday, a day after warships of the two navies wrapped up a passage exercise off Mombasa."
    assert [parties for parties, _ in _records(extract_text, text)] == [("KEN", "TZA"), ("KEN", "TZA")]
    assert {status for _, status in _records(extract_text, text)} == {"ongoing", "occurred"}


def test_one_activity_at_one_stage_stays_one_record(extract_text):
    text = "Chilean and Peruvian marines opened joint drills near Arica on Monday and the exercise will continue until Friday."
    assert [parties for parties, _ in _records(extract_text, text)] == [("CHL", "PER")]
