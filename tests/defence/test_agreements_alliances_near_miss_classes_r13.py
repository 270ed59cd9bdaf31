"""Classes of false agreement and alliance records found on blind near misses (round 13), each
with the real record that must still come out (docs/annotation.md §9.1, §9.4): a pact said to be
years away, a claim dismissed (the parser hanging its "that" clause as a relative), traders whose
demonym is no state party, a pact in an imagined scenario, a breach only alleged (no termination), states a truce had "no" part in, membership of a body that is no military alliance,
and a one-party contract not completed from a buyer's wish. Sentences invented."""

from __future__ import annotations

import pytest
from handparse import hand_parse

from accord.defence.agreements import told_as_unfounded


def _agreements(extract_text, text):
    return sorted((a.parties, str(a.status)) for a in extract_text(text).agreements if a.found_by == "rules")


def _alliances(extract_text, text):
    return sorted((a.members, str(a.status)) for a in extract_text(text).alliances if a.found_by == "rules")


@pytest.mark.parametrize(
    "text",
    [
        "A border pact between Peru and Ecuador is still decades away, officials in Lima conceded.",
        "Diplomats said a defence treaty linking Chile and Bolivia was years away.",
    ],
)
def test_a_pact_years_away_is_no_agreement(extract_text, text):
    assert _agreements(extract_text, text) == []


def test_an_alliance_years_away_is_none(extract_text):
    text = "Analysts in Cairo wrote that a military alliance between Egypt and Sudan remains years away."
    assert _alliances(extract_text, text) == []


def test_a_pact_said_to_be_near_still_stands(extract_text):
    text = "Peru and Ecuador signed a border pact on Tuesday, officials in Lima said."
    assert _agreements(extract_text, text) == [(("ECU", "PER"), "signed")]


def _claim_parse(verb_lemma: str, mark_dep: str):
    """"Officials dismissed (the) claims that Accra had a pact with Lome", its "that" clause hung as a
    relative on the noun (the parse the model sometimes makes), "that" a mark or a relative pronoun."""
    return hand_parse(
        [
            ("Officials", 1, "nsubj", "NOUN", "official", "NNS"),
            ("dismissed", 1, "ROOT", "VERB", verb_lemma, "VBD"),
            ("claims", 1, "dobj", "NOUN", "claim", "NNS"),
            ("that", 5, mark_dep, "PRON", "that", "WDT"),
            ("Accra", 5, "nsubj", "PROPN", "Accra", "NNP"),
            ("had", 2, "relcl", "VERB", "have", "VBD"),
            ("a", 7, "det", "DET", "a", "DT"),
            ("pact", 5, "dobj", "NOUN", "pact", "NN"),
            ("with", 7, "prep", "ADP", "with", "IN"),
            ("Lome", 8, "pobj", "PROPN", "Lome", "NNP"),
        ],
        states={4: "GHA", 9: "TGO"},
    )


def test_a_claim_s_that_clause_parsed_as_a_relative_is_still_the_claim(rules):
    assert told_as_unfounded(_claim_parse("dismiss", "mark")["pact"], rules.agreements)


def test_a_true_relative_on_a_claim_noun_is_no_claim_s_content(rules):
    # "the claims that Accra had (made)": "that" is the relative's object, the clause no claim's content
    assert not told_as_unfounded(_claim_parse("dismiss", "dobj")["pact"], rules.agreements)


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi's foreign ministry rejected claims by Chinese bloggers that Vietnam had a secret naval accord with India.",
        "The minister dismissed rumours that Ankara had a military understanding with Baku as baseless.",
    ],
)
def test_a_pact_told_only_in_a_dismissed_claim_is_none(extract_text, text):
    assert _agreements(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan tea exporter signed a five-year supply contract with a Pakistani distributor last week.",
        "An Argentine grain trader and a Chinese importer signed a commercial agreement on Friday, the trader said.",
    ],
)
def test_traders_with_a_demonym_are_no_state_parties(extract_text, text):
    assert _agreements(extract_text, text) == []


