"""An act the actor itself holds over the other side with "unless" is a threat it made: THREATEN,
status occurred (docs/annotation.md 6.3), whatever modal tells the act. Told by a third party
("analysts said", "diplomats said") or by no one, it is someone's estimate and stays
hypothetical. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt said it could close its border with Libya unless Tripoli disarms the militias.",
        "Cairo will close the border crossings unless Tripoli disarms the militias, according to Egypt's foreign minister.",
        "Ecuador said it would recall its ambassador from Colombia unless Bogota apologised.",
    ],
)
def test_a_threat_the_actor_holds_over_a_condition_has_occurred(extract_text, sentence):
    events = extract_text(sentence).events
    assert [(e.type, e.status) for e in events] == [("THREATEN", "occurred")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts said Egypt could close its border with Libya unless Tripoli disarms the militias.",
        "Egypt could close its border with Libya unless Tripoli disarms the militias, diplomats said.",
    ],
)
def test_a_threat_told_by_a_third_party_stays_hypothetical(extract_text, sentence):
    events = extract_text(sentence).events
    assert [(e.type, e.status) for e in events] == [("THREATEN", "hypothetical")]


def test_an_act_the_actor_conditions_with_if_stays_hypothetical(extract_text):
    events = extract_text("Egypt said it could strike smugglers' camps in Libya if the truce collapses.").events
    assert [(e.type, e.status) for e in events] == [("THREATEN", "hypothetical")]
