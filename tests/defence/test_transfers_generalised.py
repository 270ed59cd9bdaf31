"""Arms transfers told in phrasings the dev sentences did not show (issue 13, generalising):
each class is written with other states, systems, suppliers and sentence shapes (headline
style, participles on the transfer noun, a demand told by a noun), and each new reading has
a near miss that must stay empty. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand told by a noun ("calls", "demands") over the clause that would cancel
        ("Calls grew for Washington to cancel the sale of F-16 jets to Turkey.", [("USA", "TUR", "offered")]),
        ("Demands mounted for Paris to suspend the sale of Rafale jets to Egypt.", [("FRA", "EGY", "offered")]),
        # a headline's "X demands Y halt sale": the parser reads "halt" as a modifier of the sale
        ("Pakistan demands US halt sale of Apache helicopters to India", [("USA", "IND", "offered")]),
    ],
)
def test_a_demand_told_by_a_noun_or_headline_leaves_the_sale_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paris should reconsider the sale of Rafale jets to Egypt, activists said.", [("FRA", "EGY", "offered")]),
        ("Germany is reconsidering the sale of Leopard tanks to Qatar.", [("DEU", "QAT", "offered")]),
        ("Ottawa is reviewing the sale of armoured vehicles to Saudi Arabia.", [("CAN", "SAU", "offered")]),
    ],
)
def test_a_sale_under_review_is_still_offered(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The frozen sale of F-35 jets to the United Arab Emirates angered Abu Dhabi.", [("USA", "ARE", "cancelled")]),
        ("Germany's suspended sale of Leopard tanks to Qatar", [("DEU", "QAT", "cancelled")]),
        ("US halt sale of Apache helicopters to India", [("USA", "IND", "cancelled")]),
        # the deal a transfer was to be made under, called off by a participle the parser reads as an adjective
        ("The contract under which Spain was to sell corvettes to Saudi Arabia was frozen.", [("ESP", "SAU", "cancelled")]),
    ],
)
def test_a_transfer_called_off_by_a_participle_is_cancelled(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China willing to sell J-10 fighters to Egypt", [("CHN", "EGY", "offered")]),
        ("Ankara ready to sell drones to Nigeria", [("TUR", "NGA", "offered")]),
        ("Seoul prepared to supply K9 howitzers to Estonia", [("KOR", "EST", "offered")]),
        ("Brazil ready to buy Gripen jets from Sweden", [("SWE", "BRA", "interest")]),
    ],
)
def test_a_headline_state_ready_to_supply_offers(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the flow resumed is told (delivered); a decision to resume, or a resumption only
        # planned, is an offer (guide 9.2)
        ("Berlin resumed deliveries of Leopard tanks to Qatar.", [("DEU", "QAT", "delivered")]),
        ("Stockholm decided to resume exports of Gripen jets to Thailand.", [("SWE", "THA", "offered")]),
        ("Sweden will resume arms exports to Turkey.", [("SWE", "TUR", "offered")]),
    ],
)
def test_resumed_exports_are_told_and_a_decision_to_resume_is_an_offer(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transfer told in a subordinate clause of time or cause: the protest follows it, not bars it
        ("After Denmark delivered F-16 jets to Ukraine, Russia protested.", [("DNK", "UKR", "delivered")]),
        ("Because Germany sold tanks to Qatar, Riyadh objected.", [("DEU", "QAT", "delivered")]),
        # a completed delivery, told in a headline's present tense
        ("Norway completes delivery of F-16 jets to Romania", [("NOR", "ROU", "delivered")]),
        ("Norway is completing deliveries of F-16 jets to Romania.", [("NOR", "ROU", "ongoing")]),
    ],
)
def test_subordinate_and_headline_clauses_keep_the_transfers_stage(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel and India discussed the sale of Heron drones.", [("ISR", "IND", "negotiating")]),
        ("Russia discussed with Egypt the sale of Su-35 fighters.", [("RUS", "EGY", "negotiating")]),
        ("India and Russia discussed the supply of S-400 systems.", [("RUS", "IND", "negotiating")]),
        ("Turkey and the United States discussed the purchase of F-16 jets.", [("USA", "TUR", "negotiating")]),
        # talked about by someone who is neither side: no stage told, offered at most
        ("Officials discussed the sale of F-16 jets to Turkey.", [("USA", "TUR", "offered")]),
    ],
)
def test_a_transfer_its_two_sides_discuss_is_being_negotiated(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naval Group signed a contract with Brazil for four Scorpene submarines.", [("FRA", "BRA", "ordered")]),
        ("Rheinmetall signed a contract with Hungary for Lynx vehicles.", [("DEU", "HUN", "ordered")]),
        ("Brazil signed a contract with Naval Group for four Scorpene submarines.", [("FRA", "BRA", "ordered")]),
    ],
)
def test_a_maker_that_signs_a_contract_with_a_state_sells_to_it(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the goods or the recipient told by a relative pronoun: its antecedent
        ("The tanks, which Germany sold to Qatar in 2015, were upgraded.", [("DEU", "QAT", "delivered")]),
        ("The drones that Turkey supplied to Ethiopia were used in the war.", [("TUR", "ETH", "delivered")]),
        ("The F-16 jets, which Chile bought from the Netherlands in 2005, were retired.", [("NLD", "CHL", "ordered")]),
        ("Ukraine, to which Sweden has promised Gripen jets, welcomed the move.", [("SWE", "UKR", "offered")]),
        # a passive whose subject is the recipient and whose second object the goods
        ("Kenya was sold six helicopters by Italy.", [("ITA", "KEN", "delivered")]),
        ("Vietnam was offered Gripen jets by Sweden.", [("SWE", "VNM", "offered")]),
    ],
)
def test_a_transfer_told_in_a_relative_clause_or_a_passive_keeps_its_parties(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary is procuring Leopard tanks made by Germany's KMW.", [("DEU", "HUN", "ongoing")]),
        ("Egypt's army received four new frigates built by Germany's TKMS.", [("DEU", "EGY", "delivered")]),
        ("Kenya is buying drones built by Turkey's Baykar.", [("TUR", "KEN", "ongoing")]),
    ],
)
def test_a_state_acquiring_goods_made_by_a_named_states_company_gets_them_from_that_state(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The committee reviewed the delivery of medical supplies to Chad.",
        # a transfer the main verb itself opposes stays barred
        "China opposed selling F-16 jets to Taiwan.",
        "Russia protested against the delivery of F-16 jets to Ukraine.",
        "The UN completed deliveries of food aid to Sudan.",
        "Japan resumed shipments of relief supplies to Turkey.",
        # a state's own production
        "Turkey received drones built by Turkey's Baykar.",
        "India is buying rifles made by its own state factories.",
        "The base, which Russia built in Syria, was expanded.",
        "The militias, which Iran armed with rockets, attacked the base.",
        "Syria, to which Russia sent troops, remains unstable.",
        "The missiles that Iran tested on Monday flew 1,000 km.",
        "The aircraft, which Italy offered for the NATO mission, landed in Estonia.",
        "Germany and France discussed the sale of Airbus airliners to China.",
        # goods a purchase only describes, with no seller named in the clause
        "The army will replace ageing Russian-made tanks that the country bought in the 1990s.",
        "The rifles that the interior ministry handed to village militias were old.",
        "Kenya was sent a trade delegation by Italy.",
        "The aid that Japan sent to Turkey included medical supplies.",
        # a maker signing with its own government: a state's own production
        "Saab signed a contract with the Swedish government for Gripen jets.",
        "Airbus signed a contract with Qantas for A350 airliners.",
        "Poland and South Korea did not discuss the sale of K2 tanks.",
        # goods arriving with no source named may be on a visit, not delivered
        "Russian warships arrived in Cuba.",
        "The first Russian warships arrived in Venezuela for joint exercises.",
        "Army ready to arm village militias with rifles",
        "Spain ready to offer two frigates for the EU naval mission",
        "Calls grew for Berlin to halt the delivery of medical supplies to Gaza.",
        "The frozen talks on a trade deal between Canada and India resumed.",
    ],
)
def test_near_misses_of_these_readings_stay_empty(extract_text, text):
    assert transfers_joined(extract_text, text) == []
