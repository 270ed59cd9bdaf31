"""Loading the spaCy pipeline: accord's components added, a clear error when no model exists."""

import pytest

from accord.errors import ModelError
from accord.nlp.model import load_model


def test_the_loaded_pipeline_marks_paragraphs_before_parsing(pipeline):
    names = pipeline.nlp.pipe_names
    assert names.index("accord_paragraphs") < names.index("parser")


def test_hyphenated_verbs_stay_one_token(pipeline):
    assert "test-fired" in [t.text for t in pipeline.nlp("North Korea test-fired a missile.")]


def test_a_dotted_abbreviation_splits_from_a_hyphenated_word_as_its_undotted_form_does(pipeline):
    dotted = [t.text for t in pipeline.nlp.make_doc("U.K.-backed rebels and U.S.-led troops")]
    assert dotted == ["U.K.", "-", "backed", "rebels", "and", "U.S.", "-", "led", "troops"]


def test_a_missing_model_is_one_clear_error():
    with pytest.raises(ModelError, match="not installed"):
        load_model("no_such_model_xyz")


def test_a_dotted_abbreviation_splits_from_a_hyphenated_name_as_its_undotted_form_does(pipeline):
    tokens = [t.text for t in pipeline.nlp.make_doc("the U.K.-Sweden pact and U.S.-Peru-Chile talks")]
    assert tokens == ["the", "U.K.", "-", "Sweden", "pact", "and", "U.S.", "-", "Peru", "-", "Chile", "talks"]


@pytest.mark.parametrize(
    "word",
    ["F-16", "BTR-80A", "Su-35", "Jan.-Feb", "e.g.-style"],
)
def test_a_hyphen_not_after_a_dotted_capital_keeps_the_tokenizer_s_own_handling(pipeline, word):
    from spacy.lang.en import English

    plain = English().tokenizer
    assert [t.text for t in pipeline.nlp.make_doc(word)] == [t.text for t in plain(word)]


def test_both_states_of_an_abbreviated_hyphenated_pair_are_actors(extract_text):
    extraction = extract_text("The U.K.-Sweden talks opened in Oslo on Tuesday.")
    assert {"GBR", "SWE"} <= {a.code for a in extraction.actors}
