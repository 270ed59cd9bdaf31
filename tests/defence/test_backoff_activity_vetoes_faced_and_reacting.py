"""The learned activity back-off proposes no party that only faces another state's forces or
only reacts to them (``ActivityBackoff.parties``): the side a verb of watching, clashing or
invading acts on ("shadowed the Russian corvette", "invaded Rwanda", "fired at Cambodian
boats", "were tracked by"), the watcher ("observed ... by Romanian officers", "officials in
Seoul said they had monitored ..."), the side a threat is told of ("threats from Colombia"), the
state across a border ("along the frontier with Kyrgyzstan", "near the Bolivian border"), and a
state named only in the subject of a reacting verb ("Greece complained that ...", "Vietnam
accused ...") or as who voices or hears a reaction ("Norway voiced concern", "a protest with
Tokyo", "Chinese objections"), unless it also acts in a conjoined clause ("... and held drills")
or welcomes an activity held with another ("welcomed the joint drills with Y"). With one party
left it proposes nothing. Each class has a sentence the readings must leave open. The detector
is hand-set to fire on every sentence, so a retrained model cannot change what these tests mean.
All sentences are invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # the side a watching verb takes, active or passive with its agent
        "Danish patrol boats shadowed the Russian corvette through the Fehmarn Belt on Sunday.",
        "Chinese survey ships were tracked by Vietnamese frigates near the Paracels on Monday.",
        # the side a verb of clashing or invading acts on, as its object or behind "at"
        "Ugandan troops invaded Rwanda before dawn on Sunday.",
        "Thai gunboats fired at Cambodian fishing boats off Koh Kong on Monday.",
        # the state across a border
        "Kazakh troops held a snap drill along the frontier with Kyrgyzstan on Wednesday.",
        "Peruvian marines began manoeuvres near the Bolivian border on Tuesday.",
        # the watcher of a passive watching participle, and the teller who says "we watched"
        "The Serbian army opened its spring manoeuvres near Nis, observed from a ridge by Romanian officers.",
        "Officials in Seoul said they had monitored the North Korean artillery drill closely.",
        # the side a threat is told of
        "Venezuelan marines began drills near Maracaibo in answer to threats from Colombia.",
        # a state named only in the subject of a reacting verb
        "Greece complained that Turkish frigates had sailed close to Rhodes on Monday.",
        "Vietnam accused Chinese coast guard ships of ramming its fishing boats near the Paracels.",
        # who voices a reaction as a noun, and to whom
        "Norway voiced concern after Russian warships drilled off Finnmark on Monday.",
        "Seoul lodged a protest with Tokyo over the Japanese naval drill near the islets.",
        # a critic of an activity held with another is no partner in it
        "China condemned the joint drills with the United States off Okinawa.",
        # a reactor's conjoined clause that tells no activity keeps it a reactor
        "Brazil's ambassador protested the arrests and urged Bolivia's junta to free the prisoners.",
    ],
)
def test_no_proposal_when_the_other_state_only_faces_or_answers_the_forces(propose_always, text):
    assert propose_always(text) == [None]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # two states' forces together watch a third: the watchers stay parties
        ("Dutch and Belgian minehunters shadowed a Russian submarine across the North Sea.", ("BEL", "NLD")),
        # "are engaged in" names no one acted on: a passive subject counts only with an agent
        ("Soldiers of Kenya and Tanzania are engaged in a joint exercise at Arusha this week.", ("KEN", "TZA")),
        # a place the object is in is not what is acted on
        ("Greek and Cypriot marines attacked a mock airfield on a Cypriot range during their drill.", ("CYP", "GRC")),
        # the side fired on or watched is left out, the forces acting together stay
        ("Jordanian and Egyptian troops held a joint patrol along the border with Israel.", ("EGY", "JOR")),
        # forces that watch together in the active voice stay parties; a threat's side is left out
        ("Japanese and American destroyers tracked the missile over the Sea of Japan.", ("JPN", "USA")),
        ("Estonian and Latvian troops drilled near Tartu against threats from Russia.", ("EST", "LVA")),
        # the agent of a clashing participle is the other side, not a partner
        ("Since a Polish tug was rammed by Russian cutters in May, Polish and Lithuanian gunboats have patrolled the lagoon together.", ("LTU", "POL")),
        ("Indonesian and Philippine marines held joint drills off Sulu despite Chinese objections.", ("IDN", "PHL")),
        # one who reacts is left out, the partners stay
        ("Indonesian and Malaysian troops held a joint patrol on Borneo, and Singapore welcomed the move.", ("IDN", "MYS")),
        ("Canada praised Russia's drills with Belarus as a sign of restraint.", ("BLR", "RUS")),
        # who welcomes an activity held with another, given to no state, holds it
        ("Japan welcomed the joint naval drills with the United States off Okinawa.", ("JPN", "USA")),
        # who reacts and also acts in a conjoined clause stays; what it reacts to is left out
        ("Australia and Indonesia voiced concern about China's moves and held joint naval drills in the Timor Sea.", ("AUS", "IDN")),
        ("Norway worried that Russia's exercises with China could grow, and invited U.S. Marines to train with its troops.", ("NOR", "USA")),
        ("Kenya and Uganda rejected the Somali plan and held a joint border patrol near Busia.", ("KEN", "UGA")),
    ],
)
def test_the_states_acting_together_stay_parties(propose_always, text, parties):
    [activity] = propose_always(text)
    assert activity is not None and activity.parties == parties


@pytest.mark.parametrize(
    "text",
    [
        "Estonian jets intercepted two Russian bombers over the Baltic on Friday.",
        "Iraqi troops occupied Kuwait in August 1990.",
        "Tajik border guards reinforced their posts along the frontier with Afghanistan.",
        "Argentina protested after British warships sailed near the Falklands.",
        "A Greek fishing boat was rammed by Turkish coast guard vessels off Lesbos on Sunday.",
    ],
)
def test_near_misses_stay_empty_with_a_back_off_that_always_fires(activities_with_an_always_firing_backoff, text):
    assert not activities_with_an_always_firing_backoff(text)
