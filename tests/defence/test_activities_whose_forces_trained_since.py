"""Training told in a relative clause on a state ("Ghana, whose soldiers have trained with
American troops ...") has that state's forces as its side: "whose" stands for the noun the clause
tells of. A present perfect with its starting point ("have trained ... since 2004") tells an
activity still going on; "had trained since" or a perfect without one tells a past one.
Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import activity_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana, whose soldiers have trained with American troops since 2004, hosted the summit on Monday.", [(("GHA", "USA"), "ongoing")]),
        ("Ghana, whose soldiers have trained with the Texas Guard since 2004, hosted the summit on Monday.", [(("GHA", "USA"), "ongoing")]),
        ("Ghanaian soldiers have trained with American troops since 2004.", [(("GHA", "USA"), "ongoing")]),
        ("Ghanaian soldiers have trained with American troops twice.", [(("GHA", "USA"), "occurred")]),
        ("Ghanaian soldiers had trained with American troops since 2004.", [(("GHA", "USA"), "occurred")]),
    ],
)
def test_forces_of_whose_clause_and_training_since(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghana, whose athletes have trained with American coaches since 2004, hosted the summit on Monday.",
        "Ghana, whose soldiers have trained hard since 2004, hosted the summit on Monday.",
        "The general, whose soldiers have trained with American troops, spoke on Monday.",
    ],
)
def test_whose_clause_without_forces_or_a_partner_state_is_none(extract_text, text):
    assert list(extract_text(text).activities) == []


def test_a_tally_of_trained_forces_since_a_year_is_done(extract_text):
    found = activity_statuses(extract_text, "Egypt has trained about 800 Sudanese soldiers since 2019, the ministry said.")
    assert found == [(("EGY", "SDN"), "occurred")]
