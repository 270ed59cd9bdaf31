"""A joint activity whose sides are told through their forces: the forces of several states in the
subject ("ships of the X navy and bombers of the Y air force flew a joint patrol"), in the activity's
own "of" phrase ("a combined operation of the navies of X and Y"), or in a relative clause that holds
or joins it ("the patrol, which the navies of X and Y carry out", "the exercise, in which units of Z
also took part"); and a headline whose first state the parser leaves loose ("X, Y stage joint drill").
Near misses stay empty (invented sentences)."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces of several states in the subject phrase
        ("Frigates of the Greek Navy and submarines of the Italian Navy conducted a joint anti-submarine drill in the Ionian Sea on Monday.", [("GRC", "ITA")]),
        ("Officers of the cyber command of Estonia and of Finland's defence forces carried out a combined cyber exercise last week.", [("EST", "FIN")]),
        # the activity's own "of" phrase names the forces of both
        ("The smugglers were caught during a coordinated operation of the navies of Kenya and Tanzania.", [("KEN", "TZA")]),
        ("The annual joint exercise of troops and air units of Poland, Lithuania and Latvia ended on Friday.", [("LTU", "LVA", "POL")]),
        # a relative clause names who carries out or joins the activity
        ("The frigate sailed to begin the Combined Southern Patrol, which the navies of Uruguay and Brazil have carried out since 2005.", [("BRA", "URY")]),
        ("The joint exercise of Slovak troops, in which units of Austria and Hungary also took part, ended on Friday.", [("AUT", "HUN", "SVK")]),
        # a headline: "X, Y stage ..."
        ("Egypt, Jordan stage joint naval drill in Gulf of Aqaba.", [("EGY", "JOR")]),
    ],
)
def test_sides_named_by_their_forces(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no force word in the subject: students of two states are no forces
        "Students of Chile and of Peru's universities held a joint exercise.",
        "Ministers of Germany and France praised the Polish exercise on Monday.",
        # the relative clause criticises the drills, it does not hold them
        "Warships of Japan shadowed the drills, which officials of China have criticised.",
        # a scenario, not a party, in the "of" phrase
        "The exercise of civil servants on budget cuts ended in Paris.",
    ],
)
def test_no_side_told_by_forces(extract_text, text):
    assert activity_parties(extract_text, text) == []
