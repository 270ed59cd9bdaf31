"""An alliance floated ("floated the idea of a military alliance with X", parsed with the idea's
"of" on the verb) is proposed; its members listed after "with/between" include a first state the
parser hangs on the last one's two-word name ("with Mali and Burkina Faso"). Floating something
else is no alliance. All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad's president floated the idea on Monday of a military alliance between Chad and Niger.", [(("NER", "TCD"), "proposed")]),
        ("Togo has floated the idea of a defence alliance with fellow coastal Ghana and Sierra Leone.", [(("GHA", "SLE", "TGO"), "proposed")]),
        ("Chad floated a mutual defence alliance with Niger and Burkina Faso.", [(("BFA", "NER", "TCD"), "proposed")]),
    ],
)
def test_an_alliance_floated_is_proposed_with_every_state_listed(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chad floated its currency on Monday.",
        "Niger floated a bond with Burkina Faso's central bank.",
    ],
)
def test_floating_something_else_is_no_alliance(extract_text, text):
    assert alliances_listed(extract_text, text) == []
