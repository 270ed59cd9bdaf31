"""Joining an alliance or an organisation, told as "joined X" or "became a member of X", is
SUPPORT 057 towards it, as signing its treaty is (docs/annotation.md 6.1); the row is keyed on
the head of the object, so a bloc named only as a modifier ("joined the bloc's drills") or a seat
on a council is no joining, and asking to join is only intended. Sentences written for these tests."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Austria and Ireland joined NATO at a ceremony in Brussels on Thursday.", ("AUT", "IRL"), ("NATO",)),
        ("Kazakhstan joined the Shanghai Cooperation Organisation at a ceremony attended by six heads of state.", ("KAZ",), ("SCO",)),
        ("Following a vote in the Dail, Ireland has become a member of NATO.", ("IRL",), ("NATO",)),
    ],
)
def test_joining_an_alliance_supports_it(extract_text, sentence, actor, recipient):
    assert events_coded(extract_text, sentence) == [("SUPPORT", actor, recipient)]


def test_a_state_asked_to_join_a_partner_in_a_pact_makes_no_second_event(extract_text):
    sentence = "Mongolia's president proposed that Kazakhstan and Kyrgyzstan join Mongolia in a regional water pact."
    assert [e.type for e in extract_text(sentence).events] == ["AGREE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile joined Peru's naval exercises off Callao on Monday.",
        "Argentina joined the Mercosur summit in Asuncion.",
    ],
)
def test_a_bloc_named_as_a_modifier_of_what_is_joined_is_not_joined(extract_text, sentence):
    """Taking part in a bloc's drills or summit is that event (COOPERATE, CONSULT), no joining."""
    assert "SUPPORT" not in [e.type for e in extract_text(sentence).events]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya became a non-permanent member of the Security Council.",
        "Mexico became a member of the Human Rights Council in January.",
        "Chile became a member of the Wassenaar Arrangement.",
    ],
)
def test_a_seat_on_a_council_or_an_unnamed_body_is_no_joining(extract_text, sentence):
    """A seat on a body that elects its members joins no alliance; with no body coded, nothing is."""
    assert [e.type for e in extract_text(sentence).events] == []


@pytest.mark.parametrize(
    "sentence",
    ["Norway applied to join the European Union in 1992.", "Bhutan and Nepal have applied to join the Shanghai Cooperation Organisation."],
)
def test_applying_to_join_is_intended_not_done(extract_text, sentence):
    events = extract_text(sentence).events
    assert [(e.type, e.status) for e in events] == [("AGREE", "intended")]


def test_an_aim_to_join_that_is_disowned_is_negated(extract_text):
    """"showed no interest in applying to join": the negation above the aim holds, not the aim."""
    events = extract_text("Mongolia has shown no interest in applying to join the Shanghai Cooperation Organisation.").events
    assert [(e.type, e.status) for e in events] == [("SUPPORT", "negated")]
