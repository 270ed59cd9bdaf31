"""Alliances: an alliance noun and the verb that governs it, joining or leaving an
organisation with members, and the formal alliance a signed mutual defence pact makes."""

from __future__ import annotations

import pytest
from handparse import hand_parse

from accord.defence.alliances import AllianceExtractor, merge_alliances
from accord.records import Agreement, Alliance, Evidence

EVIDENCE = Evidence("", 0, 0)


@pytest.fixture(scope="module")
def alliances(rules, grammar):
    return AllianceExtractor(rules, grammar)


def _membership(verb: str, lemma: str):
    # "Finland <verb> NATO ."
    return hand_parse(
        [
            ("Finland", 1, "nsubj", "PROPN", "finland", "NNP"),
            (verb, 1, "ROOT", "VERB", lemma, "VBD"),
            ("NATO", 1, "dobj", "PROPN", "NATO", "NNP"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        states={0: "FIN"},
        orgs={2: "NATO"},
    )


# -- on hand-built parses -------------------------------------------------------------


def test_joining_an_organisation_is_a_formal_membership(alliances):
    parsed = _membership("joined", "join")
    (alliance,) = alliances.find(parsed.sent, parsed.index, 0)
    assert (alliance.members, alliance.status, alliance.name) == (("FIN", "NATO"), "formal", "NATO")


def test_leaving_an_organisation_dissolves_the_membership(alliances):
    parsed = _membership("left", "leave")
    (alliance,) = alliances.find(parsed.sent, parsed.index, 2)
    assert (alliance.id, alliance.status) == ("al3", "dissolved")


def test_forging_a_military_alliance_with_a_state_is_formal(alliances):
    # "Russia forged a military alliance with Belarus ."
    parsed = hand_parse(
        [
            ("Russia", 1, "nsubj", "PROPN", "russia", "NNP"),
            ("forged", 1, "ROOT", "VERB", "forge", "VBD"),
            ("a", 4, "det", "DET", "a", "DT"),
            ("military", 4, "amod", "ADJ", "military", "JJ"),
            ("alliance", 1, "dobj", "NOUN", "alliance", "NN"),
            ("with", 4, "prep", "ADP", "with", "IN"),
            ("Belarus", 5, "pobj", "PROPN", "belarus", "NNP"),
        ],
        states={0: "RUS", 6: "BLR"},
    )
    (alliance,) = alliances.find(parsed.sent, parsed.index, 0)
    assert (alliance.members, alliance.status, alliance.name) == (("BLR", "RUS"), "formal", "military alliance")


def test_a_union_without_a_military_word_is_no_alliance(alliances):
    parsed = hand_parse(
        [("Russia", 1, "nsubj", "PROPN", "russia"), ("formed", 1, "ROOT", "VERB", "form", "VBD"), ("a", 3, "det", "DET", "a")]
        + [("union", 1, "dobj", "NOUN", "union"), ("with", 3, "prep", "ADP", "with"), ("Belarus", 4, "pobj", "PROPN", "belarus")],
        states={0: "RUS", 5: "BLR"},
    )
    assert alliances.find(parsed.sent, parsed.index, 0) == []


def test_a_mutual_defence_pact_makes_its_parties_allies_formal_once_signed_proposed_before(alliances):
    signed = Agreement("ag1", "Mutual Defense Treaty", ("PHL", "USA"), (), "signed", None, None, "defence", EVIDENCE, ())
    proposed = Agreement("ag2", "mutual defence pact", ("JPN", "PHL"), (), "proposed", None, None, "defence", EVIDENCE, ())
    trade = Agreement("ag3", "trade pact", ("JPN", "PHL"), (), "signed", None, None, "trade", EVIDENCE, ())
    formal, wished = alliances.pacts([signed, proposed, trade], 1)
    assert (formal.id, formal.members, formal.status) == ("al2", ("PHL", "USA"), "formal")
    assert (wished.id, wished.members, wished.status) == ("al3", ("JPN", "PHL"), "proposed")


def test_the_same_move_told_twice_is_one_record_with_every_advocate():
    told = [Alliance("al1", ("HUN", "SRB"), "proposed", ("p1",), EVIDENCE), Alliance("al2", ("HUN", "SRB"), "proposed", ("p2", "p1"), EVIDENCE)]
    (merged,) = merge_alliances(told)
    assert merged.advocates == ("p1", "p2")


# -- through the parser ---------------------------------------------------------------


def test_hoped_for_alliance_is_proposed_with_its_advocate(extract_text):
    result = extract_text("Serbian President Aleksandar Vucic said he hopes for a military alliance with Hungary.")
    (alliance,) = result.alliances
    assert alliance.members == ("HUN", "SRB")
    assert alliance.status == "proposed"
    advocate = result.actor(alliance.advocates[0])
    assert advocate.kind == "person" and advocate.country == "SRB"


def test_joining_an_alliance_is_a_formal_membership(extract_text):
    result = extract_text("Sweden joined NATO in March 2024.")
    (alliance,) = result.alliances
    assert set(alliance.members) == {"SWE", "NATO"}
    assert alliance.status == "formal"


# -- on real parses -------------------------------------------------------------------------


def _alliances(extract_text, text):
    return [(a.members, a.status) for a in extract_text(text).alliances]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mutual defence treaty in force is a formal alliance of its parties
        ("The Philippines has a mutual defense treaty with the United States.", [(("PHL", "USA"), "formal")]),
        # creating an alliance "between X and Y", hoped for or proposed
        ("The president hoped to create an alliance between Egypt and Sudan.", [(("EGY", "SDN"), "proposed")]),
        # no details on the idea of an alliance denies nothing: the idea is proposed
        ("He did not give details on the idea of an alliance between Serbia and Hungary.", [(("HUN", "SRB"), "proposed")]),
        # a mutual defence treaty still being agreed is a proposed alliance
        ("Fiji and Tonga plan to negotiate a mutual defence treaty next year.", [(("FJI", "TON"), "proposed")]),
        # membership of a military alliance stated as a fact
        ("NATO member Denmark signed the deal.", [(("DNK", "NATO"), "formal")]),
        ("Turkey, a NATO member, criticised the plan.", [(("NATO", "TUR"), "formal")]),
    ],
)
def test_alliances_on_real_phrasing(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # membership stated with a verb of being
        ("Finland formally became NATO's 31st member on Tuesday.", [(("FIN", "NATO"), "formal")]),
        ("Norway is a member of NATO.", [(("NATO", "NOR"), "formal")]),
        ("Georgia hopes to become a member of NATO.", [(("GEO", "NATO"), "proposed")]),
        # applying to join is membership sought
        ("Bosnia applied to join NATO in 2009.", [(("BIH", "NATO"), "proposed")]),
        # leaving an organisation named after the verb; suspending one's participation in it
        ("Kyrgyz lawmakers voted to withdraw the country from the Collective Security Treaty Organization.", [(("CSTO", "KGZ"), "dissolved")]),
        ("Armenia has frozen its participation in the Collective Security Treaty Organization.", [(("ARM", "CSTO"), "suspended")]),
        ("Burkina Faso pulled out of the alliance with France.", [(("BFA", "FRA"), "dissolved")]),
        # the creation of an alliance "between X and Y" proposed or hoped for
        ("The president called for the creation of a military alliance between Egypt and Sudan.", [(("EGY", "SDN"), "proposed")]),
        # an alleged alliance is not recorded
        ("The minister accused Greece of building a military alliance with Cyprus and Egypt.", []),
    ],
)
def test_alliance_moves_on_real_phrasing(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


# -- on real parses: membership told by a noun, and what joining is not ----------------------


def _alliances(extract_text, text):
    return [(a.members, a.status) for a in extract_text(text).alliances]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland's accession to NATO was completed in April.", [(("FIN", "NATO"), "formal")]),
        ("Hungary's parliament ratified Sweden's accession to NATO on Monday.", [(("NATO", "SWE"), "formal")]),
        ("Kyiv has long sought membership in NATO.", [(("NATO", "UKR"), "proposed")]),
        # an accession the sentence tells things after is completed
        ("Since Finland's accession to NATO, the alliance's border with Russia has doubled.", [(("FIN", "NATO"), "formal")]),
    ],
)
def test_accession_and_membership_nouns_take_the_stage_of_the_verb_above(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Italy dispatched another 300 troops to join the U.N. peacekeeping force in Lebanon.",  # a force, not the UN
        "Talks on Ukraine's accession to NATO have stalled.",  # no stage told by the verb above
    ],
)
def test_joining_a_body_of_an_organisation_or_a_background_accession_is_no_alliance_move(extract_text, text):
    assert _alliances(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every state coordinated after a member noun is a member
        ("The ministers of NATO members Norway and Denmark met in Oslo.", [(("NATO", "NOR"), "formal"), (("DNK", "NATO"), "formal")]),
        # states taken into an organisation: formal once done, proposed when agreed
        ("The alliance admitted North Macedonia into NATO in 2020.", [(("MKD", "NATO"), "formal")]),
        ("Leaders agreed to bring Montenegro into NATO.", [(("MNE", "NATO"), "proposed")]),
    ],
)
def test_members_named_together_and_states_admitted(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that makes states members: expected, proposed; done, formal; one record per state
        ("The summit is expected to make Albania and Croatia full members of NATO.", [(("ALB", "NATO"), "proposed"), (("HRV", "NATO"), "proposed")]),
        ("Leaders will vote next month to make Slovakia and Slovenia full members of NATO.", [(("NATO", "SVK"), "proposed"), (("NATO", "SVN"), "proposed")]),
        ("The 1999 vote made Poland a member of NATO.", [(("NATO", "POL"), "formal")]),
        ("Finland and Sweden are members of NATO.", [(("FIN", "NATO"), "formal"), (("NATO", "SWE"), "formal")]),
    ],
)
def test_states_made_or_stated_members_have_one_membership_each(extract_text, text, expected):
    assert _alliances(extract_text, text) == expected


