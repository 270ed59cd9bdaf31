"""The learned event back-off: its model file, its features, and where it may add an event."""

import numpy as np
import pytest

from accord.actors.resolve import MentionIndex, resolve_actors
from accord.dates import DateResolver
from accord.events.backoff import NO_EVENT, BackoffModel, BackoffModelError, EventBackoff, sentence_features


def _model(weights: dict[str, dict[str, float]], threshold: float = 0.5, bias: dict[str, float] | None = None) -> BackoffModel:
    classes = ("ASSAULT", "CONSULT", NO_EVENT)
    features = sorted(weights)
    return BackoffModel(
        classes=classes,
        vocabulary={f: i for i, f in enumerate(features)},
        weights=np.array([[weights[f].get(c, 0.0) for c in classes] for f in features], dtype=np.float32),
        bias=np.array([(bias or {}).get(c, 0.0) for c in classes], dtype=np.float32),
        threshold=threshold,
    )


def test_the_shipped_model_loads_with_a_threshold_and_a_no_event_class():
    model = BackoffModel.load()
    assert NO_EVENT in model.classes
    assert 0.0 < model.threshold <= 1.0
    assert model.weights.shape == (len(model.vocabulary), len(model.classes))
    assert model.meta["seed"] is not None


def test_a_missing_model_file_is_one_clear_error():
    with pytest.raises(BackoffModelError):
        BackoffModel.load(name="no_such_model.json")


def test_the_model_round_trips_through_its_file_layout():
    model = _model({"g=shell": {"ASSAULT": 3.0}})
    again = BackoffModel.from_dict(model.to_dict())
    assert again.probabilities(["g=shell"]) == pytest.approx(model.probabilities(["g=shell"]), abs=1e-3)


def test_probabilities_sum_to_one_and_unknown_features_are_ignored():
    model = _model({"g=shell": {"ASSAULT": 3.0}})
    probs = model.probabilities(["g=shell", "w=never-seen"])
    assert sum(probs.values()) == pytest.approx(1.0)
    assert max(probs, key=probs.get) == "ASSAULT"


def test_no_type_below_the_threshold_or_when_no_event_wins():
    model = _model({"g=shell": {"ASSAULT": 3.0}, "g=visit": {"CONSULT": 0.5}}, threshold=0.6, bias={NO_EVENT: 1.0})
    assert model.best_type(["g=shell"])[0] == "ASSAULT"
    assert model.best_type(["g=visit"]) is None
    assert model.best_type([]) is None


def test_features_name_the_verb_that_governs_each_actor(pipeline):
    doc = pipeline.nlp("France shelled German border posts on Tuesday.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    features = sentence_features(next(doc.sents), index.in_range(0, len(doc)))
    assert "g=shell" in features
    assert "r=shell" in features


def _coded(pipeline, backoff, text):
    doc = pipeline.nlp(text)
    actors, index = resolve_actors(doc, pipeline.gazetteer, published="2025-03-14")
    dates = DateResolver("2025-03-14")
    events = pipeline.coder.code(doc, index, actors, dates)
    return events, backoff.apply(doc, index, events, dates)


def test_it_adds_an_event_only_where_the_rules_coded_none_and_two_states_are_named(pipeline):
    # An invented verb no trigger row knows, made certain for the test.
    backoff = EventBackoff(_model({"g=frobnicate": {"ASSAULT": 9.0}}), pipeline.coder.ontology)
    rules, after = _coded(pipeline, backoff, "France frobnicated Germany on Monday.")
    assert rules == []
    (event,) = after
    assert (event.type, event.actor, event.recipient) == ("ASSAULT", ("FRA",), ("DEU",))
    assert event.confidence < 0.45  # below every rule event's


def test_it_leaves_sentences_the_rules_coded_alone(pipeline):
    backoff = EventBackoff(_model({"g=meet": {"ASSAULT": 9.0}, "w=meet": {"ASSAULT": 9.0}}), pipeline.coder.ontology)
    rules, after = _coded(pipeline, backoff, "France met Germany in Paris on Monday.")
    assert rules and after == rules


def test_it_needs_two_distinct_actors(pipeline):
    backoff = EventBackoff(_model({"g=frobnicate": {"ASSAULT": 9.0}}), pipeline.coder.ontology)
    _, after = _coded(pipeline, backoff, "France frobnicated on Monday.")
    assert after == []


def test_the_pipeline_switch(pipeline):
    from accord.pipeline import DEFAULT_EVENT_BACKOFF

    assert (pipeline.event_backoff is not None) == DEFAULT_EVENT_BACKOFF
