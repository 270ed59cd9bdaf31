"""An agreement noun after "with" that has a participle of its own ("With the pact ceasing to
bind them, the boats quit the zone") is an absolute clause: the main verb does nothing to the
agreement (its leaving verb is no withdrawal), and an ended pact so told gives no record. A pact
withdrawn from, or one an act is done under, keeps its stage. Hand-built parses fix the
reading whatever the model makes of the sentence; the rest invented."""

from __future__ import annotations

from handparse import hand_parse

from accord.defence.agreements import finish_agreements

# "With the expired Lima pact ceasing to bind them , Chilean boats quit Ecuador 's waters ."
ABSOLUTE = [
    ("With", 12, "prep", "ADP", "with", "IN"),
    ("the", 4, "det", "DET", "the", "DT"),
    ("expired", 4, "amod", "VERB", "expire", "VBN"),
    ("Lima", 4, "compound", "PROPN", "lima", "NNP"),
    ("pact", 0, "pobj", "NOUN", "pact", "NN"),
    ("ceasing", 4, "acl", "VERB", "cease", "VBG"),
    ("to", 7, "aux", "PART", "to", "TO"),
    ("bind", 5, "xcomp", "VERB", "bind", "VB"),
    ("them", 7, "dobj", "PRON", "they", "PRP"),
    (",", 12, "punct", "PUNCT", ",", ","),
    ("Chilean", 11, "amod", "ADJ", "chilean", "JJ"),
    ("boats", 12, "nsubj", "NOUN", "boat", "NNS"),
    ("quit", 12, "ROOT", "VERB", "quit", "VBD"),
    ("Ecuador", 15, "poss", "PROPN", "ecuador", "NNP"),
    ("'s", 13, "case", "PART", "'s", "POS"),
    ("waters", 12, "dobj", "NOUN", "water", "NNS"),
    (".", 12, "punct", "PUNCT", ".", "."),
]


def test_the_main_verb_does_nothing_to_an_agreement_in_an_absolute_with_clause(agreements, dates):
    parsed = hand_parse(ABSOLUTE, states={3: "PER", 10: "CHL", 13: "ECU"})
    drafts = []
    agreements.add(parsed.sent, parsed.index, dates, drafts, parsed.by_token)
    assert finish_agreements(drafts) == []
    assert agreements.reads_no_agreement(parsed["pact"])


def test_a_pact_withdrawn_from_is_terminated(extract_text):
    text = "With the truce no longer holding, Peruvian troops withdrew from the pact with Ecuador."
    assert [(a.parties, a.status) for a in extract_text(text).agreements] == [(("ECU", "PER"), "terminated")]


def test_an_act_under_a_pact_still_shows_it_in_force(extract_text):
    text = "Peruvian troops left the zone under an accord with Chile."
    assert [(a.parties, a.status) for a in extract_text(text).agreements] == [(("CHL", "PER"), "in_force")]
