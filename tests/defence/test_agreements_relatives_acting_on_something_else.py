"""A relative clause in which the agreement acts on something else (docs/annotation.md 9.1): in "a
treaty that will scrap every land-based missile" or "an accord that ends the blockade" the stage
verb's object is not the agreement, so it tells no stage of the agreement; the agreement's own
stage comes from the verb that governs it. A relative clause whose object is the agreement
itself ("the accord that Lima later scrapped") still tells its stage."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Argentina signed a treaty on Monday that will scrap every anti-personnel mine along their border.", [("ARG,CHL", "signed")]),
        ("Ghana and Togo signed an accord that ends the naval blockade of Lome.", [("GHA,TGO", "signed")]),
        # the relative's object is the agreement: its stage stands
        ("Peru denounced the defence accord that it had signed with Ecuador.", [("ECU,PER", "terminated")]),
    ],
)
def test_a_relative_acting_on_something_else_tells_no_stage(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
