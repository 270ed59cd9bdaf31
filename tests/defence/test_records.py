"""Defence records: agreements with their history, arms transfers both ways, activities, alliances."""


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


def test_two_transfers_in_opposite_directions_in_one_sentence(extract_text):
    # Bought with no delivery cue is an order (docs/annotation.md); buying now is ongoing trade.
    result = extract_text("Serbia bought armoured vehicles from Hungary last year, while Hungary buys Serbian ammunition.")
    directions = {(t.supplier, t.recipient, t.status) for t in result.arms_transfers}
    assert (("HUN",), ("SRB",), "ordered") in directions
    assert (("SRB",), ("HUN",), "ongoing") in directions


def test_taking_delivery_is_delivered_and_will_supply_is_offered(extract_text):
    taken = extract_text("The Serbian Army took delivery of Gidran armoured vehicles from Hungary last year.")
    assert [(t.supplier, t.recipient, t.status) for t in taken.arms_transfers] == [(("HUN",), ("SRB",), "delivered")]
    pledged = extract_text("Sweden will supply Ukraine with 30 CV90 infantry fighting vehicles.")
    assert [(t.supplier, t.recipient, t.status) for t in pledged.arms_transfers] == [(("SWE",), ("UKR",), "offered")]


def test_barred_and_conditional_transfers_are_not_transfers(extract_text):
    assert not extract_text("Spain imposed an arms embargo on Israel, barring the sale of weapons.").arms_transfers
    assert not extract_text("Slovakia could resume ammunition deliveries to Ukraine if the EU pays.").arms_transfers


def test_supply_verb_takes_recipient_from_to_phrase_and_quantity(extract_text):
    result = extract_text("Turkey delivered 12 Bayraktar TB2 drones to Kosovo in May.")
    (transfer,) = result.arms_transfers
    assert (transfer.supplier, transfer.recipient) == (("TUR",), ("XKX",))
    assert transfer.quantity == 12
    assert transfer.category == "unmanned aerial vehicle"
    assert transfer.status == "delivered"


def test_wanting_to_buy_is_interest_and_negated_purchase_is_no_transfer(extract_text):
    wanted = extract_text("Serbia wants to buy Rafale fighter jets from France.")
    assert [t.status for t in wanted.arms_transfers] == ["interest"]
    denied = extract_text("Serbia did not buy Rafale fighter jets from France.")
    assert not denied.arms_transfers


def test_generic_equipment_gets_a_category_and_calibre_refines_ammunition(extract_text):
    result = extract_text("Hungary ordered 7.62 mm caliber ammunition and 8x8 combat vehicles from Serbia.")
    categories = {e.category for e in result.equipment}
    assert "small-arms ammunition" in categories


def test_unseen_variant_of_a_known_designation_takes_the_family(extract_text):
    result = extract_text("Serbia received BTR-80A vehicles from Russia.")
    assert any(e.name.startswith("BTR-80") and e.category == "armoured personnel carrier" for e in result.equipment)


def test_joint_activities_have_parties_count_kinds(extract_text):
    result = extract_text(
        "Serbia and Hungary signed a defence cooperation plan on Tuesday. "
        "The plan envisages 84 joint activities, including exercises, training and military medicine."
    )
    (activity,) = result.activities
    assert activity.parties == ("HUN", "SRB")
    assert activity.count == 84
    assert {"exercises", "training", "military medicine"} <= set(activity.kinds)
    assert activity.status == "planned"


def test_hoped_for_alliance_is_proposed_with_its_advocate(extract_text):
    result = extract_text("Serbian President Aleksandar Vucic said he hopes for a military alliance with Hungary.")
    (alliance,) = result.alliances
    assert alliance.members == ("HUN", "SRB")
    assert alliance.status == "proposed"
    advocate = result.actor(alliance.advocates[0])
    assert advocate.kind == "person" and advocate.country == "SRB"


def test_joining_an_alliance_is_a_formal_membership(extract_text):
    result = extract_text("Sweden joined NATO in March 2024.")
    (alliance,) = result.alliances
    assert set(alliance.members) == {"SWE", "NATO"}
    assert alliance.status == "formal"


def test_arrivals_contracts_and_won_orders_are_transfers(extract_text):
    arrived = extract_text("A second batch of Bayraktar TB2 drones has arrived in Kosovo from Turkey.")
    assert [(t.supplier, t.recipient, t.status) for t in arrived.arms_transfers] == [(("TUR",), ("XKX",), "delivered")]
    contract = extract_text("Indonesia has signed a contract with France's Naval Group for two Scorpène submarines.")
    assert [(t.supplier, t.recipient, t.status) for t in contract.arms_transfers] == [(("FRA",), ("IDN",), "ordered")]
    won = extract_text("India's Bharat Dynamics said it had won an order from Armenia for Akash air-defence systems.")
    assert [(t.supplier, t.recipient, t.status) for t in won.arms_transfers] == [(("IND",), ("ARM",), "ordered")]
