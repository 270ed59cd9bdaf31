"""Taking in refugees and its refusal; acts carried by "engaged in" (sentences written for these tests)."""

import pytest
from event_helpers import events_coded


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Turkey accepted 3,000 Syrian refugees last month.", ("TUR",), ("SYR",)),
        ("Poland has admitted thousands of Ukrainian refugees.", ("POL",), ("UKR",)),
    ],
)
def test_taking_in_refugees_is_aid(extract_text, sentence, actor, recipient):
    assert events_coded(extract_text, sentence) == [("AID", actor, recipient)]


@pytest.mark.parametrize(
    ("sentence", "actor", "recipient"),
    [
        ("Jordan said it would not accept more Syrian refugees.", ("JOR",), ("SYR",)),
        ("Lebanon will not take in any more refugees from Syria.", ("LBN",), ("SYR",)),
        ("Hungary refused to accept refugees from Serbia.", ("HUN",), ("SRB",)),
    ],
)
def test_refusing_refugees_is_a_rejection(extract_text, sentence, actor, recipient):
    assert events_coded(extract_text, sentence) == [("REJECT", actor, recipient)]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        ("Myanmar troops engaged in ethnic cleansing of the Rohingya.", "ASSAULT", ("MMR",), ()),
        ("Sudanese militias were engaged in atrocities against Chadian villagers.", "ASSAULT", ("REB",), ("TCD",)),
        ("Russian troops were engaged in fierce fighting with Ukrainian forces.", "ASSAULT", ("RUS",), ("UKR",)),
        ("Chinese fighters participated in the attack on Vietnamese positions.", "ASSAULT", ("CHN",), ("VNM",)),
        ("Iran engaged in negotiations with the EU.", "CONSULT", ("IRN",), ("EU",)),
    ],
)
def test_an_act_one_is_engaged_in_is_the_subjects_act(extract_text, sentence, type_, actor, recipient):
    assert events_coded(extract_text, sentence) == [(type_, actor, recipient)]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Hundreds of Moroccan teachers have been on hunger strike since Monday.", ("MAR",)),
        ("Egyptian activists have been on hunger strike for a week to demand the release of their leader.", ("EGY",)),
    ],
)
def test_being_on_hunger_strike_is_a_protest(extract_text, sentence, actor):
    assert [(e.type, e.actor) for e in extract_text(sentence).events] == [("PROTEST", actor)]


def test_being_on_the_offensive_is_no_protest(extract_text):
    assert all(e.type != "PROTEST" for e in extract_text("Russian forces are on the offensive in Donbas.").events)
