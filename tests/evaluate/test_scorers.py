"""The scoring rules of accord.evaluate.scorers, on hand-built tuples and events."""

from __future__ import annotations

import pytest

from accord.evaluate.gold import WILDCARD, actor_key, load_cameo_table
from accord.evaluate.scorers import (
    NONE,
    EventTuple,
    Score,
    SpanLabel,
    drop_negated,
    drop_neutral,
    expand_event,
    match,
    score_cameo_root,
    score_quad_class,
    score_records,
    score_spans_exact,
    score_spans_lenient,
    score_type_direction,
    score_type_states,
    score_types,
    status_agreement,
    type_confusion,
)


def t(type_: str, source: str | None = None, target: str | None = None, **kw) -> EventTuple:
    return EventTuple(type_, source, target, **kw)


# Score arithmetic -------------------------------------------------------------------------


def test_score_computes_precision_recall_and_f1():
    score = Score(tp=2, fp=2, fn=0)
    assert score.precision == 0.5
    assert score.recall == 1.0
    assert score.f1 == pytest.approx(2 / 3)


def test_score_with_empty_denominators_is_zero_not_an_error():
    assert Score().precision == 0.0
    assert Score().recall == 0.0
    assert Score().f1 == 0.0


def test_scores_add_counts():
    assert Score(1, 2, 3) + Score(1, 1, 1) == Score(2, 3, 4)


# Expansion --------------------------------------------------------------------------------


def test_system_event_expands_to_one_tuple_per_actor_recipient_pair(fakes):
    event = fakes.event("CONSULT", ["USA", "RUS"], ["CHE"])
    tuples = expand_event(event)
    assert [(x.source, x.target) for x in tuples] == [("USA", "CHE"), ("RUS", "CHE")]


def test_joint_event_of_several_actors_expands_to_every_ordered_pair(fakes):
    event = fakes.event("SUPPORT", ["HRV", "ALB", "XKX"], [])
    pairs = {(x.source, x.target) for x in expand_event(event)}
    assert pairs == {
        ("HRV", "ALB"), ("ALB", "HRV"), ("HRV", "XKX"), ("XKX", "HRV"), ("ALB", "XKX"), ("XKX", "ALB"),
    }


def test_system_event_without_recipient_expands_to_a_tuple_with_no_target(fakes):
    (only,) = expand_event(fakes.event("PROTEST", ["UKR"], []))
    assert (only.type, only.source, only.target) == ("PROTEST", "UKR", None)


def test_negated_tuples_are_dropped():
    kept = drop_negated([t("AID", status="negated"), t("AID", status="occurred"), t("AID")])
    assert [x.status for x in kept] == ["occurred", None]


# Event metrics ----------------------------------------------------------------------------


def test_type_metric_matches_types_as_a_multiset():
    gold = [t("ACCUSE"), t("ACCUSE"), t("ASSAULT")]
    system = [t("ACCUSE"), t("REJECT")]
    assert score_types(gold, system) == Score(tp=1, fp=1, fn=2)


def test_type_metric_ignores_participants():
    assert score_types([t("AID", "USA", "ISR")], [t("AID", "FRA", "DEU")]) == Score(1, 0, 0)


def test_type_states_metric_accepts_reversed_participants():
    gold = [t("ACCUSE", "SRB", "ALB")]
    assert score_type_states(gold, [t("ACCUSE", "ALB", "SRB")]) == Score(1, 0, 0)


def test_type_direction_metric_rejects_reversed_participants():
    gold = [t("ACCUSE", "SRB", "ALB")]
    assert score_type_direction(gold, [t("ACCUSE", "ALB", "SRB")]) == Score(0, 1, 1)


def test_type_direction_metric_needs_the_same_type():
    assert score_type_direction([t("ACCUSE", "SRB", "ALB")], [t("REJECT", "SRB", "ALB")]) == Score(0, 1, 1)


def test_missing_recipient_matches_only_a_missing_recipient():
    gold = [t("PROTEST", "UKR", None)]
    assert score_type_direction(gold, [t("PROTEST", "UKR", None)]) == Score(1, 0, 0)
    assert score_type_direction(gold, [t("PROTEST", "UKR", "RUS")]) == Score(0, 1, 1)


def test_wildcard_gold_participant_matches_any_system_participant():
    gold = [t("PROTEST", "RWA", WILDCARD)]
    assert score_type_direction(gold, [t("PROTEST", "RWA", "FRA")]) == Score(1, 0, 0)
    assert score_type_direction(gold, [t("PROTEST", "RWA", None)]) == Score(1, 0, 0)


