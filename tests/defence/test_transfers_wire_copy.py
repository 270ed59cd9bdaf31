"""Arms transfers on invented wire copy, round four: leases, blocked and condemned sales, a
sale's recipient hung on the verb, agreed sales, and goods that are no arms."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lease with a recipient supplies; one with a source acquires
        ("Italy leased two Atlantique patrol aircraft to Pakistan.", [("ITA", "PAK", "delivered")]),
        ("ROME, May 2 - Italy has leased two patrol aircraft to Pakistan, its navy said.", [("ITA", "PAK", "delivered")]),
        ("Greece leased two Heron drones from Israel in 2020.", [("ISR", "GRC", "ordered")]),
        ("The Philippine navy will lease three patrol aircraft from Japan.", [("JPN", "PHL", "interest")]),
        # agreeing to sell or lease is an order
        ("Washington agreed to lease two Reaper drones to Greece.", [("USA", "GRC", "ordered")]),
        ("Seoul has agreed to sell 48 FA-50 jets to Poland, officials said.", [("KOR", "POL", "ordered")]),
    ],
)
def test_leases_and_agreed_sales(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned sale is on offer, whoever talks of it
        ("Germany's planned sale of submarines to Egypt drew criticism.", [("DEU", "EGY", "offered")]),
        ("WASHINGTON (AP) - Israel has asked the United States to block Germany's planned sale of submarines to Egypt.", [("DEU", "EGY", "offered")]),
        # a sale blocked is called off
        ("The United States blocked the sale of F-35 jets to Turkey.", [("USA", "TUR", "cancelled")]),
        # the recipient the parser hangs on the verb above "of a sale"
        ("The State Department has notified Congress of a proposed $3 billion sale of Patriot missiles to Kuwait.", [("USA", "KWT", "offered")]),
        ("The Pentagon informed lawmakers of a possible sale of Harpoon missiles to Norway on Friday.", [("USA", "NOR", "offered")]),
    ],
)
def test_planned_blocked_and_notified_sales(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # furnishing, equipping and arming a state supply it
        ("Turkey furnished Azerbaijan with Bayraktar drones during the war.", [("TUR", "AZE", "delivered")]),
        ("Russia equipped the Syrian army with S-300 systems last year.", [("RUS", "SYR", "delivered")]),
        ("France will furnish arms to Chad under the cooperation programme.", [("FRA", "TCD", "offered")]),
        # goods sent to people named by no state go to the state they are in
        ("Britain has sent tanks and ammunition to its friends in Greece.", [("GBR", "GRC", "delivered"), ("GBR", "GRC", "delivered")]),
    ],
)
def test_furnishing_equipping_and_recipients_in_a_state(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a state that condemns or objects to a sale is not its seller
        "Beijing condemned the sale of F-16 jets to Taiwan.",
        "Germany objected to the sale of Leopard tanks to Qatar.",
        '"We strongly criticise the sale of drones to Armenia," the Azerbaijani ministry said.',
        # civilian goods are no arms, whatever verb moves them
        "China sent 200 tonnes of rice and medical equipment to Myanmar after the cyclone.",
        "Japan donated firefighting equipment to Indonesia.",
        "Qatar shipped relief supplies and construction equipment to Syria.",
        # arming or equipping domestic forces, or troops sent with aircraft, is no transfer
        "The government armed village militias with rifles to fight the insurgents.",
        "The ministry equipped police units in Lagos with armoured vehicles.",
        "Britain sent 300 troops and four helicopters to its allies in Estonia.",
        "Egypt furnished tents and medicine to Sudanese refugees in Chad.",
        # a state's own production for its own forces is no transfer
        "The Korean army received 50 K2 tanks from domestic maker Hyundai Rotem.",
        "India inducted 12 indigenous Tejas jets into its air force.",
    ],
)
def test_near_misses_make_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transfer a state "was to" make is arranged: ordered; told on a deal called off, cancelled
        ("Paris was to hand over 12 Caesar howitzers to Armenia by 2026, officials said.", [("FRA", "ARM", "ordered")]),
        ("The deal under which Russia was to deliver S-400 systems to India has been suspended.", [("RUS", "IND", "cancelled")]),
        ("The contract under which France was to supply Rafale jets to Qatar was cancelled on Monday.", [("FRA", "QAT", "cancelled")]),
    ],
)
def test_a_transfer_arranged_shares_its_deals_fate(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


def test_a_purchase_contract_with_a_transfer_under_it_is_no_agreement(extract_text):
    text = "The contract under which France was to supply Rafale jets to Qatar was cancelled on Monday."
    assert extract_text(text).agreements == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transfer a noun of intent governs: offered by a supplier, wished by a buyer
        ("Britain's decision to send Challenger 2 tanks to Ukraine angered Moscow.", [("GBR", "UKR", "offered")]),
        ("Spain's plan to sell corvettes to Egypt was welcomed in Cairo.", [("ESP", "EGY", "offered")]),
        ("Germany's pledge to deliver Patriot systems to Ukraine was praised.", [("DEU", "UKR", "offered")]),
        ("Egypt's decision to buy Rafale jets from France surprised Washington.", [("FRA", "EGY", "interest")]),
        # the suppliers a pledging participle names, conjuncts included (one record each, as the guide expands compound parties)
        ("KYIV, June 3 (Reuters) - Ukraine has received the first batch of Leopard 1 tanks promised by Germany and Denmark, the defence ministry said.", [("DEU", "UKR", "delivered"), ("DNK", "UKR", "delivered")]),
        # the source of a supply noun is its supplier, whoever approves it
        ("The US approved the transfer of F-16s from Denmark and the Netherlands to Ukraine.", [("DNK", "UKR", "offered"), ("NLD", "UKR", "offered")]),
        # "gave X N jets": the recipient the parser reads as a modifier of the goods
        ("Poland gave Ukraine 14 MiG-29 jets, the first NATO country to do so.", [("POL", "UKR", "delivered")]),
    ],
)
def test_intents_pledges_sources_and_double_objects(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected



@pytest.mark.parametrize(
    "text",
    [
        # a transfer with one side unnamed is no record between states (as an agreement with one party)
        "Arms sales to Saudi Arabia have come under scrutiny in Britain.",
        "Kenya bought 12 helicopters last year, the air force said.",
        "The promise to supply tanks to Kyiv was broken.",
    ],
)
def test_a_transfer_needs_both_sides(extract_text, text):
    assert transfers_joined(extract_text, text) == []


def test_an_agentless_transfer_continues_the_one_told_before_and_ids_run_on(extract_text):
    text = "Turkey delivered six drones to Kenya in May. The remaining drones were transferred in June."
    assert [(t.id, t.supplier, t.recipient) for t in extract_text(text).arms_transfers] == [("t1", ("TUR",), ("KEN",)), ("t2", ("TUR",), ("KEN",))]
