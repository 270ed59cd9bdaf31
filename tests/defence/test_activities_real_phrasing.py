"""Joint activities in the phrasing real agency copy uses (docs/annotation.md §9.3), class by class:
rounds of exercises begun, resumed or wrapped up; drills agreed; war games another state runs or
hosts; exercises that include other states' forces; joint patrols; training of one state's forces
by another; bases and garrisons abroad; intelligence shared; units serving in another state's
force or a mission. And the near misses that must stay empty: one state's own exercise, an
exercise a third state condemns, a weapons test, militias armed, aid, an invasion, troops massed
on a border, sports teams and police training. All sentences are invented."""

from __future__ import annotations

import pytest


def _activities(extract_text, text):
    return [(a.parties, a.status) for a in extract_text(text).activities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India and France began a new round of joint naval exercises off Goa on Monday.", [(("FRA", "IND"), "ongoing")]),
        ("Russian and Chinese warships launched a fresh round of drills in the Sea of Japan.", [(("CHN", "RUS"), "ongoing")]),
        ("South Korea and the United States resumed large-scale field exercises on Tuesday after a four-year pause.", [(("KOR", "USA"), "ongoing")]),
        ("Troops from Mongolia and India kicked off the Nomadic Elephant exercise in Ulan Bator.", [(("IND", "MNG"), "ongoing")]),
        ("Egyptian and Saudi forces wrapped up a week of joint manoeuvres near the Red Sea coast.", [(("EGY", "SAU"), "occurred")]),
        # every state the forces are "of" takes part
        ("The navies of Russia and India wrapped up joint exercises in the Bay of Bengal on Sunday.", [(("IND", "RUS"), "occurred")]),
        ("Israel and Greece concluded a week-long air force drill over Crete.", [(("GRC", "ISR"), "occurred")]),
        ("The armies of Kenya and Uganda conducted joint war games near their border last month.", [(("KEN", "UGA"), "occurred")]),
        ("Pakistan and Turkey will hold their first combined special forces drills in Anatolia next week.", [(("PAK", "TUR"), "planned")]),
        ("U.S. and Honduran troops began joint maneuvers near the Nicaraguan border on Monday.", [(("HND", "USA"), "ongoing")]),
    ],
)
def test_a_round_of_exercises_begun_resumed_held_or_wrapped_up(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The armies of Vietnam and Cambodia agreed to hold drills along the Mekong next year.", [(("KHM", "VNM"), "planned")]),
        ("Moscow and Minsk have agreed to stage large war games in Belarus in September.", [(("BLR", "RUS"), "planned")]),
        ("Egypt and Russia agreed on Monday to hold joint anti-terrorism drills.", [(("EGY", "RUS"), "planned")]),
        ("Algeria and Tunisia agreed to conduct joint patrols along their border.", [(("DZA", "TUN"), "planned")]),
    ],
)
def test_drills_agreed_are_a_planned_activity(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan joined a war game run by the United States in the Pacific for the first time.", [(("JPN", "USA"), "occurred")]),
        ("Brazil participated in naval manoeuvres organised by South Africa off Cape Town.", [(("BRA", "ZAF"), "occurred")]),
        ("Sri Lanka took part in war games run by India in the Indian Ocean.", [(("IND", "LKA"), "occurred")]),
        ("Kazakh troops are participating in drills organised by Russia near Orenburg.", [(("KAZ", "RUS"), "ongoing")]),
        # the nations a subject lists take part
        ("More than 20 nations, including Japan and South Korea, are taking part in naval drills led by the United States.", [(("JPN", "KOR", "USA"), "ongoing")]),
        # an exercise encompassing or including other states' forces
        ("The Indian Navy will lead an exercise next month encompassing Australian and Japanese warships.", [(("AUS", "IND", "JPN"), "planned")]),
        ("Spain held a naval exercise including French and Italian submarines.", [(("ESP", "FRA", "ITA"), "occurred")]),
        ("The Indian Navy will lead a multilateral exercise early next year encompassing Italian and Spanish naval assets.", [(("ESP", "IND", "ITA"), "planned")]),
    ],
)
def test_a_war_game_another_state_runs_or_that_includes_its_forces(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malaysia and Indonesia launched joint patrols in the Strait of Malacca.", [(("IDN", "MYS"), "ongoing")]),
        ("Turkish and Russian troops carried out a joint patrol in northern Syria on Friday.", [(("RUS", "TUR"), "occurred")]),
        ("Philippine and U.S. ships patrolled together in the South China Sea.", [(("PHL", "USA"), "occurred")]),
    ],
)
def test_joint_patrols(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("British instructors are training Ukrainian recruits at camps in England.", [(("GBR", "UKR"), "ongoing")]),
        # the object of the last of coordinated verbs is trained
        ("Denmark sent a mission to train and assist Iraqi security forces.", [(("DNK", "IRQ"), "occurred")]),
        # a standing practice: the simple present, and "has been -ing"
        ("Ghanaian troops train with American soldiers every spring.", [(("GHA", "USA"), "ongoing")]),
        ("The Tanzanian army has been training Mozambican soldiers since March.", [(("MOZ", "TZA"), "ongoing")]),
        ("U.S. special forces have been partnering with Nigerien forces since 2013.", [(("NER", "USA"), "ongoing")]),
        ("Malian troops are being trained by Russian instructors.", [(("MLI", "RUS"), "ongoing")]),
        ("France sent 50 officers to train the Lebanese army.", [(("FRA", "LBN"), "occurred")]),
        # a task "training and advising X forces" a force could stay to carry out: proposed, with the allies it stays with
        ("If Kabul agrees, a small force of Britons could stay in Afghanistan with NATO allies to carry out two tasks: training and advising Afghan forces and hunting militants.", [(("AFG", "GBR", "NATO"), "proposed")]),
        # "X's forces train with Y's"; a clause the parser hangs on the forces' noun
        ("Indonesia's special forces train with Australia's every year.", [(("AUS", "IDN"), "ongoing")]),
        ("Poland's air force trained alongside Norway's over the Baltic last week.", [(("NOR", "POL"), "occurred")]),
    ],
)
def test_training_of_one_states_forces_by_another(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base whose phrase names its owner and its host stands there
        ("Paris wants to cut the upkeep of French bases in Djibouti.", [(("DJI", "FRA"), "ongoing")]),
        ("The Pentagon values its Greek bases highly.", [(("GRC", "USA"), "ongoing")]),
        ("London is raising British base spending in Cyprus.", [(("CYP", "GBR"), "ongoing")]),
        ("Tokyo pays a share of the base costs of the American forces stationed in Japan.", [(("JPN", "USA"), "ongoing")]),
        ("Germany still hosts about 35,000 U.S. troops.", [(("DEU", "USA"), "ongoing")]),
        ("About 2,500 U.S. Marines are stationed in Darwin, Australia.", [(("AUS", "USA"), "ongoing")]),
        ("The Soviet Union has some 7,000 military advisers in Syria, Western diplomats said.", [(("RUS", "SYR"), "ongoing")]),
    ],
)
def test_bases_and_forces_stationed_in_another_state(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jordan has been passing intelligence to Israel about the militants.", [(("ISR", "JOR"), "ongoing")]),
        ("The two countries, Oman and India, agreed to exchange intelligence on piracy.", [(("IND", "OMN"), "planned")]),
        ("Jordanian intelligence officers have been sharing information with their Iraqi counterparts on militant movements.", [(("IRQ", "JOR"), "ongoing")]),
    ],
)
def test_intelligence_shared(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit operating as part of, integrated into or joining another state's force or ships
        ("A Dutch frigate is operating as part of the U.S.-led task force in the Gulf.", [(("NLD", "USA"), "ongoing")]),
        ("The Australian destroyer was integrated into the American carrier strike group.", [(("AUS", "USA"), "ongoing")]),
        ("The Dutch submarine will be integrated into a British task group next year.", [(("GBR", "NLD"), "planned")]),
        ("A Norwegian frigate joined British warships in the North Sea.", [(("GBR", "NOR"), "ongoing")]),
        ("A British destroyer is sailing with the U.S. Fifth Fleet in the Gulf.", [(("GBR", "USA"), "ongoing")]),
        # contributions to a mission or coalition; forces offered are proposed
        ("South Korea sent a destroyer to join the U.S.-led coalition in the Strait of Hormuz.", [(("KOR", "USA"), "ongoing")]),
        ("Bangladesh will contribute 200 soldiers to the UN mission in Mali.", [(("BGD", "MLI", "UN"), "planned")]),
        ("Fiji offered troops for the UN force in Lebanon.", [(("FJI", "LBN", "UN"), "proposed")]),
        # the organisation whose mission forces are sent "as part of"
        ("Moscow has deployed about 1,500 troops to Kazakhstan at the request of President Tokayev as part of a CSTO mission.", [(("CSTO", "KAZ", "RUS"), "occurred")]),
    ],
)
def test_units_in_another_states_force_or_a_mission(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces arriving for a rotation or under an agreement are based there
        ("About 300 Dutch soldiers arrived in Lithuania on Monday for a four-month rotation under a defence agreement, the army said.", [(("LTU", "NLD"), "ongoing")]),
        # forces a state has serving with a mission: the host and the mission's organisation
        ("Nepal has some 900 soldiers serving with the United Nations peacekeeping force in Lebanon.", [(("LBN", "NPL", "UN"), "ongoing")]),
        # a state leading or commanding a multinational force in a host
        ("VILNIUS (AP) - Germany, which leads the NATO multinational battlegroup in Lithuania, will expand its deployment there, the minister said.", [(("DEU", "LTU", "NATO"), "ongoing")]),
        ("Italy commands the UN peacekeeping force in Lebanon.", [(("ITA", "LBN", "UN"), "ongoing")]),
        # officers or cadets of one state at a military school of another (education)
        ("Some 30 officers of the Ghanaian army are studying at military colleges in India under a long-running exchange programme.", [(("GHA", "IND"), "ongoing")]),
        ("Forty Kenyan cadets graduated from a military academy in Britain on Friday.", [(("GBR", "KEN"), "occurred")]),
    ],
)
def test_forces_on_rotation_serving_with_or_leading_a_mission_or_schooled_abroad(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # forces arriving with no sign of consent, a force commanded with none, civilian schooling
        "Thousands of Russian troops arrived in Crimea on Monday.",
        "Russia commands a large force in Ukraine.",
        "Chinese students study at language schools in Kenya.",
        "Nigerian officers are studying at a university in Britain.",
        # one state's own exercise
        "China held live-fire drills near Taiwan on Saturday.",
        "India staged a large army exercise in Rajasthan.",
        "Pakistan conducted a naval exercise in the Arabian Sea, the navy said.",
        "The Iranian army held war games on its own in the Gulf.",
        "Azerbaijan held large-scale military exercises involving 10,000 troops, the defence ministry said.",
        # a third state condemning or shadowing an exercise is no party to it
        "Beijing condemned the naval exercise held by Japan in the East China Sea.",
        "Japan protested against the Chinese drills around Taiwan.",
        "The Pentagon said Chinese warships shadowed the U.S. carrier group during its drills in the South China Sea.",
        # weapons tests, militias armed, aid
        "North Korea tested a ballistic missile on Sunday.",
        "Iran successfully test-fired a cruise missile during a weapons test.",
        "Sudan has been arming tribal militias in Darfur.",
        "The United States gave Jordan $1 billion in aid.",
        "Germany sent humanitarian aid to Turkey after the earthquake.",
        # invasions, occupations, troops massed, fighting, bases attacked or closed
        "Russia invaded Ukraine in February 2022.",
        "Thousands of Russian troops massed on the border with Ukraine.",
        "Russian forces occupied parts of Georgia in 2008.",
        "Libyan troops fighting in Chad suffered heavy losses.",
        "Iran struck U.S. bases in Iraq in January 2020.",
        "The U.S. closed its bases in the Philippines in 1992.",
        # sports teams and police
        "The Brazilian football team trained in Germany ahead of the match.",
        "The Chinese national football team trained with Brazilian coaches.",
        "The U.S. police trained Mexican police officers in crowd control.",
        "The US has been training and equipping Syrian rebels.",
        "Chinese and Lao police launched joint patrols on the Mekong.",
    ],
)
def test_near_misses_stay_empty(extract_text, text):
    assert _activities(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrival is a basing only with the host's consent told: an agreement with the host, an
        # invitation, a battlegroup, a mission's forces
        ("Russian troops arrived in Belarus for a rotation under a defence pact with Minsk.", [(("BLR", "RUS"), "ongoing")]),
        ("Turkish troops arrived in Qatar for a rotation under a defence agreement with Doha.", [(("QAT", "TUR"), "ongoing")]),
        ("Danish soldiers landed in Latvia for a rotation under a bilateral agreement with Riga.", [(("DNK", "LVA"), "ongoing")]),
        ("Dutch soldiers landed in Lithuania for a rotation at the invitation of the Lithuanian government.", [(("LTU", "NLD"), "ongoing")]),
        ("British troops arrived in Estonia for a nine-month rotation with the NATO battlegroup.", [(("EST", "GBR", "NATO"), "ongoing")]),
        # schooled abroad: a learner's verb, in any tense; the simple present is a standing practice
        ("Russian officers study at military academies in China.", [(("CHN", "RUS"), "ongoing")]),
        ("Indonesian officers attend military colleges in Australia.", [(("AUS", "IDN"), "ongoing")]),
        ("Egyptian officers trained at a military academy in Russia last year.", [(("EGY", "RUS"), "occurred")]),
        ("Vietnamese officers will enrol at a military academy in Russia next year.", [(("RUS", "VNM"), "planned")]),
        # a force or mission led: still led in the present; over when told in the past with a date
        ("Russia led the CSTO mission in Kazakhstan in January 2022.", [(("CSTO", "KAZ", "RUS"), "occurred")]),
        ("Brazil led the UN mission in Haiti from 2004 to 2017.", [(("BRA", "HTI", "UN"), "occurred")]),
        ("Germany commanded the NATO force in Kosovo in 2019.", [(("DEU", "NATO", "XKX"), "occurred")]),
        ("Canada, which leads the NATO battlegroup in Latvia, sent more troops.", [(("CAN", "LVA", "NATO"), "ongoing")]),
        ("Italy will lead the EU naval mission in Mozambique next year.", [(("EU", "ITA", "MOZ"), "planned")]),
        ("France leads the EU training mission in Mali.", [(("EU", "FRA", "MLI"), "ongoing")]),
        ("U.S. troops arrived in Poland, a NATO ally, for a nine-month rotation.", [(("POL", "USA"), "ongoing")]),
        # forces serving with a mission, by the garrison's convention (ongoing while there)
        ("Fiji keeps 500 soldiers serving with the UN force in Lebanon.", [(("FJI", "LBN", "UN"), "ongoing")]),
        # a training gerund naming a task, whoever carries it out
        ("Britain will carry out two tasks in Iraq: training and advising Iraqi forces.", [(("GBR", "IRQ"), "planned")]),
        ("French instructors have one job: training and equipping Malian troops.", [(("FRA", "MLI"), "ongoing")]),
        # forces partnering with another state's forces work together (a class with work, cooperate)
        ("U.S. Marines have been partnering with Philippine forces in the south.", [(("PHL", "USA"), "ongoing")]),
        ("The Dutch navy has been partnering with the Belgian navy for decades.", [(("BEL", "NLD"), "ongoing")]),
        # a state's bases in another named by the phrase
        ("The upkeep of French bases in Djibouti rose last year.", [(("DJI", "FRA"), "ongoing")]),
        ("Britain's bases in Cyprus cost 200 million pounds a year.", [(("CYP", "GBR"), "ongoing")]),
    ],
)
def test_consent_schooling_and_leading_told_in_other_words(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a rotation alone tells no consent; a region of the host, a conflict or a third state's
        # consent gives nothing
        "Turkish troops arrived in northern Syria for a six-month rotation.",
        "Turkish troops arrived in northern Iraq for a new rotation at their bases.",
        "Turkish forces arrived in northern Syria on Monday.",
        "Russian forces arrived in eastern Ukraine for a new rotation.",
        "Russian troops arrived in Belarus for a six-month rotation.",
        "French troops arrived in Romania for a four-month rotation.",
        "Iranian troops arrived in Iraq for a rotation as fighting raged near Mosul.",
        "Turkish troops arrived in northern Syria for a rotation under a deal with Russia.",
        "Russian soldiers arrived in occupied Zaporizhzhia for a three-month rotation.",
        "Russian troops arrived in northern Kazakhstan under an agreement with Astana.",
        "Russian troops arrived in Ukraine, a neighbour, for a rotation.",
        # police are no forces: no arrival, garrison or forces abroad
        "Belarusian police officers arrived in Russia for a six-month rotation.",
        "Kenyan police officers arrived in Haiti for a six-month rotation.",
        "The Italian police contingent arrived in Kosovo for a rotation with the EU mission.",
        "Four hundred German police officers are in Afghanistan.",
        "Turkey kept 500 police officers in Somalia.",
        "Afghan police officers studied at a military academy in Turkey.",
        "Sweden leads the EU police mission in Kosovo.",
        # a military school named with no schooling verb
        "Russian soldiers captured at military colleges in Ukraine were paraded on television.",
        "Ten Afghan officers fled from a military academy in the United States.",
        "Three Libyan cadets were expelled from a naval academy in Italy.",
        "Two Saudi officers died at a military college in Britain, police said.",
        "Captured Ukrainian soldiers were held at a military academy in Russia.",
        "Forty Nigerian students are studying at medical colleges in Pakistan.",
        # gerund tasks of no forces, partnering of no forces
        "The firm offers two services: training and advising corporate clients.",
        "The company has two tasks: training and advising Iraqi police officers.",
        "Microsoft has been partnering with the Indian army on cloud computing.",
        "The airline has been partnering with the Indian air force on pilot recruitment.",
        "Turkish troops are partnering with rebel fighters in northern Syria.",
    ],
)
def test_arrivals_schools_and_police_without_a_defence_activity(extract_text, text):
    assert _activities(extract_text, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the place arrived in described as anyone's ally or partner but the sender's tells no consent,
        # and the state the description names takes no part; a refusal told is no consent either
        "U.S. troops arrived in Iraq, a former ally of Moscow, in 2003.",
        "Russian troops arrived in Moldova, an EU partner, without Chisinau's consent.",
        "Indian troops arrived in Maldives, a Chinese partner, despite Male's objections.",
        "Chinese troops arrived in Bhutan, an Indian ally, to build roads.",
        "Iranian troops arrived in Iraq, a U.S. partner, to fight the Islamic State.",
        "Chinese soldiers landed in Vanuatu, an Australian partner, for a disaster drill.",
        "Russian troops arrived in Ukraine, a former ally, on Thursday.",
        "Russian troops arrived in Georgia, a NATO partner, in August 2008.",
        "Belarusian troops arrived in Poland, a NATO ally, after straying across the border.",
        # a lead told over ("no longer") is no activity
        "The Netherlands no longer leads the NATO battlegroup in Lithuania.",
        "Britain no longer leads the NATO mission in Afghanistan.",
        "Turkey no longer leads the NATO mission in Kosovo.",
    ],
)
def test_arrivals_in_anyones_ally_and_leads_no_longer_held_stay_empty(extract_text, text):
    assert _activities(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place arrived in tied to the sender ("its ally", "<sender>'s ally", an alliance it is in)
        ("North Korean troops arrived in Russia, Pyongyang's ally, for deployment to Kursk.", [(("PRK", "RUS"), "ongoing")]),
        ("Russian troops arrived in Belarus, Russia's closest ally, for joint drills.", [(("BLR", "RUS"), "ongoing")]),
        ("German troops arrived in Lithuania, a NATO ally, for a rotation.", [(("DEU", "LTU"), "ongoing")]),
        # an arrival dated in an earlier year is history (occurred), not a stay
        ("Syrian troops landed in Lebanon in 1976 at the request of the Lebanese president.", [(("LBN", "SYR"), "occurred")]),
        ("Cuban soldiers arrived in Angola at the request of the MPLA in 1975.", [(("AGO", "CUB"), "occurred")]),
        ("Russian troops arrived in Belarus under an agreement with Minsk in 2022.", [(("BLR", "RUS"), "occurred")]),
        # a date qualifying the agreement ("a 1982 agreement") does not date the arrival
        ("Pakistani troops arrived in Saudi Arabia under a 1982 defence agreement.", [(("PAK", "SAU"), "ongoing")]),
        ("Russian soldiers landed in Syria, Moscow's closest ally, last week.", [(("RUS", "SYR"), "ongoing")]),
        # a lead told in the past is over; who led it is a party only when the text dates the lead
        ("Britain once led the NATO mission in Afghanistan.", [(("AFG", "NATO"), "occurred")]),
        ("Italy led the NATO mission in Kosovo.", [(("NATO", "XKX"), "occurred")]),
        ("Italy led the NATO mission in Kosovo in 2013.", [(("ITA", "NATO", "XKX"), "occurred")]),
    ],
)
def test_arrivals_tied_to_the_sender_dated_arrivals_and_past_leads(extract_text, text, expected):
    assert _activities(extract_text, text) == expected
