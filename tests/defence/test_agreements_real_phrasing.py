"""Agreements mentioned in passing, as real copy phrases them (issue 13), on invented sentences:
a standing treaty, an accord left, scrapped or frozen (told by a verb or a noun), an act under
the terms of a treaty, terms imposed on a side (none), "the accord we signed with X" (said by
one who speaks for the state), a state named by its leader on a visit or at talks, a pact
whose founding is told, an accession instrument; and the near misses of docs/annotation.md 9.1."""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The existing mutual defence treaty between Manila and Washington covers attacks on coast guard ships.", [("PHL,USA", "in_force")]),
        ("Seoul's mutual defence treaty with Washington remains the bedrock of its security, the minister said.", [("KOR,USA", "in_force")]),
        ("Canberra pointed to the long-standing mutual defence pact that binds Australia and New Zealand.", [("AUS,NZL", "in_force")]),
    ],
)
def test_a_standing_treaty_is_in_force(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # by a verb
        ("Washington withdrew from its 1987 missile treaty with Moscow in 2019.", [("RUS,USA", "terminated")]),
        ("Pyongyang reneged on the denuclearisation accord it had signed with Seoul.", [("KOR,PRK", "terminated")]),
        ("Tokyo abrogated the fisheries agreement with Seoul last month.", [("JPN,KOR", "terminated")]),
        ("Bamako scrapped its defence accord with Paris in 2022.", [("FRA,MLI", "terminated")]),
        ("Ankara suspended the migration accord with Athens on Tuesday.", [("GRC,TUR", "suspended")]),
        ("Seoul froze its military agreement with Pyongyang after the launch.", [("KOR,PRK", "suspended")]),
        # by a noun, whose possessor or "by" names the side that takes the step
        ("Moscow's withdrawal from the arms control treaty with Washington alarmed European capitals.", [("RUS,USA", "terminated")]),
        ("Seoul announced the abrogation of its military intelligence pact with Tokyo.", [("JPN,KOR", "terminated")]),
        ("The abrogation by Seoul of its intelligence pact with Tokyo angered Washington.", [("JPN,KOR", "terminated")]),
        ("Niger's pull-out from the security accord with France took effect on Friday.", [("FRA,NER", "terminated")]),
        ("Kyiv's exit from the grain accord with Moscow hit prices.", [("RUS,UKR", "terminated")]),
        ("The scrapping of the defence pact between Mali and France ended a decade of cooperation.", [("FRA,MLI", "terminated")]),
        ("The freezing of the 2018 military accord between Seoul and Pyongyang was announced on Tuesday.", [("KOR,PRK", "suspended")]),
        ("Vietnam's suspension of the fisheries accord with China was announced on Monday.", [("CHN,VNM", "suspended")]),
    ],
)
def test_an_accord_left_scrapped_or_frozen(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain sent troops to Oman under the terms of its defence pact with Muscat.", [("GBR,OMN", "in_force")]),
        ("Under the terms of the 1951 treaty between Manila and Washington, US forces rotate through Philippine bases.", [("PHL,USA", "in_force")]),
        ("French jets patrol Djibouti's skies under the provisions of its defence treaty with Paris.", [("DJI,FRA", "in_force")]),
        ("Under the provisions of the 1977 treaty between Panama and the United States, the canal passed to Panamanian control.", [("PAN,USA", "in_force")]),
        ("Under the treaty of 1960, Japan hosts about 50,000 US troops.", [("JPN,USA", "in_force")]),
        # made and acted under in one breath: in force
        ("The first 300 French troops arrived in Abidjan on Monday for a rotation under a basing accord announced by Paris and Yamoussoukro last year.", [("CIV,FRA", "in_force")]),
    ],
)
def test_an_act_under_a_treaty_or_its_terms(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # who consented is not told: terms one side forces on another are no agreement record,
        # and the imposing sides alone are not its parties
        "The ceasefire imposed on Belgrade by Washington and Moscow held through the winter.",
        "The truce was imposed on Yerevan by Moscow and Ankara.",
        "A peace accord was forced on Kinshasa by Washington and Paris in 2002.",
        "The pact was imposed on Tbilisi by Moscow.",
        "The truce imposed on Armenia by Russia and Azerbaijan took effect at midnight.",
        "Russia and Azerbaijan imposed a ceasefire on Armenian fighters, Yerevan said.",
        "Turkey and Russia imposed a truce on Kurdish militias.",
        # a wish or a threat to impose is no proposal to the other side
        "Russia wants to impose a ceasefire on Ukraine, Kyiv warned.",
        "The United States threatened to impose a peace deal on Serbia.",
    ],
)
def test_terms_imposed_on_a_side_make_no_agreement(extract_text, text):
    assert agreements_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we": the quoted speaker's state
        ('"The agreements we reached with Japan this year make our alliance stronger," the US president said.', [("JPN,USA", "agreed")]),
        ('"The accord we signed with Vietnam opens a new chapter," the Australian prime minister said.', [("AUS,VNM", "signed")]),
        ('"We signed the pact with Russia," the Belarusian foreign minister said.', [("BLR,RUS", "signed")]),
        ('"Our treaty with Norway stands," Copenhagen said.', [("DNK,NOR", "in_force")]),
        ('"The deal we struck with Canberra is a milestone," the British defence secretary said.', [("AUS,GBR", "agreed")]),
        # the other side named only by its leader
        ("During the Indonesian president's visit, Canberra concluded a new defence pact.", [("AUS,IDN", "signed")]),
        ("During talks with the Japanese prime minister, Manila signed a security pact.", [("JPN,PHL", "signed")]),
        ("After talks with the Vietnamese president, Seoul signed a defence agreement.", [("KOR,VNM", "signed")]),
        ("Ministers from Kenya and Ethiopia signed a border security accord in Nairobi.", [("ETH,KEN", "signed")]),
    ],
)
def test_the_sides_of_an_accord_reached_or_signed(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pact known by its organisation's name is an agreement where its founding is told
        ("Historians recall the establishment of the Baghdad Pact between Turkey, Iraq, Iran, Pakistan and Britain.", [("GBR,IRN,IRQ,PAK,TUR", "signed")]),
        ("The year brought the formation in Asia of the ANZUS Treaty among Australia, New Zealand and the United States.", [("AUS,NZL,USA", "signed")]),
        # an acronym names the organisation, not an agreement
        ("The creation of SEATO among the United States, Britain, France, Australia, New Zealand, Pakistan, Thailand and the Philippines followed in 1954.", []),
        # an accession instrument: agreed, the states taken in and the alliance
        ("NATO's 30 allies signed accession protocols for Finland and Sweden on Tuesday.", [("FIN,NATO,SWE", "agreed")]),
        ("Allied envoys signed the accession protocol of North Macedonia to NATO in February.", [("MKD,NATO", "agreed")]),
        ("NATO members signed the accession protocol for North Macedonia.", [("MKD,NATO", "agreed")]),
        ("The allies signed Montenegro's accession protocol to NATO.", [("MNE,NATO", "agreed")]),
        # the founders are the parties, never the pact's own organisation
        ("The creation of the Baghdad Pact by Iraq, Turkey and Britain alarmed Cairo.", [("GBR,IRQ,TUR", "signed")]),
        ("The founding of the Warsaw Pact by the Soviet Union, Poland and Hungary followed.", [("HUN,POL,RUS", "signed")]),
        ("The creation in 1955 of the Baghdad Pact by Iraq, Turkey and Britain alarmed Egypt.", [("GBR,IRQ,TUR", "signed")]),
        ("The creation of the Rio Treaty by Brazil, Argentina and Chile came in 1947.", [("ARG,BRA,CHL", "signed")]),
    ],
)
def test_founding_and_accession_instruments(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Historians say Manila's former mutual defence pact with Taipei shaped the region.", []),
        ("Kyiv said Minsk's defunct security accord with Moscow was irrelevant.", []),
        ("Seoul denounced Pyongyang's alleged arms pact with Moscow.", []),
        ("Ankara has no defence treaty with Tripoli, the minister said.", []),
        ("Hungary blocked the accord to admit Sweden into NATO.", []),
        ("Budapest vetoed the agreement to bring Ukraine into the alliance.", []),
        ("Officials discussed whether Canberra could one day join a defence pact.", []),
        ("The prime minister denied that Belgrade had a secret pact with Moscow.", []),
        ("The terms of the loan deal with the IMF were tough, officials in Cairo said.", []),
        ("Under pressure from Washington, Seoul raised its defence budget.", []),
        ("The formation of a new government in Baghdad took months.", []),
        ("In line with the proposed treaty between Chile and Peru, troops would pull back.", [("CHL,PER", "proposed")]),
        # a foreign state named by its people with no visit or talks tying it to the signing is no party
        ("Over objections from the Chinese foreign minister, Manila signed a defence pact.", []),
        ("Amid protests by the Chinese ambassador, Manila signed a defence pact.", []),
        ("Ignoring protests by the Russian envoy, Tbilisi signed a defence pact.", []),
        # "we" is the state only where the speaker speaks for it
        ('"We signed the pact with Russia," a Belarusian opposition leader said.', []),
        ('"We signed the pact with Russia," a Belarusian rebel commander said.', []),
        ('"We signed the contract with Poland," a Korean company executive said.', []),
        # an agreement said to be dead or over no longer stands, whatever its clause tells
        ('"The deal we reached with Iran is dead," the U.S. envoy said.', []),
        ('"The accord we signed with Japan is over," the Korean minister said.', []),
        ("The deal reached with Iran in 2015 is dead.", []),
        # praise tells no stage
        ("Warsaw hailed the accord with Kyiv as historic.", []),
        # an end only wished: the treaty stands
        ("Critics want Seoul to scrap its intelligence pact with Tokyo.", [("JPN,KOR", "in_force")]),
    ],
)
def test_near_misses(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stage noun whose agreement names no partner: the state its clause reaches is the other side
        ("Russia's suspension of the New START treaty alarmed Washington.", [("RUS,USA", "suspended")]),
        ("Russia's suspension of its participation in the New START treaty alarmed Washington.", [("RUS,USA", "suspended")]),
        ("Moscow's suspension of the New START treaty with Washington was condemned.", [("RUS,USA", "suspended")]),
        ("The scrapping of the INF Treaty by the United States alarmed Russia.", [("RUS,USA", "terminated")]),
        ("The withdrawal from the INF Treaty by the United States alarmed Russia.", [("RUS,USA", "terminated")]),
        # a person reacting, or no reaction, names no party
        ("Russia's suspension of the New START treaty alarmed a retired general.", []),
        ("Russia's suspension of the New START treaty did not alarm Washington.", []),
    ],
)
def test_the_state_a_stage_noun_reaches_is_the_other_party(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected
