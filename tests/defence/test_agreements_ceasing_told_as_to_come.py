"""An agreement said to cease to exist or to be in force is terminated only once it has ceased
(docs/annotation.md 9.1): a ceasing to come or on a condition ("will cease to be in force if a side
walks out") leaves it standing, as a lapse to come does ("will expire if ...")."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    "text",
    [
        "Should either side walk out, the security treaty between Chile and Peru will cease to be in force.",
        "The security treaty between Chile and Peru will stop being in effect if either signatory withdraws.",
    ],
)
def test_a_ceasing_to_come_leaves_the_agreement_in_force(extract_text, text):
    assert agreements_joined(extract_text, text) == [("CHL,PER", "in_force")]


def test_a_ceasing_told_as_done_terminates(extract_text):
    assert agreements_joined(extract_text, "By 1994 the old security treaty between Chile and Peru had ceased to exist.") == [("CHL,PER", "terminated")]
