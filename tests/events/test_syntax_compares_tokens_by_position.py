"""The parse walks compare spaCy tokens by position (``==``, ``.i``), never with ``is``: a
Token is a fresh object on every access, so ``head is current`` is always false and a walk
relying on it would not stop where it means to (sentences written for these tests)."""

from accord.events import syntax


def _token(doc, text):
    return next(t for t in doc if t.text == text)


def test_an_infinitive_told_of_an_urged_state_takes_the_urged_state_as_subject(pipeline):
    doc = pipeline.nlp("Norway urged Iceland to recall its trawlers.")
    subject, by_agent = syntax.subject_of(_token(doc, "recall"))
    assert (subject.text, by_agent) == ("Iceland", False)


def test_a_verb_with_its_own_subject_keeps_it(pipeline):
    doc = pipeline.nlp("Chile recalled its ambassador on Friday.")
    subject, _ = syntax.subject_of(_token(doc, "recalled"))
    assert subject.text == "Chile"


def test_a_condition_is_found_through_the_verb_it_complements_and_none_above_a_root(pipeline):
    grammar = pipeline.grammar
    doc = pipeline.nlp("Ghana will retaliate if Togo refuses to withdraw its troops.")
    assert grammar.conditioned_act(_token(doc, "withdraw")).text == "retaliate"
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert grammar.conditioned_act(root) is None
    assert grammar.condition_of(root) == "if"


def test_a_date_whose_own_root_is_a_verb_still_belongs_to_the_clause_above_it(pipeline):
    # Only a verb *between* the date and the trigger closes the clause; the date phrase's own
    # root may be tagged a verb ("the ending week"). Compared with `is`, the walk stopped at
    # that root and lost the date (a hand-built parse, so the tagger cannot move it).
    from spacy.tokens import Doc, Span

    words = ["Peru", "signed", "the", "pact", "ending", "March"]
    doc = Doc(
        pipeline.nlp.vocab,
        words=words,
        heads=[1, 1, 3, 1, 1, 4],
        deps=["nsubj", "ROOT", "det", "dobj", "advcl", "npadvmod"],
        pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "PROPN"],
        sent_starts=[True, False, False, False, False, False],
    )
    doc.ents = [Span(doc, 4, 6, label="DATE")]
    dates = pipeline.grammar.clause_dates(doc[1], doc[0:6])
    assert [ent.text for ent in dates] == ["ending March"]
