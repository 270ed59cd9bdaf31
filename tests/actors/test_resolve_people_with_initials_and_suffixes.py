"""A listed person written with a middle initial ("Ashton B. Carter") or a generational suffix
("... Jr.", "... III") is that person, and keeps their own state even where a dateline names
another. A name left with one word after the initials and suffix are dropped still needs the
evidence a bare surname needs."""

from accord.actors.resolve import resolve_actors


def _people(pipeline, text, published):
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer, published)
    return [a for a in actors if a.kind == "person"]


def test_a_middle_initial_does_not_hide_a_listed_person(pipeline):
    found = pipeline.gazetteer.known_person("Ashton B. Carter", on="2015-06-01")
    assert found is not None and found.country == "USA"


def test_a_generational_suffix_does_not_hide_a_listed_person(pipeline):
    gaz = pipeline.gazetteer
    for written in ("Lloyd Austin Jr.", "Lloyd Austin Sr", "Lloyd Austin IV"):
        found = gaz.known_person(written, on="2022-03-01")
        assert found is not None and found.country == "USA", written


def test_the_person_keeps_their_state_under_a_foreign_dateline(pipeline):
    text = "HANOI, June 2 - Defense Secretary Ashton B. Carter toured a coast guard base on Tuesday."
    people = _people(pipeline, text, "2015-06-02")
    assert [p.country for p in people if p.name.endswith("Carter")] == ["USA"]


def test_an_initial_and_a_surname_alone_name_no_one(pipeline):
    # near miss: "J. Carter" is a surname with an initial, not a listed full name
    assert pipeline.gazetteer.known_person("J. Carter", on="2015-06-01", surname_ok=False) is None


def test_an_unlisted_name_with_an_initial_stays_unknown(pipeline):
    # near miss: dropping the initial must not turn a stranger into a listed person
    assert pipeline.gazetteer.known_person("Maria T. Okonkwo", on="2015-06-01") is None
