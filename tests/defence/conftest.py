"""Fixtures for the defence tests: the rules loaded once, the agreement and transfer rules alone, a resolver for
dates, and an activity back-off whose detector fires on every sentence (so a retrained model cannot
change what a test of the back-off's vetoes and parties means)."""

from __future__ import annotations

import pytest

from accord.actors.resolve import resolve_actors
from accord.dates import DateResolver
from accord.defence.backoff import ActivityBackoff, DefenceBackoff, LinearDetector
from accord.defence.extract import DefenceExtractor
from accord.defence.rules import DefenceRules
from accord.defence.transfers import TransferExtractor

#: A detector that fires on every sentence.
ALWAYS_FIRING = LinearDetector({}, 10.0, 0.5)


@pytest.fixture(scope="session")
def rules() -> DefenceRules:
    return DefenceRules.load()


@pytest.fixture(scope="session")
def grammar():
    from accord.events.syntax import Grammar

    return Grammar.load()


@pytest.fixture(scope="session")
def transfers(rules, grammar) -> TransferExtractor:
    """The transfer rules alone, for tests on hand-built parses."""
    return TransferExtractor(rules, grammar)


@pytest.fixture(scope="session")
def agreements(rules, grammar):
    """The agreement rules alone, for tests on hand-built parses."""
    from accord.defence.agreements import AgreementExtractor

    return AgreementExtractor(rules, grammar)


@pytest.fixture
def dates() -> DateResolver:
    return DateResolver("2025-03-14")


def _parse(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer, published="2025-03-14")
    return doc, index


@pytest.fixture
def parsed_doc(pipeline):
    """``text -> (doc, mention index)``, published 2025-03-14, for the back-offs' tests."""
    return lambda text: _parse(pipeline, text)


@pytest.fixture
def propose_always(pipeline):
    """``text -> [proposal or None per sentence]`` of an activity back-off that always fires."""

    def propose(text):
        doc, index = _parse(pipeline, text)
        backoff = ActivityBackoff(ALWAYS_FIRING, pipeline.defence.rules, pipeline.grammar)
        return [backoff.propose(sent, index, DateResolver("2025-03-14")) for sent in doc.sents]

    return propose


@pytest.fixture
def activities_with_an_always_firing_backoff(pipeline):
    """``text -> activities`` the extractor gives with rules and an activity back-off that always fires."""

    def extract(text):
        doc, index = _parse(pipeline, text)
        backoff = DefenceBackoff(ActivityBackoff(ALWAYS_FIRING, pipeline.defence.rules, pipeline.grammar))
        extractor = DefenceExtractor(pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, backoff)
        return extractor.extract(doc, index, DateResolver("2025-03-14")).activities

    return extract


@pytest.fixture
def parsed(pipeline):
    """``text -> (sentence, mention index)`` of a one-sentence text, for the back-offs' feature readers."""

    def parse(text):
        doc, index = _parse(pipeline, text)
        [sent] = doc.sents
        return sent, index

    return parse
