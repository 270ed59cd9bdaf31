"""Agreements: the noun that names one, the stage its verb gives, its parties, its history."""

from __future__ import annotations

import pytest
from handparse import hand_parse

from accord.defence.agreements import finish_agreements

# "Poland signed a treaty with Sweden ."
SIGNED = [
    ("Poland", 1, "nsubj", "PROPN", "poland", "NNP"),
    ("signed", 1, "ROOT", "VERB", "sign", "VBD"),
    ("a", 3, "det", "DET", "a", "DT"),
    ("treaty", 1, "dobj", "NOUN", "treaty", "NN"),
    ("with", 1, "prep", "ADP", "with", "IN"),
    ("Sweden", 4, "pobj", "PROPN", "sweden", "NNP"),
    (".", 1, "punct", "PUNCT", ".", "."),
]


# -- on hand-built parses -------------------------------------------------------------


def test_verb_over_the_noun_gives_the_stage_and_its_subject_and_with_phrase_the_parties(agreements, dates):
    parsed = hand_parse(SIGNED, states={0: "POL", 5: "SWE"})
    drafts = []
    agreements.add(parsed.sent, parsed.index, dates, drafts, parsed.by_token)
    (agreement,) = finish_agreements(drafts)
    assert agreement.parties == ("POL", "SWE")
    assert agreement.status == "signed"
    assert agreement.name == "treaty"


def test_a_noun_with_no_party_makes_no_agreement(agreements, dates):
    parsed = hand_parse(SIGNED)
    drafts = []
    agreements.add(parsed.sent, parsed.index, dates, drafts, parsed.by_token)
    assert drafts == []


def test_a_negated_stage_is_not_told(agreements, dates):
    rows = SIGNED[:1] + [("did", 2, "aux", "AUX", "do", "VBD"), ("not", 2, "neg", "PART", "not", "RB")]
    rows += [(w, h + 2, d, p, lemma, tag) for w, h, d, p, lemma, tag in SIGNED[1:]]
    rows[0] = ("Poland", 3, "nsubj", "PROPN", "poland", "NNP")
    parsed = hand_parse(rows, states={0: "POL", 7: "SWE"})
    drafts = []
    agreements.add(parsed.sent, parsed.index, dates, drafts, parsed.by_token)
    assert drafts == []


def test_plan_is_an_agreement_only_with_a_cooperation_word(agreements):
    # "a defence plan" / "a plan"
    qualified = hand_parse([("a", 2, "det", "DET", "a"), ("defence", 2, "compound", "NOUN", "defence"), ("plan", 2, "ROOT", "NOUN", "plan")])
    bare = hand_parse([("a", 1, "det", "DET", "a"), ("plan", 1, "ROOT", "NOUN", "plan")])
    assert agreements.is_agreement_noun(qualified["plan"])
    assert not agreements.is_agreement_noun(bare["plan"])


def test_a_great_deal_is_a_quantity_not_an_agreement(agreements):
    parsed = hand_parse([("a", 2, "det", "DET", "a"), ("great", 2, "ROOT", "ADJ", "great"), ("deal", 1, "npadvmod", "NOUN", "deal")])
    assert not agreements.is_agreement_noun(parsed["deal"])


def test_entering_into_force_is_the_in_force_stage(agreements):
    # "The treaty entered into force ."
    parsed = hand_parse(
        [
            ("The", 1, "det", "DET", "the"),
            ("treaty", 2, "nsubj", "NOUN", "treaty"),
            ("entered", 2, "ROOT", "VERB", "enter", "VBD"),
            ("into", 2, "prep", "ADP", "into"),
            ("force", 3, "pobj", "NOUN", "force"),
            (".", 2, "punct", "PUNCT", "."),
        ]
    )
    verb, stage = agreements.governing_stage(parsed["treaty"])
    assert (verb.text, stage) == ("entered", "in_force")


