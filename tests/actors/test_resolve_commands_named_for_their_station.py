"""A state's armed service whose name ends with the state it is stationed in ("U.S. Forces
Korea", "British Forces Cyprus", "the French Army Support Element Chad") is the first state's
command: the host's name is part of it and speaks for no one. Only station-name words
(resolver.toml [station_name_words]) may stand between the service and its host, so a
headline's capitalised words never join a service to a state. Sentences invented."""

from __future__ import annotations

import pytest

from accord.records import Article
from actor_helpers import mention_code_pairs


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("U.S. Forces Korea postponed the spring drills.", "U.S. Forces Korea", "USA"),
        ("British Forces Cyprus hosted a search-and-rescue exercise.", "British Forces Cyprus", "GBR"),
        ("Since 2019 the US Army Support Element Ghana has schooled 400 Ghanaian cadets.", "US Army Support Element Ghana", "USA"),
    ],
)
def test_a_command_named_for_its_station_is_the_sending_states(pipeline, text, phrase, code):
    mentions = mention_code_pairs(pipeline, text)
    assert (phrase, code) in mentions
    host = phrase.split()[-1]
    assert all(p != host for p, _ in mentions)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The British Army and Belize will review their training pact in June.", ("Belize", "BLZ")),
        ("British Army officers visited Belize in May.", ("Belize", "BLZ")),
        ("U.S. Forces and South Korea held the drills together.", ("South Korea", "KOR")),
        # near miss: a headline's capitalised words are no station name
        ("Russian Navy Ships Visit Cuba", ("Cuba", "CUB")),
        ("Chinese Army Medics Reach Laos", ("Laos", "LAO")),
    ],
)
def test_a_state_named_apart_from_the_service_stays_an_actor(pipeline, text, host):
    assert host in mention_code_pairs(pipeline, text)


def test_a_headline_does_not_fuse_the_service_with_the_state(pipeline):
    mentions = mention_code_pairs(pipeline, "Russian Navy Ships Visit Cuba")
    assert ("Russian Navy", "RUS") in mentions


def test_the_command_not_its_host_is_the_events_source(pipeline):
    result = pipeline.extract(Article(id="t", text="U.S. Forces Korea accused North Korea of firing artillery.", published="2024-05-02"))
    assert [(e.type, tuple(e.actor), tuple(e.recipient)) for e in result.events] == [("ACCUSE", ("USA",), ("PRK",))]


def test_training_by_a_command_named_for_its_station_aids_the_host(pipeline):
    result = pipeline.extract(Article(id="t", text="The US Army Support Element Ghana has trained 400 Ghanaian soldiers.", published="2024-05-02"))
    assert [(e.type, tuple(e.actor), tuple(e.recipient)) for e in result.events] == [("AID", ("USA",), ("GHA",))]
