""""Service members" are forces as troops are (docs/annotation.md §9.3, basing and stationing): a
sized garrison of them in another state, or stationed there, is based there. The class: the US
forces' own word for troops of every service, used by other states' ministries too. "Members"
alone (of parliament, of a club) are no forces. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Some 4,000 British service members are stationed in Germany, the ministry said.", ("DEU", "GBR")),
        ("Roughly 600 Canadian service members are based in Latvia under a rotation that began in 2017.", ("CAN", "LVA")),
        ("Nearly 900 American service members in Poland will take part in the parade.", ("POL", "USA")),
    ],
)
def test_service_members_abroad_are_a_garrison(extract_text, text, parties):
    assert (parties, "ongoing") in rule_activity_statuses(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The 300 Irish members of parliament in Brussels will vote on Monday.",
        "About 1,200 German club members in Spain will stay through next year.",
    ],
)
def test_other_members_are_no_forces(extract_text, text):
    assert rule_activity_statuses(extract_text, text) == []
