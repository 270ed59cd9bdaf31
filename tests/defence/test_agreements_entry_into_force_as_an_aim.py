"""An entry into force told as an aim or a wait, in an infinitive with its own subject after
"for" ("opening the way for the accord to enter into force", "waiting for the treaty to take
effect"), is not reached: the agreement stays at the stage its own clause tells. All sentences
are invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's parliament approved the defence cooperation agreement between Ghana and Togo, opening the way for the accord to enter into force.", [("GHA,TGO", "ratified")]),
        ("Oman and Jordan signed a military cooperation accord on Monday, clearing the way for the accord to enter into force next year.", [("JOR,OMN", "signed")]),
    ],
)
def test_an_entry_into_force_as_an_aim_is_not_reached(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_an_entry_into_force_told_as_done_is_reached(extract_text):
    text = "The defence cooperation agreement between Ghana and Togo entered into force on Monday."
    assert agreements_joined(extract_text, text) == [("GHA,TGO", "in_force")]


def test_an_agreement_only_awaited_is_not_in_force(extract_text):
    text = "Ghana and Togo are waiting for the defence pact to enter into force."
    assert [a for a in agreements_joined(extract_text, text) if a[1] == "in_force"] == []
