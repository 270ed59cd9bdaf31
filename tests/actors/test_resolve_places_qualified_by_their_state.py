"""A town written with its state after a comma ("<TOWN>, <State> (Agency) -", "in <Town>, <State>")
lies in that state: the written state beats the geocoder's guess of a namesake town abroad, and
gives a town the geocoder does not know its state. A capital keeps its own state, and a
comma followed by a date or by no state gives nothing."""

from accord.actors.resolve import resolve_actors


def _places(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return {doc[m.start : m.end].text: m.code for m in index.mentions if m.form == "place"}


def test_an_unknown_dateline_town_takes_the_state_written_after_it(pipeline):
    places = _places(pipeline, "KORVENKYLA, Finland (Reuters) — Swedish and Finnish troops began the drill on Monday.")
    assert places.get("KORVENKYLA") == "FIN"


def test_a_town_in_the_text_takes_the_state_written_after_it(pipeline):
    places = _places(pipeline, "French troops will join the battalion stationed in Rakvere, Estonia, next month.")
    assert places.get("Rakvere") == "EST"


def test_a_capital_keeps_its_own_state(pipeline):
    # near miss: "ISLAMABAD, March 11" has no state after the comma; the capital is Pakistan's
    doc = pipeline.nlp("ISLAMABAD, March 11 (APP) - China delivered four more frigates.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    assert {doc[m.start : m.end].text: m.code for m in index.mentions}.get("ISLAMABAD") == "PAK"


def test_a_state_named_later_in_the_sentence_does_not_place_the_town(pipeline):
    # near miss: only a state's name right after the comma qualifies the town, not a later adjective
    places = _places(pipeline, "KORVENKYLA (YLE) - The battalion will be joined in August by Danish troops, Finland said.")
    assert places.get("KORVENKYLA") is None
