"""The grammar of taking states into a body, shared by agreements and alliances: "admit X into
<body>" and the organisation a founding treaty's name stands for. Hand-built parses."""

from __future__ import annotations

from handparse import hand_parse

from accord.defence import grammar


def _admit_sweden_into(body_rows):
    # "to admit Sweden into <body>"
    return hand_parse(
        [
            ("to", 1, "aux", "PART", "to"),
            ("admit", 1, "ROOT", "VERB", "admit", "VB"),
            ("Sweden", 1, "dobj", "PROPN", "sweden"),
            ("into", 1, "prep", "ADP", "into"),
            *body_rows,
        ],
        states={2: "SWE"},
    )


def test_an_admitting_verb_gives_who_is_taken_in_and_the_body(rules):
    parsed = _admit_sweden_into([("NATO", 3, "pobj", "PROPN", "nato")])
    taken, bodies = grammar.admitted_into(parsed["admit"], rules.alliances.admitting_verbs, rules.alliances.admission_prepositions)
    assert taken.text == "Sweden" and [b.text for b in bodies] == ["NATO"]


def test_a_verb_that_admits_no_one_is_no_admission(rules):
    parsed = hand_parse([("admit", 0, "ROOT", "VERB", "admit", "VB"), ("into", 0, "prep", "ADP", "into"), ("NATO", 1, "pobj", "PROPN", "nato")])
    assert grammar.admitted_into(parsed["admit"], rules.alliances.admitting_verbs, rules.alliances.admission_prepositions) is None


def test_another_verb_is_no_admission(rules):
    parsed = hand_parse([("sell", 0, "ROOT", "VERB", "sell", "VB"), ("jets", 0, "dobj", "NOUN", "jet"), ("to", 0, "prep", "ADP", "to"), ("Peru", 2, "pobj", "PROPN", "peru")])
    assert grammar.admitted_into(parsed["sell"], rules.alliances.admitting_verbs, rules.alliances.admission_prepositions) is None


def test_a_founding_treaty_name_stands_for_its_organisation(rules):
    parsed = _admit_sweden_into([("the", 6, "det", "DET", "the"), ("Washington", 6, "compound", "PROPN", "washington"), ("Treaty", 3, "pobj", "PROPN", "treaty")])
    assert grammar.founding_treaty_code(parsed["Treaty"], rules.alliances.founding_treaties, rules.agreements.word_classes["role_participle"], rules.alliances.word_classes["treaty_descriptor"]) == "NATO"


def test_an_unknown_treaty_name_stands_for_nothing(rules):
    parsed = _admit_sweden_into([("the", 6, "det", "DET", "the"), ("Lisbon", 6, "compound", "PROPN", "lisbon"), ("Treaty", 3, "pobj", "PROPN", "treaty")])
    assert grammar.founding_treaty_code(parsed["Treaty"], rules.alliances.founding_treaties, rules.agreements.word_classes["role_participle"], rules.alliances.word_classes["treaty_descriptor"]) is None
