"""A listed armed service of one state written "of <another state>" ("the Royal Air Force of
Jordan", "the Royal Navy of Bahrain") is that other state's service of the same name; the listed
service keeps its own state everywhere else. The link words are resolver.toml
[service_state_links]. Sentences invented."""

from __future__ import annotations

import pytest

from actor_helpers import mention_code_pairs


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Two patrol boats joined the Royal Navy of Bahrain last month.", "BHR"),
        ("Pilots of the Royal Air Force of Jordan flew a display over Dubai.", "JOR"),
        ("A frigate of the Royal Navy of Thailand reached Chennai on Friday.", "THA"),
    ],
)
def test_a_service_written_of_another_state_is_that_states(pipeline, text, code):
    codes = [c for _, c in mention_code_pairs(pipeline, text)]
    assert code in codes and "GBR" not in codes


@pytest.mark.parametrize(
    "text",
    [
        "Two Royal Navy destroyers patrolled off Qatar on Friday.",
        "A new frigate joined the Royal Navy of the United Kingdom in March.",
        "Jets of Bahrain escorted Britain's Royal Air Force tankers.",
    ],
)
def test_the_listed_service_keeps_its_own_state_elsewhere(pipeline, text):
    assert "GBR" in [c for _, c in mention_code_pairs(pipeline, text)]


def test_an_exercise_with_such_a_service_has_no_third_party(extract_text):
    activities = extract_text("The Pakistan Navy trained with the Royal Navy of Bahrain in a week-long mine-clearing exercise.").activities
    assert [a.parties for a in activities if a.found_by == "rules"] == [("BHR", "PAK")]


def test_an_exercise_with_the_british_service_off_another_state_keeps_britain(extract_text):
    activities = extract_text("Off the coast of Qatar, the Royal Navy exercised with the Pakistan Navy.").activities
    assert any("GBR" in a.parties and "PAK" in a.parties for a in activities)