def test_an_alliance_whose_creation_is_proposed_in_the_passive_is_proposed(extract_text):
    text = "The creation of a military alliance between Turkey and Azerbaijan was proposed by Ankara."
    assert _alliances(extract_text, text) == [(("AZE", "TUR"), "proposed")]


# -- defence and security pacts in wire copy (invented sentences) ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a defence or security pact binds its parties as allies once signed or in force
        ("Japan and the Philippines signed a defence pact on Tuesday, officials said.", [(("JPN", "PHL"), "formal")]),
        ("The defence treaty between Kenya and Uganda entered into force last month.", [(("KEN", "UGA"), "formal")]),
        ("Peru and Chile signed a security treaty in Lima on Friday.", [(("CHL", "PER"), "formal")]),
        # still being made: proposed
        ("Vietnam and Indonesia have proposed a security pact to counter piracy.", [(("IDN", "VNM"), "proposed")]),
        ("Spain and Morocco are negotiating a defence pact, the foreign ministry said.", [(("ESP", "MAR"), "proposed")]),
        # a mutual defence treaty in force
        ("The mutual defence treaty between the United States and the Philippines is in force.", [(("PHL", "USA"), "formal")]),
        # a topic narrows the pact to a domain: no alliance
        ("Laos and Cambodia signed a border-security pact on Monday.", []),
        ("Estonia and Latvia signed a cyber-defence treaty in Riga.", []),
    ],
)
def test_a_defence_or_security_pact_makes_its_parties_allies(extract_text, text, expected):
    assert [(a.members, a.status) for a in extract_text(text).alliances] == expected


