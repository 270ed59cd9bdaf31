"""An institution noun that names no state takes the one state its sentence places it in, even
where that state is named again as an adjective: wire copy often does both ("... in <capital>,
the <Adjective> ministry said"), and the second naming used to hide the place."""

from actor_helpers import resolved_actors


def test_bare_institution_takes_the_state_named_as_place_and_as_adjective(pipeline):
    actors = resolved_actors(pipeline, "The navy said it had detained nine fishermen near Montevideo on Friday, the Uruguayan foreign ministry reported.")
    navy = next(a for a in actors if a.name.endswith("Navy"))
    assert (navy.country, navy.sector) == ("URY", "MIL")


def test_generic_group_takes_the_state_named_as_place_and_as_adjective(pipeline):
    actors = resolved_actors(pipeline, "Riot police in Quito dispersed students who were marching against the Ecuadorian government.")
    students = next(a for a in actors if a.name.endswith("Students"))
    assert students.country == "ECU"


def test_institution_word_modifying_another_noun_is_no_body(pipeline):
    actors = resolved_actors(pipeline, "Insurgents seized tanks and other military hardware near Mosul, Iraq.")
    assert not any(a.name.endswith("Military") or a.name.endswith("Army") for a in actors)
