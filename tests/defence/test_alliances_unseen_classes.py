"""Alliances in classes of phrasing no rule listed before round 8: membership stated by a member
noun the parser reads as a verb, aspired to or asked for, kept ("will stay in NATO"), left by its
founding treaty; a pact committing states to joint defence or equating aggression against either
with aggression against both; and the near misses: an alliance only claimed or denied, an
admission vetoed, a force named by its own name joined. All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fellow CSTO members Kazakhstan and Kyrgyzstan held talks in Bishkek.", [("CSTO,KAZ", "formal"), ("CSTO,KGZ", "formal")]),
        ("Bosnia aspires to membership in NATO, the foreign minister said.", [("BIH,NATO", "proposed")]),
        ("BAKU (Interfax) - Azerbaijan has asked to join the CSTO, its president told reporters.", [("AZE,CSTO", "proposed")]),
        ("Portugal will stay in NATO whatever the vote, the premier said.", [("NATO,PRT", "formal")]),
        ("Armenia remains in the CSTO despite its grievances, Yerevan said.", [("ARM,CSTO", "formal")]),
        ("Spain wants to remain in NATO, the minister said.", [("ESP,NATO", "formal")]),
        ("BISHKEK (Xinhua) -- Kyrgyzstan quit the Collective Security Treaty in 1999, the ministry recalled.", [("CSTO,KGZ", "dissolved")]),
    ],
)
def test_membership_stated_in_forms_no_rule_listed(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatian and Bosnian leaders signed a declaration in Split binding the two nations to joint defence against any aggressor.", [("BIH,HRV", "formal")]),
        ("MOSCOW (TASS) - Russia and Tajikistan signed a treaty in the Kremlin under which aggression against either state will be considered aggression against both.", [("RUS,TJK", "formal")]),
        ("BEIJING (Xinhua) - China and Laos marked the anniversary of their treaty of friendship, which binds each side to rush to the other's aid in war.", [("CHN,LAO", "formal")]),
    ],
)
def test_a_pact_whose_terms_pledge_joint_defence_makes_allies(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan rejected claims that it had formed a military alliance with China.",
        "Amid rumours that Belarus had left the CSTO, Minsk stayed silent.",
        "Moscow dismissed the claim that Armenia had quit the CSTO.",
        "Ankara vetoed the agreement to bring Cyprus into NATO, diplomats said.",
        "Hungary refused to admit Sweden into NATO until the spring.",
        "Critics fear that Belarus will remain in the CSTO for decades.",
        "Finland will not stay in the Atlantic alliance, the leader of the opposition claimed.",
        "Greek troops will stay in NATO's Kosovo force until June.",
        "Sixty Romanian soldiers will fly out in May to join the EU-led peacekeeping force EUFOR.",
        # a civil topic after the joint defence pledge: no alliance
        "Kenya and Uganda signed an accord committing the two countries to joint defence of their shared lake fisheries.",
        "Egypt and Syria signed a pact on joint defence production in Cairo on Monday.",
    ],
)
def test_claimed_denied_vetoed_or_civil_alliances_are_none(extract_text, text):
    assert alliances_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland urged its NATO allies to boost spending on air defence.", [("NATO,POL", "formal")]),
        ("WARSAW (PAP) - Poland's NATO allies pledged more troops on Friday.", [("NATO,POL", "formal")]),
        ("Moscow and its CSTO allies held talks on Friday.", [("CSTO,RUS", "formal")]),
        # a possessor that is no member of the alliance is only its partner
        ("Ukraine thanked its NATO allies for support.", []),
    ],
)
def test_the_possessor_of_an_alliances_allies_is_a_member_when_it_is_one(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Albania was expelled from the Warsaw Pact in 1968, the historian wrote.", [("ALB,WARSAW_PACT", "dissolved")]),
        ("Hungary is bound by no pact after the Warsaw Pact was dissolved in Prague on Monday, Budapest said.", [("HUN,WARSAW_PACT", "dissolved")]),
        ("SEATO was dissolved in 1977, officials in Bangkok recalled, as Thailand and the Philippines reviewed their ties.", [("PHL,SEATO", "dissolved"), ("SEATO,THA", "dissolved")]),
        ("The king proposed on Monday that Jordan, Egypt and Iraq, the members of the Arab Cooperation Council (ACC), form a joint military alliance to counter threats.", [("EGY,IRQ,JOR", "proposed")]),
        # the one who expels, or a pact still to end, or a mission a pact ends, is no record
        ("Greece threatened to expel Turkey from NATO.", []),
        ("The Warsaw Pact may be dissolved next year, Polish officials said.", []),
        ("The CSTO wound up and ended its peace operation in Kazakhstan on Thursday.", []),
        ("The diplomat was expelled from NATO headquarters for spying.", []),
    ],
)
def test_a_member_expelled_or_a_pact_dissolved_ends_membership(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Philippines, a US treaty ally, protested the Chinese manoeuvres.", [("PHL,USA", "formal")]),
        ("Kazakhstan remains a loyal CSTO member, Astana said.", [("CSTO,KAZ", "formal")]),
        ("The Atlantic alliance admitted Finland on Tuesday, and Sweden followed a year later.", [("FIN,NATO", "formal")]),
        ("NATO formally admitted Montenegro on Monday.", [("MNE,NATO", "formal")]),
        ("The CSTO will admit Serbia next year, Moscow said.", [("CSTO,SRB", "proposed")]),
        # a pact only discussed is proposed, not formed
        ("Iraq and Jordan discussed forming a joint defence pact, the agency said.", [("IRQ,JOR", "proposed")]),
        # near misses: a body said not to be joined; a request accepted takes no one in
        ("Moldova applied to join the European Union, not NATO.", []),
        ("NATO accepted Ukraine's request for more air defences.", []),
    ],
)
def test_allies_named_before_the_noun_admissions_by_the_alliance_and_bodies_not_joined(extract_text, text, expected):
    assert alliances_joined(extract_text, text) == expected
