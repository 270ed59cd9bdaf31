"""Alliances as real copy phrases them (issue 13), on invented sentences: a pact's founding
told by a noun, accession told by a noun in either word order (praised, it is still to come),
states welcomed into an alliance or their bid to join welcomed, a state back in an alliance's
military command (not its missions, exercises or summits),
membership stated as a fact, pacts of mutual defence and accession instruments; and near
misses (docs/annotation.md 9.4)."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The creation of SEATO among the United States, Britain, France, Australia, New Zealand, Pakistan, Thailand and the Philippines followed in 1954.", [("AUS,FRA,GBR,NZL,PAK,PHL,THA,USA", "formal")]),
        ("Historians recall the establishment of the Baghdad Pact between Turkey, Iraq, Iran, Pakistan and Britain.", [("GBR,IRN,IRQ,PAK,TUR", "formal")]),
        # "of" hung on a place in between
        ("The year brought the formation in Asia of the ANZUS Treaty among Australia, New Zealand and the United States.", [("AUS,NZL,USA", "formal")]),
        ("The formation in Asia of the ANZUS Treaty by Australia, New Zealand and the United States came in 1951.", [("AUS,NZL,USA", "formal")]),
        ("The founding in Europe of the Warsaw Pact by the Soviet Union and Poland followed.", [("POL,RUS", "formal")]),
        ("The creation of the Baghdad Pact by Iraq, Turkey and Britain alarmed Cairo.", [("GBR,IRQ,TUR", "formal")]),
    ],
)
def test_the_founders_named_on_a_founding_noun_are_allies(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Observers celebrated the accession to NATO of Greece and Turkey.", [("GRC,NATO", "formal"), ("NATO,TUR", "formal")]),
        ("Finland's entry into NATO was completed in April.", [("FIN,NATO", "formal")]),
        # "of X" after a list of bodies; a body that is no alliance gives no record
        ("The accession to the Atlantic Alliance and the European Union of the Republic of Croatia was celebrated in Zagreb.", [("HRV,NATO", "formal")]),
        ("Since Sweden's accession to NATO, the alliance has rethought its Baltic plans.", [("NATO,SWE", "formal")]),
        # one of the gains a past verb says were seen
        ("The alliance has seen real gains this decade: the accession to NATO and the EU of Finland, and new bases.", [("FIN,NATO", "formal")]),
        # "the alliance": the one military alliance named before
        ("NATO held a summit in Vilnius. Finland's accession to the alliance was celebrated there.", [("FIN,NATO", "formal")]),
    ],
)
def test_accession_told_by_a_noun(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # praise tells no stage: the accession is still to come ...
        ("Zelensky hailed Ukraine's accession to NATO as inevitable.", [("NATO,UKR", "proposed")]),
        ("Poland hailed Ukraine's eventual accession to NATO as a goal.", [("NATO,UKR", "proposed")]),
        ("Lithuania praised Georgia's accession to NATO as a strategic aim.", [("GEO,NATO", "proposed")]),
        ("Estonia applauded Moldova's accession to the CSTO.", [("CSTO,MDA", "proposed")]),
        ("Observers hailed the accession to NATO of Greece and Turkey.", [("GRC,NATO", "proposed"), ("NATO,TUR", "proposed")]),
        # ... unless the noun says it is done
        ("Poland hailed Finland's completed accession to NATO.", [("FIN,NATO", "formal")]),
        ("Sweden hailed Finland's finalised accession to NATO.", [("FIN,NATO", "formal")]),
    ],
)
def test_an_accession_praised_is_no_accession_done(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO leaders welcomed Finland into the alliance at the Vilnius summit.", [("FIN,NATO", "formal")]),
        ("The allies welcomed Montenegro to NATO on Monday.", [("MNE,NATO", "formal")]),
        ("The allies will welcome Ukraine into NATO once the war ends.", [("NATO,UKR", "proposed")]),
        # a bid welcomed is still a bid
        ("Warsaw welcomed Ukraine's bid to join NATO.", [("NATO,UKR", "proposed")]),
        ("Allied ministers welcomed Georgia's application to join the Atlantic Alliance.", [("GEO,NATO", "proposed")]),
    ],
)
def test_states_welcomed_into_an_alliance(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France rejoined NATO's integrated military command in 2009.", [("FRA,NATO", "formal")]),
        ("Spain has rejoined the integrated military command of NATO.", [("ESP,NATO", "formal")]),
        ("Athens restored its links to the integrated military command of NATO after six years.", [("GRC,NATO", "formal")]),
        ("Allies hailed the restoration of Greece's ties to the command structure of NATO.", [("GRC,NATO", "formal")]),
        ("Spain rejoined NATO's integrated military command in 1999.", [("ESP,NATO", "formal")]),
        ("Hungary returned to the CSTO's joint command.", [("CSTO,HUN", "formal")]),
        ("Paris returned to the integrated command structure of NATO under Sarkozy.", [("FRA,NATO", "formal")]),
        ("Lisbon welcomed the reestablishment of Portugal's links with the military command of NATO.", [("NATO,PRT", "formal")]),
        ("Greece will rejoin NATO's military command next year.", [("GRC,NATO", "proposed")]),
    ],
)
def test_a_state_back_in_an_alliances_military_command(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO member Turkey bought Russian S-400 missiles.", [("NATO,TUR", "formal")]),
        ("Hungary, a NATO ally, has blocked the package.", [("HUN,NATO", "formal")]),
        ("Fellow NATO members Norway and Denmark sent frigates.", [("DNK,NATO", "formal"), ("NATO,NOR", "formal")]),
    ],
)
def test_membership_stated_as_a_fact(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The existing mutual defence treaty between Manila and Washington covers attacks on coast guard ships.", [("PHL,USA", "formal")]),
        ("During the Indonesian president's visit, Canberra concluded a new defence pact.", [("AUS,IDN", "formal")]),
        # a bare "treaty" whose sentence pledges mutual assistance
        ("The two leaders signed a treaty on Wednesday pledging mutual assistance if either country is attacked, Moscow and Pyongyang said.", [("PRK,RUS", "formal")]),
        ("Russia and North Korea signed a treaty pledging mutual assistance if either is attacked.", [("PRK,RUS", "formal")]),
        ("Moscow signed a treaty with Pyongyang pledging mutual defence in case of aggression.", [("PRK,RUS", "formal")]),
        ("Iran and Syria signed a pact pledging to provide mutual assistance in the event of an attack.", [("IRN,SYR", "formal")]),
        # an accession instrument signed: the states taken in are not members yet
        ("NATO's 30 allies signed accession protocols for Finland and Sweden on Tuesday.", [("FIN,NATO", "proposed"), ("NATO,SWE", "proposed")]),
        ("NATO members signed the accession protocol for North Macedonia.", [("MKD,NATO", "proposed")]),
        ("The allies signed Montenegro's accession protocol to NATO.", [("MNE,NATO", "proposed")]),
    ],
)
def test_pacts_that_make_allies(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "France left NATO's integrated military command in 1966.",  # the command alone: still a member
        "Athens said Greek officers had rejoined NATO's command.",  # officers, not the state
        "The Finnish foreign minister was welcomed to NATO headquarters on Monday.",
        "Leaders welcomed the Swedish delegation to the NATO summit in Vilnius.",
        "A NATO spokesman said Turkey had received the missiles.",
        "Moscow fears Ukraine's entry into NATO.",
        "Moscow faces new worries: the accession of Finland to NATO, and more.",  # present: not told as done
        "Hungary's parliament approved Serbia's bid to join NATO.",  # no longer only sought, not yet done
        "Analysts debated whether the creation of a Gulf alliance was possible.",
        "Lima and Quito signed a trade treaty on Monday; both pledged mutual assistance in disasters.",
        "Historians say Manila's former mutual defence pact with Taipei shaped the region.",
        # an alliance's missions, exercises, summits and talks are no command: taking part again is no membership
        "Austria rejoined NATO's peacekeeping mission in Kosovo.",
        "Serbia returned to NATO's exercises in the Balkans after a two-year break.",
        "Georgia restored its links to NATO's training mission.",
        "Moldova rejoined the CSTO's summit talks.",
        "Armenia returned to the CSTO's joint exercises.",
        "Finland returned to NATO's air policing mission.",
        # a foreign state named by its people, with no visit or talks, is no second party to a pact
        "Over objections from the Chinese foreign minister, Manila signed a defence pact.",
        "Ignoring protests by the Russian envoy, Tbilisi signed a defence pact.",
        # a bare treaty with no mutual defence pledged, and one whose parties are not named
        "Japan and India signed a trade treaty, pledging mutual assistance in disasters.",
    ],
)
def test_near_misses_make_no_alliance(extract_text, text):
    assert alliances_joined(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # "<org>'s <noun>": only the organisation itself (or its military command) makes a member
        "Greece rejoined NATO's football tournament for officers.",
        "Serbia rejoined NATO's chess championship for cadets.",
        "France rejoined NATO's science programme for students.",
        "Austria rejoined the EU's football league for officers.",
        "Greece joined NATO's football tournament.",
        # a departure only possible or announced: still a member, no bid to join
        "Armenia may withdraw from the CSTO, Pashinyan said.",
    ],
)
def test_what_an_organisation_owns_or_a_possible_departure_makes_no_membership(extract_text, text):
    assert alliances_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France rejoined NATO's integrated military command.", [("FRA,NATO", "formal")]),
        # praise tells no stage, the noun does: a membership praised is held
        ("The United States praised Finland's membership of NATO.", [("FIN,NATO", "formal")]),
        ("Germany hailed Poland's membership of NATO.", [("NATO,POL", "formal")]),
        ("The United States praised Finland as a member of NATO.", [("FIN,NATO", "formal")]),
        # a future membership or a bid praised is only sought
        ("Germany hailed Ukraine's future membership of NATO.", [("NATO,UKR", "proposed")]),
        ("Germany praised Ukraine's bid to join NATO.", [("NATO,UKR", "proposed")]),
    ],
)
def test_praise_leaves_the_stage_to_the_noun(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected
