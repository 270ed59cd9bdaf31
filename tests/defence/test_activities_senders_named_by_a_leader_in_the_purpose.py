"""Forces arriving or sent somewhere keep their own state as sender even when the phrase of where or
what for names a leader of that state ("for a rotation under a pact announced by X's prime
minister"): only a state named there is the place, and a person is none. A rotation with no consent
told stays no activity."""

from __future__ import annotations


def _parties(extract_text, text):
    return [a.parties for a in extract_text(text).activities]


def test_a_leader_named_in_the_purpose_does_not_unmake_the_sender(extract_text):
    text = (
        "The first 300 British soldiers arrived in Kenya on Monday for a six-month rotation under a defence pact "
        "announced by Prime Minister Keir Starmer and President William Ruto last year."
    )
    assert _parties(extract_text, text) == [("GBR", "KEN")]


def test_a_rotation_with_no_consent_told_stays_empty(extract_text):
    text = "The first 300 British soldiers arrived in Kenya on Monday for a six-month rotation, officials said."
    assert _parties(extract_text, text) == []
