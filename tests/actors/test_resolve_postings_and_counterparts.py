"""Titles that name a posting or the other side (issue 8): in "<State>'s ambassador to <Other>,
<Name>" the person is the first state's, and a state after "to" gives no title its country;
"his <Adjective> counterpart <First> <Last>" names a person even where the small model tags the
name an organisation; "chief of staff" is a title."""

import pytest

from accord.actors.resolve import resolve_actors


def _people(pipeline, text):
    doc = pipeline.nlp(text)
    actors, _ = resolve_actors(doc, pipeline.gazetteer, "2025-03-03")
    return {a.name: a.country for a in actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Hungary's ambassador to Serbia, Jozsef Magyar, met the mayor.", "Jozsef Magyar", "HUN"),
        ("The U.S. ambassador to Israel, David Friedman, criticised the plan.", "David Friedman", "USA"),
        ("Germany's envoy to the UN, Antje Leendertse, spoke on Monday.", "Antje Leendertse", "DEU"),
        ("Serbian Ambassador to Hungary Ivan Todorov met the minister.", "Ivan Todorov", "SRB"),
    ],
)
def test_a_posting_after_to_is_not_the_title_holders_state(pipeline, text, name, country):
    assert _people(pipeline, text).get(name) == country


def test_a_title_posted_to_a_state_with_no_owner_gives_the_person_no_state(pipeline):
    assert _people(pipeline, "The ambassador to Serbia, Jozsef Magyar, met the mayor.").get("Jozsef Magyar") is None


def test_a_counterpart_named_after_the_word_is_a_person_of_the_adjectives_state(pipeline):
    people = _people(pipeline, "Hungarian Foreign Minister Peter Szijjarto and his Serbian counterpart Marko Djuric signed a pact.")
    assert people.get("Marko Djuric") == "SRB"
    assert people.get("Peter Szijjarto") == "HUN"


def test_chief_of_staff_is_a_title(pipeline):
    people = _people(pipeline, "BUDAPEST, March 3 - Vucic later met the Hungarian chief of staff Gergely Gulyas.")
    assert people.get("Gergely Gulyas") == "HUN"


def test_a_given_name_the_small_model_leaves_outside_joins_the_surname(pipeline):
    people = _people(pipeline, "Ana Brnabić, the speaker of the Serbian parliament, said the vote was fair.")
    assert people.get("Ana Brnabić") == "SRB"


@pytest.mark.parametrize("text", ["President Vucic met the envoy.", "On Monday Vucic met the envoy."])
def test_a_title_or_a_date_before_a_surname_is_no_given_name(pipeline, text):
    assert "Vucic" in _people(pipeline, text)
