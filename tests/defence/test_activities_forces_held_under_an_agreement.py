"""Forces of one party to a two-party agreement based, kept, serving or operating under it, told as
going on in the present or the present perfect ("the pact under which X's jets use the airfield",
"X keeps 900 soldiers at the base under a 1987 accord with Y"), are an activity of both parties:
the host is the agreement's other party, whatever place the clause names (docs/annotation.md §9.3
basing). What the agreement says will, may or is to be done is its content, and a garrison of the
past ("under which X's troops were stationed") is none. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import rule_activity_statuses


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a relative clause "under which" on the agreement, in the present
        ("Gabon wants to rewrite the 1961 accord with Belgium under which some 400 Belgian paratroopers are posted near the capital.", ("BEL", "GAB")),
        # present tense of using, the base named only by its own name
        ("Senators in Manila questioned the 1999 arrangement with Japan, under which Japanese patrol aircraft use the Clark airfield.", ("JPN", "PHL")),
        # present perfect, the user a state itself operating a base
        ("Icelandic critics want to revisit the 2006 accord with Norway, under which Oslo has operated the Keflavik radar base ever since.", ("ISL", "NOR")),
        # "under" an agreement as an adjunct of keeping forces, the host the subject
        ("Djibouti has some 1,400 French soldiers at its port under a 2011 defence agreement with France.", ("DJI", "FRA")),
        # "remain" under an agreement, the host named only by the agreement's parties
        ("Around 600 Turkish troops remain at the Doha camp under a bilateral protocol between Qatar and Turkey.", ("QAT", "TUR")),
    ],
)
def test_forces_held_under_an_agreement_are_hosted_by_its_other_party(extract_text, text, parties):
    assert (parties, "ongoing") in rule_activity_statuses(extract_text, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # what the agreement says will be done is its content
        ("Belgium and Gabon signed an accord under which Belgian paratroopers will be posted near Libreville.", {"BEL", "GAB"}),
        ("Japan and the Philippines initialled a pact under which Japanese aircraft are to use Clark airfield.", {"JPN", "PHL"}),
        # a garrison of the past
        ("Historians studied the 1951 treaty with the United States under which American airmen were stationed on the Azores.", {"PRT", "USA"}),
        # negated
        ("Under the 2011 accord with France, no French soldiers are stationed in Djibouti's interior.", {"DJI", "FRA"}),
        # no forces told: a state using a port for trade
        ("Ethiopia signed a deal with Djibouti under which it uses the port for its exports.", {"DJI", "ETH"}),
    ],
)
def test_no_activity_for_an_agreements_content_past_or_denied(extract_text, text, pair):
    assert not any(set(parties) == pair for parties, _ in rule_activity_statuses(extract_text, text))
