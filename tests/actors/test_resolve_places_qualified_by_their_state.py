"""A town written with its state after a comma ("<TOWN>, <State> (Agency) -", "in <Town>, <State>,")
lies in that state: the written state beats the geocoder's guess of a namesake town abroad, and
gives a town the geocoder does not know its state. A capital keeps its own state; a comma
followed by a date or by no state gives nothing, and neither does a state that opens a list
("in <Town>, <State> and <State>")."""

from accord.actors.resolve import resolve_actors


def _places(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return {doc[m.start : m.end].text: m.code for m in index.mentions if m.form == "place"}


def test_an_unknown_dateline_town_takes_the_state_written_after_it(pipeline):
    places = _places(pipeline, "KORVALDSETH, Norway (NTB) — A fuel depot for visiting aircraft opened on Friday, the air force said.")
    assert places.get("KORVALDSETH") == "NOR"


def test_a_town_in_the_text_takes_the_state_written_after_it(pipeline):
    places = _places(pipeline, "Spare parts for the radar at Rakvere, Estonia, arrived by rail on Tuesday.")
    assert places.get("Rakvere") == "EST"


def test_a_capital_keeps_its_own_state(pipeline):
    # near miss: "KATHMANDU, Oct 2" has no state after the comma; the capital is Nepal's
    doc = pipeline.nlp("KATHMANDU, Oct 2 (RSS) - The army opened a new staff college on Monday.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    assert {doc[m.start : m.end].text: m.code for m in index.mentions}.get("KATHMANDU") == "NPL"


def test_a_state_named_later_in_the_sentence_does_not_place_the_town(pipeline):
    # near miss: only a state's name right after the comma qualifies the town, not a later adjective
    places = _places(pipeline, "KORVALDSETH (NRK) - A storm closed the harbour for two days, Norway's coast guard said.")
    assert places.get("KORVALDSETH") is None


def test_a_state_that_opens_a_list_does_not_place_the_town(pipeline):
    # near miss: "Narva, Latvia and Lithuania" is a list of three places; Narva is not Latvian
    places = _places(pipeline, "Dutch engineers will build shelters in Narva, Latvia and Lithuania this summer.")
    assert places.get("Narva") != "LVA"


def test_a_state_followed_by_another_state_does_not_place_the_town(pipeline):
    # near miss: "Tartu, Latvia, Lithuania and Poland" is a list too
    places = _places(pipeline, "The convoy carried fuel to Tartu, Latvia, Lithuania and Poland over the winter.")
    assert places.get("Tartu") != "LVA"
