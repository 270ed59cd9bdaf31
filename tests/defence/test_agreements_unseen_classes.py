"""Agreements in classes of phrasing no rule listed before round 8: stage nouns (expiry, entry into
force), an agreement named from its first noun ("status of forces agreement"), a letter of intent,
initialling (agreed, not signed), a present relative clause binding its parties or an anniversary
of its signing (in force, told in passing), plural references as signers; and the near misses: a
record in a clause someone denies or only a claim asserts, and a deal set beside a sale or
purchase (an order). All sentences are invented, in several agencies' styles."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The expiry of the arms control treaty between Moscow and Washington came in August.", [("RUS,USA", "terminated")]),
        ("HANOI (VNA) - The expiration of the 2015 defence memorandum between Vietnam and Laos was noted by both sides.", [("LAO,VNM", "terminated")]),
        ("The entry into force of the defence pact between Japan and Australia took place on Monday.", [("AUS,JPN", "in_force")]),
        # an entry into force still awaited: the agreement is signed, not yet in force
        ("The entry into force of the defence pact between Japan and Australia is expected next year.", [("AUS,JPN", "signed")]),
        ("The status of forces agreement between the United States and Iraq entered into force on January 1.", [("IRQ,USA", "in_force")]),
        ("Canberra and Port Moresby inked a status of forces agreement in 2023.", [("AUS,PNG", "signed")]),
        ("KUALA LUMPUR (Bernama) -- Malaysia and Indonesia signed a letter of intent on defence industry cooperation on Tuesday.", [("IDN,MYS", "signed")]),
    ],
)
def test_stage_nouns_and_instrument_names_no_rule_listed(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The defence ministers of Serbia and Hungary initialled a military cooperation accord on Tuesday.", [("HUN,SRB", "agreed")]),
        ("Serbian and Hungarian defence officials initialled an accord on military cooperation in Belgrade on Monday, and their ministers will sign it in May.", [("HUN,SRB", "agreed")]),
    ],
)
def test_an_initialled_agreement_is_agreed_not_yet_signed(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEIJING (Xinhua) - China and Laos marked the anniversary of their treaty of friendship, which binds each side to rush to the other's aid in war.", [("CHN,LAO", "in_force")]),
        ("PYONGYANG (KCNA) -- A reception was held to mark the 60th anniversary of the signing of the treaty between the DPRK and China.", [("CHN,PRK", "in_force")]),
        ("Kenyan and Somali officials marked the tenth anniversary of the conclusion of their defence pact.", [("KEN,SOM", "in_force")]),
        # told with its signing, the relative clause is only what the pact will bind them to
        ("Norway and Iceland signed a fisheries accord, which allows boats from each side to fish in the other's waters.", [("ISL,NOR", "signed")]),
    ],
)
def test_an_agreement_in_passing_whose_terms_bind_or_whose_signing_is_remembered_is_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials from Laos and Cambodia said the two governments had concluded a pact on demining.", [("KHM,LAO", "signed")]),
        ("Ghana and Togo's defence chiefs met in Accra, where the two countries signed a memorandum on border security.", [("GHA,TGO", "signed")]),
    ],
)
def test_plural_references_name_the_states_told_before(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials denied reports that Iran and Russia had signed a defence pact.",
        "Officials denied that Iran and Russia had signed a defence pact.",
        "ISLAMABAD (APP) - The Foreign Office dismissed claims that Pakistan and China had concluded a secret defence treaty.",
        # a deal set beside a sale or purchase is that order (an arms transfer), not an agreement
        "Peru is in talks with Saab over the purchase of 12 Gripen fighters, a deal set to become the largest arms order in its history.",
        "Washington approved the sale to Manila of 20 F-16 jets in a deal worth about 5 billion dollars.",
    ],
)
def test_denied_or_claimed_agreements_and_deals_naming_a_sale_are_none(extract_text, text):
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report confirmed, or a state's own statement, still tells the agreement
        ("The ministry confirmed reports that Vietnam and India had signed a memorandum on defence cooperation.", [("IND,VNM", "signed")]),
        ("Kenya said that it had signed a defence pact with Ethiopia.", [("ETH,KEN", "signed")]),
        ("India and Vietnam signed a trade deal worth 2 billion dollars in Hanoi.", [("IND,VNM", "signed")]),
    ],
)
def test_reports_not_denied_and_valued_trade_deals_stay_agreements(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the agreement's "on" on the verb whose subject is the talks
        ("Talks between Hanoi and Canberra on a visiting forces pact opened on Monday.", [("AUS,VNM", "negotiating")]),
        ("Talks on the pact between Serbia and Hungary collapsed on Friday.", [("HUN,SRB", "negotiating")]),
        # a lapse still to come: the agreement stands until then
        ("The new START treaty between Moscow and Washington is due to expire in February.", [("RUS,USA", "in_force")]),
        ("The arms pact between Kyiv and Warsaw is set to lapse in June.", [("POL,UKR", "in_force")]),
        ("The defence pact between Paris and Abu Dhabi will expire next year unless renewed.", [("ARE,FRA", "in_force")]),
        ("The defence pact between Paris and Abu Dhabi expired last year.", [("ARE,FRA", "terminated")]),
    ],
)
def test_talks_told_as_subject_and_lapses_still_to_come(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Argentina forged a defence accord in 1998.", [("ARG,CHL", "signed")]),
        # a stage in the complement of a verb of discussing or proposing is not reached
        ("Iraq and Jordan discussed forming a joint defence pact, the agency said.", [("IRQ,JOR", "negotiating")]),
        ("Hanoi proposed signing a maritime accord with Manila.", [("PHL,VNM", "proposed")]),
    ],
)
def test_forming_a_pact_and_stages_only_discussed_or_proposed(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
