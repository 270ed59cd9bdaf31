"""An agreement noun written as two words ("a road map" for "a roadmap") names the same signed
instrument (issue 8: a signed roadmap is an agreement); the words in another sense name none."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malawi and Zambia signed a road map on Monday.", [("MWI,ZMB", "signed")]),
        ("The Bhutanese defence minister and his Nepalese counterpart signed a road map in Thimphu for joint border patrols.", [("BTN,NPL", "signed")]),
    ],
)
def test_a_signed_road_map_is_an_agreement(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_a_road_map_of_a_region_is_no_agreement(extract_text):
    assert agreements_joined(extract_text, "Malawi and Zambia published a road map of the lake region.") == []
