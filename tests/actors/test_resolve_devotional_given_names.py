"""A devotional given name or honorific ("Muhammad", "Mian") before a listed full name is the
listed person only where people.csv lists the person with it ("Mian Muhammad Shehbaz Sharif"):
in Arab and Pakistani naming "Muhammad <father's full name>" is as often a son's own name. A
distinct given name before the family names and a patronymic still name someone else."""

from accord.actors.resolve import resolve_actors


def _people(pipeline, text, published="2024-05-02"):
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer, published)
    return {a.name: a for a in actors if a.kind == "person"}


def test_a_devotional_name_the_person_is_listed_with_is_that_person(pipeline):
    found = pipeline.gazetteer.known_person("Muhammad Shehbaz Sharif")
    assert found is not None and found.country == "PAK"


def test_a_devotional_name_the_person_is_not_listed_with_is_no_evidence(pipeline):
    # near miss: the listed spokesman is not known by "Syed"; the longer name may be a relative's
    assert pipeline.gazetteer.known_person("Syed Ahmed Sharif Chaudhry", on="2024-05-02") is None


def test_an_honorific_and_a_devotional_name_together_are_still_the_listed_person(pipeline):
    found = pipeline.gazetteer.known_person("Mian Muhammad Shehbaz Sharif")
    assert found is not None and found.name == "Shehbaz Sharif"


def test_an_untitled_full_name_in_a_sentence_speaks_for_the_state(pipeline):
    people = _people(pipeline, "Muhammad Shehbaz Sharif told reporters the budget would pass before June.")
    person = next(a for name, a in people.items() if name.endswith("Shehbaz Sharif"))
    assert person.country == "PAK"


def test_a_distinct_given_name_still_names_a_relative(pipeline):
    # near miss: a son's own given name before the family names is no devotional name
    assert pipeline.gazetteer.known_person("Salman Shehbaz Sharif") is None


def test_a_devotional_name_after_a_patronymic_is_still_the_fathers(pipeline):
    # near miss: "bin" makes the listed name the father's, whatever given name comes first
    assert pipeline.gazetteer.known_person("Muhammad bin Shehbaz Sharif") is None
