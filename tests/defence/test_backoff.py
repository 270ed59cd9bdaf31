"""The learned activity back-off (``accord.defence.backoff``): where the rules find no joint
activity in a sentence naming two or more possible parties (two of them as actors, not only as
places), no veto holds and the detector's probability clears its threshold, one activity between
every party named is proposed. The rules' records are never changed. The mechanics are specified
with hand-set detectors (so a retrained model cannot change what these tests mean); the
packaged model is checked for shape. All sentences are invented."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from accord.dates import DateResolver
from accord.defence.backoff import (
    MODEL_FILE,
    MODEL_PACKAGE,
    ActivityBackoff,
    DefenceBackoff,
    LinearDetector,
    sentence_candidates,
    sentence_features,
    sentence_states,
)
from accord.defence.activities import merge_activities
from accord.defence.extract import DefenceExtractor
from accord.records import Activity, Evidence

#: A detector that fires on one invented cue word only.
REHEARSAL = LinearDetector({"w=rehearsal": 6.0}, -3.0, 0.5)
#: A detector that fires on every sentence.
ALWAYS = LinearDetector({}, 10.0, 0.5)


def _propose(pipeline, parsed_doc, detector, text):
    doc, index = parsed_doc(text)
    backoff = ActivityBackoff(detector, pipeline.defence.rules, pipeline.grammar)
    return [backoff.propose(sent, index, DateResolver("2025-03-14")) for sent in doc.sents]


def test_a_sentence_the_model_finds_an_activity_in_gets_one_between_every_state_it_names(pipeline, parsed_doc):
    [activity] = _propose(pipeline, parsed_doc, REHEARSAL, "Chilean and Peruvian crews staged a rehearsal off Arica on Tuesday.")
    assert activity.parties == ("CHL", "PER")
    assert activity.status == "occurred"
    assert activity.evidence.trigger.text == "rehearsal"


def test_the_stage_is_read_from_the_clause(pipeline, parsed_doc):
    [planned] = _propose(pipeline, parsed_doc, REHEARSAL, "Chilean and Peruvian crews will stage a rehearsal off Arica next month.")
    assert planned.status == "planned"
    [proposed] = _propose(pipeline, parsed_doc, REHEARSAL, "Chile wants to stage a rehearsal with Peruvian crews off Arica.")
    assert proposed.status == "proposed"


@pytest.mark.parametrize(
    "text",
    [
        # a denial anywhere: the back-off reads no scope
        "Chilean and Peruvian crews did not stage a rehearsal off Arica.",
        "No Chilean crews joined the rehearsal with Peru off Arica.",
        # one state named as an actor, the other only as a place: no host's consent is told
        "Chilean crews staged a rehearsal in Peru on Tuesday.",
        # a state named only to describe another
        "Chilean crews staged a rehearsal in Peru, a neighbour of Bolivia, on Tuesday.",
        # civilian bodies and police, as the rules read them
        "The tax authorities of Chile and Peru staged a rehearsal last week.",
        "The Chilean police contingent staged a rehearsal with Peruvian officers.",
    ],
)
def test_no_proposal_where_a_veto_holds(pipeline, parsed_doc, text):
    assert _propose(pipeline, parsed_doc, ALWAYS, text) == [None]


def test_nothing_is_proposed_below_the_threshold_or_with_fewer_than_two_states(pipeline, parsed_doc):
    assert _propose(pipeline, parsed_doc, REHEARSAL, "Chilean and Peruvian crews staged a parade off Arica on Tuesday.") == [None]
    assert _propose(pipeline, parsed_doc, ALWAYS, "Chilean crews staged a rehearsal off Arica on Tuesday.") == [None]


def test_an_intergovernmental_organisation_named_is_a_party_too(pipeline, parsed_doc):
    [activity] = _propose(pipeline, parsed_doc, REHEARSAL, "Estonian crews and NATO staff staged a rehearsal near Tallinn.")
    assert activity.parties == ("EST", "NATO")


def test_features_leave_out_the_actor_names_and_count_the_states(parsed_doc):
    doc, index = parsed_doc("Chilean and Peruvian crews staged a rehearsal off Arica on Tuesday.")
    [sent] = doc.sents
    features = sentence_features(sent, index, frozenset({"agreements"}))
    assert "w=rehearsal" in features and "states=2" in features and "told=agreements" in features
    assert not any("chile" in f or "peru" in f for f in features)
    assert sentence_states(sent, index) == ["CHL", "PER"]


def test_the_back_off_never_changes_or_adds_to_what_the_rules_found_in_a_sentence(pipeline, parsed_doc):
    text = "India and France began joint naval exercises off Goa, a week after Pakistan tested a missile."
    doc, index = parsed_doc(text)
    extractor = DefenceExtractor(pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, DefenceBackoff(ActivityBackoff(ALWAYS, pipeline.defence.rules, pipeline.grammar)))
    with_backoff = extractor.extract(doc, index, DateResolver("2025-03-14"))
    assert [a.parties for a in with_backoff.activities] == [("FRA", "IND")]


def test_a_speaker_of_the_report_is_no_party_when_two_others_remain(pipeline, parsed_doc):
    [activity] = _propose(pipeline, parsed_doc, REHEARSAL, "Chilean and Peruvian crews staged a rehearsal off Arica, a Bolivian official said.")
    assert activity.parties == ("CHL", "PER")
    [spoken] = _propose(pipeline, parsed_doc, REHEARSAL, "Chile said its crews staged a rehearsal with Peru off Arica.")
    assert spoken.parties == ("CHL", "PER")


def test_a_proposal_never_changes_a_rule_record_of_the_same_parties(pipeline, parsed_doc):
    text = "India and France will hold joint naval exercises off Goa in July. Indian and French crews will stage a rehearsal there in June."
    doc, index = parsed_doc(text)
    rules_alone = pipeline.defence.extract(doc, index, DateResolver("2025-03-14"), backoff=False).activities
    extractor = DefenceExtractor(pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, DefenceBackoff(ActivityBackoff(REHEARSAL, pipeline.defence.rules, pipeline.grammar)))
    assert extractor.extract(doc, index, DateResolver("2025-03-14")).activities == rules_alone


def test_proposals_follow_the_rule_records(pipeline, parsed_doc):
    text = "India and France will hold joint naval exercises off Goa in July. Chilean and Peruvian crews staged a rehearsal off Arica."
    doc, index = parsed_doc(text)
    extractor = DefenceExtractor(pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, DefenceBackoff(ActivityBackoff(REHEARSAL, pipeline.defence.rules, pipeline.grammar)))
    assert [(a.id, a.parties) for a in extractor.extract(doc, index, DateResolver("2025-03-14")).activities] == [("j1", ("FRA", "IND")), ("j2", ("CHL", "PER"))]


def test_the_rules_findings_per_sentence_are_what_the_back_off_is_told(pipeline, parsed_doc):
    doc, index = parsed_doc("India and France will hold joint naval exercises off Goa in July. Chile signed a defence agreement with Peru on Monday.")
    readings = pipeline.defence.sentence_readings(doc, index, DateResolver("2025-03-14"))
    assert [(r.open, r.told) for r in readings] == [(False, frozenset()), (True, frozenset({"agreements"}))]


def test_a_malformed_model_file_is_one_clear_error(monkeypatch, tmp_path, pipeline):
    from accord.errors import ModelError

    class Broken:
        def joinpath(self, name):
            return self

        def read_text(self, encoding):
            return "{not json"

    monkeypatch.setattr("accord.defence.backoff.resources.files", lambda package: Broken())
    with pytest.raises(ModelError, match="malformed"):
        DefenceBackoff.load(pipeline.defence.rules, pipeline.grammar)


def test_backoff_false_gives_the_rules_alone(pipeline, parsed_doc):
    doc, index = parsed_doc("Chilean and Peruvian crews staged a rehearsal off Arica on Tuesday.")
    extractor = DefenceExtractor(pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, DefenceBackoff(ActivityBackoff(REHEARSAL, pipeline.defence.rules, pipeline.grammar)))
    assert [a.parties for a in extractor.extract(doc, index, DateResolver("2025-03-14")).activities] == [("CHL", "PER")]
    assert extractor.extract(doc, index, DateResolver("2025-03-14"), backoff=False).activities == ()


def test_a_proposed_activity_is_found_by_the_model_and_a_rule_activity_by_the_rules(pipeline, parsed_doc):
    # Analysts filter on found_by (docs/schema.md); a rule record keeps the default.
    doc, index = parsed_doc("India and France began joint naval exercises off Goa. Chilean and Peruvian crews staged a rehearsal off Arica on Tuesday.")
    extractor = DefenceExtractor(pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, DefenceBackoff(ActivityBackoff(REHEARSAL, pipeline.defence.rules, pipeline.grammar)))
    found = extractor.extract(doc, index, DateResolver("2025-03-14")).activities
    assert [(a.parties, a.found_by) for a in found] == [(("FRA", "IND"), "rules"), (("CHL", "PER"), "model")]
    assert [a.to_dict()["found_by"] for a in found] == ["rules", "model"]


def test_a_planned_programme_the_rules_read_in_one_of_its_sentences_is_found_by_the_rules():
    evidence = Evidence("Chile and Peru will hold drills.", 0, 32)
    rules = Activity("", ("CHL", "PER"), None, ("exercises",), "2025", "planned", evidence)
    model = Activity("", ("CHL", "PER"), None, ("other",), None, "planned", evidence, found_by="model")
    assert [a.found_by for a in merge_activities([model, rules])] == ["rules"]
    assert [a.found_by for a in merge_activities([model, model])] == ["model"]


def test_the_packaged_model_is_loaded_by_the_pipeline_and_has_a_calibrated_threshold(pipeline):
    payload = json.loads(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    detector = LinearDetector.from_dict(payload["activities"])
    assert 0.0 < detector.threshold < 1.0
    assert detector.weights and isinstance(payload["seed"], int)
    assert pipeline.defence.backoff.activities.detector == detector


def test_without_a_model_file_the_back_off_is_empty(monkeypatch, pipeline):
    monkeypatch.setattr("accord.defence.backoff.MODEL_FILE", "no_such_model.json")
    assert DefenceBackoff.load(pipeline.defence.rules, pipeline.grammar) == DefenceBackoff()


def test_a_detector_round_trips_through_its_dict():
    assert LinearDetector.from_dict(REHEARSAL.to_dict()) == REHEARSAL
