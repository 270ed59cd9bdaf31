"""Domestic political groups with no state of their own take the state they act in.

Students, protesters, the opposition, supporters, workers, elders, Islamists, "the <Name>
party" or "movement", and a person leading one ("opposition leader <Name>"), as the subject of a sentence, take the one state whose politics that
sentence names: its leader, a domestic body (parliament, government, election commission) or an
arena noun it owns ("<State>'s elections"), when it is the only state the sentence names and
the dateline names no other; with no state in the sentence, the dateline's. They keep their sector.
A foreign state in play, a visiting leader, or a group that is not the subject stays open.
"""

import pytest

from accord.actors.resolve import resolve_actors


def _codes(pipeline, text):
    doc = pipeline.nlp(text)
    actors, _ = resolve_actors(doc, pipeline.gazetteer, published="1995-05-01")
    return {span.text: actor.code for actor in actors for span in actor.mentions}


@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        # the state's leader in the predicate
        ("Students marched in the capital to demand the resignation of Nepalese Prime Minister Girija Koirala.", "Students", "NPLEDU"),
        ("Islamic fundamentalists staged a sit-in to demand the resignation of Tunisian President Zine Ben Ali.", "Islamic fundamentalists", "TUNOPP"),
        # a domestic body
        ("Protesters burned tyres outside Zambia's parliament.", "Protesters", "ZMBCVL"),
        ("Supporters of the jailed lawyer rallied against Ghana's electoral commission.", "Supporters", "GHACVL"),
        # an arena noun the state owns
        ("The conservative Liberty party said it will boycott Kenya's general elections.", "Liberty party", "KEN"),
        # a person leading such a group
        ("Opposition leader Juma Okello rejected the results of Kenya's presidential election.", "Juma Okello", "KENOPP"),
        ("Student leader Amos Wekesa called for the resignation of Kenyan President Daniel arap Moi.", "Amos Wekesa", "KENEDU"),
        # no state in the sentence: the dateline's
        ("NAIROBI, May 3 - Students marched through the city centre on Tuesday.", "Students", "KENEDU"),
    ],
)
def test_a_domestic_group_takes_the_state_it_acts_in(pipeline, text, group, code):
    assert _codes(pipeline, text).get(group) == code


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Protesters burned a U.S. flag outside the embassy.", "Protesters"),  # a foreign state's symbol, no domestic arena
        ("Students denounced the visit of U.S. President Bill Clinton.", "Students"),  # a visiting leader
        ("Students marched against Kenya's elections and Uganda's referendum.", "Students"),  # two states
        ("The Liberty party will boycott the elections, its leader said.", "Liberty party"),  # no state, no dateline
        ("Hostages were freed, the Iraqi government said.", "Hostages"),  # hostages are as often foreigners
        ("NAIROBI, May 3 - Students denounced Uganda's referendum.", "Students"),  # the dateline names another state
    ],
)
def test_a_domestic_group_stays_open_without_one_arena(pipeline, text, group):
    assert _codes(pipeline, text).get(group) is None
