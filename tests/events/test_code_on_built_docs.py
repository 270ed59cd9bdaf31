"""Parse-dependent event rules on hand-built Docs: fixed heads, labels and tags, so each rule
is checked on the structure it reads, whatever a parser model would make of the sentence."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.events.code import EventCoder
from accord.events.syntax import Grammar
from accord.records import EventStatus


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


@pytest.fixture(scope="module")
def coder():
    return EventCoder.load(Grammar.load())


def build(vocab, rows):
    """A Doc from rows of (word, head index, dep, pos, lemma, tag); the root heads itself."""
    words, heads, deps, pos, lemmas, tags = zip(*rows)
    return Doc(vocab, words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), lemmas=list(lemmas), tags=list(tags))


def states(doc, **codes):
    """Mentions of states at the given token positions: ``states(doc, SRB=0, ALB=2)``."""
    mentions = [
        Mention(i, i + 1, f"state:{code}", "state", code, "name", actor_id=f"a{n}")
        for n, (code, i) in enumerate(sorted(codes.items(), key=lambda item: item[1]), start=1)
    ]
    return MentionIndex(doc, mentions)


def code(coder, doc, index):
    return coder.code(doc, index, [], DateResolver("2025-03-14"))


def test_the_subject_acts_on_the_direct_object(vocab, coder):
    doc = build(vocab, [
        ("Serbia", 1, "nsubj", "PROPN", "Serbia", "NNP"),
        ("condemned", 1, "ROOT", "VERB", "condemn", "VBD"),
        ("Albania", 1, "dobj", "PROPN", "Albania", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    (event,) = code(coder, doc, states(doc, SRB=0, ALB=2))
    assert (event.type, event.actor, event.recipient) == ("ACCUSE", ("SRB",), ("ALB",))
    assert event.status == EventStatus.OCCURRED


def test_a_passive_agent_acts_on_the_passive_subject(vocab, coder):
    doc = build(vocab, [
        ("Albania", 2, "nsubjpass", "PROPN", "Albania", "NNP"),
        ("was", 2, "auxpass", "AUX", "be", "VBD"),
        ("condemned", 2, "ROOT", "VERB", "condemn", "VBN"),
        ("by", 2, "agent", "ADP", "by", "IN"),
        ("Serbia", 3, "pobj", "PROPN", "Serbia", "NNP"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    (event,) = code(coder, doc, states(doc, ALB=0, SRB=4))
    assert (event.actor, event.recipient) == (("SRB",), ("ALB",))


def test_a_passive_without_agent_names_no_actor_and_codes_nothing(vocab, coder):
    doc = build(vocab, [
        ("Albania", 2, "nsubjpass", "PROPN", "Albania", "NNP"),
        ("was", 2, "auxpass", "AUX", "be", "VBD"),
        ("condemned", 2, "ROOT", "VERB", "condemn", "VBN"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert code(coder, doc, states(doc, ALB=0)) == []


def test_a_negated_verb_is_a_negated_event(vocab, coder):
    doc = build(vocab, [
        ("Serbia", 3, "nsubj", "PROPN", "Serbia", "NNP"),
        ("did", 3, "aux", "AUX", "do", "VBD"),
        ("not", 3, "neg", "PART", "not", "RB"),
        ("condemn", 3, "ROOT", "VERB", "condemn", "VB"),
        ("Albania", 3, "dobj", "PROPN", "Albania", "NNP"),
        (".", 3, "punct", "PUNCT", ".", "."),
    ])
    (event,) = code(coder, doc, states(doc, SRB=0, ALB=4))
    assert event.status == EventStatus.NEGATED


def test_the_recipient_of_talks_is_named_with_with(vocab, coder):
    doc = build(vocab, [
        ("Serbia", 1, "nsubj", "PROPN", "Serbia", "NNP"),
        ("met", 1, "ROOT", "VERB", "meet", "VBD"),
        ("with", 1, "prep", "ADP", "with", "IN"),
        ("Hungary", 2, "pobj", "PROPN", "Hungary", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    (event,) = code(coder, doc, states(doc, SRB=0, HUN=3))
    assert (event.type, event.actor, event.recipient) == ("CONSULT", ("SRB",), ("HUN",))


@pytest.mark.parametrize(
    ("governor", "lemma", "status"),
    [
        ("wants", "want", EventStatus.INTENDED),
        ("plans", "plan", EventStatus.PLANNED),
        ("proposed", "propose", EventStatus.PROPOSED),
        ("refused", "refuse", EventStatus.NEGATED),
    ],
)
def test_the_governing_verb_sets_the_status_of_its_complement(vocab, governor, lemma, status):
    doc = build(vocab, [
        ("Serbia", 1, "nsubj", "PROPN", "Serbia", "NNP"),
        (governor, 1, "ROOT", "VERB", lemma, "VBZ"),
        ("to", 3, "aux", "PART", "to", "TO"),
        ("meet", 1, "xcomp", "VERB", "meet", "VB"),
        ("Hungary", 3, "dobj", "PROPN", "Hungary", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert Grammar.load().clause_status(doc[3]) == status


def test_will_makes_an_act_planned_and_if_hypothetical(vocab):
    grammar = Grammar.load()
    future = build(vocab, [
        ("Serbia", 2, "nsubj", "PROPN", "Serbia", "NNP"),
        ("will", 2, "aux", "AUX", "will", "MD"),
        ("meet", 2, "ROOT", "VERB", "meet", "VB"),
        ("Hungary", 2, "dobj", "PROPN", "Hungary", "NNP"),
    ])
    conditional = build(vocab, [
        ("if", 2, "mark", "SCONJ", "if", "IN"),
        ("Russia", 2, "nsubj", "PROPN", "Russia", "NNP"),
        ("attacked", 2, "ROOT", "VERB", "attack", "VBD"),
        ("Poland", 2, "dobj", "PROPN", "Poland", "NNP"),
    ])
    assert grammar.clause_status(future[2]) == EventStatus.PLANNED
    assert grammar.clause_status(conditional[2]) == EventStatus.HYPOTHETICAL
