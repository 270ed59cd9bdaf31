"""An agreement reaffirmed or upheld stands only for its own parties (review 19, item 5): a
bystander upholding "the ceasefire" tells no party, states urged to keep a truce that exists do not
propose it, and a civil deal affirmed is no record (invented articles)."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_listed


@pytest.mark.parametrize(
    "text",
    [
        "Japan and the Philippines upheld the ceasefire.",
        "Egypt urged Israel and Hamas to uphold the ceasefire.",
        "Germany and France reaffirmed their commitment to the trade deal.",
        # invented variants: a bystander's truce, an urged truce, a fisheries agreement
        "Brazil and Chile reaffirmed the truce.",
        "Qatar urged India and Pakistan to uphold the truce.",
        "Italy and Spain reaffirmed their commitment to the fisheries agreement.",
        "Japan upheld the ceasefire between Israel and Hamas.",
    ],
)
def test_an_agreement_upheld_by_no_named_party_or_a_civil_deal_is_none(extract_text, text):
    assert agreements_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("India and Pakistan reaffirmed their ceasefire.", ("IND", "PAK")),
        ("India and Pakistan vowed to uphold their ceasefire.", ("IND", "PAK")),
        ("Qatar urged India and Pakistan to uphold their truce.", ("IND", "PAK")),
        ("Japan and South Korea reaffirmed their mutual defence treaty.", ("JPN", "KOR")),
    ],
)
def test_an_agreement_upheld_by_its_parties_is_in_force(extract_text, text, parties):
    assert agreements_listed(extract_text, text) == [(parties, "in_force")]
