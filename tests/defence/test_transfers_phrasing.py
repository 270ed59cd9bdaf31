"""Arms transfers on varied wire-copy phrasing, one group per class of phrasing: each class
must hold whatever the dateline, quote, voice, coordination or relative clause around it."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand that a supplier cancel its planned sale still tells the sale, on offer
        ("MOSCOW (Reuters) - Russia on Friday urged Paris to scrap its planned sale of Rafale jets to India.", [("FRA", "IND", "offered")]),
        ("Ankara called on Washington to cancel the proposed sale of F-35 fighters to Greece, the foreign ministry said.", [("USA", "GRC", "offered")]),
        ("Algeria asked Italy to halt the planned transfer of two frigates to Morocco.", [("ITA", "MAR", "offered")]),
        ('"Berlin must call off the sale of submarines to Taiwan," a Chinese spokesman said on Tuesday.', [("DEU", "TWN", "offered")]),
        ("Beijing demanded that Stockholm abandon its plan to sell Gripen fighters to the Philippines.", [("SWE", "PHL", "offered")]),
        ("The Chinese foreign ministry insisted that Washington should cancel the planned sale of HIMARS launchers to Taipei.", [("USA", "TWN", "offered")]),
        ("Turkey has pressed Sweden to drop its proposed sale of Archer howitzers to Greece.", [("SWE", "GRC", "offered")]),
    ],
)
def test_a_demand_to_cancel_a_sale_keeps_the_sale_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sale or order called off keeps its sides, cancelled
        ("Canada has suspended the sale of armoured vehicles to Saudi Arabia.", [("CAN", "SAU", "cancelled")]),
        ("Spain froze its planned sale of corvettes to Saudi Arabia after the dispute, officials said.", [("ESP", "SAU", "cancelled")]),
        ("Washington has suspended deliveries of F-35 jets to Turkey.", [("USA", "TUR", "cancelled")]),
        ("Switzerland cancelled a deal to deliver Piranha armoured vehicles to Denmark.", [("CHE", "DNK", "cancelled")]),
        ("The sale of 40 Leopard tanks to Qatar, which Germany approved in 2022, was suspended on Monday.", [("DEU", "QAT", "cancelled")]),
        ("Indonesia scrapped its order for Su-35 fighters from Russia under pressure from Washington.", [("RUS", "IDN", "cancelled")]),
        ("The Netherlands cancelled its order for 12 Boxer vehicles from Germany, the defence ministry said.", [("DEU", "NLD", "cancelled")]),
    ],
)
def test_a_suspended_or_cancelled_deal_keeps_its_parties(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state acquiring a foreign system receives it from the system's state
        ("India is acquiring the American MQ-9B Reaper drone.", [("USA", "IND", "ongoing")]),
        ("Poland, which is acquiring South Korean K2 tanks, wants more artillery.", [("KOR", "POL", "ongoing")]),
        ("Officials in Hanoi said Vietnam was acquiring Israeli air defence systems.", [("ISR", "VNM", "ongoing")]),
        ("Riyadh is acquiring the Chinese Wing Loong drone, according to officials.", [("CHN", "SAU", "ongoing")]),
        # a state willing, ready or prepared to provide goods offers them; "we", "his country": the speaker's state
        ('"We stand ready to supply Ukraine with more air defence systems," the French president said.', [("FRA", "UKR", "offered")]),
        ("Japan is prepared to provide patrol boats to the Philippines, Tokyo said on Monday.", [("JPN", "PHL", "offered")]),
        ('"We are willing to give Kyiv more howitzers," Norway\'s prime minister told reporters.', [("NOR", "UKR", "offered")]),
        ("The Turkish defence minister said his country was willing to sell Bayraktar drones to Poland.", [("TUR", "POL", "offered")]),
        ("Seoul said it was prepared to export K9 howitzers to Egypt.", [("KOR", "EGY", "offered")]),
    ],
)
def test_the_side_of_an_acquiring_or_offering_state(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purchase told as past ("after", "having", "since") is ordered; the buyer is the main clause's subject
        ("After buying S-400 systems from Moscow, Ankara was expelled from the programme.", [("RUS", "TUR", "ordered")]),
        ("Having purchased Bayraktar drones from Ankara, Warsaw is now turning to Seoul.", [("TUR", "POL", "ordered")]),
        ("Athens, after purchasing Rafale jets from Paris, is now looking at frigates.", [("FRA", "GRC", "ordered")]),
        ("After it purchased Su-30 jets from Russia, Algeria began training pilots.", [("RUS", "DZA", "ordered")]),
        # the state that produces the goods supplies them, ahead of the maker's home country
        ("Cyprus ordered the Nora howitzer, which Serbia manufactures together with a private company.", [("SRB", "CYP", "ordered")]),
        ("Kenya bought armoured vehicles that South Africa produces in cooperation with Paramount.", [("ZAF", "KEN", "ordered")]),
        ("Peru acquired rifles which Israel produces in cooperation with a local company.", [("ISR", "PER", "ordered")]),
        # an interest with no buy verb, from the state the goods are made in
        ("Officials said Ghana was interested in patrol boats made in Turkey.", [("TUR", "GHA", "interest")]),
        ("Uruguay has shown interest in the Super Tucano aircraft produced in Brazil.", [("BRA", "URY", "interest")]),
        ("Malaysia is interested in buying fighter jets manufactured in South Korea.", [("KOR", "MYS", "interest")]),
        ("Argentina expressed interest in fighter jets produced in China.", [("CHN", "ARG", "interest")]),
    ],
)
def test_past_purchases_makers_and_interests(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an approved (possible) sale is offered, not ordered
        ("The US State Department approved a possible sale of Patriot missiles to Kuwait.", [("USA", "KWT", "offered")]),
        ("Washington has cleared the potential sale of 12 F-16 jets to the Philippines.", [("USA", "PHL", "offered")]),
        ("A possible $1.2 billion sale of Abrams tanks to Bahrain was approved by the United States.", [("USA", "BHR", "offered")]),
        ("Washington approved the sale of 20 Black Hawk helicopters to Brazil on Thursday.", [("USA", "BRA", "offered")]),
        # a package for a state is a transfer to it, offered when announced or approved
        ("Washington announced a $400 million military aid package for Ukraine.", [("USA", "UKR", "offered")]),
        ("The Pentagon unveiled a $2 billion package of weapons for Taiwan on Friday.", [("USA", "TWN", "offered")]),
        ("Germany approved a new military aid package for Moldova that includes air defence systems.", [("DEU", "MDA", "offered")]),
        ("Canada pledged a new package of air defence systems for Ukraine.", [("CAN", "UKR", "offered")]),
        # licensed production: the licensee acquires the system from the licensor
        ("Brazil will build Gripen fighters under licence from Sweden.", [("SWE", "BRA", "ordered")]),
        ("Turkey produces the German Leopard tank under licence.", [("DEU", "TUR", "ongoing")]),
        ("Poland began licensed production of South Korean K9 howitzers.", [("KOR", "POL", "ongoing")]),
        ("Egypt assembles the American M1 Abrams tank under licence.", [("USA", "EGY", "ongoing")]),
    ],
)
def test_approvals_packages_and_licensed_production(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delivery or sale a supplier proceeds with is ordered, whatever the condition around it
        ("Beijing warned of consequences should Washington press ahead with selling F-16 jets to Taiwan.", [("USA", "TWN", "ordered")]),
        ("Moscow threatened retaliation if Seoul went ahead with shipping K9 howitzers to Poland.", [("KOR", "POL", "ordered")]),
        # plain goods sent to help defend a state are arms, offered when the supplier is ready to send them
        ("Lithuania is ready to ship equipment to help protect Poland, the minister said.", [("LTU", "POL", "offered")]),
        ("Oslo stands ready to send materiel to help defend Qatar, a Norwegian official said.", [("NOR", "QAT", "offered")]),
    ],
)
def test_proceeding_deals_and_goods_sent_for_defence(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # military assistance is goods given: pledged (offered), continued (ongoing)
        ("Washington pledged military assistance to Jordan on Monday.", [("USA", "JOR", "offered")]),
        ("Britain has continued its military assistance to Kenya, officials said.", [("GBR", "KEN", "ongoing")]),
        # other assistance is no arms, and a scheme about it gives none
        ("Japan provided humanitarian assistance to Myanmar.", []),
        ("Germany provided technical assistance to Kenya's police.", []),
        ("A scheme to coordinate military assistance to Moldova was discussed.", []),
    ],
)
def test_military_assistance_is_goods(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_package_is_named_without_its_value(extract_text):
    (transfer,) = extract_text("Washington announced a $400 million military aid package for Ukraine.").arms_transfers
    assert "400" not in (transfer.item or "") and transfer.quantity is None


@pytest.mark.parametrize(
    "text",
    [
        # arming domestic groups is not interstate
        "The Malian army distributed rifles to local self-defence militias.",
        "The government armed village militias with rifles to fight the insurgents.",
        "The army handed out rifles to pro-government militias in the north.",
        # medical and humanitarian supplies are aid, not arms
        "Sweden shipped medical supplies and tents to Turkey after the earthquake.",
        "Britain flew tents, blankets and medicines to Pakistan after the floods.",
        # troops or aircraft for a mission are no equipment transfer
        "Pakistan offered troops and helicopters for the UN peacekeeping mission in Sudan.",
        "Spain will contribute four Eurofighter jets to NATO's air policing mission in the Baltics.",
        "Italy offered two frigates and 500 troops for the EU naval mission in the Red Sea.",
        # a weapons test is not a transfer
        "North Korea test-fired a new ballistic missile on Sunday, Seoul said.",
        "Iran's military said it had successfully tested a new drone built by Iranian engineers.",
        # plain goods sent to help people, not to defend a state, are no arms
        "Norway sent medical supplies to help protect civilians in Gaza.",
    ],
)
def test_near_misses_make_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "item", "quantity"),
    [
        # a calibre is never a quantity, nor the item's name alone: it qualifies what follows
        ("Estonia bought 155 mm howitzers from South Korea.", "155 mm howitzers", None),
        ("Ukraine received 18 155mm self-propelled howitzers from France.", "155mm self-propelled howitzers", 18),
        ("Slovakia will supply Ukraine with a 30mm cannon for its vehicles.", "30mm cannon", None),
        ("Brazil sold 120mm mortar rounds to Chile.", "120mm mortar rounds", None),
    ],
)
def test_a_calibre_qualifies_the_item(extract_text, text, item, quantity):
    (transfer,) = extract_text(text).arms_transfers
    assert (transfer.item, transfer.quantity) == (item, quantity)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number of the goods told before, by a generic noun: the same item, seller and buyer
        ("Turkey handed four Bayraktar TB2 drones to Kenya last month. Kenya then bought 20 of the aircraft in 2023.", [(("TUR",), ("KEN",), "delivered", 4), (("TUR",), ("KEN",), "ordered", 20)]),
        ("Turkey handed four Bayraktar TB2 drones to Kenya last month. Kenya then bought 20 of the drones in 2023.", [(("TUR",), ("KEN",), "delivered", 4), (("TUR",), ("KEN",), "ordered", 20)]),
        ("France delivered two Rafale jets to Greece in May. Greece has ordered six of the jets.", [(("FRA",), ("GRC",), "delivered", 2), (("FRA",), ("GRC",), "ordered", 6)]),
        # the count of a partitive phrase is the number before "of"
        ("India bought six of the submarines from France last year.", [(("FRA",), ("IND",), "ordered", 6)]),
        # nothing told before: no seller to continue, no record
        ("Norway ordered 12 of the aircraft in 2024.", []),
    ],
)
def test_a_number_of_goods_told_before_continues_their_transfer(extract_text, text, expected):
    assert [(t.supplier, t.recipient, t.status, t.quantity) for t in extract_text(text).arms_transfers] == expected
