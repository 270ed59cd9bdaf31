"""Compound adjectives of two states ("Franco-British", "Sino-Russian"): the first half is a
combining form of its state's name and names that state as the second half names its own."""

from accord.actors.resolve import resolve_actors


def _states(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return {doc[m.start : m.end].text: m.country for m in index.mentions if m.kind == "state"}


def test_both_halves_of_a_compound_adjective_are_states(pipeline):
    states = _states(pipeline, "The Anglo-Dutch naval exercise was called off because of the storm.")
    assert states.get("Anglo") == "GBR" and states.get("Dutch") == "NLD"


def test_a_combining_form_before_a_state_name(pipeline):
    states = _states(pipeline, "Officials praised the Sino-Pakistan corridor on Tuesday.")
    assert states.get("Sino") == "CHN"


def test_a_combining_form_before_a_region_is_no_state(pipeline):
    # near miss: "Indo-Pacific" names an ocean region, not India
    states = _states(pipeline, "Japan and Canada will deepen their Indo-Pacific cooperation.")
    assert "Indo" not in states and "IND" not in states.values()


def test_a_combining_form_alone_is_no_state(pipeline):
    # near miss: with no state after the hyphen the word stays a word
    states = _states(pipeline, "The Franco era ended in 1975.")
    assert "FRA" not in states.values()