def test_one_system_tuple_never_counts_for_two_gold_tuples():
    gold = [t("CONSULT", "USA", "RUS"), t("CONSULT", "USA", "RUS")]
    assert score_type_direction(gold, [t("CONSULT", "USA", "RUS")]) == Score(1, 0, 1)


def test_matching_is_maximal_not_greedy():
    # Greedy would give gold 0 the first system tuple and leave gold 1 unmatched.
    gold = [t("AID", "USA", WILDCARD), t("AID", "USA", "ISR")]
    system = [t("AID", "USA", "ISR"), t("AID", "USA", "EGY")]
    assert score_type_direction(gold, system) == Score(2, 0, 0)


def test_match_returns_pairs_by_gold_index():
    assert match([1, 2], [2, 1], lambda g, s: g == s) == [(0, 1), (1, 0)]


def test_cameo_root_matches_on_the_first_two_digits():
    gold = [t("ACCUSE", cameo="1124"), t("COERCE", cameo="173")]
    system = [t("ACCUSE", cameo="112"), t("COERCE", cameo="174"), t("AID", cameo="070")]
    assert score_cameo_root(gold, system) == Score(tp=2, fp=1, fn=0)


def test_cameo_root_skips_gold_without_a_cameo_code():
    assert score_cameo_root([t("ACCUSE")], [t("ACCUSE", cameo="112")]) == Score(0, 1, 0)


def test_quad_class_matches_as_a_multiset():
    gold = [t("ACCUSE", quad_class=3), t("ASSAULT", quad_class=4)]
    system = [t("REJECT", quad_class=3), t("AID", quad_class=2)]
    assert score_quad_class(gold, system) == Score(1, 1, 1)


def test_status_accuracy_counts_matched_pairs_including_negated_ones():
    gold = [t("AID", "USA", "ISR", status="negated"), t("ASSAULT", "RUS", "UKR", status="occurred")]
    system = [t("AID", "USA", "ISR", status="negated"), t("ASSAULT", "RUS", "UKR", status="planned")]
    ratio = status_agreement(gold, system)
    assert (ratio.correct, ratio.total) == (1, 2)


def test_status_accuracy_ignores_unmatched_and_statusless_gold():
    gold = [t("AID", "USA", "ISR"), t("ASSAULT", "RUS", "UKR", status="occurred")]
    ratio = status_agreement(gold, [t("AID", "USA", "ISR", status="occurred")])
    assert ratio.total == 0


def test_confusion_puts_type_matches_on_the_diagonal_and_pairs_the_rest():
    gold = [t("ACCUSE", "SRB", "ALB"), t("THREATEN", "RUS", "UKR")]
    system = [t("ACCUSE", "SRB", "ALB"), t("ASSAULT", "UKR", "RUS"), t("AID", "USA", "ISR")]
    cells = type_confusion(gold, system)
    assert cells == {("ACCUSE", "ACCUSE"): 1, ("THREATEN", "ASSAULT"): 1, (NONE, "AID"): 1}


def test_confusion_prefers_pairing_tuples_that_share_participants():
    gold = [t("THREATEN", "RUS", "UKR")]
    system = [t("AID", "USA", "ISR"), t("ASSAULT", "RUS", "UKR")]
    assert type_confusion(gold, system) == {("THREATEN", "ASSAULT"): 1, (NONE, "AID"): 1}


def test_confusion_marks_missed_gold_with_none():
    assert type_confusion([t("AID", "USA", "ISR")], []) == {("AID", NONE): 1}


# Gold actor codes ---------------------------------------------------------------------------


ALIASES = {"IGOUNO": "UN", "IGOEUREEC": "EU", "---REB": "REB"}


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("USAGOV", "USA"),
        ("SRB", "SRB"),
        ("PSEREBHMSGOV", "PSE"),
        ("IGOUNOMIL", "UN"),
        ("IGOEUREEC", "EU"),
        ("---REB", "REB"),
        ("---", WILDCARD),
        ("---LEG", WILDCARD),
        ("IGOXYZ", "IGOXYZ"),
        ("", None),
        (None, None),
    ],
)
def test_phoenix_actor_codes_compare_on_country_or_nonstate_alias(code, key):
    assert actor_key(code, ALIASES) == key


def test_accord_actor_codes_are_taken_as_written():
    assert actor_key("NATO", ALIASES, phoenix=False) == "NATO"


