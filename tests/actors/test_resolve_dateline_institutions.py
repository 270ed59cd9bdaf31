"""A branch of government with no state in reach takes the state of the story's dateline (issue 8):
"SEOUL, Nov. 20 - ... the government said" is South Korea's. Nothing else does: police, troops
and people stay open (they are as often the other side, or the story's subject), a body with a
state adjective among its modifiers keeps that state, and "the government of <person>" waits for
the person's state. Without a dateline nothing changes."""

import pytest

from accord.actors.resolve import resolve_actors


def _codes(pipeline, text):
    doc = pipeline.nlp(text)
    actors, _ = resolve_actors(doc, pipeline.gazetteer, "2025-03-03")
    return {a.name: a.country for a in actors}


def test_a_branch_of_government_takes_the_datelines_state(pipeline):
    codes = _codes(pipeline, "SEOUL, Nov. 20 (Reuters) - The government said it would suspend the agreement.")
    assert codes.get("South Korea Government") == "KOR"
    codes = _codes(pipeline, "COLOMBO, May 2 (Reuters) - Parliament approved the pact with India on Friday.")
    assert codes.get("Sri Lanka Parliament") == "LKA"


@pytest.mark.parametrize(
    "text",
    [
        "TBILISI, Dec 5 (Reuters) - Many protesters were beaten by police, rights groups said.",
        "TBILISI, Dec 5 (Reuters) - Troops fired on the crowd.",
        "The government said it would suspend the agreement with Seoul.",
    ],
)
def test_police_troops_and_stories_with_no_dateline_stay_open(pipeline, text):
    codes = _codes(pipeline, text)
    assert not any(name in ("Georgia Police", "Georgia Troops", "South Korea Government") for name in codes)


def test_a_state_adjective_among_the_modifiers_wins_over_the_dateline(pipeline):
    codes = _codes(pipeline, "N'DJAMENA, Jan 30 (AFP) - The ceremony was attended by French military officials.")
    assert "Chad Authorities" not in codes


def test_the_government_of_a_person_waits_for_the_persons_state(pipeline):
    codes = _codes(pipeline, "GEORGETOWN, March 3 (Reuters) - Rubio warned the government of President Nicolas Maduro.")
    assert "Guyana Government" not in codes


def test_an_adjective_qualifies_an_institution_across_lower_case_modifiers(pipeline):
    codes = _codes(pipeline, "Russian state media reported the strike.")
    assert codes.get("Russia State Media") == "RUS"
    codes = _codes(pipeline, "The French and British naval officials met.")
    assert "France Authorities" not in codes and "United Kingdom Authorities" not in codes


def test_the_korean_peoples_army_is_north_koreas(pipeline):
    codes = _codes(pipeline, "The General Staff of the Korean People's Army said it would retaliate.")
    assert codes.get("Korean People's Army") == "PRK"
    assert "KOR" not in codes.values()
