"""A listed armed service of one state written "of <another state>" ("the Royal Navy of Oman",
"the Royal Air Force of <State>") is that other state's service of the same name; the listed
service keeps its own state everywhere else. Sentences invented."""

from __future__ import annotations

import pytest

from accord.actors.resolve import resolve_actors


def _codes(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return [(doc[m.start : m.end].text, m.code) for m in index.mentions]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Royal Navy of Oman commissioned two patrol boats on Sunday.", "OMN"),
        ("Crews of the Royal Air Force of Oman flew over the capital.", "OMN"),
        ("A frigate of the Royal Navy of Oman docked at Mumbai.", "OMN"),
    ],
)
def test_a_service_written_of_another_state_is_that_states(pipeline, text, code):
    codes = [c for _, c in _codes(pipeline, text)]
    assert code in codes and "GBR" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "The Royal Navy sailed two destroyers off Oman on Friday.",
        "The Royal Navy of the United Kingdom welcomed a new frigate.",
        "Britain's Royal Air Force flew alongside jets of Oman.",
    ],
)
def test_the_listed_service_keeps_its_own_state_elsewhere(pipeline, text):
    assert "GBR" in [c for _, c in _codes(pipeline, text)]


def test_a_joint_drill_with_such_a_service_has_no_third_party(extract_text):
    activities = extract_text("Ships of the Bangladesh Navy and the Royal Navy of Oman held a joint search-and-rescue drill on Monday.").activities
    assert [a.parties for a in activities if a.found_by == "rules"] == [("BGD", "OMN")]


def test_a_drill_with_the_british_service_off_another_state_keeps_britain(extract_text):
    activities = extract_text("The Royal Navy and the Bangladesh Navy held a joint drill off Oman on Monday.").activities
    assert any("GBR" in a.parties and "BGD" in a.parties for a in activities)
