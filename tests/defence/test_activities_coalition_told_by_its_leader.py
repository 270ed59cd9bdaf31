"""A state joining or serving in a standing coalition that the text says one state leads (a
"<State>-led coalition", or a coalition "led by <State>" in a participle clause) takes part in
an activity with the leading state: the coding guides record the leader, not the coalition, as the
party (docs/annotation.md §9.3). The actor layer still names the coalition; only the activity's
parties change. A coalition named with no leader keeps its own code. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # "<State>-led" before the coalition noun, the state written by an abbreviation
        ("Lisbon said it would join the U.S.-led coalition against Islamic State after a vote in parliament.", ("PRT", "USA")),
        # "led by <State>" after it
        ("Costa Rica's parliament approved joining the international coalition led by the United States on Tuesday.", ("CRI", "USA")),
    ],
)
def test_the_leading_state_stands_for_the_coalition(extract_text, text, parties):
    assert parties in rule_activity_parties(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        # no leader told: the coalition stays
        "Lisbon said it would join the anti-ISIS coalition after a vote in parliament.",
        # a coalition led by an organisation, not a state
        "Costa Rica's parliament approved joining the international coalition led by NATO on Tuesday.",
    ],
)
def test_a_coalition_with_no_leader_told_gets_none(extract_text, text):
    assert not any("USA" in parties for parties in rule_activity_parties(extract_text, text))
