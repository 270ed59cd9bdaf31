"""Towns the gazetteers do not list, found by the geocoder where the text writes them as places
(issue 8): after a place preposition, after a settlement noun's "of" ("near the town of X"), and
also where spaCy's small model labels the town a people or a body. A place locates an event and
names no actor of its own."""

from accord.actors.resolve import resolve_actors


def _places(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return {doc[m.start : m.end].text: m.code for m in index.mentions if m.is_place}


def _actors(pipeline, text):
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer)
    return [a.name for a in actors]


def test_a_settlement_nouns_name_is_a_place(pipeline):
    assert _places(pipeline, "A roadside bomb exploded near the town of Samarra on Sunday.").get("Samarra") == "IRQ"
    assert _places(pipeline, "Police fired tear gas in the city of Florence.").get("Florence") == "ITA"
    # A province the region tables list (round 17) is a place of its state too.
    assert _places(pipeline, "Gunmen in the province of Helmand fired on a patrol.").get("Helmand") == "AFG"


def test_a_town_the_small_model_takes_for_a_people_is_still_a_place(pipeline):
    # spaCy labels this town NORP; the preposition and the geocoder make it a place.
    assert _places(pipeline, "A roadside bomb exploded near Samarra on Sunday.").get("Samarra") == "IRQ"


def test_a_place_names_no_actor(pipeline):
    assert not any("Samarra" in name or name == "Iraq" for name in _actors(pipeline, "A roadside bomb exploded near the town of Samarra."))


def test_a_word_after_a_place_preposition_that_no_gazetteer_knows_is_no_place(pipeline):
    assert _places(pipeline, "He studied at Harvard before joining the army.") == {}
    assert _places(pipeline, "Militants in Druze villages attacked the army.") == {}


def test_of_after_a_noun_that_names_no_settlement_makes_no_place(pipeline):
    assert _places(pipeline, "The history of Samarra fills a book.").get("Samarra") is None


def test_a_mayors_town_is_a_place_and_gives_the_mayor_its_state(pipeline):
    doc = pipeline.nlp("Serbia's president met the mayor of Subotica, Stevan Bakic, on Tuesday.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    codes = {doc[m.start : m.end].text: m.code for m in index.mentions}
    assert codes.get("Stevan Bakic") == "SRB"
    assert "Subotica" not in codes or codes["Subotica"] == "SRB"


def test_a_town_the_small_model_takes_for_a_person_counts_only_in_a_state_the_text_names(pipeline):
    # The small model labels this town PERSON here.
    assert _places(pipeline, "Hungary's minister visited Novi Sad.") == {}
    assert _places(pipeline, "Serbia's minister visited Novi Sad.") == {"Novi Sad": "SRB"}


def test_a_name_that_is_only_another_towns_alternate_name_counts_only_in_a_named_state(pipeline):
    # "Horgos" is a Serbian village too small for the gazetteer, and an alternate name of a Chinese city.
    places = _places(pipeline, "Serbian and Hungarian ministers inspected the border fence near Horgos.")
    assert "CHN" not in places.values()


def test_an_unattributed_attack_near_a_town_is_coded_from_the_towns_state(pipeline):
    from accord.records import Article

    extraction = pipeline.extract(Article(id="a", text="A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier.", published="2024-05-01"))
    assert [(e.type, e.actor, e.recipient) for e in extraction.events] == [("ASSAULT", ("IRQ",), ("USA",))]
