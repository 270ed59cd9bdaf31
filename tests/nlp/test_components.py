"""accord's spaCy components: sentence starts the parser should not have to guess."""

from accord.nlp.components import ParagraphBoundaries, read_dateline_separators


def _starts(pipeline, text):
    doc = pipeline.nlp(text)
    return [s.text.strip() for s in doc.sents]


def test_a_line_break_always_starts_a_sentence(pipeline):
    sentences = _starts(pipeline, '"We will respond," he said\nThe ministry declined to comment.')
    assert sentences[-1] == "The ministry declined to comment."


def test_a_wire_dateline_is_cut_from_the_sentence_it_opens(pipeline):
    doc = pipeline.nlp("BELGRADE, March 4 (Reuters) - Serbia signed the deal on Monday.")
    serbia = next(t for t in doc if t.text == "Serbia")
    assert serbia.is_sent_start


def test_a_capitalised_first_word_that_opens_no_dateline_starts_nothing(pipeline):
    doc = pipeline.nlp("NATO said on Monday that allies - all of them - agreed.")
    assert not any(t.is_sent_start for t in doc[1:] if t.text == "all")


def test_the_component_returns_the_doc_it_was_given(pipeline):
    doc = pipeline.nlp.make_doc("Text\nMore text.")
    assert ParagraphBoundaries(read_dateline_separators())(doc) is doc and doc[2].is_sent_start


def test_the_dateline_separators_are_read_from_data_once_per_pipeline(pipeline):
    separators = pipeline.nlp.get_pipe("accord_paragraphs").dateline_separators
    assert separators == read_dateline_separators() == frozenset({"-", "--", "—", "–", ":"})
    # the actor resolver reads a dateline's credit by the same list, the one the component read
    assert pipeline.gazetteer.dateline_separators is separators


def test_a_dateline_closed_by_another_mark_starts_nothing(pipeline):
    doc = pipeline.nlp.make_doc("BELGRADE, March 4 (Reuters) - Serbia signed the deal on Monday.")
    ParagraphBoundaries(frozenset({":"}))(doc)
    assert not any(t.is_sent_start for t in doc[1:])
