"""An institution noun that names no state takes the one state its sentence places it in, even
where that state is named again as an adjective: wire copy often does both ("... in <capital>,
the <Adjective> ministry said"), and the second naming used to hide the place."""

import pytest

from actor_helpers import resolved_actors


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        ("The navy said it had detained nine fishermen near Montevideo on Friday, the Uruguayan foreign ministry reported.", "Navy", "URY"),
        ("Riot police in Quito dispersed students who were marching against the Ecuadorian government.", "Students", "ECU"),
    ],
)
def test_unqualified_body_takes_the_state_named_as_place_and_as_adjective(pipeline, text, body, country):
    assert {a.country for a in resolved_actors(pipeline, text) if a.name.endswith(body)} == {country}


def test_institution_word_modifying_another_noun_is_no_body(pipeline):
    # "military" before a noun ("a military answer") describes it; it takes no state as a body
    actors = resolved_actors(pipeline, "There can be no military answer to the crisis in Yemen.")
    assert [a.name for a in actors] == ["Yemen"]
