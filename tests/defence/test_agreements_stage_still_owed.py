"""A stage told as a condition still to be met ("it takes effect once the senate approves it") or
as owed ("the senate must still approve it") has not been reached (docs/annotation.md 9.1: the most
advanced stage the text states): the agreement stays at the stage its clause tells as done. Told
in a past tense ("once they had ratified it") or supposed done ("must have ratified"), it is reached."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Lima and Santiago still have to vote, and each senate must approve the defence accord Chile and Peru signed on Monday.",
        "Chile and Peru signed a defence accord on Monday; it takes effect once both parliaments have ratified it.",
    ],
)
def test_a_ratification_still_owed_leaves_the_accord_signed(extract_text, text):
    assert agreements_joined(extract_text, text) == [("CHL,PER", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "Once both parliaments had ratified the defence accord between Chile and Peru, joint patrols began.",
        "Chile's senate must have ratified the defence accord with Peru by now.",
        "The Peruvian Congress ratified the defence accord with Chile on Monday.",
    ],
)
def test_a_ratification_told_as_done_is_reached(extract_text, text):
    assert agreements_joined(extract_text, text) == [("CHL,PER", "ratified")]


def test_an_owed_stage_of_no_agreement_gives_no_record(extract_text):
    # a budget that must be approved is no agreement
    assert agreements_joined(extract_text, "Chile's defence budget must now be approved by the Senate once Peru has ratified nothing.") == []
