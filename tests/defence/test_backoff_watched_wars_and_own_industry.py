"""Three classes of false proposals of the learned back-offs (round 13 near misses), each vetoed by
a reading of the rules' own, with a sentence it must leave open:

* an activity of one state only that another state's forces or officers watch, shadow, observe or
  monitor (``ActivityExtractor.watches_anothers_activity``): who watches takes no part;
* a state named only as a war's side or place ("citing X's war in Y", "since the war in Y") is no
  party of an activity (``backoff.proposed_parties``);
* goods a state's forces get "from" its own industry ("from domestic maker Y", a maker of the
  buyer's own state) are its own production, no transfer, whatever other state the sentence
  mentions (``TransferExtractor.domestic_procurement``; docs/annotation.md 9.2).

Detectors are hand-set to fire on every sentence, so a retrained model cannot change what these
tests mean. All sentences are invented."""

from __future__ import annotations

import pytest

from accord.actors.resolve import resolve_actors
from accord.dates import DateResolver
from accord.defence.backoff import ActivityBackoff, LinearDetector, TransferBackoff

DAY = "2025-03-14"
#: A detector that fires on every sentence.
ALWAYS = LinearDetector({}, 10.0, 0.5)
#: Role models: the supplier is named after "from", the recipient is a subject.
FROM_SUPPLIER = LinearDetector({"prep=from": 5.0}, -2.0, 0.5)
SUBJECT_RECIPIENT = LinearDetector({"dep=nsubj": 5.0}, -2.0, 0.5)
STAGES = {"delivered": LinearDetector({}, 1.0, 0.5)}


def _parse(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer, published=DAY)
    return doc, index


def _activities(pipeline, text):
    doc, index = _parse(pipeline, text)
    backoff = ActivityBackoff(ALWAYS, pipeline.defence.rules, pipeline.grammar)
    return [a.parties for sent in doc.sents if (a := backoff.propose(sent, index, DateResolver(DAY))) is not None]


def _transfers(pipeline, text):
    doc, index = _parse(pipeline, text)
    equipment = {i: m for m in pipeline.defence.equipment.find(doc, index) for i in range(m.start, m.end)}
    backoff = TransferBackoff(ALWAYS, FROM_SUPPLIER, SUBJECT_RECIPIENT, STAGES, pipeline.defence.rules, pipeline.grammar)
    return [(t.supplier, t.recipient) for sent in doc.sents if (t := backoff.propose(sent, index, DateResolver(DAY), frozenset(), equipment)) is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Japanese destroyers and patrol planes monitored a Chinese naval exercise near the Senkaku Islands all week.",
        "Swedish officers observed the exercises of Russia near Kaliningrad on Thursday.",
        "Turkish frigates tracked a large Greek naval drill in the Aegean, the Turkish navy said.",
        "Estonian radar crews watched Russia's annual exercise near Pskov, the Estonian defence ministry said on Monday.",
        # observers invited under a confidence-building regime watch, they do not take part
        "Austrian officers invited under the Vienna Document observed a Hungarian exercise near Tata this week.",
    ],
)
def test_an_activity_of_one_state_watched_by_another_is_no_joint_activity(pipeline, text):
    assert _activities(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the watchers' own joint drill: the activity noun is joint, or not the watched object
        ("Danish and German ships held a joint exercise in the Baltic on Tuesday.", ("DEU", "DNK")),
        ("Troops of Norway and Sweden joined the Finnish exercise on Friday.", ("FIN", "NOR", "SWE")),
    ],
)
def test_an_activity_joined_or_held_together_stays_open(pipeline, text, parties):
    assert _activities(pipeline, text) == [parties]


@pytest.mark.parametrize(
    "text",
    [
        "Latvia's army began training a record intake of reservists on Saturday, with officers citing Russia's war in Ukraine.",
        "Since the war in Syria, the Jordanian army has doubled the training of its own recruits.",
        "Romanian cadets began their basic training on Monday, two years into the conflict in Ukraine.",
    ],
)
def test_a_state_named_only_as_a_war_s_side_or_place_is_no_party(pipeline, text):
    assert _activities(pipeline, text) == []


def test_states_acting_together_in_a_war_sentence_stay_parties(pipeline):
    text = "Since the war in Syria, Jordanian and American forces have trained together every spring."
    assert _activities(pipeline, text) == [("JOR", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        "The Indian army received its first Pinaka rocket launchers from domestic maker Larsen & Toubro, while Pakistan studied its own options.",
        "The Turkish navy commissioned a new corvette from a local shipyard on Friday, as Greece weighed its own frigate programme.",
        "Days after Belgium placed an order of its own, French artillery regiments received new Caesar howitzers from Nexter.",
    ],
)
def test_goods_from_the_buyers_own_industry_are_no_transfer(pipeline, text):
    assert _transfers(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a maker of another state is a seller: a transfer
        ("Norway's navy took delivery of new frigates from Spain's Navantia on Friday.", (("ESP",), ("NOR",))),
        ("Brazil's air force received four more Gripen fighters from Sweden last month.", (("SWE",), ("BRA",))),
    ],
)
def test_goods_from_another_state_s_maker_stay_a_transfer(pipeline, text, sides):
    assert _transfers(pipeline, text) == [sides]
