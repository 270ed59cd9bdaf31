"""A middle initial the lists cannot check: where the dictionaries know no middle name of a
dated officeholder, a title before "<Given> X. <Surname>" vouches for the initial when that person
held office on the article's date. With no title, out of office, or where a listed middle name
contradicts the initial, the name stays unresolved. Every sentence here is invented."""

from accord.actors.resolve import resolve_actors


def _code(pipeline, text, published, name):
    actors, _ = resolve_actors(pipeline.nlp(text), pipeline.gazetteer, published=published)
    return next((a.code for a in actors if any(m.text == name for m in a.mentions)), None)


def test_a_titled_officeholder_with_an_initial_is_that_person(pipeline):
    text = "Defense Secretary Ashton B. Carter flew to Hanoi on Sunday."
    assert _code(pipeline, text, "2016-05-29", "Ashton B. Carter") == "USAGOV"


def test_a_titled_minister_with_an_initial_is_that_person(pipeline):
    text = "Foreign Minister Alexander J. Downer met officials in Jakarta on Monday."
    assert _code(pipeline, text, "2005-03-14", "Alexander J. Downer").startswith("AUS")


def test_an_initial_without_a_title_stays_unresolved(pipeline):
    # near miss: nothing vouches for the initial
    assert _code(pipeline, "Ashton B. Carter flew to Hanoi on Sunday.", "2016-05-29", "Ashton B. Carter") is None


def test_an_initial_out_of_office_stays_unresolved(pipeline):
    # near miss: the listed person held no office that day
    text = "Foreign Minister Alexander J. Downer met officials in Jakarta on Monday."
    assert _code(pipeline, text, "2015-03-14", "Alexander J. Downer") is None


def test_an_initial_a_listed_middle_name_contradicts_stays_unresolved(pipeline):
    # near miss: George H. W. Bush's names hold no P
    text = "President George P. Bush spoke in Austin on Monday."
    assert _code(pipeline, text, "1990-03-14", "George P. Bush") is None
