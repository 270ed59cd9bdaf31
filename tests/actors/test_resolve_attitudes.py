"""States named by an attitude ("anti-X", "pro-X") stay out of the ordinary lookups of the
mention index and are read only through its attitude accessors."""

from accord.actors.resolve import resolve_actors


def test_an_attitude_state_is_kept_apart_from_the_ordinary_mentions(pipeline):
    doc = pipeline.nlp("The EU imposed new anti-Russia sanctions on Monday.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    russia = next(t.i for t in doc if t.text == "Russia")
    assert index.at(russia) is None
    assert all(m.code != "RUS" for m in index.mentions + index.in_range(0, len(doc)))
    assert [m.code for m in index.attitudes_in_range(0, len(doc))] == ["RUS"]
    assert index.attitudes_in_range(0, russia) == []


def test_pro_a_state_is_an_attitude_too(pipeline):
    doc = pipeline.nlp("Pro-Moscow separatists shelled a Ukrainian checkpoint.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    assert [m.code for m in index.attitudes] == ["RUS"]
    assert all(m.code != "RUS" for m in index.mentions)


def test_a_text_with_no_attitude_has_none(pipeline):
    doc = pipeline.nlp("Germany sent anti-tank weapons to Ukraine.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    assert index.attitudes == []
