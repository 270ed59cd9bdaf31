"""Vetoes of the learned activity back-off that reuse the activity rules' own readings: where the
rules read a clause and declined it for a reason they know, the back-off proposes nothing there
whatever its model says. Forces sent at a request that is not the host's or to back another
state's government or army, forces arriving with no consent of the host told (or under a third
state's), police trained, an activity that the states named only react to, and one an agreement
only lets or covers. Each class has a
sentence the veto must leave open, so a veto stays a reading, not a word. The detector is hand-set
to fire on every sentence, so a retrained model cannot change what these tests mean. All
sentences are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # forces sent at the request of someone other than the host
        "Senegal sent troops into Gambia at the request of the Nigerian president.",
        # forces sent to back the government or army of a state that is not the host
        "Ghana sent soldiers to Togo to support the army of Benin.",
        # forces arriving with no consent of the host told, or under a third state's
        "Ethiopian troops arrived in Somalia, a Kenyan ally, on Friday.",
        "Turkish soldiers arrived in Iraq under an accord with Iran.",
        # police trained by foreign advisers
        "Japanese advisers started training Indonesian police cadets in forensics.",
        # states that only react to another state's activity
        "Officials of Norway and Sweden criticised the Russian exercise on Friday.",
        # what an agreement lets or covers: its content, no activity held
        "Chile and Peru ratified a treaty permitting Peruvian marines to stage joint exercises on the Chilean coast.",
    ],
)
def test_no_proposal_where_the_rules_read_the_clause_and_declined_it(propose_always, text):
    assert propose_always(text) == [None]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the host asked, or the forces back the host's own army
        ("Senegal sent troops into Gambia at the request of the Gambian president.", ("GMB", "SEN")),
        ("Ghana sent soldiers to Togo to support the Togolese army.", ("GHA", "TGO")),
        # arriving at the host's invitation: consent told
        ("Dutch soldiers arrived in Lithuania at the invitation of the Lithuanian government.", ("LTU", "NLD")),
        # the army trained, not police
        ("Japanese advisers started training Indonesian army cadets in demolition.", ("IDN", "JPN")),
        # the states named join the exercise, they do not react to it
        ("Troops of Norway and Sweden joined the Finnish exercise on Friday.", ("FIN", "NOR", "SWE")),
        # an activity held under an agreement, not one it only lets
        ("Under their treaty, Chilean and Peruvian marines staged joint exercises on the coast last week.", ("CHL", "PER")),
        # forces arriving or entering with no host state named as where they go: no consent to miss
        ("Dutch marines landed on the beaches of Aruba alongside Venezuelan soldiers during the drill.", ("NLD", "VEN")),
        ("Polish sappers flew into the closing stage of the Anakonda exercise with Lithuanian units.", ("LTU", "POL")),
        ("Spanish and Italian marines entered the last day of the Dynamic Mongoose drills on Friday.", ("ESP", "ITA")),
    ],
)
def test_the_vetoes_leave_the_clauses_the_rules_would_accept_open(propose_always, text, parties):
    [activity] = propose_always(text)
    assert activity is not None and activity.parties == parties


@pytest.mark.parametrize(
    "text",
    [
        "Mali sent troops into Niger at the request of the Algerian government.",
        "Uganda sent soldiers to Burundi to support the army of Rwanda.",
        "Serbian troops arrived in Bosnia without Sarajevo's consent.",
        "Tunisian police cadets are learning crowd handling from French instructors.",
        "Ministers of Spain and Portugal welcomed the Moroccan exercise on Monday.",
    ],
)
def test_near_misses_stay_empty_with_a_back_off_that_always_fires(activities_with_an_always_firing_backoff, text):
    assert not activities_with_an_always_firing_backoff(text)
