"""The one reading of a condition told by inversion, shared by the transfer and alliance rules:
an auxiliary put before its subject ("Had the deal gone ahead", "Should X be admitted", "Were X
to quit"), but not after a negative adverb ("No sooner had X joined"). Hand-built parses of the
clause alone (the caller decides it is fronted)."""

from __future__ import annotations

from handparse import hand_parse

from accord.defence import grammar


def test_an_auxiliary_before_the_subject_tells_a_condition(rules):
    # "Had the contract been signed"
    parsed = hand_parse(
        [
            ("Had", 4, "aux", "AUX", "have", "VBD"),
            ("the", 2, "det", "DET", "the"),
            ("contract", 4, "nsubjpass", "NOUN", "contract"),
            ("been", 4, "auxpass", "AUX", "be", "VBN"),
            ("signed", 4, "ROOT", "VERB", "sign", "VBN"),
        ]
    )
    assert grammar.inverted_condition(parsed["signed"], rules.grammar)


def test_the_clauses_own_verb_of_being_can_be_the_auxiliary(rules):
    # "Were Chile to quit the CSTO"
    parsed = hand_parse(
        [
            ("Were", 0, "ROOT", "AUX", "be", "VBD"),
            ("Chile", 0, "nsubj", "PROPN", "chile"),
            ("to", 3, "aux", "PART", "to"),
            ("quit", 0, "xcomp", "VERB", "quit", "VB"),
            ("the", 5, "det", "DET", "the"),
            ("CSTO", 3, "dobj", "PROPN", "csto"),
        ],
        states={1: "CHL"},
    )
    assert grammar.inverted_condition(parsed["Were"], rules.grammar)


def test_a_subject_hung_on_the_fronted_auxiliary_is_the_clauses(rules):
    # "Should Chile enter the CSTO", the subject parsed under "Should"
    parsed = hand_parse(
        [
            ("Should", 2, "aux", "AUX", "should", "MD"),
            ("Chile", 0, "nsubj", "PROPN", "chile"),
            ("enter", 2, "ROOT", "VERB", "enter", "VB"),
            ("the", 4, "det", "DET", "the"),
            ("CSTO", 2, "dobj", "PROPN", "csto"),
        ]
    )
    assert grammar.inverted_condition(parsed["enter"], rules.grammar)


def test_a_negative_adverb_before_the_auxiliary_inverts_a_statement(rules):
    # "No sooner had Finland joined NATO"
    parsed = hand_parse(
        [
            ("No", 1, "neg", "ADV", "no"),
            ("sooner", 4, "advmod", "ADV", "soon", "RBR"),
            ("had", 4, "aux", "AUX", "have", "VBD"),
            ("Finland", 4, "nsubj", "PROPN", "finland"),
            ("joined", 4, "ROOT", "VERB", "join", "VBN"),
            ("NATO", 4, "dobj", "PROPN", "nato"),
        ]
    )
    assert not grammar.inverted_condition(parsed["joined"], rules.grammar)


def test_an_auxiliary_after_its_subject_tells_no_condition(rules):
    # "the contract had been signed"
    parsed = hand_parse(
        [
            ("the", 1, "det", "DET", "the"),
            ("contract", 4, "nsubjpass", "NOUN", "contract"),
            ("had", 4, "aux", "AUX", "have", "VBD"),
            ("been", 4, "auxpass", "AUX", "be", "VBN"),
            ("signed", 4, "ROOT", "VERB", "sign", "VBN"),
        ]
    )
    assert not grammar.inverted_condition(parsed["signed"], rules.grammar)


def test_another_auxiliary_before_the_subject_tells_no_condition(rules):
    # "Would the contract be signed" (a question, not a condition)
    parsed = hand_parse(
        [
            ("Would", 4, "aux", "AUX", "would", "MD"),
            ("the", 2, "det", "DET", "the"),
            ("contract", 4, "nsubjpass", "NOUN", "contract"),
            ("be", 4, "auxpass", "AUX", "be", "VB"),
            ("signed", 4, "ROOT", "VERB", "sign", "VBN"),
        ]
    )
    assert not grammar.inverted_condition(parsed["signed"], rules.grammar)
