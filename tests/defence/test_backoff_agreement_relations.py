"""Since round 17 the agreement back-off's detector and status models read how the states hang on
each other (``relation_features``: the verb governing each state, the word joining two states and
the path between them) beside ``sentence_features``' words, as the transfer back-off's do. The
mechanics are specified with hand-set detectors. All sentences are invented."""

from __future__ import annotations

import pytest

from accord.dates import DateResolver
from accord.defence.backoff import AgreementBackoff, LinearDetector

PUBLISHED = "2025-03-14"
#: A detector that fires only on two states joined as the subject of "seal" and the object of a "with" on its object.
JOINED = LinearDetector({"path=nsubj^seal^dobj/prep/pobj": 6.0}, -3.0, 0.5)
STAGES = {"signed": LinearDetector({}, 0.0, 0.5)}


def _agreements(pipeline, parsed_doc, text):
    doc, index = parsed_doc(text)
    backoff = AgreementBackoff(JOINED, STAGES, pipeline.defence.rules, pipeline.grammar)
    return [a for a in (backoff.propose(sent, index, DateResolver(PUBLISHED)) for sent in doc.sents) if a is not None]


def test_the_detector_reads_the_path_between_the_states(pipeline, parsed_doc):
    [agreement] = _agreements(pipeline, parsed_doc, "Chile sealed a handshake with Peru on border patrols on Tuesday.")
    assert agreement.parties == ("CHL", "PER")
    assert agreement.found_by == "model"


def test_states_not_joined_that_way_get_no_proposal(pipeline, parsed_doc):
    assert _agreements(pipeline, parsed_doc, "Chilean and Peruvian envoys sealed a handshake on border patrols on Tuesday.") == []
