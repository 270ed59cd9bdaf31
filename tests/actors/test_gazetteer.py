"""Dictionary people resolve to the office they held on a given day."""

from accord.actors.gazetteer import DatedPerson, Entry

STATES = {code: Entry(f"state:{code}", "state", code, code) for code in ("ALB", "MKD")}


def test_the_office_held_on_the_day_wins_over_the_undated_fallback():
    person = DatedPerson("Ana Petrova", "ALBGOV 20100101-20151231|MKDGOVMIL 20160101-|ALBELI")
    assert (person.as_of("2012-05-01", STATES).country, person.as_of("2012-05-01", STATES).sector) == ("ALB", "GOV")
    assert person.as_of("2020-05-01", STATES).country == "MKD"
    assert person.as_of("19990101", STATES).sector is None  # only the undated elite code applies


def test_with_no_date_the_open_office_is_taken():
    person = DatedPerson("Ana Petrova", "ALBGOV 20100101-20151231|MKDGOV 20160101-")
    assert person.as_of(None, STATES).country == "MKD"


def test_an_organisation_code_is_the_persons_organisation():
    person = DatedPerson("Jan Novak", "UN 20070101-")
    found = person.as_of("2010-01-01", STATES)
    assert found.country == "UN" and found.sector is None
