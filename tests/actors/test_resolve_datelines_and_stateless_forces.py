"""A wire dateline in capitals locates the article even where the name is short ("OSLO") or a
city no state table lists ("KARACHI"); an armed service named without its state ("the National
People's Army") in such an article is the dateline state's. Japan's and China's service branches
are named bodies of their state."""

from accord.actors.resolve import resolve_actors


def _resolve(pipeline, text):
    doc = pipeline.nlp(text)
    actors, index = resolve_actors(doc, pipeline.gazetteer)
    return doc, actors, index


def _by_name(actors):
    return {a.name: a for a in actors}


def test_a_short_capital_in_capitals_gives_the_dateline(pipeline):
    doc, _, index = _resolve(pipeline, "LIMA, Oct. 2 (Reuters) - The Ministry of Defence signed a contract for six patrol boats.")
    assert index.home_country() == "PER"


def test_a_city_in_capitals_gives_the_dateline(pipeline):
    doc, _, index = _resolve(pipeline, "KARACHI, May 4 (APP) - The government approved a new budget for the navy.")
    assert index.home_country() == "PAK"


def test_the_dateline_place_is_no_actor(pipeline):
    _, actors, _ = _resolve(pipeline, "OSLO, Jan 9 (NTB) - Finland and Sweden agreed to share radar data.")
    assert not any("OSLO" in [m.text for m in a.mentions] for a in actors)


def test_a_ministry_takes_the_state_of_a_short_capital_dateline(pipeline):
    _, actors, _ = _resolve(pipeline, "RIGA, June 3 (LETA) - The Ministry of Defence said the new radars would arrive in the autumn.")
    ministry = next(a for a in actors if a.name.endswith("Ministry of Defence"))
    assert ministry.country == "LVA"


def test_an_armed_service_without_its_state_takes_the_dateline(pipeline):
    _, actors, _ = _resolve(pipeline, "RABAT (MAP) - The Royal Armed Forces will hold a field exercise with Spanish marines next week.")
    force = _by_name(actors)["Royal Armed Forces"]
    assert (force.country, force.sector) == ("MAR", "MIL")


def test_an_armed_service_in_a_titled_dateline_story(pipeline):
    _, actors, _ = _resolve(pipeline, "Caracas, May 3 (AVN) The Bolivarian Military Aviation received two new transport planes, the ministry said.")
    force = _by_name(actors)["Bolivarian Military Aviation"]
    assert force.country == "VEN"


def test_an_armed_service_without_a_dateline_stays_open(pipeline):
    # near miss: no dateline, so no state to lend the service
    _, actors, _ = _resolve(pipeline, "The Royal Armed Forces will hold a field exercise with Spanish marines next week.")
    force = _by_name(actors).get("Royal Armed Forces")
    assert force is None or force.country is None


def test_a_company_in_a_dateline_story_is_no_armed_service(pipeline):
    # near miss: a named body whose name ends in no service noun keeps no state from the dateline
    _, actors, _ = _resolve(pipeline, "ROME, Feb 2 (ANSA) - Fincantieri Marine Group said it had laid the keel of a new frigate.")
    assert not any(a.sector == "MIL" and a.country == "ITA" for a in actors)


def test_two_governments_counted_out_are_not_the_dateline_state(pipeline):
    # near miss: "the two governments" refers back to two states, never to the dateline's one
    _, actors, _ = _resolve(pipeline, "ROME, March 2 (ANSA) - Italian and Tunisian patrol boats will sail together under a pact signed by the two governments.")
    governments = [a for a in actors if a.name.endswith("Government")]
    assert all(a.country is None for a in governments)


def test_japanese_service_branches_are_japan(pipeline):
    _, actors, _ = _resolve(pipeline, "Destroyers of the Maritime Self-Defense Force and aircraft of the Air Self-Defense Force joined the drill.")
    codes = {a.name: a.code for a in actors}
    assert codes["Japan Maritime Self-Defense Force"].startswith("JPN")
    assert codes["Japan Air Self-Defense Force"].startswith("JPN")


def test_the_chinese_air_force_by_its_acronym_is_china(pipeline):
    _, actors, _ = _resolve(pipeline, "Two bombers of the PLA Air Force flew over the strait on Friday.")
    assert any(a.country == "CHN" and a.sector == "MIL" for a in actors)


def test_a_section_heading_in_capitals_is_no_dateline(pipeline):
    # the geocoder knows towns named Africa and Asia; a digest's heading names neither
    for text in ("AFRICA: The government approved a new budget for the navy.", "ASIA - The ministry ordered two patrol boats."):
        _, _, index = _resolve(pipeline, text)
        assert index.home_country() is None, text


def test_a_charity_named_like_an_army_is_no_armed_service(pipeline):
    _, actors, _ = _resolve(pipeline, "NAIROBI, March 3 (Reuters) - The Salvation Army handed out food in the city on Monday.")
    army = _by_name(actors)["The Salvation Army"]
    assert army.country is None and army.sector != "MIL"
