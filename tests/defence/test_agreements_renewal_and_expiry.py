"""An agreement told through its renewal or its expiry (docs/annotation.md 9.1): renewed or
extended, it is signed anew; a renewal still to come or refused ("will not be renewed", "decided
not to extend"), or an expiry told in the present ("expires in June", "which expires next year"),
leaves it standing until then (in force). An act a dateline's state hosts under an agreement
("QUITO - The accord under which US jets use the base ...") is done under the host's agreement.
All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # renewal refused or still to come: the agreement stands
        ("Ghana has decided not to renew its defence cooperation agreement with Togo, officials said.", [("GHA,TGO", "in_force")]),
        ("The security pact between Bolivia and Paraguay will not be renewed when it lapses, La Paz said.", [("BOL,PRY", "in_force")]),
        ("The military cooperation accord between Oman and Jordan will not be extended beyond 2027.", [("JOR,OMN", "in_force")]),
        # renewal done: signed anew
        ("Oman and Jordan extended their military cooperation accord on Tuesday.", [("JOR,OMN", "signed")]),
        # an expiry told in the present is still to come
        ("The defence agreement between Chile and Peru expires in June.", [("CHL,PER", "in_force")]),
        ("Officials in Nairobi spoke of the defence accord between Kenya and Uganda, which expires next year.", [("KEN,UGA", "in_force")]),
    ],
)
def test_a_renewal_to_come_or_refused_and_an_expiry_ahead_leave_it_standing(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agreement that has lapsed has ended
        ("The defence agreement between Chile and Peru expired last year.", [("CHL,PER", "terminated")]),
        ("The defence agreement between Chile and Peru has expired.", [("CHL,PER", "terminated")]),
    ],
)
def test_an_expiry_told_as_done_ends_it(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_an_act_under_an_agreement_in_the_datelines_state_is_under_the_hosts_agreement(extract_text):
    text = "LIMA, May 3 (Reuters) - The accord under which US patrol aircraft use the Peruvian air base expires in 2030, the ministry said."
    assert agreements_joined(extract_text, text) == [("PER,USA", "in_force")]


@pytest.mark.parametrize(
    "text",
    [
        # a renewal of something that is no agreement, or of a mandate one state gives, is none
        "Peru renewed its offer of humanitarian aid to Chile.",
        "Japan extended the mission of its troops in South Sudan until 2027.",
        # a lease or visa that expires names no agreement
        "The lease on the Chilean embassy building in Lima expires in June.",
    ],
)
def test_renewals_and_expiries_of_other_things_are_no_agreement(extract_text, text):
    assert agreements_joined(extract_text, text) == []


def test_a_lapse_told_in_the_present_without_a_time_is_the_news_itself(extract_text):
    # headline present: no date of its own, so the end is what is reported, not one ahead
    found = extract_text("The INF treaty between the United States and Russia expires as the two sides trade blame.").agreements
    assert [(a.parties, a.status) for a in found] == [(("RUS", "USA"), "terminated")]