@pytest.mark.parametrize(
    ("text", "alliances", "agreements"),
    [
        # a founding treaty widened to take in states: each becomes a member of its organisation
        ("The North Atlantic Treaty, later extended to include Sweden and Finland, binds its members.", [(("NATO", "SWE"), "formal"), (("FIN", "NATO"), "formal")], []),
        ("The North Atlantic Treaty was extended to include Montenegro in 2017.", [(("MNE", "NATO"), "formal")], []),
        # a reduced relative the parser hangs on the main verb still belongs to the treaty before its comma,
        # and the states taken in are no dyad for another agreement of the sentence
        ("Europe's security rests on the Washington Treaty, now extended to include Sweden and Finland, and the several pacts we have signed since.", [(("NATO", "SWE"), "formal"), (("FIN", "NATO"), "formal")], []),
        # wished for: proposed
        ("Moscow wants the Collective Security Treaty expanded to include Serbia.", [(("CSTO", "SRB"), "proposed")], []),
        # a treaty that founded no known organisation: no alliance, and the states taken in are no pact between themselves
        ("The treaty was extended to include Peru and Chile.", [], []),
    ],
)
def test_a_founding_treaty_widened_to_include_states_makes_them_members(extract_text, text, alliances, agreements):
    records = extract_text(text)
    assert [(a.members, a.status) for a in records.alliances] == alliances
    assert [(a.parties, a.status) for a in records.agreements] == agreements


@pytest.mark.parametrize(
    "text",
    [
        # membership of a body that is no military alliance is no alliance record
        "China's accession to the WTO was completed in 2001.",
        "Turkey discussed its membership in the G20.",
        "The summit is expected to make Ukraine a full member of the EU.",
        "The bloc admitted Croatia into the EU in 2013.",
        # an alliance that only modifies the object of "into" is not what the state enters
        "The deal brings Ukraine into the EU energy market.",
        "The plan brings Georgia into the NATO training programme.",
    ],
)
def test_membership_of_a_non_military_body_is_no_alliance(extract_text, text):
    assert _alliances(extract_text, text) == []


def test_membership_of_another_defence_alliance_is_an_alliance(extract_text):
    # the Sahel states' pact is written as its member states with the newcomer (the dev gold's convention)
    assert _alliances(extract_text, "Chad's accession to the Alliance of Sahel States was completed in May.") == [(("BFA", "MLI", "NER", "TCD"), "formal")]
