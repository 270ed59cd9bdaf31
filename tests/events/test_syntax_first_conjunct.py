"""``first_conjunct``: a coordinated word walks up to the first of its conjuncts, which carries
the phrase's relation; a word in no coordination is its own first conjunct."""

from accord.events.syntax import first_conjunct


def _token(pipeline, text, word):
    doc = pipeline.nlp(text)
    return next(t for t in doc if t.text == word)


def test_the_last_of_three_conjuncts_walks_up_to_the_first(pipeline):
    token = _token(pipeline, "Chile, Peru and Bolivia signed the accord.", "Bolivia")
    assert first_conjunct(token).text == "Chile"
    assert first_conjunct(token).dep_ == "nsubj"


def test_a_word_in_no_coordination_is_its_own_first_conjunct(pipeline):
    token = _token(pipeline, "Chile signed the accord.", "Chile")
    assert first_conjunct(token).i == token.i
