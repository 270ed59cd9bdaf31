"""A plural title written before coordinated names ("Presidents A and B", "Prime Ministers A,
B and C", "the defence ministers, A and B") is every name's title: each name is a person even
where the small model misses it, and each takes its own state: an "of <State>" after it, a state
adjective or possessive before it, the people tables on the article's date, else the states the
title or the sentence names, one each and in order; never the other name's state. A title that
names one state gives it to all its names."""

from accord.actors.resolve import resolve_actors


def _people(pipeline, text, published=None):
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer, published)
    return {m.text: (a.country, a.sector) for a in actors if a.kind == "person" for m in a.mentions}


def test_each_name_takes_the_state_written_after_it(pipeline):
    people = _people(pipeline, "Presidents Tomas Verlik of Slovenia and Marek Dubsky of Slovakia signed a defence pact.")
    assert people["Tomas Verlik"] == ("SVN", "GOV")
    assert people["Marek Dubsky"] == ("SVK", "GOV")


def test_three_names_each_with_their_state_after_a_lower_case_plural_title(pipeline):
    people = _people(pipeline, "Defence ministers Tomas Verlik of Slovenia, Marek Dubsky of Slovakia and Janos Harkai of Hungary signed a pact.")
    assert [people[n][0] for n in ("Tomas Verlik", "Marek Dubsky", "Janos Harkai")] == ["SVN", "SVK", "HUN"]


def test_a_possessive_state_before_the_second_name_is_its_own(pipeline):
    people = _people(pipeline, "Foreign Ministers Tomas Verlik and Slovakia's Marek Dubsky signed a defence pact.")
    assert people["Marek Dubsky"] == ("SVK", "GOV")
    assert people["Tomas Verlik"][0] != "SVK"


def test_two_state_adjectives_in_the_title_go_to_the_names_in_order(pipeline):
    people = _people(pipeline, "The Slovenian and Slovak defence ministers, Tomas Verlik and Marek Dubsky, signed a pact in Vienna.")
    assert people["Tomas Verlik"][0] == "SVN"
    assert people["Marek Dubsky"][0] == "SVK"


def test_known_leaders_take_their_states_from_the_dated_roles(pipeline):
    people = _people(pipeline, "Prime Ministers Fumio Kishida and Anthony Albanese signed a reciprocal access agreement.", "2023-01-06")
    assert people["Fumio Kishida"][0] == "JPN"
    assert people["Anthony Albanese"][0] == "AUS"


def test_a_second_name_the_model_misses_after_a_plural_title_is_a_person(pipeline):
    people = _people(pipeline, "Prime Ministers Tomas Verlik and Marek Dubsky signed a pact settling the border between Slovenia and Slovakia.")
    assert people["Tomas Verlik"][0] == "SVN"
    assert people["Marek Dubsky"][0] == "SVK"


def test_one_title_of_one_state_gives_it_to_both_names_not_another_state(pipeline):
    # near miss: two ministers of the same state; the state later in the sentence is no one's
    people = _people(pipeline, "Slovak ministers Tomas Verlik and Marek Dubsky signed a defence pact with Hungary.")
    assert people["Tomas Verlik"][0] == "SVK"
    assert people["Marek Dubsky"][0] == "SVK"


def test_a_plural_title_with_unknown_names_and_no_state_gives_none(pipeline):
    # near miss: nothing tells whose the names are
    people = _people(pipeline, "Presidents Tomas Verlik and Marek Dubsky signed a defence pact.")
    assert people["Tomas Verlik"] == (None, "GOV")
    assert people["Marek Dubsky"] == (None, "GOV")


def test_a_plural_title_with_no_names_makes_no_person(pipeline):
    # near miss: "the presidents" alone names no one
    actors, _ = resolve_actors(pipeline.nlp("The presidents signed a defence pact in Bratislava on Monday."), pipeline.gazetteer)
    assert not [a for a in actors if a.kind == "person" and a.country is not None]


def test_a_singular_title_before_two_names_stays_the_first_names(pipeline):
    # near miss: "Minister A and B": the title is A's only, B takes no state from it
    people = _people(pipeline, "Slovak Minister Tomas Verlik and Marek Dubsky met reporters in Prague.")
    assert people["Tomas Verlik"][0] == "SVK"
    assert people.get("Marek Dubsky", (None, None))[0] != "SVK"


def test_an_agreement_signed_under_a_plural_title_has_both_states(extract_text):
    result = extract_text("Presidents Tomas Verlik of Slovenia and Marek Dubsky of Slovakia signed a defence cooperation agreement in Ljubljana on Monday.")
    assert [tuple(sorted(a.parties)) for a in result.agreements] == [("SVK", "SVN")]


def test_a_second_name_missed_by_the_model_signs_for_its_own_state(extract_text):
    result = extract_text("Prime Ministers Tomas Verlik and Marek Dubsky signed a defence cooperation agreement between Slovenia and Slovakia on Monday.")
    assert [tuple(sorted(a.parties)) for a in result.agreements] == [("SVK", "SVN")]
