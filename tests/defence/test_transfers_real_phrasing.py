"""Arms transfers in the phrasing of agency copy (issue 13), by class: demands to cancel a
sale, states acquiring foreign systems, offers of readiness, suspended and cancelled deals,
transfer nouns, aid packages meant to help a state, supplies that answer a request, purchases
of foreign equipment; and the near misses these classes must leave empty. Every sentence is
invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing demanded that Washington cancel its planned sale of F-16 fighters to Taiwan.", [("USA", "TWN", "offered")]),
        ("Moscow urged Berlin to scrap the proposed delivery of Taurus missiles to Ukraine.", [("DEU", "UKR", "offered")]),
        ("Islamabad asked Paris to call off its sale of Rafale jets to India.", [("FRA", "IND", "offered")]),
        ("Moscow said Washington should scrap its plans to sell Tomahawk missiles to Kyiv.", [("USA", "UKR", "offered")]),
        # the state that demands the cancellation is not the seller: the goods' origin is
        ("Beijing demanded the cancellation of the sale of F-16 jets to Taiwan.", [("USA", "TWN", "offered")]),
    ],
)
def test_a_demand_to_cancel_a_sale_leaves_it_offered_by_its_seller(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's decision to acquire Russian S-400 missiles angered its NATO allies.", [("RUS", "TUR", "interest")]),
        ("Egypt has acquired French Rafale fighters and German submarines.", [("DEU", "EGY", "ordered"), ("FRA", "EGY", "ordered")]),
        ("Vietnam acquired Israeli-made Spyder air defence systems in 2019.", [("ISR", "VNM", "ordered")]),
        ("The acquisition of Russian S-400 missiles by Turkey triggered US sanctions.", [("RUS", "TUR", "ordered")]),
    ],
)
def test_a_state_acquiring_a_foreign_system_is_its_recipient(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norwegian Defence Minister Bjorn Gram said his country was willing to provide air defence systems to Ukraine.", [("NOR", "UKR", "offered")]),
        ("'We are willing to provide more artillery shells to Kyiv,' the Czech prime minister said.", [("CZE", "UKR", "offered")]),
        ("Seoul said it was ready to provide howitzers to Warsaw.", [("KOR", "POL", "offered")]),
        ("Paris has expressed its willingness to supply Rafale jets to Serbia.", [("FRA", "SRB", "offered")]),
    ],
)
def test_a_state_willing_to_provide_goods_offers_them(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway suspended the sale of grenades to Qatar.", [("NOR", "QAT", "cancelled")]),
        ("Canada froze arms exports to Turkey after the offensive.", [("CAN", "TUR", "cancelled")]),
        ("Indonesia pulled out of its order for 11 Su-35 fighters from Russia.", [("RUS", "IDN", "cancelled")]),
        ("Washington paused a shipment of 2,000-pound bombs to Israel.", [("USA", "ISR", "cancelled")]),
        # the noun of the cancelling word, and a decision to cancel
        ("Belgium's cancellation of a sale of 200 mortar rounds to Niger angered Niamey.", [("BEL", "NER", "cancelled")]),
        ("Berlin announced the suspension of arms exports to Riyadh.", [("DEU", "SAU", "cancelled")]),
        ("Denmark's decision to suspend exports of weapons to Saudi Arabia was welcomed.", [("DNK", "SAU", "cancelled")]),
    ],
)
def test_suspended_and_cancelled_deals_keep_their_parties(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the supplier from a possessive, "by X", the source, or the goods' origin
        ("The delivery of 14 Leopard tanks to Ukraine by Germany was completed in March.", [("DEU", "UKR", "delivered")]),
        ("The provision of military equipment to Niger by France was completed in 2023.", [("FRA", "NER", "delivered")]),
        ("Tokyo's transfer of Type 03 missiles to Manila was completed.", [("JPN", "PHL", "delivered")]),
        ("The shipment of artillery shells from South Korea to the United States was completed.", [("KOR", "USA", "delivered")]),
        ("The agreement calls for the delivery of 12 Rafale jets to Croatia by 2025.", [("FRA", "HRV", "ordered")]),
        ("The suspension of F-35 deliveries to Turkey angered Ankara.", [("USA", "TUR", "cancelled")]),
        # authorised or approved: offered; signed: ordered
        ("The Dutch government authorised the transfer of F-16 jets to Ukraine.", [("NLD", "UKR", "offered")]),
        ("Canberra authorised the export of 70 Bushmaster vehicles to Kyiv.", [("AUS", "UKR", "offered")]),
        ("France's sale of 24 Rafale fighters to Serbia was signed during a state visit in March.", [("FRA", "SRB", "ordered")]),
        ("The contract for the delivery of 36 Rafale jets to India was signed in 2016.", [("FRA", "IND", "ordered")]),
    ],
)
def test_transfer_nouns_name_their_goods_and_parties(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The White House asked Congress for a military aid package to help Israel defend itself.", [("USA", "ISR", "offered")]),
        ("Britain proposed an economic and military aid package to help Jordan defend itself.", [("GBR", "JOR", "offered")]),
        ("Washington is preparing a military aid package to assist Ukraine.", [("USA", "UKR", "offered")]),
        ("President Biden asked lawmakers to approve a military aid package to help Taiwan.", [("USA", "TWN", "offered")]),
    ],
)
def test_a_military_aid_package_meant_to_help_a_state_is_offered_to_it(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States is shipping military equipment to Niger at the request of its government.", [("USA", "NER", "delivered")]),
        ("Russia airlifted weapons to Armenia in response to Yerevan's request.", [("RUS", "ARM", "delivered")]),
        ("France flew in military equipment to Chad after N'Djamena asked for help.", [("FRA", "TCD", "delivered")]),
        # the requester receives when no recipient is named
        ("At the request of Baghdad, Tehran shipped rockets and ammunition.", [("IRN", "IRQ", "delivered"), ("IRN", "IRQ", "delivered")]),
        ("Responding to Niger's request, Ankara sent Bayraktar drones.", [("TUR", "NER", "delivered")]),
    ],
)
def test_goods_sent_in_answer_to_a_request_are_delivered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan's purchases of American defence equipment rose sharply last year.", [("USA", "JPN", "ordered")]),
        ("Saudi Arabia increased its purchases of British military equipment.", [("GBR", "SAU", "ordered")]),
        # one transfer from each state named as the origin
        ("India's purchases of French and US weapons have grown.", [("FRA", "IND", "ordered"), ("USA", "IND", "ordered")]),
    ],
)
def test_purchases_of_foreign_equipment_are_orders_from_its_origin(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv has asked Berlin to supply Taurus missiles.", [("DEU", "UKR", "interest")]),
        ("Ukraine asked Germany to send Leopard tanks to Kyiv.", [("DEU", "UKR", "interest")]),
    ],
)
def test_a_supply_asked_for_by_its_recipient_is_its_interest(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pledging and committing verbs offer the goods
        ("Germany pledged 10 Leopard tanks to Ukraine on Tuesday.", [("DEU", "UKR", "offered")]),
        ("The United States has committed 31 Abrams tanks to Ukraine.", [("USA", "UKR", "offered")]),
        ("Washington pledged a new arms package for Chad.", [("USA", "TCD", "offered")]),
        # a capital the parser reads as a modifier of the goods is the recipient
        ("Paris will lend Kyiv 40 SCALP missiles.", [("FRA", "UKR", "offered")]),
        # an armed force named before the count in a double object; a maker stands for its state
        ("Hanwha has offered the Romanian Army 54 K9 howitzers.", [("KOR", "ROU", "offered")]),
        # goods taken into service are delivered; a participle on them only names the source
        ("OSLO (NTB) - The Norwegian army has inducted four Black Hawk helicopters leased from a US firm.", [("USA", "NOR", "delivered")]),
        # compound parties: one record per supplier and recipient; a share of the goods told
        # after them is that supplier's count
        ("Sweden and Norway will send CV90 vehicles to Latvia, with Oslo providing six of the vehicles.", [("NOR", "LVA", "offered"), ("SWE", "LVA", "offered")]),
        ("Italy sold Aermacchi M-346 trainers to Poland and Israel.", [("ITA", "ISR", "delivered"), ("ITA", "POL", "delivered")]),
        # the recipient as the passive subject, the supplier in a "by" phrase on the goods
        ("Ukraine was supplied with Patriot systems by the United States last year.", [("USA", "UKR", "delivered")]),
        # an agentless passive: the goods' maker supplies
        ("Chinese-made Wing Loong drones were delivered to the UAE in 2017.", [("CHN", "ARE", "delivered")]),
        # goods arriving with their source in their own phrase
        ("The first Leopard tanks from Germany have arrived in Ukraine.", [("DEU", "UKR", "delivered")]),
        ("The handover of four patrol vessels to Ghana by Germany took place on Monday.", [("DEU", "GHA", "delivered")]),
    ],
)
def test_supplies_in_other_verbs_voices_and_word_orders(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # arming domestic groups is no interstate transfer
        "The government is arming local militias in the north.",
        "Kinshasa supplied weapons to allied militia groups in the east.",
        # medical and humanitarian goods are aid, not arms, even at a state's request
        "Britain flew medical supplies to Turkey at Ankara's request.",
        "China airlifted 30 tonnes of medicine to Serbia at Belgrade's request.",
        "Japan airlifted tents and blankets to Turkey at Ankara's request.",
        "Washington proposed an economic aid package to help Jordan cope with refugees.",
        # troops or aircraft offered for a mission, and goods sent with the people who use them
        "Brazil offered troops and two transport aircraft for the UN mission in Haiti.",
        "France flew in 200 soldiers to Mali after Bamako asked for help.",
        "Poland sent 200 firefighters and equipment to Canada.",
        # a weapons test
        "North Korea tested a new ballistic missile on Sunday.",
        # civil aircraft, and transfers of power, prisoners, funds or technology
        "France sold 30 Airbus passenger jets to China.",
        "The transfer of power to the new government in Niger was peaceful.",
        "Russia and Ukraine agreed the transfer of prisoners of war.",
        "The IMF approved the transfer of funds to Argentina.",
        "The transfer of technology to India for the Rafale program was agreed.",
        # intents turned down or denied, and cancellations of something else
        "Germany rejected calls to send Taurus missiles to Ukraine.",
        "Washington denied reports that it had agreed to sell F-35 jets to the UAE.",
        "The cancellation of the minister's visit to Moscow surprised Paris.",
        "The handover of power to the civilian government took place in May.",
    ],
)
def test_near_misses_give_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


# -- review 16: crews and forces among the goods, decisions to resume flows, leaders who ask ----------------


@pytest.mark.parametrize(
    "text",
    [
        # troops, crews or forces among the goods make a deployment, on every path
        "Russia flew in troops and equipment to Kazakhstan.",
        "Germany flew in Patriot batteries and their crews to Poland.",
        "Russia flew in paratroopers to Kazakhstan.",
        "Russia airlifted troops and equipment to Belarus at the request of its government.",
        "Kazakhstan requested help and Russia flew in paratroopers and vehicles.",
        "The airlift of soldiers and weapons to Kazakhstan began on Monday.",
        "France shipped troops and armoured vehicles to Mali.",
        "The US will airlift forces and equipment to Poland.",
        "The U.S. flew in Vice President Harris to Munich.",
        "Rescuers and volunteers flew in tents to Morocco after the earthquake.",
    ],
)
def test_goods_sent_with_troops_crews_or_forces_are_a_deployment(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object receives when the goods come after "with", even an armed force
        ("Russia equipped Syria's air force with MiG-29 jets.", [("RUS", "SYR", "delivered")]),
        ("The US supplied Ukraine's armed forces with Javelin missiles.", [("USA", "UKR", "delivered")]),
    ],
)
def test_an_armed_force_supplied_with_goods_still_receives_them(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision, plan or pledge to send is offered (annotation 9.2), to resume or widen a flow too
        ("Norway's decision to resume exports of weapons to Turkey drew criticism.", [("NOR", "TUR", "offered")]),
        ("Norway's decision to increase deliveries of artillery shells to Ukraine was welcomed.", [("NOR", "UKR", "offered")]),
        # the flow resumed itself is told
        ("Berlin resumed deliveries of weapons to Israel.", [("DEU", "ISR", "delivered")]),
        # a decision to send is still an offer, and one to suspend a cancellation
        ("Norway's decision to send weapons to Turkey drew criticism.", [("NOR", "TUR", "offered")]),
        ("Norway's decision to suspend exports of weapons to Turkey drew criticism.", [("NOR", "TUR", "cancelled")]),
        # a plan or proposal to resume is an intent as well: the flow has not restarted
        ("Norway's plan to resume exports of weapons to Turkey drew criticism.", [("NOR", "TUR", "offered")]),
        ("Sweden's proposal to resume arms sales to Turkey was debated in parliament.", [("SWE", "TUR", "offered")]),
    ],
)
def test_a_decision_to_resume_a_flow_is_an_offer(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Zelensky asked President Biden to send Patriot systems.", [("USA", "UKR", "interest")]),
        ("Ukraine's president asked Germany to send tanks.", [("DEU", "UKR", "interest")]),
    ],
)
def test_a_head_of_state_asking_for_goods_asks_for_his_state(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington unveiled a $2 billion security assistance package for Taiwan.", [("USA", "TWN", "offered")]),
        ("The US announced a military aid package to assist Jordan defend its borders.", [("USA", "JOR", "offered")]),
    ],
)
def test_a_military_aid_package_for_a_state_is_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # humanitarian and economic aid meant to help or assist a state carries no arms
        "The EU approved a humanitarian aid package to assist Sudan.",
        "Japan announced an economic aid package to help Sri Lanka recover.",
        "The World Bank approved a $500 million aid package to assist Pakistan.",
        "Germany unveiled an aid package to help Turkey rebuild after the earthquake.",
        # request-answered airlifts of humanitarian goods
        "Canada flew in medical supplies at the request of Haiti's government.",
        "Turkey airlifted tents and blankets to Syria at Damascus's request.",
        # cancelled civilian contracts
        "Egypt cancelled its contract for 20 Airbus airliners from France.",
        "India's cancellation of the order for 30 passenger trains from Spain angered Madrid.",
        "Japan's decision to resume exports of rice to China was welcomed.",
        # training, prisoners, territory and power handed over
        "The provision of training to Ukrainian troops by Britain continues.",
        "Britain's provision of training to Kenya's army was praised.",
        "The handover of prisoners to Ukraine by Russia took place on Friday.",
        "The handover of power to Mali's civilian government was delayed.",
        "Russia's handover of territory to Azerbaijan was completed.",
        "Russia handed over Ukrainian prisoners to Kyiv.",
        # goods that travel for a parade or a show
        "Tanks from Russia arrived in Minsk for the Victory Day parade.",
        "German tanks arrived in Paris for the Eurosatory exhibition.",
        # a state inducting its own systems
        "India inducted its indigenous Tejas fighters into the air force.",
        "Turkey inducted its domestically built Altay tanks.",
        "China inducted a new domestically built destroyer into its navy.",
        # a company and a state in a deal name no supplying state by themselves
        "Rheinmetall and Hungary agreed on the delivery of Lynx vehicles.",
    ],
)
def test_review_16_near_misses_give_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later clause that sends "them" tells the asked-for goods' delivery too
        ("Kyiv asked Berlin last year to send tanks, but Berlin sent them only in March.", [("DEU", "UKR", "delivered"), ("DEU", "UKR", "interest")]),
        ("Russia asked Iran to supply drones, and Iran delivered them in August.", [("IRN", "RUS", "delivered"), ("IRN", "RUS", "interest")]),
        ("Germany agreed to sell 12 tanks to Qatar and delivered them in 2020.", [("DEU", "QAT", "delivered"), ("DEU", "QAT", "ordered")]),
        # the same transfer again adds nothing
        ("Germany sold 12 tanks to Qatar and delivered them in 2020.", [("DEU", "QAT", "delivered")]),
        # "them" for people, or sent on by a state that supplied nothing before
        ("Germany sent troops to Lithuania and flew them home in May.", []),
    ],
)
def test_goods_sent_again_as_them_take_the_later_stage(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An Airbus-Egypt deal for 10 A320 airliners was cancelled.",
        "Saab and Brazil's air force marked the arrival of the first Gripen jets built in Brazil.",
        "The Indian Navy inducted INS Vikrant, built at Cochin Shipyard.",
        "The US flew in food and water to Gaza at Egypt's request.",
        "Britain airlifted 50 tonnes of aid to Turkey after Ankara asked for help.",
        "The army handed over control of the airport to Niger's police.",
        "Russia handed over the bodies of 500 soldiers to Ukraine.",
        "Italy's cancellation of its contract for 12 high-speed trains from France angered Paris.",
        "France's provision of training to Iraqi pilots ended in May.",
        "Japan announced a $3 billion economic assistance package for Ukraine.",
        "The IMF approved an aid package to help Egypt stabilise its currency.",
        "French Rafale jets from India arrived in Paris for the Bastille Day parade.",
        "Chinese tanks arrived in Moscow for the joint exercise.",
    ],
)
def test_more_near_misses_of_the_added_classes_give_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


def test_a_state_inducting_foreign_built_goods_received_them(extract_text):
    assert transfers_joined(extract_text, "Pakistan inducted Chinese-built J-10C fighters into its air force.") == [("CHN", "PAK", "delivered")]


# -- review 18: a transfer noun takes its stage from its predicate; frozen and cancelled sales ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sale only reacted to or talked about tells no stage: offered at most
        ("The sale of Harpoon missiles to Taiwan by the United States angered China.", [("USA", "TWN", "offered")]),
        ("The sale of Harpoon missiles to Taiwan by the United States was condemned by China.", [("USA", "TWN", "offered")]),
        ("The transfer of Gripen jets to Hungary by Sweden alarmed Moscow.", [("SWE", "HUN", "offered")]),
        ("The supply of howitzers to Ukraine by Serbia worried Moscow.", [("SRB", "UKR", "offered")]),
        ("The delivery of patrol boats to Ghana by Brazil was welcomed in Accra.", [("BRA", "GHA", "offered")]),
        # a postponed delivery presupposes a deal: ordered, not delivered; a postponed sale stays offered
        ("The delivery of Leopard tanks to Ukraine by Poland was postponed.", [("POL", "UKR", "ordered")]),
        ("The delivery of Leopard tanks to Ukraine by Poland was delayed.", [("POL", "UKR", "ordered")]),
        ("The sale of corvettes to Qatar by Italy was postponed.", [("ITA", "QAT", "offered")]),
        # a delivery completed or taking place is made
        ("The delivery of Leopard tanks to Ukraine by Poland was completed.", [("POL", "UKR", "delivered")]),
        ("The handover of frigates to Greece by France took place on Monday.", [("FRA", "GRC", "delivered")]),
    ],
)
def test_a_transfer_noun_takes_its_stage_from_its_predicate(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The proposed sale of F-35s to the UAE by Washington was frozen.", [("USA", "ARE", "cancelled")]),
        ("The planned sale of tanks to Egypt by Germany was suspended.", [("DEU", "EGY", "cancelled")]),
        ("The cancellation of the arms sale to Riyadh by Berlin was welcomed.", [("DEU", "SAU", "cancelled")]),
        ("Spain's suspension of the arms sale to Israel was criticised.", [("ESP", "ISR", "cancelled")]),
    ],
)
def test_a_frozen_or_called_off_sale_is_cancelled(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected
