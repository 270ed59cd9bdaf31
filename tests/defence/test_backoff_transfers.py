"""The learned transfer back-off (``accord.defence.backoff.TransferBackoff``): where the transfer
rules find no transfer in a sentence naming two states and a military item, and the detector's
probability clears its threshold, one transfer is proposed, from the state the supplier model
ranks first to the one the recipient model ranks first, at the stage the stage models rank
first. Wherever the transfer rules' own readings say "no transfer" (a sale objected to or ruled
out, civilian or relief goods, a facility the goods word only qualifies) or the sentence denies
something, nothing is proposed, whatever the model says. The rules' transfers are never changed.
The mechanics are specified with hand-set models (a retrained model cannot change what these
tests mean); a model file may carry no transfer part (the training writes one only where
cross-validation beats the rules alone; round 19's did not). All sentences are invented."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from accord.actors.resolve import resolve_actors
from accord.dates import DateResolver
from accord.defence.backoff import MODEL_FILE, MODEL_PACKAGE, DefenceBackoff, LinearDetector, TransferBackoff
from accord.defence.extract import DefenceExtractor
from accord.records import TRANSFER_STATUSES

#: A detector that fires on one invented cue word only ("haul").
HAUL = LinearDetector({"w=haul": 6.0}, -3.0, 0.5)
#: A detector that fires on every sentence.
ALWAYS = LinearDetector({}, 10.0, 0.5)
#: Role models: the supplier is named after "from", the recipient is a subject.
FROM_SUPPLIER = LinearDetector({"prep=from": 5.0}, -2.0, 0.5)
SUBJECT_RECIPIENT = LinearDetector({"dep=nsubj": 5.0}, -2.0, 0.5)
#: Stage models: "delivered" ranks first unless the sentence has a "will" modal.
STAGES = {"delivered": LinearDetector({}, 1.0, 0.5), "offered": LinearDetector({"md=will": 4.0}, -1.0, 0.5)}
DAY = "2025-03-14"


@pytest.fixture
def parsed(pipeline):
    def parse(text: str):
        doc = pipeline.nlp(text)
        _, index = resolve_actors(doc, pipeline.gazetteer, published=DAY)
        equipment = pipeline.defence.equipment.find(doc, index)
        return doc, index, {i: m for m in equipment for i in range(m.start, m.end)}

    return parse


def _backoff(pipeline, detector):
    return TransferBackoff(detector, FROM_SUPPLIER, SUBJECT_RECIPIENT, STAGES, pipeline.defence.rules, pipeline.grammar)


def _propose(pipeline, parsed, detector, text):
    doc, index, by_token = parsed(text)
    backoff = _backoff(pipeline, detector)
    return [backoff.propose(sent, index, DateResolver(DAY), frozenset(), by_token) for sent in doc.sents]


def test_a_sentence_the_model_finds_a_transfer_in_gets_one_with_the_ranked_supplier_recipient_and_stage(pipeline, parsed):
    [transfer] = _propose(pipeline, parsed, HAUL, "Chile unpacked a haul of howitzers from Peru on Tuesday.")
    assert (transfer.supplier, transfer.recipient, transfer.status) == (("PER",), ("CHL",), "delivered")
    assert transfer.item == "howitzers"
    assert transfer.year == 2025
    assert transfer.evidence.trigger.text == "haul"
    assert transfer.found_by == "model"


def test_the_stage_models_choose_the_stage(pipeline, parsed):
    [transfer] = _propose(pipeline, parsed, HAUL, "Chile will unpack a haul of howitzers from Peru next month.")
    assert transfer.status == "offered"


def test_below_the_threshold_nothing_is_proposed(pipeline, parsed):
    assert _propose(pipeline, parsed, HAUL, "Chile unpacked a crate of howitzers from Peru on Tuesday.") == [None]


@pytest.mark.parametrize(
    "text",
    [
        # one state only
        "Chilean gunners unpacked a haul of howitzers in Arica on Tuesday.",
        # the other state named only as a place: where the goods are, no side of a transfer
        "Chile unpacked a haul of howitzers in Peru on Tuesday.",
        "Chile unpacked a haul of howitzers at a depot in Lima on Tuesday.",
        # no military goods as the rules count them: civilian goods, a facility, relief
        "Chile unpacked a haul of tents from Peru on Tuesday.",
        "Chile unpacked a haul of medical equipment from Peru on Tuesday.",
        "Peru will build a howitzer factory for Chile near Arica.",
        "Peru opened a tank repair plant for Chile last year.",
        # a denial anywhere: the back-off reads no scope
        "Chile did not unpack a haul of howitzers from Peru.",
        # a cue the transfer rules read as telling no transfer
        "Peru objected to the sale of howitzers to Chile.",
        "Chile has no plans to take howitzers from Peru.",
        "If Chile buys howitzers from Peru, Bolivia will protest.",
    ],
)
def test_no_proposal_where_a_veto_holds_whatever_the_model_says(pipeline, parsed, text):
    assert all(p is None for p in _propose(pipeline, parsed, ALWAYS, text))


def test_the_vetoes_are_the_transfer_rules_own_readings(pipeline, parsed):
    doc, index, by_token = parsed("Peru objected to the sale of howitzers to Chile.")
    [sent] = doc.sents
    reader = _backoff(pipeline, ALWAYS).rule_reader
    assert reader is not None and reader.reads_no_transfer(sent, index, by_token)
    assert [item.name for item in reader.goods_named(sent, by_token)] == ["howitzers"]


def _extract(pipeline, parsed, detector, text):
    doc, index, _ = parsed(text)
    extractor = DefenceExtractor(
        pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, DefenceBackoff(transfers=_backoff(pipeline, detector))
    )
    return extractor.extract(doc, index, DateResolver(DAY)).arms_transfers


def test_the_extractor_adds_a_proposal_only_where_the_rules_found_no_transfer(pipeline, parsed):
    [proposed] = _extract(pipeline, parsed, HAUL, "Chile unpacked a haul of howitzers from Peru on Tuesday.")
    assert (proposed.id, proposed.supplier, proposed.recipient) == ("t1", ("PER",), ("CHL",))
    # the rules told this one: their record stands alone, unchanged
    [told] = _extract(pipeline, parsed, ALWAYS, "Peru sold 12 howitzers to Chile last year.")
    assert (told.supplier, told.recipient, told.status, told.quantity) == (("PER",), ("CHL",), "delivered", 12)


def test_a_proposed_transfer_is_found_by_the_model_and_a_rule_transfer_by_the_rules(pipeline, parsed):
    # Analysts filter on found_by (docs/schema.md), as on an activity's; a rule record keeps the default.
    found = _extract(pipeline, parsed, HAUL, "Peru sold 12 howitzers to Chile last year. Bolivia unpacked a haul of howitzers from Argentina on Tuesday.")
    assert [(t.id, t.supplier, t.recipient, t.found_by) for t in found] == [("t1", ("PER",), ("CHL",), "rules"), ("t2", ("ARG",), ("BOL",), "model")]
    assert [t.to_dict()["found_by"] for t in found] == ["rules", "model"]


def test_a_proposal_for_a_pair_the_rules_told_leaves_the_rules_record_found_by_the_rules(pipeline, parsed):
    # the rules' record wins over the back-off's for the same supplier and recipient: it stays the rules'
    [told] = _extract(pipeline, parsed, HAUL, "Peru sold 12 howitzers to Chile last year. Chile unpacked a haul of howitzers from Peru on Tuesday.")
    assert (told.supplier, told.recipient, told.quantity, told.found_by) == (("PER",), ("CHL",), 12, "rules")


def test_no_transfer_is_proposed_when_the_back_off_is_off(pipeline, parsed):
    doc, index, _ = parsed("Chile unpacked a haul of howitzers from Peru on Tuesday.")
    extractor = DefenceExtractor(
        pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, DefenceBackoff(transfers=_backoff(pipeline, ALWAYS))
    )
    assert extractor.extract(doc, index, DateResolver(DAY), backoff=False).arms_transfers == ()


def test_a_state_named_as_the_objector_of_a_sale_gets_nothing_even_from_a_detector_that_always_fires(pipeline, parsed):
    # near miss: two states, an item, no transfer between them
    assert _extract(pipeline, parsed, ALWAYS, "Peru objected to the sale of howitzers to Chile.") == ()


def test_a_model_file_with_a_transfer_part_loads_it(pipeline, tmp_path, monkeypatch):
    part = {
        "detector": HAUL.to_dict(),
        "supplier": FROM_SUPPLIER.to_dict(),
        "recipient": SUBJECT_RECIPIENT.to_dict(),
        "status": {stage: model.to_dict() for stage, model in STAGES.items()},
    }
    model = json.loads(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    assert set(part["status"]) <= set(TRANSFER_STATUSES)
    (tmp_path / MODEL_FILE).write_text(json.dumps({**model, "arms_transfers": part}), encoding="utf-8")
    monkeypatch.setattr(resources, "files", lambda package: tmp_path)
    loaded = DefenceBackoff.load(pipeline.defence.rules, pipeline.grammar)
    assert loaded.transfers is not None and loaded.transfers.detector == HAUL
    assert set(loaded.transfers.statuses) == set(STAGES)


def test_a_model_file_without_a_transfer_part_leaves_transfers_to_the_rules(pipeline, tmp_path, monkeypatch):
    # The training script writes no transfer part when cross-validation finds none better than
    # the rules alone (round 19's did not): loading such a file must work and propose nothing.
    model = json.loads(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    model.pop("arms_transfers", None)
    (tmp_path / MODEL_FILE).write_text(json.dumps(model), encoding="utf-8")
    monkeypatch.setattr(resources, "files", lambda package: tmp_path)
    loaded = DefenceBackoff.load(pipeline.defence.rules, pipeline.grammar)
    assert loaded.transfers is None
    assert loaded.activities is not None
