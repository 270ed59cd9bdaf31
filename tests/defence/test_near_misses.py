"""Near misses: wording a defence rule could mistake for a record must yield none."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # arming domestic groups is not an interstate transfer
        "The government armed local militias in the north with rifles.",
        "Mali's army distributed weapons to village self-defence groups.",
        # medical and humanitarian supplies are aid, not arms
        "Japan sent medical supplies to Turkey after the earthquake.",
        "The UAE delivered humanitarian aid and medical equipment to Gaza.",
        # a weapons test moves nothing between states
        "North Korea tested a new ballistic missile on Sunday.",
        "Iran test-fired two cruise missiles near the Strait of Hormuz.",
        # an agreement inside one state
        "The federal government and the Kurdistan region signed a security agreement.",
        # a denied activity
        "No Chilean warships took part in the naval drills with the Argentine navy.",
    ],
)
def test_near_misses_yield_no_defence_record(extract_text, text):
    records = extract_text(text)
    assert not (records.agreements or records.arms_transfers or records.activities or records.alliances)


def test_forces_offered_for_a_mission_are_a_proposed_activity_not_a_transfer(extract_text):
    records = extract_text("Italy offered troops and aircraft for the UN mission in Lebanon.")
    assert records.arms_transfers == ()
    assert [(a.parties, a.status) for a in records.activities] == [(("ITA", "LBN", "UN"), "proposed")]
