"""A US state's name written right before its Guard's noun ("the Oregon National Guard",
"Utah Guardsmen", "the Kansas Air Guard") names a force of the United States' armed forces: the
state's name is part of the force, never a place nor a same-named town abroad. "Georgia" names
the US state's Guard only where the text tells of the United States elsewhere; "Georgia's
National Guard" and a Georgia Guard with no US context stay the country's."""

from accord.actors.resolve import resolve_actors


def _actors(pipeline, text):
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer)
    return actors


def _holding(actors, word):
    return [a for a in actors if any(word in m.text for m in a.mentions)]


def _guard(actors, word):
    found = _holding(actors, word)
    assert len(found) == 1, [(a.country, [m.text for m in a.mentions]) for a in actors]
    return found[0]


def test_a_state_national_guard_abroad_is_american(pipeline):
    actors = _actors(pipeline, "Medics of the Oregon National Guard are teaching field surgery to Bangladeshi army doctors near Dhaka.")
    guard = _guard(actors, "Oregon")
    assert (guard.country, guard.sector) == ("USA", "MIL")


def test_a_state_name_that_is_also_a_town_abroad_stays_the_state(pipeline):
    # "Arizona" is a town abroad too: before "National Guard" it is the US state.
    actors = _actors(pipeline, "Engineers of the Arizona National Guard are rebuilding a bridge with Honduran troops.")
    assert _guard(actors, "Arizona").country == "USA"


def test_guardsmen_after_a_state_name_are_american(pipeline):
    actors = _actors(pipeline, "Utah Guardsmen have drilled alongside Moroccan infantry since 2003.")
    guard = _guard(actors, "Utah")
    assert (guard.country, guard.sector) == ("USA", "MIL")


def test_a_state_air_guard_is_american(pipeline):
    actors = _actors(pipeline, "Kansas Air Guard pilots flew with Armenian officers over the Caucasus last week.")
    assert _guard(actors, "Kansas").country == "USA"


def test_a_state_guard_in_the_possessive_is_american(pipeline):
    actors = _actors(pipeline, "Ghana, the North Dakota Guard's partner since 2004, hosted the exercise.")
    guard = _guard(actors, "North Dakota")
    assert guard.country == "USA"
    assert _guard(actors, "Ghana").country == "GHA"


def test_the_georgia_guard_in_a_us_story_is_american(pipeline):
    actors = _actors(pipeline, "SAVANNAH, Ga. (AP) - Georgia National Guard soldiers left for a training mission in Poland on Friday.")
    assert _guard(actors, "Georgia").country == "USA"


def test_georgias_own_national_guard_stays_georgian(pipeline):
    # near miss: the country's Guard, told as the country's own
    actors = _actors(pipeline, "Georgia's National Guard held a reserve call-up near Tbilisi on Monday.")
    assert all(a.country in ("GEO", None) for a in actors)
    assert any(a.country == "GEO" for a in actors)


def test_a_georgia_guard_with_no_us_context_stays_georgian(pipeline):
    # near miss: no US place or name anywhere, so "Georgia" keeps the country's reading
    actors = _actors(pipeline, "The Georgia National Guard held a reserve call-up near Tbilisi on Monday.")
    assert not any(a.country == "USA" for a in actors)


def test_the_national_guard_alone_names_no_us_state(pipeline):
    # near miss: a bare "National Guard" names no state's force of its own
    actors = _actors(pipeline, "The National Guard was sent to the flooded districts on Sunday.")
    assert not any(a.country == "USA" for a in actors)


def test_a_lower_case_guard_after_a_state_name_names_no_force(pipeline):
    # near miss: "guard" in lower case is a post or a duty, no state's force
    actors = _actors(pipeline, "Nevada guard towers along the range were rebuilt last year.")
    assert not any(a.country == "USA" and a.sector == "MIL" for a in actors)


def test_a_state_guard_training_another_army_is_a_us_activity(extract_text):
    result = extract_text("Soldiers of the Oregon National Guard are training a Bangladeshi army battalion near Dhaka.")
    assert any(sorted(r.parties) == ["BGD", "USA"] for r in result.activities)
