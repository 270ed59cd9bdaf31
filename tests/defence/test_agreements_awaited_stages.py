"""A stage an agreement only awaits (docs/annotation.md 9.1): "the document awaits approval by the
legislature", "the treaty is awaiting ratification" tells the approval still to come, so the
agreement stays at the stage told before it (agreed, signed). A stage reached is unaffected."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lima and Quito have agreed on the text of a defence accord, and the document now awaits approval by Peru's congress.", [("ECU,PER", "agreed")]),
        ("The treaty Chile and Peru signed in May awaits ratification by the Peruvian congress.", [("CHL,PER", "signed")]),
        # reached, not awaited
        ("The defence accord Chile and Peru signed in May won approval by the Peruvian congress on Monday.", [("CHL,PER", "ratified")]),
    ],
)
def test_an_awaited_stage_is_not_reached(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
