"""An act held over the other side with "unless" is a threat that was made: THREATEN, status
occurred (docs/annotation.md 6.3), whatever modal tells the act; sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya could launch an offensive in Somalia unless the militias leave the border towns.",
        "Ecuador said it would recall its ambassador from Colombia unless Bogota apologised.",
    ],
)
def test_a_threat_held_over_a_condition_has_occurred(extract_text, sentence):
    events = extract_text(sentence).events
    assert [(e.type, e.status) for e in events] == [("THREATEN", "occurred")]


def test_an_act_the_actor_conditions_with_if_stays_hypothetical(extract_text):
    events = extract_text("Kenya said it could strike militia camps in Somalia if the truce collapses.").events
    assert [(e.type, e.status) for e in events] == [("THREATEN", "hypothetical")]
