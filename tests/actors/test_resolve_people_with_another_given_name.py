"""A listed person written with one more given name (or a title word the parser glued on)
before their listed name is that person: "Muhammad Shehbaz Sharif" is Shehbaz Sharif."""

from accord.actors.resolve import resolve_actors


def _people(pipeline, text):
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer)
    return {a.name: a for a in actors if a.kind == "person"}


def test_an_extra_given_name_before_a_listed_name(pipeline):
    people = _people(pipeline, "Prime Minister Muhammad Shehbaz Sharif arrived in Beijing on Monday.")
    person = next(a for name, a in people.items() if name.endswith("Shehbaz Sharif"))
    assert person.country == "PAK" and person.sector == "GOV"


def test_the_visited_state_does_not_override_the_known_person(pipeline):
    people = _people(pipeline, "RIYADH, May 2 (APP) - Prime Minister Muhammad Shehbaz Sharif met the king.")
    person = next(a for name, a in people.items() if name.endswith("Shehbaz Sharif"))
    assert person.country == "PAK"


def test_a_single_shared_surname_is_not_enough(pipeline):
    # near miss: only a listed name of two words or more identifies someone; a surname alone does not
    people = _people(pipeline, "Engineer Tariq Mahmood Sharif opened the new workshop.")
    assert not any(a.country == "PAK" and a.sector == "GOV" for a in people.values())
