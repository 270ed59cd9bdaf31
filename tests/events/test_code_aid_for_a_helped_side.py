"""Aid whose beneficiary is named by a help verb, and refused intents (sentences written for these tests)."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        ("Portugal says it is ready to send equipment to help Lithuania defend itself.", "AGREE", ("PRT",), ("LTU",)),
        ("Canada will send equipment to help defend Latvia.", "AGREE", ("CAN",), ("LVA",)),
        ("Japan is prepared to provide aid to help Ukraine rebuild.", "AGREE", ("JPN",), ("UKR",)),
        ("Italy is willing to help defend Albania.", "AGREE", ("ITA",), ("ALB",)),
        ("Spain sent equipment to help defend Turkey.", "AID", ("ESP",), ("TUR",)),
        ("Sweden has sent money to help Moldova pay for gas.", "AID", ("SWE",), ("MDA",)),
    ],
)
def test_the_side_a_help_verb_names_is_the_recipient_of_the_aid(extract_text, sentence, type_, actor, recipient):
    assert events_coded(extract_text, sentence) == [(type_, actor, recipient)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany is not willing to supply weapons to Lithuania.",
        "Germany is not ready to supply weapons to Lithuania.",
        "Germany is unwilling to supply weapons to Lithuania.",
        "Finland is not willing to send equipment to help defend Estonia.",
    ],
)
def test_an_intent_denied_is_no_commitment_but_a_refusal(extract_text, sentence):
    # Guide 6.3: declining to act is REJECT (it happened), not a negated AID and no AGREE.
    events = extract_text(sentence).events
    assert events and all((e.type, e.status.value) == ("REJECT", "occurred") for e in events)
