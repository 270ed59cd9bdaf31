"""Agreements mentioned in passing on invented copy, round five (issue 13): acts done by,
pursuant to or in accordance with a treaty, an end that only would have come, a company's
demonym that names no party, and the issue's classes that already held."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By a 1921 pact between Finland and Sweden the latter ceded its claim to the islands.", [("FIN,SWE", "in_force")]),
        ("By the 1994 accord between Jordan and Israel, the two states settled their border.", [("ISR,JOR", "in_force")]),
        ("In accordance with the treaty between Panama and the United States, the canal was handed over.", [("PAN,USA", "in_force")]),
        ("As provided by the treaty between Chile and Argentina, the commission met in Santiago.", [("ARG,CHL", "in_force")]),
        ("Pursuant to the treaty between Chile and Argentina, the commission met in Santiago.", [("ARG,CHL", "in_force")]),
    ],
)
def test_an_act_done_by_or_pursuant_to_a_treaty_makes_it_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stage verb keeps its own stage; an agreement to do something is not one acted under
        ("The pact was signed by Japan and China on Monday.", [("CHN,JPN", "signed")]),
        ("By Tuesday, Japan and China had signed the treaty.", [("CHN,JPN", "signed")]),
        ("Britain bolstered the bloc by the accord to admit Sweden and Finland into NATO.", [("FIN,NATO,SWE", "agreed")]),
        # one still to come stays proposed
        ("In line with the proposed treaty between Chile and Peru, troops would pull back.", [("CHL,PER", "proposed")]),
    ],
)
def test_acts_by_near_misses_keep_their_own_stage(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an end that would have come had not come: the agreement stands, undated
        ("The treaty between Brazil and Paraguay, signed in 1973, would have expired in 2023.", [("BRA,PRY", "in_force")]),
        ("The accord between Peru and Ecuador, signed in 1998, would by its terms have lapsed this year.", [("ECU,PER", "in_force")]),
        ("The pact between Chile and Peru, which would have expired in May, was extended.", [("CHL,PER", "in_force")]),
        # a signing that would have come was never made
        ("Japan would have signed the pact with China.", []),
    ],
)
def test_a_counterfactual_stage_was_not_reached(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_a_counterfactual_end_gives_no_date(extract_text):
    (agreement,) = extract_text("The treaty between Brazil and Paraguay, signed in 1973, would have expired in 2023.").agreements
    assert (agreement.status, agreement.date) == ("in_force", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym on a company noun is the company's, not a state party
        ("A loan agreement between a German group and Kenya was initialled on Friday.", []),
        ("A French company signed a deal with India to build a port.", []),
        ("A Chinese state firm signed a port deal with Sri Lanka.", []),
        # a government is its state
        ("The French government signed a deal with India on submarines.", [("FRA,IND", "signed")]),
    ],
)
def test_a_company_named_by_its_nationality_is_no_party(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan and the United States have a mutual defence treaty.", [("JPN,USA", "in_force")]),
        ("Russia withdrew from the Open Skies Treaty with the United States.", [("RUS,USA", "terminated")]),
        ("The United States reneged on its nuclear accord with Iran.", [("IRN,USA", "terminated")]),
        ("France sent troops to Mali under its defence agreement with Bamako.", [("FRA,MLI", "in_force")]),
    ],
)
def test_the_issue_classes_that_held(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a passive's agent acts or moves someone: no act done by the agreement's means
        "Poland was surprised by the agreement between Germany and Russia.",
        "Ankara was angered by the pact between Greece and France.",
        "Seoul was alarmed by the treaty between Russia and North Korea.",
        "Tokyo was shocked by the deal between Russia and North Korea.",
        "The deal was overshadowed by the accord between Israel and the UAE.",
        "Markets were reassured by the agreement between Japan and Australia.",
        "The plan was rejected by the treaty between Chile and Peru.",
        "The proposal was welcomed by the agreement between Chile and Peru.",
    ],
)
def test_a_reaction_to_an_agreement_tells_no_stage(extract_text, text):
    assert [a.status for a in extract_text(text).agreements] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As stipulated by the treaty between Chile and Argentina, the commission met in Santiago.", [("ARG,CHL", "in_force")]),
        ("The two states settled their border by the 1994 accord between Jordan and Israel.", [("ISR,JOR", "in_force")]),
    ],
)
def test_an_act_by_means_of_an_agreement_still_makes_it_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
