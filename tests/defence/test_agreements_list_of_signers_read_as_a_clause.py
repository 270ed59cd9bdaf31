"""After a long list of states the parser may read the signing verb as a clause on the list's first
state ("Ghana, Togo and Benin signed the treaty" with "signed" an ``acl`` of "Ghana"); a verb with
an object is active, so the list is its subject and every state in it a party. A participle with
no object on a state ("Ghana, backed by Togo, ...") names no signer. Hand-built parses fix the
misreading whatever the model makes of the sentence."""

from __future__ import annotations

from handparse import hand_parse

from accord.defence.agreements import finish_agreements

# "Ghana , Togo and Benin signed the defence treaty ." with "signed" read as a clause on "Ghana"
LIST_READ_AS_CLAUSE = [
    ("Ghana", 0, "ROOT", "PROPN", "ghana", "NNP"),
    (",", 0, "punct", "PUNCT", ",", ","),
    ("Togo", 0, "conj", "PROPN", "togo", "NNP"),
    ("and", 2, "cc", "CCONJ", "and", "CC"),
    ("Benin", 2, "conj", "PROPN", "benin", "NNP"),
    ("signed", 0, "acl", "VERB", "sign", "VBD"),
    ("the", 8, "det", "DET", "the", "DT"),
    ("defence", 8, "compound", "NOUN", "defence", "NN"),
    ("treaty", 5, "dobj", "NOUN", "treaty", "NN"),
    (".", 0, "punct", "PUNCT", ".", "."),
]


def test_a_signing_verb_read_as_a_clause_on_the_list_takes_the_list_as_signers(agreements, dates):
    parsed = hand_parse(LIST_READ_AS_CLAUSE, states={0: "GHA", 2: "TGO", 4: "BEN"})
    drafts = []
    agreements.add(parsed.sent, parsed.index, dates, drafts, parsed.by_token)
    (agreement,) = finish_agreements(drafts)
    assert (agreement.parties, agreement.status) == (("BEN", "GHA", "TGO"), "signed")


def test_a_participle_without_object_on_a_state_names_no_signer(extract_text):
    assert [(a.parties, a.status) for a in extract_text("Ghana, backed by Togo, welcomed the defence treaty.").agreements] == []
