"""Common verbs code their ordinary use, not only with the objects of their specific rows."""

import pytest


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        ("Serbia provided Hungary with new equipment on Monday.", "AID", "SRB", "HUN"),
        ("Hungary denied Serbia the right to use the corridor.", "REJECT", "HUN", "SRB"),
        ("Russia imposed new conditions on Georgia.", "COERCE", "RUS", "GEO"),
        ("Montenegro expelled two Serbian citizens.", "COERCE", "MNE", "SRB"),
    ],
)
def test_the_plain_use_of_a_common_verb_codes_its_roots_default(extract_text, sentence, type_, actor, recipient):
    events = [e for e in extract_text(sentence).events if e.type == type_]
    assert [(e.actor, e.recipient) for e in events] == [((actor,), (recipient,))]


def test_a_plain_row_needs_a_named_recipient(extract_text):
    assert not extract_text("Serbia provided new details on Monday.").events
