"""A military alliance's obligations (or commitments) that a member suspends or ends toward
another state suspend or end that state's part in the alliance (docs/annotation.md 9.4): "the US
suspended its security obligations to New Zealand under ANZUS" is one `suspended` record of New
Zealand and ANZUS, whether the alliance is named by "under" its name or its founding treaty, or on
the noun ("its ANZUS obligations"). Toward no state named, the subject's own part changes. The
founding treaty named there stands for the alliance: no agreement record, and no `formal` pact.
Obligations honoured, or suspended under a treaty that founded no alliance, move no membership."""

from __future__ import annotations

import pytest


def _alliances(records):
    return sorted((",".join(a.members), a.status) for a in records.alliances)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States suspended its defence obligations to Australia under the ANZUS treaty on Monday.", [("ANZUS,AUS", "suspended")]),
        ("Washington has formally suspended its security commitments to Canberra under ANZUS, officials said.", [("ANZUS,AUS", "suspended")]),
        ("Twenty years after Canberra suspended its ANZUS obligations to the United States, ties are warm again.", [("ANZUS,USA", "suspended")]),
        ("France suspended its NATO commitments in 1966.", [("FRA,NATO", "suspended")]),
    ],
)
def test_obligations_suspended_toward_a_state_suspend_its_part(extract_text, text, expected):
    records = extract_text(text)
    assert _alliances(records) == expected
    assert records.agreements == ()


@pytest.mark.parametrize(
    "text",
    [
        # honoured, not suspended: no move
        "The United States has honoured its obligations to Australia under the ANZUS treaty for decades.",
        # only threatened: no move yet
        "Washington threatened to suspend its security obligations to Canberra under ANZUS.",
        # obligations under a trade treaty: no alliance
        "Chile suspended its obligations to Peru under the fisheries convention.",
    ],
)
def test_no_suspension_is_recorded_without_a_done_suspension_of_alliance_obligations(extract_text, text):
    assert [a for a in extract_text(text).alliances if a.status == "suspended"] == []