def test_domain_comes_from_the_phrase_before_the_sentence(agreements):
    # "a trade agreement helps military ties": the phrase says trade, the sentence defence
    parsed = hand_parse(
        [
            ("a", 2, "det", "DET", "a"),
            ("trade", 2, "compound", "NOUN", "trade"),
            ("agreement", 3, "nsubj", "NOUN", "agreement"),
            ("helps", 3, "ROOT", "VERB", "help", "VBZ"),
            ("military", 5, "amod", "ADJ", "military"),
            ("ties", 3, "dobj", "NOUN", "tie"),
        ]
    )
    assert agreements.domain(parsed["agreement"], parsed.sent) == "trade"
    assert agreements.domain(parsed["ties"], parsed.sent) == "defence"


# -- through the parser ---------------------------------------------------------------


def test_signed_agreement_has_parties_place_date_and_domain(extract_text):
    result = extract_text("Serbia and Hungary signed a defence cooperation plan in Belgrade on Tuesday.")
    (agreement,) = result.agreements
    assert agreement.parties == ("HUN", "SRB")
    assert agreement.status == "signed"
    assert agreement.place == "Belgrade"
    assert agreement.date == "2025-03-11"
    assert agreement.domain == "defence"


def test_later_definite_mention_adds_an_earlier_stage_to_the_history(extract_text):
    result = extract_text(
        "Serbia and Hungary signed a defence cooperation plan on Tuesday. "
        "The plan formalises the agreement reached in 2023."
    )
    (agreement,) = result.agreements
    assert [(s.status, s.date) for s in agreement.history] == [("agreed", "2023"), ("signed", "2025-03-11")]
    assert agreement.status == "signed"


# -- on real parses: agreements mentioned in passing ---------------------------------------


def _agreements(extract_text, text):
    return [(a.parties, a.status) for a in extract_text(text).agreements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any signed instrument is an agreement, its parties from the signers
        ("Kenya and Uganda signed a roadmap for security cooperation.", [(("KEN", "UGA"), "signed")]),
        ("Defence chiefs of Ghana and Togo signed a memorandum covering military training.", [(("GHA", "TGO"), "signed")]),
        # an existing treaty is in force; an act done under one tells it is
        ("The Philippines has a mutual defense treaty with the United States.", [(("PHL", "USA"), "in_force")]),
        ("Chilean ships patrolled the strait under a treaty with Argentina.", [(("ARG", "CHL"), "in_force")]),
        # withdrawing from an accord ends it
        ("Russia withdrew from the Intermediate-Range Nuclear Forces Treaty with the United States.", [(("RUS", "USA"), "terminated")]),
    ],
)
def test_agreements_told_in_passing_are_records_with_their_stage(extract_text, text, expected):
    assert _agreements(extract_text, text) == expected


