"""Round 17 (issue 8): regions and provinces that news names without their state.

The geocoder knows, besides GeoNames' cities and the US states, the provinces and regions of
the Phoenix country dictionary (``phoenix_places.csv``, converted by
``scripts/convert_phoenix_places.py``) and a few of accord's own (``regions.csv``). A group
named by such a region is that region's state's, as a group named by a town or by a state's
adjective is; a region two states claim places nothing."""

from accord.actors.resolve import resolve_actors


def _codes(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return {doc[m.start : m.end].text: m.code for m in index.mentions}


def _places(pipeline, text):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    return {doc[m.start : m.end].text: m.code for m in index.mentions if m.is_place}


def test_the_geocoder_knows_regions_without_their_state(pipeline):
    geocoder = pipeline.gazetteer.geocoder
    for name, state in (("Darfur", "SDN"), ("Kordofan", "SDN"), ("Donbas", "UKR"), ("Tigray", "ETH"), ("Cabo Delgado", "MOZ"), ("Helmand", "AFG")):
        place = geocoder.geocode(name)
        assert place is not None and place.country == state, name
        assert place.feature in ("region", "city"), name


def test_a_region_two_states_claim_is_not_placed(pipeline):
    geocoder = pipeline.gazetteer.geocoder
    for name in ("Kashmir", "Golan Heights", "Crimea", "Western Sahara"):
        place = geocoder.geocode(name)
        assert place is None or place.feature == "country", name


def test_a_misspelt_state_stays_the_state_and_is_no_region(pipeline):
    place = pipeline.gazetteer.geocoder.geocode("Afganistan")
    assert place is None or place.feature == "country"
    assert _codes(pipeline, "Afganistan rejected the Pakistani plan.").get("Afganistan") == "AFG"


def test_a_group_named_by_a_region_takes_the_regions_state(pipeline):
    for text, noun, state in (
        ("Darfur militants raided a police post near the border.", "militants", "SDN"),
        ("Kordofan insurgents raided a police post.", "insurgents", "SDN"),
        ("Tigray rebels raided a police post.", "rebels", "ETH"),
        ("Amhara militias clashed with federal troops.", "militias", "ETH"),
    ):
        assert _codes(pipeline, text).get(noun) == state, text


def test_a_group_named_by_a_region_keeps_its_state_against_a_foreign_victim(pipeline):
    codes = _codes(pipeline, "Darfur rebels shelled a Chadian border post.")
    assert codes.get("rebels") == "SDN"
    assert "TCD" in codes.values()


def test_a_group_named_by_an_unknown_name_or_an_organisation_is_not_placed(pipeline):
    assert _codes(pipeline, "Karvistan rebels raided a police post.").get("rebels") == "REB"
    assert "REB" in _codes(pipeline, "Hamas militants fired rockets at Israel.").values()
    assert "ISR" in _codes(pipeline, "Hamas militants fired rockets at Israel.").values()


def test_a_region_written_as_a_place_locates_and_names_no_actor(pipeline):
    assert _places(pipeline, "Troops were deployed to Cabo Delgado.").get("Cabo Delgado") == "MOZ"
    actors, _ = resolve_actors(pipeline.nlp("Troops were deployed to Cabo Delgado."), pipeline.gazetteer)
    assert not any("Cabo Delgado" in a.name for a in actors)


def test_people_of_a_region_are_its_states(pipeline):
    codes = _codes(pipeline, "Villagers in Khuzestan protested water shortages.")
    assert "IRN" in codes.values()


def test_a_peacekeeping_force_in_a_disputed_territory_names_no_host(pipeline):
    codes = _codes(pipeline, "The Fijian battalion serves with the peacekeepers in the Golan Heights.")
    assert "SYR" not in codes.values() and "ISR" not in codes.values()
