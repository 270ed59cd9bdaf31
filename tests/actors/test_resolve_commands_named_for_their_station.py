"""A state's armed service whose name ends with the state it is stationed in ("U.S. Forces
Korea", "British Forces Cyprus", "the British Army Training Unit Kenya") is the first state's
command: the host's name is part of it and speaks for no one. Sentences invented."""

from __future__ import annotations

import pytest

from accord.actors.resolve import resolve_actors
from accord.records import Article


def _mentions(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return [(doc[m.start : m.end].text, m.code) for m in index.mentions]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("U.S. Forces Korea postponed the spring drills.", "U.S. Forces Korea", "USA"),
        ("British Forces Cyprus hosted a search-and-rescue exercise.", "British Forces Cyprus", "GBR"),
        ("The US Army Training Unit Ghana has trained 400 Ghanaian soldiers.", "US Army Training Unit Ghana", "USA"),
    ],
)
def test_a_command_named_for_its_station_is_the_sending_states(pipeline, text, phrase, code):
    mentions = _mentions(pipeline, text)
    assert (phrase, code) in mentions
    host = phrase.split()[-1]
    assert all(p != host for p, _ in mentions)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The British Army and Kenya signed a training pact.", ("Kenya", "KEN")),
        ("British Army officers visited Kenya in May.", ("Kenya", "KEN")),
        ("U.S. Forces and South Korea held the drills together.", ("South Korea", "KOR")),
    ],
)
def test_a_state_named_apart_from_the_service_stays_an_actor(pipeline, text, host):
    assert host in _mentions(pipeline, text)


def test_the_command_not_its_host_is_the_events_source(pipeline):
    result = pipeline.extract(Article(id="t", text="U.S. Forces Korea accused North Korea of firing artillery.", published="2024-05-02"))
    assert [(e.type, tuple(e.actor), tuple(e.recipient)) for e in result.events] == [("ACCUSE", ("USA",), ("PRK",))]


def test_training_by_a_command_named_for_its_station_aids_the_host(pipeline):
    result = pipeline.extract(Article(id="t", text="The US Army Training Unit Ghana has trained 400 Ghanaian soldiers.", published="2024-05-02"))
    assert [(e.type, tuple(e.actor), tuple(e.recipient)) for e in result.events] == [("AID", ("USA",), ("GHA",))]