def test_a_trade_agreement_between_states_still_comes_out(extract_text):
    text = "Kenya and Pakistan signed a five-year trade agreement in Nairobi on Friday."
    assert [parties for parties, _ in _agreements(extract_text, text)] == [("KEN", "PAK")]


@pytest.mark.parametrize(
    "text",
    [
        "Khartoum accused Juba of breaking the ceasefire along their border on Sunday.",
        "Yerevan blamed Baku for breaking the truce in Nagorno-Karabakh overnight.",
    ],
)
def test_a_breach_only_alleged_ends_no_agreement(extract_text, text):
    # an alleged breach is a violation: the agreement stands (as "accused X of violating the accord")
    assert [status for _, status in _agreements(extract_text, text)] == ["in_force"]


def test_a_pact_in_a_confirmed_report_still_stands(extract_text):
    text = "Analysts confirmed the report that Cuba had a military understanding with Venezuela."
    assert _agreements(extract_text, text) == [(("CUB", "VEN"), "in_force")]


def test_a_truce_a_state_is_told_to_break_still_ends(extract_text):
    assert _agreements(extract_text, "Juba broke the ceasefire with Khartoum on Sunday.") == [(("SDN", "SSD"), "terminated")]


def test_a_contract_a_buyer_only_wants_takes_no_seller_from_the_wish(extract_text):
    text = "Brazil has chosen the Swedish Gripen fighter for its air force, with contract negotiations with Stockholm to start next month."
    extraction = extract_text(text)
    assert [a for a in extraction.agreements if a.found_by == "rules"] == []
    # the wish itself stays a transfer record
    assert [(t.supplier, t.recipient, str(t.status)) for t in extraction.arms_transfers] == [(("SWE",), ("BRA",), "interest")]


@pytest.mark.parametrize(
    "text",
    [
        "Austria joined the European Union in 1995 while keeping its neutrality.",
        "Canada withdrew from UNESCO in a dispute over its budget.",
    ],
)
def test_membership_of_a_body_that_is_no_military_alliance_is_none(extract_text, text):
    assert _alliances(extract_text, text) == []


def test_joining_a_military_alliance_still_comes_out(extract_text):
    text = "Montenegro joined NATO in 2017 after a vote in its parliament."
    assert _alliances(extract_text, text) == [(("MNE", "NATO"), "formal")]


@pytest.mark.parametrize(
    "text",
    [
        "A war-gaming exercise in Canberra explored a scenario where Australia and Indonesia sign a defence treaty.",
        "Researchers ran a simulation in which Poland and Ukraine form a military alliance.",
    ],
)
def test_a_pact_in_an_imagined_scenario_is_none(extract_text, text):
    assert _agreements(extract_text, text) == [] and _alliances(extract_text, text) == []


def test_a_pact_a_report_tells_signed_still_comes_out(extract_text):
    text = "Australia and Indonesia signed a defence treaty, the report said."
    assert _agreements(extract_text, text) == [(("AUS", "IDN"), "signed")]


def test_states_a_truce_had_no_part_in_are_no_parties(extract_text):
    text = "Sudan agreed a truce with South Sudan on Friday, with no Ethiopian or Kenyan involvement."
    assert _agreements(extract_text, text) == [(("SDN", "SSD"), "agreed")]


def test_a_truce_between_groups_with_no_state_taking_part_is_none(extract_text):
    text = "Two rival gangs agreed a truce in Port Harcourt on Monday, with no Cameroonian or Beninese involvement."
    assert _agreements(extract_text, text) == []


def test_an_agreement_years_away_from_its_end_still_stands(extract_text):
    # the distance told is to its expiry, not to its making
    text = "Signed in 2016, the security accord between Ghana and Togo is still decades away from lapsing."
    assert [parties for parties, _ in _agreements(extract_text, text)] == [("GHA", "TGO")]
