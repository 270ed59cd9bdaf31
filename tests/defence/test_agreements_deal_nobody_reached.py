"""An indefinite agreement noun after "without" ("negotiations broke up without an accord",
"closed without agreement") is one nobody reached: no agreement, neither from the rules nor from the
back-off. A definite one ("without the treaty with X, ...") still presupposes the agreement,
and a pact signed "without" consulting someone is signed. Sentences invented."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((a.parties, str(a.status)) for a in extract_text(text).agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Negotiations between Peru and Bolivia on river access broke up without an accord on Friday.",
        "A round of talks between Ghana and Togo on the lagoon border closed without agreement, and Lome recalled its envoy.",
    ],
)
def test_talks_that_end_without_a_deal_give_no_agreement(extract_text, text):
    assert _agreements(extract_text, text) == []


def test_a_definite_treaty_after_without_still_stands(extract_text):
    text = "Without the treaty with Washington, Manila would have no shield, the minister said."
    assert _agreements(extract_text, text) == [(("PHL", "USA"), "in_force")]


def test_a_pact_signed_without_consulting_parliament_is_signed(extract_text):
    text = "Peru signed a border accord with Bolivia without consulting parliament."
    assert _agreements(extract_text, text) == [(("BOL", "PER"), "signed")]
