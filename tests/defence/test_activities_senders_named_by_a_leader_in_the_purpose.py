"""Forces arriving or sent somewhere keep their own state as sender even when the phrase of where or
what for names a leader of that state ("for a deployment under an accord signed by X's prime
minister"): only a state named there is the place, and a person is none. A rotation with no consent
told stays no activity."""

from __future__ import annotations

from defence_helpers import activity_parties


def test_a_leader_named_in_the_purpose_does_not_unmake_the_sender(extract_text):
    text = (
        "The first 200 Danish marines arrived in Estonia on Sunday for a three-month deployment under an accord "
        "signed by Prime Minister Mette Frederiksen and her Estonian counterpart."
    )
    assert activity_parties(extract_text, text) == [("DNK", "EST")]


def test_a_rotation_with_no_consent_told_stays_empty(extract_text):
    text = "The first 200 Danish marines arrived in Estonia on Sunday for a three-month deployment, a spokesman said."
    assert activity_parties(extract_text, text) == []
