"""Two readings of wire copy: the agency credited in a dateline filed the story and is no party
to it; an acronym a text defines in brackets after a body it has resolved names that body, not
the gazetteer's body of the same letters."""

from accord.actors.resolve import resolve_actors


def _resolve(pipeline, text):
    doc = pipeline.nlp(text)
    actors, index = resolve_actors(doc, pipeline.gazetteer)
    return doc, actors, index


def _indexed_texts(doc, index):
    return {doc[m.start : m.end].text: m for m in index.mentions}


def test_a_bracketed_dateline_credit_is_no_party(pipeline):
    doc, actors, index = _resolve(pipeline, "NAIROBI, May 3 (Reuters) - Kenya and Uganda agreed to hold joint border patrols.")
    assert "Reuters" not in _indexed_texts(doc, index)
    assert any(a.name == "Reuters" or "Reuters" in [m.text for m in a.mentions] for a in actors)


def test_a_credit_between_comma_and_dash_is_no_party(pipeline):
    doc, _, index = _resolve(pipeline, "Tehran, May 3, IRNA -- Iran and Oman signed a maritime security memorandum.")
    assert "IRNA" not in _indexed_texts(doc, index)


def test_an_agency_reporting_in_the_story_stays_indexed(pipeline):
    # near miss: an agency named in the body is an actor the events layer may read
    doc, _, index = _resolve(pipeline, "Kenya and Uganda agreed to hold joint border patrols, Reuters reported.")
    assert "Reuters" in _indexed_texts(doc, index)


def test_a_bracketed_acronym_names_the_resolved_body_before_it(pipeline):
    doc, _, index = _resolve(pipeline, "The Armed Forces of the Philippines (AFP) will drill with Japan, an AFP spokesman said.")
    codes = {m.code for m in index.mentions if doc[m.start : m.end].text == "AFP"}
    assert codes == {"PHL"}


def test_a_gazetteer_acronym_without_a_bracketed_definition_keeps_its_body(pipeline):
    # near miss: with no definition in the text, AFP is still the news agency
    doc, _, index = _resolve(pipeline, "The Philippine army will drill with Japan, AFP reported.")
    codes = {m.code for m in index.mentions if doc[m.start : m.end].text == "AFP"}
    assert "PHL" not in codes
