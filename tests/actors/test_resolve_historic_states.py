"""Historic states, coded as the Correlates of War state system counts them: the Soviet Union is
Russia, Yugoslavia is Serbia, West Germany is Germany; East Germany and Czechoslovakia, which no
present state continues, keep historic ISO 3166-3 codes. A former state's lands or era is no actor."""

import pytest

from accord.actors.resolve import resolve_actors


def _states(pipeline, text):
    _, index = resolve_actors(pipeline.nlp(text), pipeline.gazetteer)
    return [m.code for m in index.mentions if m.code]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Soviet Union sold grain to Peru.", "RUS"),
        ("The USSR recalled its envoy.", "RUS"),
        ("The U.S.S.R. rejected the plan.", "RUS"),
        ("Soviet diplomats left the talks.", "RUS"),
        ("Yugoslavia protested to Greece.", "SRB"),
        ("The Federal Republic of Yugoslavia closed its airspace.", "SRB"),
        ("Yugoslav troops entered the valley.", "SRB"),
        ("West Germany lent money to Chile.", "DEU"),
        ("West German officials met in the capital.", "DEU"),
        ("Bonn rejected the offer.", "DEU"),
        ("East Germany expelled a reporter.", "DDR"),
        ("The German Democratic Republic built a wall.", "DDR"),
        ("Czechoslovakia bought trucks from Finland.", "CSK"),
        ("Czechoslovak officials arrived on Monday.", "CSK"),
    ],
)
def test_a_historic_state_is_its_cow_state(pipeline, text, code):
    assert code in _states(pipeline, text)


def test_the_soviet_union_and_russia_are_one_actor(pipeline):
    actors, _ = resolve_actors(pipeline.nlp("The Soviet Union, later Russia, kept the base."), pipeline.gazetteer)
    assert [a.code for a in actors if a.kind == "state"] == ["RUS"]


@pytest.mark.parametrize(
    "text",
    [
        "Refugees from the former Yugoslavia reached the border.",
        "Several former Soviet republics held elections.",
        "The rebels used Soviet-era rifles.",
        "Trade across the post-Soviet space grew.",
        "Veterans of the Yugoslav wars met in a hall.",
    ],
)
def test_the_lands_or_era_of_a_former_state_are_no_actor(pipeline, text):
    assert not {"RUS", "SRB"} & set(_states(pipeline, text))


def test_the_former_yugoslav_republic_of_macedonia_stays_north_macedonia(pipeline):
    assert _states(pipeline, "Spain recognised the former Yugoslav Republic of Macedonia.") == ["ESP", "MKD"]


def test_a_state_still_named_in_a_former_soviet_republic_phrase(pipeline):
    assert _states(pipeline, "The former Soviet republic of Armenia signed the accord.") == ["ARM"]


def test_the_czech_republic_keeps_prague(pipeline):
    assert _states(pipeline, "Prague and Vienna agreed to open the border.") == ["CZE", "AUT"]


def test_historic_rows_are_marked_historic(pipeline):
    from accord.actors.gazetteer import read_table

    rows = {row["iso3"]: row for row in read_table("accord.data.actors", "countries.csv")}
    assert {code: rows[code]["status"] for code in ("DDR", "CSK")} == {"DDR": "historic", "CSK": "historic"}
    assert "SUN" not in rows and "YUG" not in rows  # continued by RUS and SRB