def test_cameo_table_falls_back_to_the_parent_code(cameo_csv):
    table = load_cameo_table(cameo_csv)
    assert table.lookup("1124").plover_type == "ACCUSE"
    assert table.lookup("1129").code == "112"
    assert table.lookup("0841").plover_type == "RETREAT"
    assert table.lookup("081").plover_type == "CONCEDE"
    assert table.lookup("015").plover_type is None
    assert table.lookup("99") is None


def test_cameo_table_reads_quad_class_as_number_or_name_or_from_the_root(cameo_csv):
    table = load_cameo_table(cameo_csv)
    assert table.lookup("173").quad_class == 4  # written 4
    assert table.lookup("01").quad_class == 1  # written verbal_cooperation
    assert table.lookup("12").quad_class == 3  # left empty: root 12 is verbal conflict


# Entities ---------------------------------------------------------------------------------


def s(start: int, end: int, label: str = "person") -> SpanLabel:
    return SpanLabel(start, end, label)


def test_exact_span_match_needs_same_offsets_and_class():
    gold = [s(0, 10), s(20, 30, "organisation/state")]
    system = [s(0, 10), s(20, 30, "person")]
    assert score_spans_exact(gold, system) == Score(1, 1, 1)


def test_lenient_span_match_accepts_any_overlap_of_the_same_class():
    gold = [s(0, 26)]  # "Iraqi President Fuad Masum"
    assert score_spans_lenient(gold, [s(16, 26)]) == Score(1, 0, 0)
    assert score_spans_lenient(gold, [s(26, 30)]) == Score(0, 1, 1)  # touching is not overlapping


def test_lenient_span_match_is_one_to_one():
    assert score_spans_lenient([s(0, 30)], [s(0, 5), s(10, 15)]) == Score(1, 1, 0)


def test_system_span_on_a_neutral_gold_span_is_not_counted():
    gold = [s(0, 5, "organisation/state")]
    neutral = [s(10, 15, "Location")]
    kept, dropped = drop_neutral([s(10, 15, "organisation/state"), s(0, 5, "organisation/state")], gold, neutral)
    assert kept == [s(0, 5, "organisation/state")]
    assert dropped == [s(10, 15, "organisation/state")]


# Defence records --------------------------------------------------------------------------


def test_records_match_on_parties_as_sets_and_on_status():
    gold = [{"parties": ["SRB", "HUN"], "status": "signed"}]
    assert score_records("agreements", gold, [{"parties": ["HUN", "SRB"], "status": "signed"}]).tp == 1
    assert score_records("agreements", gold, [{"parties": ["HUN", "SRB"], "status": "ratified"}]).tp == 0


def test_records_without_status_match_on_the_parties_alone():
    gold = [{"supplier": ["FRA"], "recipient": ["SRB"], "status": "ordered"}]
    system = [{"supplier": ["FRA"], "recipient": ["SRB"], "status": "delivered"}]
    assert score_records("arms_transfers", gold, system, with_status=False) == Score(1, 0, 0)
    swapped = [{"supplier": ["SRB"], "recipient": ["FRA"], "status": "ordered"}]
    assert score_records("arms_transfers", gold, swapped, with_status=False) == Score(0, 1, 1)


# Armed groups against Phoenix-keyed gold ---------------------------------------------------


def _rebels_event(fakes, groups):
    import dataclasses

    event = fakes.event("REQUEST", ["USA"], ["REB"])
    return expand_event(dataclasses.replace(event, actor_ids=("a1",), recipient_ids=("a2",)), groups)


def test_a_rebel_group_with_a_country_matches_that_country_in_phoenix_gold(fakes):
    system = _rebels_event(fakes, {"a2": "PSE"})
    assert score_type_direction([t("REQUEST", "USA", "PSE", phoenix=True)], system).tp == 1
    assert score_type_states([t("REQUEST", "PSE", "USA", phoenix=True)], system).tp == 1


def test_the_rebel_bridge_holds_only_for_phoenix_gold_and_a_known_country(fakes):
    assert score_type_direction([t("REQUEST", "USA", "PSE")], _rebels_event(fakes, {"a2": "PSE"})).tp == 0
    assert score_type_direction([t("REQUEST", "USA", "PSE", phoenix=True)], _rebels_event(fakes, {})).tp == 0
    assert score_type_direction([t("REQUEST", "USA", "SYR", phoenix=True)], _rebels_event(fakes, {"a2": "PSE"})).tp == 0


def test_a_rebel_code_still_matches_a_rebel_key(fakes):
    assert score_type_direction([t("REQUEST", "USA", "REB", phoenix=True)], _rebels_event(fakes, {"a2": "PSE"})).tp == 1
