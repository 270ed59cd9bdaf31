"""Line breaks inside a sentence: the model reads them as spaces, the evidence keeps them."""

from accord.nlp.lines import SOURCE_TEXT_KEY, doc_text, source_text, unwrap_lines
from accord.records import Article


def test_a_break_before_a_lower_case_word_becomes_a_space():
    text = "The minister said the navy-led\ntask force would sail on Monday."
    assert unwrap_lines(text) == "The minister said the navy-led task force would sail on Monday."


def test_a_break_after_a_comma_becomes_a_space_whatever_follows():
    assert unwrap_lines("Officials in Lima,\nQuito and Bogota agreed.") == "Officials in Lima, Quito and Bogota agreed."


def test_the_unwrapped_text_keeps_every_offset():
    text = "Forces of the two states\n  trained together,\nthe army said.\n\nA second paragraph."
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, unwrapped)) if a != b] == [24, 44]


def test_paragraph_ends_blank_lines_headings_and_list_items_keep_their_breaks():
    text = (
        "Talks End Without A Deal\n"
        "The two delegations left the capital on Friday.\n"
        "\n"
        "The ministry listed its demands:\n"
        "- a ceasefire\n"
        "- a prisoner exchange"
    )
    assert unwrap_lines(text) == text


def test_a_text_without_breaks_is_returned_as_it_is():
    text = "No line breaks here."
    assert unwrap_lines(text) is text


def test_source_text_is_the_docs_own_text_unless_the_pipeline_recorded_another(pipeline):
    doc = pipeline.nlp.make_doc("Plain text.")
    assert source_text(doc) == "Plain text."
    doc.user_data["accord.source_text"] = "Plain\ntext."
    assert source_text(doc) == "Plain\ntext."


def test_a_sentence_broken_across_lines_is_parsed_whole_and_quoted_as_written(pipeline):
    text = "Chile and Peru\nsigned a defence cooperation agreement in Lima on Monday, the two\ngovernments said."
    extraction = pipeline.extract(Article(id="wrapped", text=text, published="2024-05-07"))
    agreement = next(a for a in extraction.agreements if a.parties == ("CHL", "PER"))
    evidence = agreement.evidence
    assert "\n" in evidence.text and evidence.text == text[evidence.start : evidence.end]
    assert evidence.start == 0 and "governments said." in evidence.text
    for actor in extraction.actors:
        assert all(span.text == text[span.start : span.end] for span in actor.mentions)


def test_a_docs_text_is_built_once_and_given_back(pipeline):
    doc = pipeline.nlp("Troops arrived. Peace held.")
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_a_doc_made_from_a_span_with_the_user_data_reads_its_own_text(pipeline):
    doc = pipeline.nlp("ROME -- Troops arrived.\nPeace held.")
    doc.user_data[SOURCE_TEXT_KEY] = "ROME -- Troops arrived.\nPeace held."
    doc_text(doc)
    part = doc[-3:].as_doc(copy_user_data=True)
    assert doc_text(part) == part.text == "Peace held."
    assert source_text(part) == "Peace held."


def test_the_kept_token_lists_of_a_doc_made_from_a_span_are_its_own(pipeline):
    from accord.nlp.tokens import doc_tokens, token_lowers

    doc = pipeline.nlp("ROME -- Troops arrived.\nPeace held.")
    doc_tokens(doc), token_lowers(doc)
    part = doc[-3:].as_doc(copy_user_data=True)
    assert [t.text for t in doc_tokens(part)] == ["Peace", "held", "."]
    assert all(t.doc is part for t in doc_tokens(part))
    assert token_lowers(part) == ["peace", "held", "."]
