"""What the actor tests read off a resolution: the mentions and actors ``resolve_actors`` gives a
sentence, in the shapes the tests compare. Imported as ``from actor_helpers import ...`` (the test
folders are no packages, so each helper module needs a name of its own, like
``defence_helpers``). ``published`` is the article's date, for office holders as of that day."""

from __future__ import annotations

from accord.actors.resolve import resolve_actors


def mention_codes(pipeline, text, published=None):
    """Each mention's text with its code (the last mention of a text wins)."""
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer, published)
    return {doc[m.start : m.end].text: m.code for m in index.mentions}


def mention_code_pairs(pipeline, text, published=None):
    """(text, code) of each mention, in order."""
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer, published)
    return [(doc[m.start : m.end].text, m.code) for m in index.mentions]


def mentions(pipeline, text, published=None):
    """The mentions themselves, in order."""
    _, index = resolve_actors(pipeline.nlp(text), pipeline.gazetteer, published)
    return index.mentions


def resolved_actors(pipeline, text, published=None):
    """The actors, in order."""
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer, published)
    return actors


def actor_codes_by_mention(pipeline, text, published=None):
    """Each text an actor is mentioned by, with the actor's code."""
    return {span.text: actor.code for actor in resolved_actors(pipeline, text, published) for span in actor.mentions}
