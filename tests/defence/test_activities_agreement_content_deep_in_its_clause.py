"""An activity named deep inside a clause that tells what an agreement lays out or lets is the
agreement's content, not an activity held (docs/annotation.md §9.3, an agreement's scope): "a pact
that gives Y's pilots a legal footing for flying in combined air patrols", "the senate endorsed the
accord, allowing X's warships to refuel at its ports on combined patrols". A pact renewed tells what
goes on under it, a participle on a verb of holding tells no content, and an activity a relative
clause tells begun ("..., which opened on Sunday") is held whatever the pact lets. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian Congress backed the status of forces agreement with Chile, which gives Chilean marines the legal footing to join combined landing drills on Peruvian beaches.",
        "The Danish parliament endorsed a supply accord with Norway, letting each fleet refuel the other's frigates on combined patrols.",
    ],
)
def test_an_activity_in_the_content_of_an_agreement_is_no_record(extract_text, text):
    assert rule_activity_statuses(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # renewed: what goes on under it is told
        ("Denmark and Norway extended their logistics pact for five years, letting the two navies share fuel in joint drills.", ("DNK", "NOR")),
        # a participle on the holding verb, no agreement
        ("Denmark and Norway held joint naval drills on Monday, letting the two navies test new radars.", ("DNK", "NOR")),
        # the activity told begun by a relative clause of its own
        ("Canberra approved the accord with Wellington, letting Australian and New Zealand troops hold joint exercises, which opened near Darwin on Sunday.", ("AUS", "NZL")),
    ],
)
def test_activities_held_beside_a_participle_stay(extract_text, text, parties):
    assert [p for p, _ in rule_activity_statuses(extract_text, text)] == [parties]
