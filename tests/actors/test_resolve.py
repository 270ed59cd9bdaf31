"""Actor mentions resolve to canonical states, people with roles, organisations."""


def _actor(result, name_part):
    return next(a for a in result.actors if name_part in a.name)


def test_states_capitals_and_adjectives_resolve_to_one_state(extract_text):
    result = extract_text("Belgrade reacted harshly. Serbia said the Serbian army was ready.")
    serbia = [a for a in result.actors if a.kind == "state" and a.country == "SRB"]
    assert len(serbia) == 1
    assert {m.text for m in serbia[0].mentions} >= {"Belgrade", "Serbia"}


def test_kosovo_is_xkx(extract_text):
    result = extract_text("Kosovo and Albania signed a declaration in Tirana.")
    assert {a.country for a in result.actors if a.kind == "state"} >= {"XKX", "ALB"}


def test_person_takes_role_and_country_from_preceding_title(extract_text):
    result = extract_text("Hungarian Defence Minister Kristóf Szalay-Bobrovniczky arrived on Monday.")
    person = _actor(result, "Szalay")
    assert person.kind == "person"
    assert person.country == "HUN"
    assert person.role == "Minister of Defence"


def test_person_takes_role_and_country_from_apposition(extract_text):
    result = extract_text("Aleksandar Vucic, the president of Serbia, met reporters in the capital.")
    person = _actor(result, "Vucic")
    assert (person.country, person.role) == ("SRB", "President")


def test_surname_and_diacritic_variants_link_to_one_person(extract_text):
    result = extract_text("Serbian President Aleksandar Vučić spoke on Tuesday. Later, Vucic said the talks went well.")
    people = [a for a in result.actors if a.kind == "person"]
    assert len(people) == 1
    assert [m.text for m in people[0].mentions] == ["Aleksandar Vučić", "Vucic"]


def test_institution_takes_country_from_adjective_or_of_phrase(extract_text):
    result = extract_text("The Serbian Defence Ministry and the armed forces of Hungary issued a statement.")
    institutions = {(a.country, a.sector) for a in result.actors if a.kind == "organization"}
    assert ("SRB", "GOV") in institutions or ("SRB", "MIL") in institutions
    assert any(country == "HUN" for country, _ in institutions)


def test_international_organisations_are_organisations_without_country(extract_text):
    result = extract_text("NATO and the European Union welcomed the decision.")
    names = {a.name for a in result.actors if a.kind == "organization"}
    assert any("NATO" in n or "North Atlantic" in n for n in names)
    assert all(a.country is None for a in result.actors if a.kind == "organization")


def test_capital_after_in_is_a_place_but_a_capital_as_subject_is_the_government(pipeline):
    from accord.actors.resolve import resolve_actors

    doc = pipeline.nlp("The ministers met in Belgrade. Belgrade condemned the move.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    place, metonym = [m for m in index.mentions if m.key == "state:SRB"]
    assert place.is_place and place.form == "capital"
    assert not metonym.is_place and metonym.sector == "GOV"


def test_lowercase_pronoun_us_is_not_the_united_states(extract_text):
    result = extract_text("They told us the meeting was over.")
    assert not any(a.country == "USA" for a in result.actors)


def test_every_mention_span_matches_the_text(extract_text):
    text = "Serbian President Aleksandar Vučić said Belgrade would buy Hungarian Gidran vehicles."
    result = extract_text(text)
    for actor in result.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_a_city_the_gazetteers_do_not_list_locates_an_event_but_is_no_actor(pipeline):
    from accord.actors.resolve import resolve_actors

    doc = pipeline.nlp("The two leaders will meet in Lausanne next week.")
    actors, index = resolve_actors(doc, pipeline.gazetteer)
    place = next(m for m in index.mentions if doc[m.start : m.end].text == "Lausanne")
    assert (place.country, place.is_place) == ("CHE", True)
    assert not any(a.country == "CHE" for a in actors)


def test_a_us_state_named_as_a_place_is_the_united_states(pipeline):
    from accord.actors.resolve import resolve_actors

    doc = pipeline.nlp("The bombers flew drills in Nevada.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    assert any(m.country == "USA" and m.is_place for m in index.mentions)


def test_bodies_of_the_un_and_the_eu_carry_their_parents_code(pipeline):
    from accord.actors.resolve import resolve_actors

    doc = pipeline.nlp("The UN General Assembly and the European Commission welcomed the vote.")
    _, index = resolve_actors(doc, pipeline.gazetteer)
    assert {m.code for m in index.mentions} >= {"UN", "EU"}


def test_territories_take_the_state_that_codes_them(extract_text):
    result = extract_text("Officials in Belfast, Northern Ireland, spoke of the West Bank. Congo accused Rwanda.")
    assert {a.country for a in result.actors if a.kind == "state"} >= {"GBR", "PSE", "COD"}


def test_a_form_two_states_share_is_the_one_the_story_names_unambiguously(extract_text):
    result = extract_text("Officials in Brazzaville said Congo would hold talks.")
    assert {a.country for a in result.actors if a.kind == "state"} == {"COG"}


def test_a_state_name_misspelled_by_a_letter_is_that_state(extract_text):
    result = extract_text("Peru rejected an offer from Afganistan for talks.")
    assert {a.country for a in result.actors if a.kind == "state"} == {"PER", "AFG"}


def test_state_adjective_or_name_in_the_wrong_case_still_names_the_state(extract_text):
    result = extract_text("The dutch marines landed near the port.")
    marines = next(a for a in result.actors if a.sector == "MIL")
    assert marines.country == "NLD"


def test_a_lower_case_word_spacy_does_not_tag_as_a_place_or_people_is_no_state(extract_text):
    result = extract_text("Officials told us the talks would resume.")
    assert not [a for a in result.actors if a.kind == "state"]


def test_a_group_that_acts_at_home_takes_the_state_of_its_town(extract_text):
    residents = extract_text("Residents of Mosul fled the fighting on Monday.")
    students = extract_text("Hundreds of students in Lyon marched on Monday.")
    assert next(a for a in residents.actors if a.sector == "CVL").country == "IRQ"
    assert next(a for a in students.actors if a.sector == "EDU").country == "FRA"


def test_workers_named_by_their_trade_are_workers_of_their_towns_state(extract_text):
    result = extract_text("Steelworkers in Turin walked out on Monday.")
    workers = next(a for a in result.actors if a.sector == "LAB")
    assert workers.country == "ITA"