def test_an_agreement_inside_one_state_is_not_between_states(extract_text):
    text = "The Somali government and the Puntland regional administration signed an agreement on port security."
    assert _agreements(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signed instrument of any name is an agreement
        ("Ghana signed a document on border security with Togo.", [(("GHA", "TGO"), "signed")]),
        ("Egypt and Sudan signed a protocol on military cooperation in Cairo.", [(("EGY", "SDN"), "signed")]),
        # a participle the parser hangs on the name complement still tells the stage
        ("Rome protested against a declaration on naval cooperation signed in May by Greece, Cyprus and Egypt.", [(("CYP", "EGY", "GRC"), "signed")]),
        # a stage told by a noun: the termination of, the suspension of
        ("Chile announced the termination of the memorandum on defence matters signed with Peru in 2015.", [(("CHL", "PER"), "terminated")]),
        # reneging on an accord ends it; a standing treaty is in force
        ("Pyongyang reneged on its military accord with Seoul.", [(("KOR", "PRK"), "terminated")]),
        ("Japan and Australia invoked their existing security treaty.", [(("AUS", "JPN"), "in_force")]),
        # an act done under the treaty tells it is in force
        ("India has a defence agreement with France under which Indian pilots train in France.", [(("FRA", "IND"), "in_force")]),
        # agreeing to conclude is the agreed stage
        ("Fiji and Samoa have agreed to conclude a security treaty next year.", [(("FJI", "WSM"), "agreed")]),
        # the other side: whom it is proposed to, whom the act is told to, what the agreement is about
        ("Portugal has proposed a joint maritime surveillance agreement to Spain and Morocco.", [(("ESP", "MAR", "PRT"), "proposed")]),
        ("Colombia notified Caracas on Monday that it was terminating the 2011 border agreement.", [(("COL", "VEN"), "terminated")]),
        ("Senators in Tallinn approved the agreement on the stationing of a Finnish battalion in Estonia.", [(("EST", "FIN"), "ratified")]),
        ("Ghana's president proposed that Togo and Benin join Ghana in a regional border-security pact.", [(("BEN", "GHA", "TGO"), "proposed")]),
        # a truce announced by two states and violated is in force between them
        ("Officials reported violations of the ceasefire in Yemen announced by Saudi Arabia and Iran.", [(("IRN", "SAU"), "in_force")]),
        ("Pakistan and India agreed on a ceasefire along the Line of Control.", [(("IND", "PAK"), "agreed")]),
        # no longer abiding by an agreement ends it
        ("North Korea said that it would no longer abide by the military agreement with South Korea.", [(("KOR", "PRK"), "terminated")]),
        # a clause that names no party: the two states the sentence names as actors
        ("A Chinese diplomat said the talks with an Indian envoy could lead to an agreement on the border.", [(("CHN", "IND"), "negotiating")]),
        # a stage not reached yet: "before the treaty is signed"
        ("Baku wants Armenia to change its constitution before the treaty is signed.", [(("ARM", "AZE"), "negotiating")]),
        # a deal that acts on something else tells no stage of its own
        ("Ethiopia and Eritrea signed a peace deal ending two decades of hostility.", [(("ERI", "ETH"), "signed")]),
    ],
)
def test_agreements_on_real_phrasing(extract_text, text, expected):
    assert _agreements(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # purchases are arms transfers, not agreements
        "Spain has signed a deal to buy 25 trainer jets from Turkey.",
        "Chile cancelled its contract with the Israeli company Elbit for 40 drones.",
        # a mediator of a truce is no party, and a truce gives its parties only in its own phrase
        "The two armies halted fighting under a truce brokered by Qatar.",
        # an undefined document is no agreement
        "Albania published a document on its defence spending.",
        # a city before the noun is where the agreement was made, not a party
        "Mr Johnson raised the violations of the Minsk agreements in Ukraine.",
        # "Treaty" inside an organisation's name
        "Kyrgyz lawmakers praised the Collective Security Treaty Organization.",
    ],
)
def test_purchases_mediators_and_plain_documents_make_no_agreement(extract_text, text):
    assert _agreements(extract_text, text) == []


def test_signatories_come_from_a_signing_told_again_with_a_plural_title(extract_text):
    result = extract_text(
        "Latvia and Lithuania signed a defence cooperation plan in Riga on Tuesday. "
        "The defence ministers, Andris Spruds and Laurynas Kasciunas, put their signatures to the document at the ministry."
    )
    (agreement,) = result.agreements
    assert agreement.parties == ("LTU", "LVA")
    assert agreement.place == "Riga"
    assert {result.actor(a).name for a in agreement.signatories} >= {"Andris Spruds", "Laurynas Kasciunas"}


def test_a_proper_name_names_the_agreement_told_before(extract_text):
    result = extract_text(
        "A defence pact between Japan and the Philippines was signed in Manila on Monday. "
        "The Reciprocal Access Agreement was ratified by the Philippine Senate in December."
    )
    (agreement,) = result.agreements
    assert agreement.name == "Reciprocal Access Agreement"
    assert agreement.status == "ratified"
