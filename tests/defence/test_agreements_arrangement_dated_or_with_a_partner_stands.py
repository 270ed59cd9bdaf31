"""An "arrangement" forces act under is read as any agreement acted under (docs/annotation.md 9.1):
dated ("an arrangement dating from 1982") or with a partner named ("an arrangement with Oslo"), the
two states' arrangement stands (in_force); one the sides sign is signed; one that ended gives none.
Sentences invented."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((a.parties, str(a.status)) for a in extract_text(text).agreements if a.found_by == "rules")


@pytest.mark.parametrize(
    "text",
    [
        "Dutch marines have exercised in Norway every winter under an arrangement dating from 1982.",
        "Dutch marines have exercised in Norway every winter under an arrangement with Oslo.",
        "Dutch marines exercise in Norway under a 1982 arrangement, the ministry said.",
    ],
)
def test_an_arrangement_dated_or_with_a_partner_stands(extract_text, text):
    assert _agreements(extract_text, text) == [(("NLD", "NOR"), "in_force")]


def test_an_arrangement_signed_is_signed(extract_text):
    text = "Chile and Peru signed an arrangement on joint patrols on Monday."
    assert _agreements(extract_text, text) == [(("CHL", "PER"), "signed")]


def test_a_defunct_arrangement_gives_none(extract_text):
    text = "Dutch marines no longer exercise in Norway since their defunct arrangement with Oslo lapsed in 2019."
    assert _agreements(extract_text, text) == []
