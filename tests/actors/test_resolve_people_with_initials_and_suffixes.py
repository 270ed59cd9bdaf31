"""A listed person written with a middle initial ("Anthony N. Albanese") is that person when the
initial is the first letter of another of their listed names, and keeps their own state even where
a dateline names another. An initial no listed name of theirs starts with ("George P. Bush") is
another person, and a generational suffix ("... Jr.", "... IV") is never dropped: it tells a son
from his father, so only the suffixed forms people.csv lists name the listed person. A name left
with one word after the initials are dropped still needs the evidence a bare surname needs."""

from accord.actors.resolve import resolve_actors


def _people(pipeline, text, published):
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer, published)
    return [a for a in actors if a.kind == "person"]


def test_a_middle_initial_does_not_hide_a_listed_person(pipeline):
    found = pipeline.gazetteer.known_person("Anthony N. Albanese", on="2024-06-01")
    assert found is not None and found.country == "AUS"


def test_a_suffixed_form_the_table_lists_is_the_listed_person(pipeline):
    found = pipeline.gazetteer.known_person("Lloyd J. Austin III", on="2022-03-01")
    assert found is not None and found.country == "USA"


def test_an_unlisted_generational_suffix_names_someone_else(pipeline):
    # near miss: "Jr." and "IV" tell a son from his father; neither is the listed Lloyd Austin
    gaz = pipeline.gazetteer
    for written in ("Lloyd Austin Jr.", "Lloyd Austin IV"):
        assert gaz.known_person(written, on="2022-03-01") is None, written


def test_an_initial_none_of_the_listed_names_starts_with_names_someone_else(pipeline):
    # near miss: a relative who shares given name and surname, with a middle initial of his own
    assert pipeline.gazetteer.known_person("George P. Bush", on="1990-06-01") is None


def test_the_person_keeps_their_state_under_a_foreign_dateline(pipeline):
    text = "HANOI, June 2 - Prime Minister Anthony N. Albanese toured a coast guard base on Tuesday."
    people = _people(pipeline, text, "2024-06-02")
    assert [p.country for p in people if p.name.endswith("Albanese")] == ["AUS"]


def test_an_initial_and_a_surname_alone_name_no_one(pipeline):
    # near miss: "N. Albanese" is a surname with an initial, not a listed full name
    assert pipeline.gazetteer.known_person("N. Albanese", on="2024-06-01", surname_ok=False) is None


def test_an_unlisted_name_with_an_initial_stays_unknown(pipeline):
    # near miss: dropping the initial must not turn a stranger into a listed person
    assert pipeline.gazetteer.known_person("Maria T. Okonkwo", on="2015-06-01") is None
