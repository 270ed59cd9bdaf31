"""A military alliance's obligations (or commitments) that a member suspends or ends toward
another state suspend or end that state's part in the alliance (docs/annotation.md 9.4): "Canberra
froze its pledges of defence to Wellington under the ANZUS pact" is one `suspended` record of
New Zealand and ANZUS, whether the alliance is named by "under" its name or its founding treaty, or on
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
        ("Washington froze its defence commitments to Canberra under the ANZUS treaty in 1986.", [("ANZUS,AUS", "suspended")]),
        ("Officials confirmed that the US had suspended its treaty commitments to Australia under ANZUS.", [("ANZUS,AUS", "suspended")]),
        ("Ties are warm again, two decades after Canberra froze its ANZUS obligations to Washington.", [("ANZUS,USA", "suspended")]),
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
        "Washington has kept its commitments to Canberra under the ANZUS treaty for decades.",
        # only threatened: no move yet
        "Washington threatened to freeze its commitments to Canberra under ANZUS.",
        # obligations under a trade treaty: no alliance
        "Chile froze its obligations to Peru under the fisheries convention.",
    ],
)
def test_no_suspension_is_recorded_without_a_done_suspension_of_alliance_obligations(extract_text, text):
    assert [a for a in extract_text(text).alliances if a.status == "suspended"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a maker's commitments, owed under a contract
        "Boeing froze its supply commitments to Denmark under the NATO contract.",
        # a deal of the alliance's era, not the alliance
        "A Sydney yard put on ice its repair obligations toward Wellington under an ANZUS-era deal.",
        # only demanded
        "Students in Auckland demanded that Canberra end its obligations under the ANZUS treaty.",
        # owed to a state outside the alliance, under a mission
        "Norway froze its training commitments to Moldova under NATO's mission.",
    ],
)
def test_obligations_of_no_member_toward_a_member_move_no_membership(extract_text, text):
    assert extract_text(text).alliances == ()
