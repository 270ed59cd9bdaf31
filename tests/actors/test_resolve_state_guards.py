"""A US state's name written right before its Guard's noun ("the Oregon National Guard",
"Utah Guardsmen", "the Kansas Air Guard") names a force of the United States' armed forces: the
state's name is part of the force, never a place nor a same-named town abroad. "Georgia" names
the US state's Guard unless the text tells of the country in other words (Tbilisi, "Georgian")
and never of the United States; "Georgia's National Guard" stays the country's. The states are
data/actors/federal_states.csv, loaded with the gazetteer. Sentences invented."""

from actor_helpers import resolved_actors


def _holding(actors, word):
    return [a for a in actors if any(word in m.text for m in a.mentions)]


def _guard(actors, word):
    found = _holding(actors, word)
    assert len(found) == 1, [(a.country, [m.text for m in a.mentions]) for a in actors]
    return found[0]


def test_a_state_national_guard_abroad_is_american(pipeline):
    actors = resolved_actors(pipeline, "In Dhaka, Bangladeshi surgeons spent a week learning trauma care from an Oregon National Guard team.")
    guard = _guard(actors, "Oregon")
    assert (guard.country, guard.sector) == ("USA", "MIL")


def test_a_state_name_that_is_also_a_town_abroad_stays_the_state(pipeline):
    # "Arizona" is a town abroad too: before "National Guard" it is the US state.
    actors = resolved_actors(pipeline, "Honduran troops and Arizona National Guard engineers finished a bridge near the border on Tuesday.")
    assert _guard(actors, "Arizona").country == "USA"


def test_guardsmen_after_a_state_name_are_american(pipeline):
    actors = resolved_actors(pipeline, "Moroccan commanders praised the Utah Guardsmen who coached their artillery crews this year.")
    guard = _guard(actors, "Utah")
    assert (guard.country, guard.sector) == ("USA", "MIL")


def test_a_state_air_guard_is_american(pipeline):
    actors = resolved_actors(pipeline, "Armenia's air force invited two Kansas Air Guard tanker crews to its spring air show.")
    assert _guard(actors, "Kansas").country == "USA"


def test_a_state_guard_in_the_possessive_is_american(pipeline):
    actors = resolved_actors(pipeline, "Ghana hosted the North Dakota Guard's medics for a malaria clinic in March.")
    guard = _guard(actors, "North Dakota")
    assert guard.country == "USA"
    assert _guard(actors, "Ghana").country == "GHA"


def test_the_georgia_guard_in_a_us_story_is_american(pipeline):
    actors = resolved_actors(pipeline, "SAVANNAH, Ga. (AP) - Georgia National Guard soldiers left for a training mission in Poland on Friday.")
    assert _guard(actors, "Georgia").country == "USA"


def test_georgias_own_national_guard_stays_georgian(pipeline):
    # near miss: the country's Guard, told as the country's own
    actors = resolved_actors(pipeline, "Georgia's National Guard held a reserve call-up near Tbilisi on Monday.")
    assert all(a.country in ("GEO", None) for a in actors)
    assert any(a.country == "GEO" for a in actors)


def test_a_georgia_guard_told_with_the_countrys_capital_stays_georgian(pipeline):
    # near miss: the country's capital and no US name, so "Georgia" keeps the country's reading
    actors = resolved_actors(pipeline, "The Georgia National Guard held a reserve call-up near Tbilisi on Monday.")
    assert not any(a.country == "USA" for a in actors)


def test_a_georgia_guard_with_no_context_either_way_is_american(pipeline):
    # the absence of "U.S." is no evidence for the country: the Guard is the US state's
    actors = resolved_actors(pipeline, "A Georgia National Guard engineer company is rebuilding schools in Armenia this summer.")
    assert _guard(actors, "Georgia").country == "USA"


def test_a_georgia_guard_training_the_countrys_troops_in_a_us_story_is_american(pipeline):
    actors = resolved_actors(pipeline, "Instructors of the Georgia National Guard, a U.S. reserve force, coached Georgian infantry near Tbilisi.")
    assert _guard(actors, "Guard").country == "USA"


def test_a_georgia_guard_sending_soldiers_abroad_is_a_us_activity(extract_text):
    result = extract_text("Last spring the Georgia National Guard flew 150 soldiers to Armenia for a field exercise.")
    assert all("GEO" not in r.parties for r in result.activities)


def test_the_national_guard_alone_names_no_us_state(pipeline):
    # near miss: a bare "National Guard" names no state's force of its own
    actors = resolved_actors(pipeline, "The National Guard was sent to the flooded districts on Sunday.")
    assert not any(a.country == "USA" for a in actors)


def test_a_lower_case_guard_after_a_state_name_names_no_force(pipeline):
    # near miss: "guard" in lower case is a post or a duty, no state's force
    actors = resolved_actors(pipeline, "Nevada guard towers along the range were rebuilt last year.")
    assert not any(a.country == "USA" and a.sector == "MIL" for a in actors)


def test_a_state_guard_training_another_army_is_a_us_activity(extract_text):
    result = extract_text("Bangladesh's army will host a battalion of the Oregon National Guard for joint training in November.")
    assert any(sorted(r.parties) == ["BGD", "USA"] for r in result.activities)
