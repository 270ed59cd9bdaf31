"""One reading of an article's dateline, shared by the stages: ``MentionIndex.dateline()`` gives
the place that opens the story, its state, the mark after it and whether it is written in
capitals; the home state (``home_country``) is the same reading's state (sentences written for
these tests)."""

from accord.actors.resolve import resolve_actors


def _index(pipeline, text):
    return resolve_actors(pipeline.nlp(text), pipeline.gazetteer)[1]


def test_a_wire_dateline_in_capitals_opens_the_text(pipeline):
    index = _index(pipeline, "VILNIUS, March 3 (BNS) - The navy commissioned two minehunters on Tuesday.")
    dateline = index.dateline()
    assert (dateline.place.country, dateline.mark, dateline.capitals, dateline.opens_text) == ("LTU", ",", True, True)
    assert index.home_country() == "LTU"


def test_a_double_dash_dateline_is_read(pipeline):
    index = _index(pipeline, "ATHENS -- Some 400 sailors are stationed here under the accord.")
    dateline = index.dateline()
    assert (dateline.place.country, dateline.mark, dateline.opens_text) == ("GRC", "--", True)
    assert index.home_country() is None  # the home state is not read from a "--" dateline (yet)


def test_a_dateline_after_a_headline_does_not_open_the_text(pipeline):
    index = _index(pipeline, "Navy gets new patrol boats\nNAIROBI – The Kenyan navy took delivery of two patrol boats.")
    dateline = index.dateline()
    assert (dateline.place.country, dateline.capitals, dateline.opens_text) == ("KEN", True, False)


def test_a_state_named_mid_sentence_is_no_dateline(pipeline):
    index = _index(pipeline, "The navy said on Monday that Peru, Chile and Ecuador would hold a joint drill.")
    assert index.dateline() is None


def test_the_index_reads_the_dateline_by_the_resolvers_loaded_words(pipeline):
    # the marks come from the gazetteer's words, loaded once per pipeline, not from a second load
    index = _index(pipeline, "ATHENS -- Some 400 sailors are stationed here under the accord.")
    assert index._resolver_words() is pipeline.gazetteer.words
