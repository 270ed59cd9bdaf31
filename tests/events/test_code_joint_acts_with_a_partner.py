"""Talks, negotiations, calls and signings "with" a partner are done by both sides together
(docs/annotation.md 5.4): one event whose actors are both sides and which has no recipient,
so it counts in both directions. A meeting, a ratification, a visit, or an offer or intent to
talk stays one side's act towards the other."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    ("sentence", "type_", "actors"),
    [
        ("Chile is in negotiations with Peru over a new fisheries accord.", "CONSULT", ("CHL", "PER")),
        ("Ghana is holding talks with Togo on their maritime border.", "CONSULT", ("GHA", "TGO")),
        ("Norway held talks with Iceland on fishing quotas on Monday.", "CONSULT", ("NOR", "ISL")),
        ("Kenya signed a security pact with Uganda on Friday.", "SUPPORT", ("KEN", "UGA")),
    ],
)
def test_an_act_done_with_a_partner_is_joint(extract_text, sentence, type_, actors):
    assert events_coded(extract_text, sentence) == [(type_, actors, ())]


def test_a_joint_act_with_two_partners_joins_all_three(extract_text):
    assert events_coded(extract_text, "Kenya signed a security pact with Uganda and Rwanda on Friday.") == [("SUPPORT", ("KEN", "UGA", "RWA"), ())]


def test_a_joint_act_takes_no_recipient_from_its_content(extract_text):
    # the talks' subject names no further side: "on buying jets" adds no recipient
    [(type_, actors, recipients)] = [c for c in events_coded(extract_text, "Egypt resumed talks with France on buying more fighter jets.") if c[0] == "CONSULT"]
    assert set(actors) == {"EGY", "FRA"} and recipients == ()


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        # near misses: one side's act towards the other
        ("Ghana is ready to talk with Togo on their maritime border.", ("GHA",), ("TGO",)),
        ("The Kenyan parliament ratified the security pact with Uganda.", ("KEN",), ("UGA",)),
        ("Norway's foreign minister met with Iceland's prime minister on Monday.", ("NOR",), ("ISL",)),
    ],
)
def test_an_offer_a_meeting_or_a_ratification_stays_one_sided(extract_text, sentence, actor, recipient):
    coded = events_coded(extract_text, sentence)
    assert coded and all(c[1] == actor and c[2] == recipient for c in coded), coded


def test_talks_held_in_the_partners_state_are_the_visitors_act(extract_text):
    # near miss: a host makes the talks a visit, one side's act towards the host
    coded = [c for c in events_coded(extract_text, "Norway's foreign minister held talks with Iceland's prime minister in Reykjavik.") if c[0] == "CONSULT"]
    assert coded == [("CONSULT", ("NOR",), ("ISL",))]


def test_talks_during_a_visit_to_the_partners_capital_are_the_visitors_act(extract_text):
    # near miss: the visit to the partner's capital makes the partner the host
    coded = [c for c in events_coded(extract_text, "Norway's foreign minister held talks with Iceland's prime minister during a visit to Reykjavik.") if c[0] == "CONSULT"]
    assert coded == [("CONSULT", ("NOR",), ("ISL",))]
