"""Bare surnames by the article's date, and armed groups a state's adjective names.

A surname alone names the one person of the people tables who held a principal national office
(head of state or government, foreign or defence minister) on the article's publication date;
two such bearers, a common word, a former holder or no date name no one. A title or an earlier
(or, in a headline, later) full mention still names the person as before.
"""

import pytest

from accord.actors.resolve import resolve_actors
from accord.records import Article
from actor_helpers import actor_codes_by_mention


@pytest.mark.parametrize(
    ("text", "published", "surname", "code"),
    [
        # subject and object, one sentence
        ("Biden hosted Xi at a lakeside estate.", "2023-11-15", "Biden", "USAGOV"),
        ("Biden hosted Xi at a lakeside estate.", "2023-11-15", "Xi", "CHNGOV"),  # family name first
        ("Xi Jinping welcomed Biden to a state banquet.", "2023-11-15", "Biden", "USAGOV"),
        ("Xi Jinping welcomed Biden to a state banquet.", "2023-11-15", "Xi Jinping", "CHNGOV"),  # untagged full name
        ("Trump warned Maduro over the oil fields.", "2025-05-01", "Trump", "USAGOV"),
        ("Trump warned Maduro over the oil fields.", "2025-05-01", "Maduro", "VENGOV"),
        # possessive
        ("Biden's aides flew to Cairo for the ceasefire talks.", "2024-02-01", "Biden", "USAGOV"),
        # a Phoenix-dated office holder, years before accord's own table begins
        ("Bush received Blair at his ranch.", "2003-04-07", "Bush", "USAGOV"),
        ("Bush received Blair at his ranch.", "2003-04-07", "Blair", "GBRGOV"),
        ("Bush thanked Kohl for the support in the Gulf.", "1990-11-01", "Bush", "USAGOV"),
        ("Barak met Arafat at the summit.", "2000-07-15", "Barak", "ISRGOV"),
        # a surname with a particle
        ("Mandela met de Klerk in Pretoria.", "1992-05-01", "de Klerk", "ZAFGOV"),
        # an earlier term people.csv's note dates ("also President 2017–2021")
        ("Trump warned Maduro over the oil fields.", "2019-05-01", "Trump", "USAGOV"),
        ("Putin praised the new trade pact.", "2010-05-01", "Putin", "RUSGOV"),  # "Prime Minister 2008–2012"
        ("Fico praised the new trade pact.", "2016-05-01", "Fico", "SVKGOV"),  # "also 2006–2010 and 2012–2018"
        # spelling variants fold onto one person
        ("Zelenskiy thanked Scholz for the air defence systems.", "2024-05-01", "Zelenskiy", "UKRGOV"),
        ("Scholz phoned Zelenskyy about the air defence systems.", "2024-05-01", "Zelenskyy", "UKRGOV"),
    ],
)
def test_a_bare_surname_is_the_one_principal_office_holder_on_the_day(pipeline, text, published, surname, code):
    assert actor_codes_by_mention(pipeline, text, published).get(surname) == code


@pytest.mark.parametrize(
    ("text", "published", "surname"),
    [
        ("Biden praised the new trade pact.", None, "Biden"),  # no date: no office holder by date
        ("Biden praised the new trade pact.", "2006-05-01", "Biden"),  # a senator then, no principal office
        ("Obama praised the new trade pact.", "2019-05-01", "Obama"),  # a former president
        ("Mandela met de Klerk in Pretoria.", "1992-05-01", "Mandela"),  # a future president
        ("Trump praised the new trade pact.", "2024-05-01", "Trump"),  # between two terms
        ("Trump praised the new trade pact.", "2023-05-01", "Trump"),  # after the earlier term the note dates
        ("Fico praised the new trade pact.", "2020-05-01", "Fico"),  # between the note's terms and today's
        ("Rice praised the new trade pact.", "2007-05-01", "Rice"),  # a common word, and two bearers
        ("The strikes hit supply routes, Davis said.", "2024-05-01", "Davis"),  # a common surname: a spokesman as often
        # a town that shares an office holder's surname, written as a place
        ("Smugglers crossed the border near Rubio overnight.", "2025-05-01", "Rubio"),
        ("Tankers left the port of Austin.", "2023-05-01", "Austin"),
        # a surname only a Phoenix minister (an office the dictionaries do not name) bore that day
        ("Said criticised Israel's occupation of the West Bank in a lecture in New York.", "1995-05-01", "Said"),
        ("Ali met Saddam in Baghdad to seek the release of American hostages.", "1990-10-01", "Ali"),
        ("Santos beat Palmeiras in Sao Paulo.", "1995-05-01", "Santos"),
        ("Costa praised Portugal for its help in East Timor.", "1999-10-01", "Costa"),
        ("Ahmed accused Ethiopia of arming the militias.", "2002-05-01", "Ahmed"),
        ("Said urged the envoys to reopen the crossings.", "1996-03-01", "Said"),
        ("Costa thanked Spain for the fishing quotas.", "1998-06-01", "Costa"),
        ("Ahmed warned Kenya over the border camps.", "2003-02-01", "Ahmed"),
        # an English word that a listed head of government bears, opening a sentence as a noun
        ("Store shelves emptied in Oslo before the strike.", "2023-05-01", "Store"),
    ],
)
def test_a_bare_surname_names_no_one_without_an_office_on_the_day(pipeline, text, published, surname):
    assert actor_codes_by_mention(pipeline, text, published).get(surname) is None


def test_a_title_still_names_a_former_office_holder(pipeline):
    assert actor_codes_by_mention(pipeline, "President Obama praised the new trade pact.", "2019-05-01").get("Obama") == "USAGOV"


