"""Who the learned back-off's activity is between (``accord.defence.backoff.proposed_parties``): every
state or organisation the sentence names, less the side the activity watches or fights ("data on
Bolivian troop movements", "a drill against a simulated thrust from X", "the campaign against X") and
an organisation named only as what a state is a member of ("since Sweden joined NATO", "a full NATO
member"); a force's description adds the host it names ("MINUSMA, the UN force in Mali"). A proposal
left with one party is none. A hand-set detector that always fires stands in for the model, so these
tests specify the party set, not the model. Sentences invented."""

from __future__ import annotations

import pytest

from accord.actors.resolve import resolve_actors
from accord.dates import DateResolver
from accord.defence.backoff import ActivityBackoff, LinearDetector

#: A detector that fires on every sentence.
ALWAYS = LinearDetector({}, 10.0, 0.5)


def _proposed(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer, published="2025-03-14")
    backoff = ActivityBackoff(ALWAYS, pipeline.defence.rules, pipeline.grammar)
    return [a.parties for sent in doc.sents if (a := backoff.propose(sent, index, DateResolver("2025-03-14"))) is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean and Peruvian liaison officers pass each other reports on Bolivian troop movements near the border.", [("CHL", "PER")]),
        ("Danish and Dutch frigates rehearsed the defence of a convoy against a simulated thrust from Russia on Tuesday.", [("DNK", "NLD")]),
        ("Moroccan jets refuelled Senegalese transports during the campaign against Mali, officials said.", [("MAR", "SEN")]),
    ],
)
def test_the_side_watched_or_fought_is_no_party(pipeline, text, expected):
    assert _proposed(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Swedish fighters flew alongside Norwegian jets over the Arctic for the first time since Sweden joined NATO.", [("NOR", "SWE")]),
        ("Swedish corvettes sailed alongside Norwegian ships, weeks after the country became a full NATO member.", [("NOR", "SWE")]),
    ],
)
def test_an_organisation_named_as_a_membership_is_no_party(pipeline, text, expected):
    assert _proposed(pipeline, text) == expected


def test_a_force_s_description_names_its_host(pipeline):
    text = "Some 400 Irish soldiers serving with UNIFIL, the United Nations peacekeeping force in Lebanon, rotated home on Friday."
    assert _proposed(pipeline, text) == [("IRL", "LBN", "UN")]


def test_a_proposal_left_with_one_party_is_none(pipeline):
    assert _proposed(pipeline, "Estonian gunners rehearsed the defence of Tartu against a simulated thrust from Russia on Tuesday.") == []


def test_forces_acting_together_in_a_strike_stay_parties(pipeline):
    text = "Coordinated strikes by Jordanian and Emirati jets hit the depots overnight, officials said."
    assert _proposed(pipeline, text) == [("ARE", "JOR")]
