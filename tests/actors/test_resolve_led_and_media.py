"""Bodies a state leads ("the <State>-led coalition") are that state's forces, and news outlets
are coded as themselves, never as the state they are based in."""

import pytest

from accord.actors.resolve import resolve_actors
from actor_helpers import mentions


@pytest.mark.parametrize(
    ("text", "code", "phrase"),
    [
        ("The US-led coalition shelled a bridge.", "USA", "US-led coalition"),
        ("The U.S.-led coalition left the base.", "USA", "U.S.-led coalition"),
        ("A Saudi-led coalition bombed the port.", "SAU", "Saudi-led coalition"),
        ("The French-led mission ended in May.", "FRA", "French-led mission"),
        ("A British-led naval force patrolled the strait.", "GBR", "British-led naval force"),
        ("The Kenyan-led operation resumed.", "KEN", "Kenyan-led operation"),
    ],
)
def test_a_body_a_state_leads_is_that_states_force(pipeline, text, code, phrase):
    doc = pipeline.nlp(text)
    _, index = resolve_actors(doc, pipeline.gazetteer)
    led = next(m for m in index.mentions if doc[m.start : m.end].text == phrase)
    assert (led.code, led.sector) == (code, "MIL")


def test_a_state_led_coalition_is_not_the_coalition_against_islamic_state(pipeline):
    codes = {m.code for m in mentions(pipeline, "The US-led coalition crossed into Kuwait.")}
    assert "GLOBAL_COALITION" not in codes and "USA" in codes


def test_the_coalition_against_islamic_state_keeps_its_own_names(pipeline):
    codes = {m.code for m in mentions(pipeline, "The anti-ISIS coalition struck a depot.")}
    assert "GLOBAL_COALITION" in codes


def test_an_organisation_led_body_stays_the_organisations(pipeline):
    codes = {m.code for m in mentions(pipeline, "The NATO-led mission trained officers.")}
    assert codes == {"NATO"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("An AFP correspondent said the road was closed.", "AFP"),
        ("Reuters reported heavy shelling.", "REUTERS"),
        ("The BBC said the talks failed.", "BBC"),
    ],
)
def test_a_news_outlet_is_coded_as_itself_not_its_home_state(pipeline, text, code):
    assert [m.code for m in mentions(pipeline, text)] == [code]


def test_a_news_outlet_actor_keeps_its_country(pipeline):
    actors, _ = resolve_actors(pipeline.nlp("Reuters reported heavy shelling."), pipeline.gazetteer)
    assert (actors[0].country, actors[0].sector) == ("GBR", "MED")


@pytest.mark.parametrize(
    "text",
    [
        "Norway joined the US-led coalition fighting Islamic State in Syria.",
        "The U.S.-led coalition against the Islamic State hit a depot.",
    ],
)
def test_a_state_led_coalition_fighting_islamic_state_is_the_global_coalition(pipeline, text):
    codes = {m.code for m in mentions(pipeline, text)}
    assert "GLOBAL_COALITION" in codes and "USA" not in codes


def test_a_state_led_coalition_against_a_state_is_the_leading_states(pipeline):
    codes = {m.code for m in mentions(pipeline, "The US-led coalition against Iraq massed troops.")}
    assert "USA" in codes and "GLOBAL_COALITION" not in codes


def test_an_institution_noun_that_ends_an_organisations_name_is_part_of_it(pipeline):
    codes = [m.code for m in mentions(pipeline, "Coalition forces shelled a bunker in Syria.")]
    assert codes[0] == "GLOBAL_COALITION" and codes.count("SYR") == 1
