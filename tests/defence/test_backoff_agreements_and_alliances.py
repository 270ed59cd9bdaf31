"""The learned agreement and alliance back-offs (``accord.defence.backoff``): where the agreement
(alliance) rules find no record in a sentence naming two or more states as actors, no veto holds
and the detector's probability clears its threshold, one agreement between those states (one
alliance move per state joining a named alliance organisation, else one between the states) is
proposed, at the stage its stage models rank first. The rules' records are never changed. The
mechanics are specified with hand-set detectors (a retrained model cannot change what these
tests mean). All sentences are invented."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from accord.actors.resolve import resolve_actors
from accord.dates import DateResolver
from accord.defence.backoff import MODEL_FILE, MODEL_PACKAGE, PLAIN_AGREEMENT, AgreementBackoff, AllianceBackoff, DefenceBackoff, LinearDetector
from accord.defence.extract import DefenceExtractor

#: A detector that fires on one invented cue word only.
HANDSHAKE = LinearDetector({"w=handshake": 6.0}, -3.0, 0.5)
#: Stage models: "want" makes it proposed, anything else signed.
AGREEMENT_STAGES = {"signed": LinearDetector({}, 0.0, 0.5), "proposed": LinearDetector({"w=want": 6.0}, -3.0, 0.5)}
ALLIANCE_STAGES = {"formal": LinearDetector({}, 0.0, 0.5), "proposed": LinearDetector({"w=want": 6.0}, -3.0, 0.5)}
PUBLISHED = "2025-03-14"


def _agreements(pipeline, parsed_doc, text):
    doc, index = parsed_doc(text)
    backoff = AgreementBackoff(HANDSHAKE, AGREEMENT_STAGES, pipeline.defence.rules, pipeline.grammar)
    return [a for a in (backoff.propose(sent, index, DateResolver(PUBLISHED)) for sent in doc.sents) if a is not None]


def _alliances(pipeline, parsed_doc, text):
    doc, index = parsed_doc(text)
    backoff = AllianceBackoff(HANDSHAKE, ALLIANCE_STAGES, pipeline.defence.rules, pipeline.grammar)
    return [a for sent in doc.sents for a in backoff.propose(sent, index)]


def _extractor(pipeline, *, agreements=None, alliances=None):
    return DefenceExtractor(pipeline.defence.rules, pipeline.defence.equipment, pipeline.grammar, DefenceBackoff(agreements=agreements, alliances=alliances))


# --- agreements


def test_a_sentence_the_model_finds_an_agreement_in_gets_one_between_the_states_acting(pipeline, parsed_doc):
    [agreement] = _agreements(pipeline, parsed_doc, "Chile and Peru sealed a handshake on border patrols on Tuesday.")
    assert agreement.parties == ("CHL", "PER")
    assert agreement.status == "signed"
    assert agreement.name == PLAIN_AGREEMENT and agreement.domain == "defence"
    assert agreement.evidence.trigger.text == "handshake"
    assert agreement.found_by == "model"  # an analyst can set the back-off's records apart


def test_three_states_named_in_one_coordination_are_the_parties(pipeline, parsed_doc):
    [agreement] = _agreements(pipeline, parsed_doc, "Chile, Peru and Mexico sealed a handshake on border patrols on Tuesday.")
    assert agreement.parties == ("CHL", "MEX", "PER")


def test_the_domain_is_the_agreement_rules_reading_of_the_noun(pipeline, parsed_doc):
    [agreement] = _agreements(pipeline, parsed_doc, "Chile and Peru sealed a handshake on a cultural exchange accord on Tuesday.")
    assert agreement.domain != "defence"


def test_the_status_is_the_stage_its_models_rank_first(pipeline, parsed_doc):
    [agreement] = _agreements(pipeline, parsed_doc, "Chile and Peru want a handshake on border patrols.")
    assert agreement.status == "proposed"


def test_the_name_is_the_agreement_noun_with_its_modifiers(pipeline, parsed_doc):
    # an agreement noun the sentence names is the record's name and trigger
    [agreement] = _agreements(pipeline, parsed_doc, "Chile and Peru sealed a handshake, the first naval cooperation accord between the navies.")
    assert agreement.name.endswith("accord") and "cooperation" in agreement.name
    assert agreement.evidence.trigger.text == "accord"


@pytest.mark.parametrize(
    "text",
    [
        # a denial anywhere: the back-off reads no scope
        "Chile and Peru did not seal a handshake on border patrols.",
        # one state named as an actor, the other only as a place
        "Chile sealed a handshake on border patrols in Peru.",
        # a company signs contracts, not agreements between states
        "Chile sealed a handshake with Airbus on border patrols.",
        # an agreement the rules read as ended or rejected
        "Chile and Peru sealed a handshake years ago under their expired border accord.",
        "Chile and Peru recalled the handshake of the border treaty, which lapsed in 1990.",
        # an agreement told inside a denied claim
        "Chile denied reports that it had sealed a handshake accord with Peru.",
        # an agreement only imagined: its clause is hypothetical
        "A handshake accord between Chile and Peru, if it were ever sealed, would open the border.",
        # three states in separate phrases: which of them would be the parties is not told
        "Chile sealed a handshake with Peru like the one it has with Mexico.",
    ],
)
def test_no_agreement_is_proposed_where_a_veto_holds(pipeline, parsed_doc, text):
    assert _agreements(pipeline, parsed_doc, text) == []


def test_nothing_is_proposed_below_the_threshold(pipeline, parsed_doc):
    assert _agreements(pipeline, parsed_doc, "Chile and Peru discussed border patrols on Tuesday.") == []


def test_a_proposed_agreement_follows_the_rule_records_and_never_repeats_their_parties(pipeline, parsed_doc):
    text = "India and France signed a defence cooperation agreement on Monday. Chile and Peru sealed a handshake on border patrols. India and France later sealed a handshake on submarines."
    doc, index = parsed_doc(text)
    extractor = _extractor(pipeline, agreements=AgreementBackoff(HANDSHAKE, AGREEMENT_STAGES, pipeline.defence.rules, pipeline.grammar))
    found = extractor.extract(doc, index, DateResolver(PUBLISHED)).agreements
    rules_alone = pipeline.defence.extract(doc, index, DateResolver(PUBLISHED), backoff=False).agreements
    assert found[: len(rules_alone)] == rules_alone
    assert [(a.id, a.parties) for a in found[len(rules_alone) :]] == [(f"ag{len(rules_alone) + 1}", ("CHL", "PER"))]
    assert extractor.extract(doc, index, DateResolver(PUBLISHED), backoff=False).agreements == rules_alone


def test_a_proposed_agreement_makes_no_alliance(pipeline, parsed_doc):
    doc, index = parsed_doc("Chile and Peru sealed a handshake on mutual defence.")
    extractor = _extractor(pipeline, agreements=AgreementBackoff(HANDSHAKE, AGREEMENT_STAGES, pipeline.defence.rules, pipeline.grammar))
    records = extractor.extract(doc, index, DateResolver(PUBLISHED))
    assert [a.parties for a in records.agreements] == [("CHL", "PER")]
    assert records.alliances == ()


# --- alliances


def test_states_sealing_a_move_with_an_alliance_organisation_get_one_record_each(pipeline, parsed_doc):
    moves = _alliances(pipeline, parsed_doc, "Chile and Peru sealed a handshake with NATO on Tuesday.")
    assert sorted(a.members for a in moves) == [("CHL", "NATO"), ("NATO", "PER")]
    assert {a.status for a in moves} == {"formal"}
    assert {a.found_by for a in moves} == {"model"}


def test_a_state_listed_as_a_member_today_gets_a_record_too(pipeline, parsed_doc):
    # the members list is today's: the move told may be the one that made the state a member
    moves = _alliances(pipeline, parsed_doc, "Chile and France sealed a handshake with NATO on Tuesday.")
    assert sorted(a.members for a in moves) == [("CHL", "NATO"), ("FRA", "NATO")]


def test_without_an_alliance_organisation_one_record_of_the_states(pipeline, parsed_doc):
    [move] = _alliances(pipeline, parsed_doc, "Chile and Peru want a handshake on mutual defence.")
    assert move.members == ("CHL", "PER") and move.status == "proposed"


def test_the_side_an_alliance_is_against_is_no_member(pipeline, parsed_doc):
    [move] = _alliances(pipeline, parsed_doc, "Chile and Peru sealed a handshake against Bolivia.")
    assert move.members == ("CHL", "PER")


def test_an_organisation_named_only_in_a_pacts_phrase_is_not_what_is_joined(pipeline, parsed_doc):
    # "the NATO pact", "a pact between X and Y inside NATO": the frame of the pact binds the states named
    [move] = _alliances(pipeline, parsed_doc, "Chile and Peru sealed a handshake, a NATO pact of mutual defence.")
    assert move.members == ("CHL", "PER")


def test_the_parties_of_a_pact_the_agreement_rules_drafted_in_the_sentence_are_the_members(pipeline, parsed_doc):
    doc, index = parsed_doc("Chile, Peru and Bolivia sealed a handshake on mutual defence.")
    backoff = AllianceBackoff(HANDSHAKE, ALLIANCE_STAGES, pipeline.defence.rules, pipeline.grammar)
    [sent] = doc.sents
    assert [a.members for a in backoff.propose(sent, index, drafted=(("CHL", "PER"),))] == [("CHL", "PER")]
    assert [a.members for a in backoff.propose(sent, index)] == [("BOL", "CHL", "PER")]


def test_the_rules_drafted_agreements_are_what_the_alliance_back_off_is_told(pipeline, parsed_doc):
    doc, index = parsed_doc("Chile and Peru signed a defence cooperation agreement on Monday. Chile and Peru sealed a handshake.")
    readings = pipeline.defence.sentence_readings(doc, index, DateResolver(PUBLISHED))
    assert [r.drafted for r in readings] == [(("CHL", "PER"),), ()]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru did not seal a handshake on mutual defence.",
        "Chile sealed a handshake on mutual defence in Peru.",
        "Chile denied reports that it had sealed an alliance handshake with Peru.",
    ],
)
def test_no_alliance_is_proposed_where_a_veto_holds(pipeline, parsed_doc, text):
    assert _alliances(pipeline, parsed_doc, text) == []


def test_a_proposed_alliance_move_never_repeats_a_rule_move(pipeline, parsed_doc):
    text = "Chile and Peru formed a military alliance on Monday. Chilean and Peruvian envoys sealed a handshake on Tuesday."
    doc, index = parsed_doc(text)
    extractor = _extractor(pipeline, alliances=AllianceBackoff(HANDSHAKE, ALLIANCE_STAGES, pipeline.defence.rules, pipeline.grammar))
    rules_alone = pipeline.defence.extract(doc, index, DateResolver(PUBLISHED), backoff=False).alliances
    assert rules_alone and extractor.extract(doc, index, DateResolver(PUBLISHED)).alliances == rules_alone


# --- the packaged model


def test_the_packaged_agreement_back_off_is_loaded_with_a_calibrated_threshold(pipeline):
    payload = json.loads(resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    detector = LinearDetector.from_dict(payload["agreements"]["detector"])
    assert 0.0 < detector.threshold < 1.0
    assert set(payload["agreements"]["status"]) <= {"proposed", "negotiating", "agreed", "signed", "ratified", "in_force", "suspended", "terminated"}
    assert pipeline.defence.backoff.agreements.detector == detector


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an ended pact remembered, a rejected one, a civil contract
        "LIMA, May 2 - A Peruvian senator said the lapsed 1960 defence pact with Chile still colours every debate over military bases.",
        "SANTIAGO, May 2 - By 30 votes to 12, Chilean lawmakers threw out a draft accord granting Peruvian warships access to Arica.",
        "LIMA, May 2 - Peru's flag carrier signed a contract with Airbus on Friday for 20 passenger jets.",
    ],
)
def test_the_packaged_back_offs_add_no_record_to_near_misses(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer, published=PUBLISHED)
    records = pipeline.defence.extract(doc, index, DateResolver(PUBLISHED))
    assert records.agreements == () and records.alliances == ()
