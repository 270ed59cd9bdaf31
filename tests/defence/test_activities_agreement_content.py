"""What an agreement lets, lays out or is about is its content, no activity held (docs/annotation.md
§9.3 an agreement's scope): "an agreement under which X will host Y's troops", "the pact that gives
Y's troops access to X's bases", "their agreement on joint patrols". Forces hosted or given access
outside such a clause stay activities. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_parties


@pytest.mark.parametrize(
    "text",
    [
        "A defence cooperation agreement under which Romania will host more American troops took effect on Monday.",
        "Peru and the United States signed the security pact that gives US troops access to three Peruvian air bases.",
        "Chile and Argentina initialled the text of their agreement on joint naval patrols along the Beagle Channel.",
    ],
)
def test_an_agreement_s_content_is_no_activity(extract_text, text):
    assert rule_activity_parties(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Latvia granted Canadian troops access to its Baltic bases on Monday.", [("CAN", "LVA")]),
        ("Chile and Argentina began joint naval patrols along the Beagle Channel on Monday.", [("ARG", "CHL")]),
    ],
)
def test_activities_outside_an_agreement_s_clause_stay(extract_text, text, expected):
    assert rule_activity_parties(extract_text, text) == expected
