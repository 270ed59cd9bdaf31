"""A contract or deal between the two sides of an arms transfer the article tells is the
transfer's order, not an agreement (docs/annotation.md §9.1), however the parser hangs the
contract: signed by "the two countries", frozen years before the deliveries, cancelled by the
buyer. An agreement noun that is no purchase ("defence cooperation agreement"), or a deal whose
parties are not a transfer's sides, stays an agreement. Invented sentences."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_listed


@pytest.mark.parametrize(
    "text",
    [
        "South Korea will deliver 24 K9 howitzers to Egypt after the two countries signed the contract on Monday.",
        "Russia has begun delivering Su-35 fighters to Algeria, two years after Moscow froze the 2021 contract over payment disputes.",
        "Peru has cancelled its contract for Israeli-made Spike missiles after delivery delays, the ministry said.",
    ],
)
def test_a_contract_between_the_sides_of_a_transfer_is_no_agreement(extract_text, text):
    assert agreements_listed(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt and France signed a defence cooperation agreement on Monday, and France delivered six Rafale jets to Egypt.", [(("EGY", "FRA"), "signed")]),
        ("Ghana and Turkey signed a deal on police training on Monday.", [(("GHA", "TUR"), "signed")]),
    ],
)
def test_an_agreement_that_is_no_purchase_stays(extract_text, text, expected):
    assert agreements_listed(extract_text, text) == expected
