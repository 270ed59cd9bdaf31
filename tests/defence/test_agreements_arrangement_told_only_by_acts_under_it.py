"""An indefinite arrangement with no year and no making stage of its own, told only by what forces do under
it ("trained there under a discreet arrangement"), is not told as an intergovernmental agreement: no
record. One whose making is told, one dated, one named, or an arrangement signed is an agreement as
before (docs/annotation.md 9.1). Sentences invented."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((a.parties, str(a.status)) for a in extract_text(text).agreements if a.found_by == "rules")


@pytest.mark.parametrize(
    "text",
    [
        "Since 1990, Peruvian commandos have trained in Chile under a discreet arrangement, an officer said.",
        "The Chilean air force will keep a training wing in Peru under an arrangement with Lima's defence ministry.",
    ],
)
def test_an_arrangement_told_only_by_acts_under_it_is_none(extract_text, text):
    assert _agreements(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian commandos have trained in Chile under a 1990 arrangement, an officer said.",
        "Peruvian commandos have trained in Chile under an arrangement the two armies concluded in 1990.",
        "Peruvian commandos have trained in Chile under an arrangement agreed with Santiago in 1990.",
        "Chilean and Peruvian troops exercise together under the Andes arrangement, an officer said.",
    ],
)
def test_an_arrangement_made_dated_or_named_stands(extract_text, text):
    assert _agreements(extract_text, text) == [(("CHL", "PER"), "in_force")]


def test_an_arrangement_signed_is_signed(extract_text):
    text = "Chile and Peru signed an arrangement on joint patrols on Monday."
    assert _agreements(extract_text, text) == [(("CHL", "PER"), "signed")]
