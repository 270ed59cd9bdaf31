"""A contract told only as frozen, cancelled or terminated, in a sentence that names the weapons it was
for, is a purchase contract: its fate is the arms transfer's, and it is no intergovernmental
agreement (docs/annotation.md 9.1). A contract on something else, or an agreement of another
name frozen in such a sentence, stays an agreement. Sentences invented."""

from __future__ import annotations

import pytest


def _agreements(extract_text, text):
    return sorted((a.parties, str(a.status)) for a in extract_text(text).agreements if a.found_by == "rules")


@pytest.mark.parametrize(
    "text",
    [
        "Deliveries of the Su-30 jets resumed this month, eight years after Moscow froze the 2015 contract with Lima.",
        '"We have cancelled the contract with Lima, and the frigates are ours to sell again," a French adviser said.',
    ],
)
def test_a_frozen_or_cancelled_contract_beside_weapons_is_no_agreement(extract_text, text):
    assert _agreements(extract_text, text) == []


def test_a_contract_on_training_stays_an_agreement(extract_text):
    text = "Chile and France froze the 2015 contract on pilot training in May, officials said."
    assert _agreements(extract_text, text) == [(("CHL", "FRA"), "suspended")]


def test_an_agreement_frozen_beside_weapons_stays_one(extract_text):
    text = "Peru froze its defence cooperation agreement with Russia as Russian jets circled the capital."
    assert _agreements(extract_text, text) == [(("PER", "RUS"), "suspended")]
