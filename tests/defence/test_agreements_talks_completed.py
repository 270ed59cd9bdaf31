"""Talks on an agreement told as completed ("concluded talks on the text of the pact", "wrapped up
negotiations on the accord") leave its terms agreed (docs/annotation.md 9.1: text agreed, not yet
signed); talks begun, going on or only due to end leave it negotiating. All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Envoys of Ghana and Togo have concluded talks on the text of a new defence cooperation agreement.", [("GHA,TGO", "agreed")]),
        ("Oman and Jordan wrapped up negotiations on a military cooperation accord on Monday.", [("JOR,OMN", "agreed")]),
    ],
)
def test_talks_completed_leave_the_agreement_agreed(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oman and Jordan will conclude talks on a military cooperation accord next month.", [("JOR,OMN", "negotiating")]),
        ("Oman and Jordan began talks on a military cooperation accord on Monday.", [("JOR,OMN", "negotiating")]),
    ],
)
def test_talks_begun_or_still_to_end_leave_it_negotiating(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