def test_a_headline_surname_is_the_person_the_story_names_in_full_later(pipeline):
    text = "Biden hosts Xi at a lakeside estate\n\nJoe Biden and Xi Jinping talked for four hours on Wednesday."
    doc = pipeline.nlp(text)
    actors, _ = resolve_actors(doc, pipeline.gazetteer, published="2023-11-15")
    people = {a.name: [m.text for m in a.mentions] for a in actors if a.kind == "person"}
    assert people == {"Joe Biden": ["Biden", "Joe Biden"], "Xi Jinping": ["Xi", "Xi Jinping"]}


def test_a_leaders_administration_is_the_states_government(pipeline):
    assert actor_codes_by_mention(pipeline, "The Biden administration froze the assets.", "2024-05-01").get("Biden administration") == "USAGOV"


def test_a_surname_meeting_codes_both_states(pipeline):
    result = pipeline.extract(Article(id="a", text="Biden met Xi on the sidelines of the summit.", published="2023-11-15"))
    assert [(e.type, e.actor, e.recipient) for e in result.events] == [("CONSULT", ("USA",), ("CHN",))]


# "<State adjective> rebels": an armed group with that state as its home, never the state's force.


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Syrian rebels shelled Syrian army positions.", ("REB",), ("SYR",)),
        ("Yemeni separatists attacked a government convoy in the south.", ("REB",), ()),
        ("Colombian guerrillas ambushed a Colombian police patrol.", ("REB",), ("COL",)),
    ],
)
def test_a_state_adjective_before_an_armed_group_gives_it_a_home_not_the_state(pipeline, text, actor, recipient):
    result = pipeline.extract(Article(id="a", text=text, published="2014-05-01"))
    assert [(e.actor, e.recipient) for e in result.events][:1] == [(actor, recipient)]
    groups = [a for a in result.actors if a.kind == "group"]
    assert groups and groups[0].sector == "REB" and groups[0].country is not None


def test_fighters_of_a_state_stay_that_states(pipeline):
    codes = actor_codes_by_mention(pipeline, "Ukrainian fighters repelled the assault on the bridge.", "2024-05-01")
    assert not any(code == "REB" for code in codes.values())


@pytest.mark.parametrize(
    ("note", "offices"),
    [
        ("also President 2000–2008; Prime Minister 2008–2012", [("president", "2000", "2008"), ("prime minister", "2008", "2012")]),
        ("also 2006–2010 and 2012–2018", [("", "2006", "2010"), ("", "2012", "2018")]),
        ("Speaker of the Senate (also 2001–2004)", [("", "2001", "2004")]),
        ("Special Envoy for Trade; Dutch Foreign Minister 2011–2013", [("dutch foreign minister", "2011", "2013")]),
        ("also 1990–1994; died 2020", [("", "1990", "1994")]),
        # remarks, not terms
        ("died 2020", []),
        ("Commissioner for Fisheries from 2024", []),
        ("interim President March–May 2021", []),
        ("party leader until 2019", []),
        ("presidential candidate 2022", []),
    ],
)
def test_a_people_note_dates_earlier_offices_by_whole_years(note, offices):
    from accord.actors.gazetteer import earlier_offices

    assert earlier_offices(note) == offices


def test_a_headline_in_capitals_names_office_holders_by_surname(pipeline):
    codes = actor_codes_by_mention(pipeline, "PUTIN MEETS ERDOGAN IN SOCHI\n\nThe two leaders discussed grain exports.", "2023-05-01")
    assert codes.get("PUTIN") == "RUSGOV" and codes.get("ERDOGAN") == "TURGOV"


def test_a_headline_in_capitals_names_no_one_out_of_office_or_by_a_common_word(pipeline):
    codes = actor_codes_by_mention(pipeline, "TRUMP WARNS MADURO\n\nThe talks lasted four hours.", "2023-05-01")
    assert codes.get("TRUMP") is None and codes.get("WARNS") is None
    assert "MAY" not in actor_codes_by_mention(pipeline, "MAY DAY MARCHES DRAW THOUSANDS IN PARIS\n\nCrowds gathered.", "2017-05-01")


def test_no_english_word_is_a_surname_by_date_unless_a_listed_principal_bears_it(pipeline):
    index = pipeline.gazetteer.office_terms
    assert not {"real", "day", "parts", "way", "body", "person", "far"} & set(index)
    assert "store" in index  # a listed head of government bears it


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ukrainian militias fought alongside the army near Donetsk.", ("UKR",)),
        ("Iraqi militias backed by the government attacked the town.", ("IRQ",)),
        ("Pro-government Syrian militias shelled the rebel district.", ("SYR",)),
        ("Afghan militias loyal to Kabul ambushed the convoy.", ("AFG",)),
        ("Libyan militias loyal to the government stormed the port.", ("LBY",)),
        # invented variants
        ("Sudanese militias allied with the army attacked the camp.", ("SDN",)),
        ("Somali militants backed by the regime raided the village.", ("SOM",)),
        ("Government-backed Malian militias attacked a jihadist camp.", ("MLI",)),
        # plain armed groups stay the state's opponents
        ("Nigerian insurgents attacked an army base.", ("REB",)),
        ("Malian militias attacked a Malian army convoy.", ("REB",)),
    ],
)
def test_a_state_named_militia_on_its_states_side_is_that_states(pipeline, text, actor):
    result = pipeline.extract(Article(id="a", text=text, published="2016-05-01"))
    assert [e.actor for e in result.events][:1] == [actor]
