"""Two leaders named side by side before a signing verb ("Prime Minister A and Chancellor B
signed ...") sign for their two states, however the parser breaks the names up (one name read
as a modifier of the other, or as an object); leaders named in a phrase of time or place before
the verb, or in words that hold a verb of their own, add no side."""

from defence_helpers import agreements_joined
from handparse import hand_parse

from accord.actors.resolve import Mention, MentionIndex
from accord.defence.agreements import finish_agreements

# "Prime Minister Ana Lind and Chancellor Karl Berg signed a treaty on Thursday .", parsed as the
# model often parses such names: the first leader a modifier of the second, the second the subject
BROKEN_NAMES = [
    ("Prime", 1, "compound", "PROPN", "prime", "NNP"),
    ("Minister", 3, "compound", "PROPN", "minister", "NNP"),
    ("Ana", 3, "compound", "PROPN", "ana", "NNP"),
    ("Lind", 7, "nmod", "PROPN", "lind", "NNP"),
    ("and", 3, "cc", "CCONJ", "and", "CC"),
    ("Chancellor", 3, "conj", "PROPN", "chancellor", "NNP"),
    ("Karl", 7, "compound", "PROPN", "karl", "NNP"),
    ("Berg", 8, "nsubj", "PROPN", "berg", "NNP"),
    ("signed", 8, "ROOT", "VERB", "sign", "VBD"),
    ("a", 10, "det", "DET", "a", "DT"),
    ("treaty", 8, "dobj", "NOUN", "treaty", "NN"),
    ("on", 8, "prep", "ADP", "on", "IN"),
    ("Thursday", 11, "pobj", "PROPN", "thursday", "NNP"),
    (".", 8, "punct", "PUNCT", ".", "."),
]

# "After talks with President Ana Lind , Chancellor Karl Berg signed a treaty ."
LEADER_MET_BEFORE = [
    ("After", 8, "prep", "ADP", "after", "IN"),
    ("talks", 0, "pobj", "NOUN", "talk", "NNS"),
    ("with", 1, "prep", "ADP", "with", "IN"),
    ("President", 4, "compound", "PROPN", "president", "NNP"),
    ("Ana", 5, "compound", "PROPN", "ana", "NNP"),
    ("Lind", 2, "pobj", "PROPN", "lind", "NNP"),
    (",", 8, "punct", "PUNCT", ",", ","),
    ("Chancellor", 7, "compound", "PROPN", "chancellor", "NNP"),
    ("Berg", 8, "nsubj", "PROPN", "berg", "NNP"),
    ("signed", 8, "ROOT", "VERB", "sign", "VBD"),
    ("a", 10, "det", "DET", "a", "DT"),
    ("treaty", 8, "dobj", "NOUN", "treaty", "NN"),
    (".", 8, "punct", "PUNCT", ".", "."),
]


def _person(start, end, name, country):
    return Mention(start, end, f"person:{name}", "person", country, "person", actor_id=name)


def _signed(agreements, dates, rows, people):
    parsed = hand_parse(rows)
    index = MentionIndex(parsed.doc, people)
    drafts = []
    agreements.add(parsed.sent, index, dates, drafts, {})
    return [(a.parties, a.status) for a in finish_agreements(drafts)]


def test_two_leaders_whose_names_the_parser_broke_sign_for_their_two_states(agreements, dates):
    people = [_person(2, 4, "ana lind", "NOR"), _person(6, 8, "karl berg", "DNK")]
    assert _signed(agreements, dates, BROKEN_NAMES, people) == [(("DNK", "NOR"), "signed")]


def test_a_leader_met_before_the_signing_is_no_side(agreements, dates):
    people = [_person(4, 6, "ana lind", "NOR"), _person(8, 9, "karl berg", "DNK")]
    assert _signed(agreements, dates, LEADER_MET_BEFORE, people) == []


def test_a_president_and_his_counterpart_sign_for_their_two_states(extract_text):
    text = "President Ruto and his Tanzanian counterpart Samia Suluhu Hassan signed a defence pact in Arusha on Monday."
    assert agreements_joined(extract_text, text) == [("KEN,TZA", "signed")]
