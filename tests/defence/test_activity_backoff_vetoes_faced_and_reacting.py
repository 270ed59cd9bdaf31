"""The learned activity back-off proposes no party that only faces another state's forces or
only reacts to them (``ActivityBackoff.parties``): the side a verb of watching, clashing or
invading acts on ("shadowed the Russian corvette", "invaded Rwanda", "fired at Cambodian
boats", "were tracked by"), the watcher ("observed ... by Romanian officers", "officials in
Seoul said they had monitored ..."), the side a threat is told of ("threats from Colombia"), the
state across a border ("along the frontier with Kyrgyzstan", "near the Bolivian border"), and a
state named only in the subject of a reacting verb ("Greece complained that ...", "Vietnam
accused ...") or as who voices or hears a reaction ("Norway voiced concern", "a protest with
Tokyo", "Chinese objections"). With one party left it proposes nothing. Each class
has a sentence the readings must leave open. The detector is hand-set to fire on every sentence,
so a retrained model cannot change what these tests mean. All sentences are invented."""

from __future__ import annotations

import pytest

from accord.actors.resolve import resolve_actors
from accord.dates import DateResolver
from accord.defence.backoff import ActivityBackoff, DefenceBackoff, LinearDetector
from accord.defence.extract import DefenceExtractor

#: A detector that fires on every sentence.
ALWAYS = LinearDetector({}, 10.0, 0.5)


def _parse(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer, published="2025-03-14")
    return doc, index


def _propose(pipeline, text):
    doc, index = _parse(pipeline, text)
    backoff = ActivityBackoff(ALWAYS, pipeline.defence.rules, pipeline.grammar)
    return [backoff.propose(sent, index, DateResolver("2025-03-14")) for sent in doc.sents]


@pytest.mark.parametrize(
    "text",
    [
        # the side a watching verb takes, active or passive with its agent
        "Danish patrol boats shadowed the Russian corvette through the Fehmarn Belt on Sunday.",
        "Chinese survey ships were tracked by Vietnamese frigates near the Paracels on Monday.",
        # the side a verb of clashing or invading acts on, as its object or behind "at"
        "Ugandan troops invaded Rwanda before dawn on Sunday.",
        "Thai gunboats fired at Cambodian fishing boats off Koh Kong on Monday.",
        # the state across a border
        "Kazakh troops held a snap drill along the frontier with Kyrgyzstan on Wednesday.",
        "Peruvian marines began manoeuvres near the Bolivian border on Tuesday.",
        # the watcher of a passive watching participle, and the teller who says "we watched"
        "The Serbian army opened its spring manoeuvres near Nis, observed from a ridge by Romanian officers.",
        "Officials in Seoul said they had monitored the North Korean artillery drill closely.",
        # the side a threat is told of
        "Venezuelan marines began drills near Maracaibo in answer to threats from Colombia.",
        # a state named only in the subject of a reacting verb
        "Greece complained that Turkish frigates had sailed close to Rhodes on Monday.",
        "Vietnam accused Chinese coast guard ships of ramming its fishing boats near the Paracels.",
        # who voices a reaction as a noun, and to whom
        "Norway voiced concern after Russian warships drilled off Finnmark on Monday.",
        "Seoul lodged a protest with Tokyo over the Japanese naval drill near the islets.",
    ],
)
def test_no_proposal_when_the_other_state_only_faces_or_answers_the_forces(pipeline, text):
    assert _propose(pipeline, text) == [None]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # two states' forces together watch a third: the watchers stay parties
        ("Danish and Norwegian frigates shadowed the Russian carrier through the Skagerrak.", ("DNK", "NOR")),
        # "are engaged in" names no one acted on: a passive subject counts only with an agent
        ("Soldiers of Kenya and Tanzania are engaged in a joint exercise at Arusha this week.", ("KEN", "TZA")),
        # a place the object is in is not what is acted on
        ("Greek and Cypriot marines stormed a beach on the Cypriot coast during the drill.", ("CYP", "GRC")),
        # the side fired on or watched is left out, the forces acting together stay
        ("Jordanian and Egyptian troops held a joint patrol along the border with Israel.", ("EGY", "JOR")),
        # forces that watch together in the active voice stay parties; a threat's side is left out
        ("Japanese and American destroyers tracked the missile over the Sea of Japan.", ("JPN", "USA")),
        ("Estonian and Latvian troops drilled near Tartu against threats from Russia.", ("EST", "LVA")),
        # the agent of a clashing participle is the other side, not a partner
        ("Latvian and Estonian patrol boats held a joint patrol on Friday, a day after a Latvian trawler was harassed by Russian coast guard vessels.", ("EST", "LVA")),
        ("Indonesian and Philippine marines held joint drills off Sulu despite Chinese objections.", ("IDN", "PHL")),
        # one who reacts is left out, the partners stay
        ("Indonesian and Malaysian troops held a joint patrol on Borneo, and Singapore welcomed the move.", ("IDN", "MYS")),
    ],
)
def test_the_states_acting_together_stay_parties(pipeline, text, parties):
    [activity] = _propose(pipeline, text)
    assert activity is not None and activity.parties == parties


@pytest.mark.parametrize(
    "text",
    [
        "Estonian jets intercepted two Russian bombers over the Baltic on Friday.",
        "Iraqi troops occupied Kuwait in August 1990.",
        "Tajik border guards reinforced their posts along the frontier with Afghanistan.",
        "Argentina protested after British warships sailed near the Falklands.",
        "A Greek fishing boat was rammed by Turkish coast guard vessels off Lesbos on Sunday.",
    ],
)
def test_near_misses_stay_empty_with_a_back_off_that_always_fires(pipeline, text):
    doc, index = _parse(pipeline, text)
    backoff = DefenceBackoff(ActivityBackoff(ALWAYS, pipeline.defence.rules, pipeline.grammar))
    extractor = DefenceExtractor(pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, backoff)
    assert not extractor.extract(doc, index, DateResolver("2025-03-14")).activities
