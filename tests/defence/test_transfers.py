"""Arms transfers: from a transfer verb, goods arriving, or a transfer noun; both directions;
the status the annotation guide gives each clause."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from handparse import hand_parse


def _delivered(verb: str, lemma: str, tag: str = "VBD"):
    # "Hungary <verb> vehicles to Serbia ."
    return hand_parse(
        [
            ("Hungary", 1, "nsubj", "PROPN", "hungary", "NNP"),
            (verb, 1, "ROOT", "VERB", lemma, tag),
            ("vehicles", 1, "dobj", "NOUN", "vehicle", "NNS"),
            ("to", 1, "prep", "ADP", "to", "IN"),
            ("Serbia", 3, "pobj", "PROPN", "serbia", "NNP"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
        states={0: "HUN", 4: "SRB"},
        equipment={2: "armoured vehicle"},
    )


def _sides(found):
    return [(t.supplier, t.recipient, t.status) for t in found]


# -- on hand-built parses -------------------------------------------------------------


def test_supply_verb_subject_supplies_and_to_phrase_receives(transfers, dates):
    parsed = _delivered("delivered", "deliver")
    found = transfers.find(parsed.sent, parsed.index, dates, parsed.by_token, [])
    assert _sides(found) == [(("HUN",), ("SRB",), "delivered")]
    assert found[0].item == "vehicles" and found[0].year == 2025


def test_acquire_verb_subject_receives_and_bought_goods_are_ordered(transfers, dates):
    # "Hungary bought vehicles from Serbia ."
    parsed = hand_parse(
        [
            ("Hungary", 1, "nsubj", "PROPN", "hungary", "NNP"),
            ("bought", 1, "ROOT", "VERB", "buy", "VBD"),
            ("vehicles", 1, "dobj", "NOUN", "vehicle", "NNS"),
            ("from", 1, "prep", "ADP", "from", "IN"),
            ("Serbia", 3, "pobj", "PROPN", "serbia", "NNP"),
        ],
        states={0: "HUN", 4: "SRB"},
        equipment={2: "armoured vehicle"},
    )
    assert _sides(transfers.find(parsed.sent, parsed.index, dates, parsed.by_token, [])) == [(("SRB",), ("HUN",), "ordered")]


def test_present_tense_trade_is_ongoing(transfers, dates):
    parsed = _delivered("sells", "sell", "VBZ")
    assert _sides(transfers.find(parsed.sent, parsed.index, dates, parsed.by_token, [])) == [(("HUN",), ("SRB",), "ongoing")]


def test_a_supply_with_no_recipient_is_a_move_not_a_transfer(transfers, dates):
    parsed = _delivered("delivered", "deliver")
    parsed = hand_parse(
        [(t.text, t.head.i, t.dep_, t.pos_, t.lemma_, t.tag_) for t in parsed.doc], states={0: "HUN"}, equipment={2: "armoured vehicle"}
    )
    assert transfers.find(parsed.sent, parsed.index, dates, parsed.by_token, []) == []


def test_a_transfer_noun_under_a_prohibiting_word_is_no_transfer(transfers, dates):
    # "Spain wants an end to the sale of drones to Israel ."
    parsed = hand_parse(
        [
            ("Spain", 1, "nsubj", "PROPN", "spain", "NNP"),
            ("wants", 1, "ROOT", "VERB", "want", "VBZ"),
            ("an", 3, "det", "DET", "an", "DT"),
            ("end", 1, "dobj", "NOUN", "end", "NN"),
            ("to", 3, "prep", "ADP", "to", "IN"),
            ("the", 6, "det", "DET", "the", "DT"),
            ("sale", 4, "pobj", "NOUN", "sale", "NN"),
            ("of", 6, "prep", "ADP", "of", "IN"),
            ("drones", 7, "pobj", "NOUN", "drone", "NNS"),
            ("to", 6, "prep", "ADP", "to", "IN"),
            ("Israel", 9, "pobj", "PROPN", "israel", "NNP"),
        ],
        states={0: "ESP", 10: "ISR"},
        equipment={8: "unmanned aerial vehicle"},
    )
    assert transfers.status(parsed["sale"]) is None
    assert transfers.find(parsed.sent, parsed.index, dates, parsed.by_token, []) == []


def test_taking_delivery_makes_the_subject_the_recipient(transfers, dates):
    # "Serbia took delivery of vehicles from Hungary ."
    parsed = hand_parse(
        [
            ("Serbia", 1, "nsubj", "PROPN", "serbia", "NNP"),
            ("took", 1, "ROOT", "VERB", "take", "VBD"),
            ("delivery", 1, "dobj", "NOUN", "delivery", "NN"),
            ("of", 2, "prep", "ADP", "of", "IN"),
            ("vehicles", 3, "pobj", "NOUN", "vehicle", "NNS"),
            ("from", 2, "prep", "ADP", "from", "IN"),
            ("Hungary", 5, "pobj", "PROPN", "hungary", "NNP"),
        ],
        states={0: "SRB", 6: "HUN"},
        equipment={4: "armoured vehicle"},
    )
    assert _sides(transfers.find(parsed.sent, parsed.index, dates, parsed.by_token, [])) == [(("HUN",), ("SRB",), "delivered")]


def test_an_agentless_passive_continues_the_transfer_of_the_same_kind_told_before(transfers, dates):
    before = transfers.find(*_args(_delivered("delivered", "deliver"), dates), [])
    # "vehicles were handed ."
    parsed = hand_parse(
        [
            ("vehicles", 2, "nsubjpass", "NOUN", "vehicle", "NNS"),
            ("were", 2, "auxpass", "AUX", "be", "VBD"),
            ("handed", 2, "ROOT", "VERB", "hand", "VBN"),
        ],
        equipment={0: "armoured vehicle"},
    )
    (continued,) = transfers.find(parsed.sent, parsed.index, dates, parsed.by_token, before)
    assert (continued.id, continued.supplier, continued.recipient) == ("t2", ("HUN",), ("SRB",))


def _args(parsed, dates):
    return parsed.sent, parsed.index, dates, parsed.by_token


def test_receiving_verbs_are_the_event_coders(rules):
    lexicon = tomllib.loads(resources.files("accord.data.patterns").joinpath("lexicon.toml").read_text(encoding="utf-8"))
    assert rules.transfers.receiving_verbs == frozenset(lexicon["receiving_verbs"]["words"])


# -- through the parser ---------------------------------------------------------------


def test_two_transfers_in_opposite_directions_in_one_sentence(extract_text):
    # Bought with no delivery cue is an order (docs/annotation.md); buying now is ongoing trade.
    result = extract_text("Serbia bought armoured vehicles from Hungary last year, while Hungary buys Serbian ammunition.")
    directions = {(t.supplier, t.recipient, t.status) for t in result.arms_transfers}
    assert (("HUN",), ("SRB",), "ordered") in directions
    assert (("SRB",), ("HUN",), "ongoing") in directions


def test_taking_delivery_is_delivered_and_will_supply_is_offered(extract_text):
    taken = extract_text("The Serbian Army took delivery of Gidran armoured vehicles from Hungary last year.")
    assert _sides(taken.arms_transfers) == [(("HUN",), ("SRB",), "delivered")]
    pledged = extract_text("Sweden will supply Ukraine with 30 CV90 infantry fighting vehicles.")
    assert _sides(pledged.arms_transfers) == [(("SWE",), ("UKR",), "offered")]


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


def test_arrivals_contracts_and_won_orders_are_transfers(extract_text):
    arrived = extract_text("A second batch of Bayraktar TB2 drones has arrived in Kosovo from Turkey.")
    assert _sides(arrived.arms_transfers) == [(("TUR",), ("XKX",), "delivered")]
    contract = extract_text("Indonesia has signed a contract with France's Naval Group for two Scorpène submarines.")
    assert _sides(contract.arms_transfers) == [(("FRA",), ("IDN",), "ordered")]
    won = extract_text("India's Bharat Dynamics said it had won an order from Armenia for Akash air-defence systems.")
    assert _sides(won.arms_transfers) == [(("IND",), ("ARM",), "ordered")]


# -- on real parses: the sides and stages real wire copy tells --------------------------------


def _transfers(extract_text, text):
    return [(t.supplier, t.recipient, t.status) for t in extract_text(text).arms_transfers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand that a supplier cancel its sale still tells the sale, on offer
        ("Beijing demanded that Washington cancel its planned sale of F-16 fighter jets to Taiwan.", [(("USA",), ("TWN",), "offered")]),
        # a sale called off keeps its sides
        ("Germany suspended its sale of Leopard tanks to Saudi Arabia.", [(("DEU",), ("SAU",), "cancelled")]),
        # "we are willing to provide": an offer by the speaker's state
        ('"We are willing to provide Patriot missiles to Ukraine," the German defence minister said.', [(("DEU",), ("UKR",), "offered")]),
        # a state acquiring a foreign system is its recipient
        ("Turkey is acquiring the Russian S-400 air defence system.", [(("RUS",), ("TUR",), "ongoing")]),
        # a purchase told as past, with the clause's subject as buyer and a capital as seller
        ("After purchasing Pantsir systems from Moscow, Belgrade turned to Beijing.", [(("RUS",), ("SRB",), "ordered")]),
        # an interest with no buy verb, from the state the goods are produced in
        ("Hungary is interested in 20 armoured vehicles produced in Serbia.", [(("SRB",), ("HUN",), "interest")]),
        # asking a state for goods is the asker's interest in them
        ("Armenia requested Caesar howitzers from France.", [(("FRA",), ("ARM",), "interest")]),
        ("Tallinn asked Oslo for more NASAMS launchers.", [(("NOR",), ("EST",), "interest")]),
        # pulling out of a purchase cancels it
        ("Portugal withdrew from the intended purchase of 12 Boxer armoured vehicles from Germany.", [(("DEU",), ("PRT",), "cancelled")]),
        # a purchase talked about is negotiated, with the partner of the talks as the other side
        ("Peru is in talks with South Korea to buy K2 tanks.", [(("KOR",), ("PER",), "negotiating")]),
        ("Chile is in negotiations with Israel over the purchase of Spike missiles.", [(("ISR",), ("CHL",), "negotiating")]),
        # a transfer done under a contract is ordered, whatever the tense; the deal is the same purchase
        ("Russia will deliver 10 Su-35 fighters to Iran under a contract signed last year.", [(("RUS",), ("IRN",), "ordered")]),
        ("Romania buys 54 Abrams tanks from the United States in a deal worth $2.5 billion.", [(("USA",), ("ROU",), "ordered")]),
        # ... and a dated contract is a stage of its own (guide 9.2: one record per stated stage)
        ("Spain delivered the first two A400M aircraft to Morocco under a contract signed in 2022.", [(("ESP",), ("MAR",), "delivered"), (("ESP",), ("MAR",), "ordered")]),
        # the goods' own phrase names the supplier: a participle on a conjunct, "from" on the goods
        ("Fiji received 20 military trucks and other vehicles donated by Australia.", [(("AUS",), ("FJI",), "delivered")]),
        ("Qatar took delivery of the first of its 12 Dassault Rafale jets from France on Monday.", [(("FRA",), ("QAT",), "delivered")]),
        # the state that produces the goods supplies them, ahead of the maker's home country
        ("Morocco bought howitzers which Serbia produces in cooperation with Yugoimport.", [(("SRB",), ("MAR",), "ordered")]),
        # an order in a coordinated clause is not the purchase's stage (the order names no seller: no record)
        ("Finland ordered four patrol boats, and Norway confirmed it would buy Gripen fighters.", [(("SWE",), ("NOR",), "interest")]),
        # a supplier's pledge to continue supplies is an offer; the state goods are sent to defend receives them
        ("Britain has promised to continue arms supplies to Mozambique.", [(("GBR",), ("MOZ",), "offered")]),
        ("Norway is willing to send weapons to help defend Saudi Arabia if it is attacked.", [(("NOR",), ("SAU",), "offered")]),
        # military aid and war material are goods; an official's pledge is the state's
        ("The Dutch defence minister Kajsa Ollongren pledged to continue military aid to Moldova.", [(("NLD",), ("MDA",), "offered")]),
        ("Denmark is ready to send war material to Estonia.", [(("DNK",), ("EST",), "offered")]),
        # goods a participle says a state offers are put to the clause's subject, even one not interested
        ("Bogotá said it was not interested in the used Gripens offered by Stockholm.", [(("SWE",), ("COL",), "offered")]),
        # a purchase noun under a verb that tells no receipt is bought, not delivered
        ("The talks welcomed large Polish purchases of South Korean armoured vehicles.", [(("KOR",), ("POL",), "ordered")]),
        # a promised exchange: both directions take the promise's stage
        ("Greece will supply Cyprus with howitzers and, in return, receive patrol boats.", [(("GRC",), ("CYP",), "offered"), (("CYP",), ("GRC",), "offered")]),
        # the participle on goods already received names the same transfer once
        ("Serbia received the drones donated by China.", [(("CHN",), ("SRB",), "delivered")]),
        # a buyer weighing goods shows an interest in them, from their maker's state
        ("Chile will keep evaluating Sweden's Gripen E.", [(("SWE",), ("CHL",), "interest")]),
        ("Colombia considered buying Israeli drones.", [(("ISR",), ("COL",), "interest")]),
        # the goods' arrival told with the export makes it delivered
        ("Turkey has begun exporting Hurjet trainers to Spain, with the first two aircraft arriving in Madrid this week.", [(("TUR",), ("ESP",), "delivered")]),
        # a state urged to speed up deliveries supplies them to who urges, and they are under way
        ("Vilnius urged Berlin to speed up deliveries of Leopard tanks.", [(("DEU",), ("LTU",), "ongoing")]),
        # part of an order called off: that part is cancelled, the rest stays ordered; a purchase opted for is an interest
        (
            "Denmark cancelled the last 12 F-35s of its order from the United States, opting to buy French Rafale jets instead.",
            [(("USA",), ("DNK",), "cancelled"), (("USA",), ("DNK",), "ordered"), (("FRA",), ("DNK",), "interest")],
        ),
    ],
)
def test_transfer_sides_and_stages_on_real_phrasing(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


def test_a_model_number_is_never_a_quantity(extract_text):
    (bare,) = extract_text("Norway sold Leopard 2 tanks to Lithuania.").arms_transfers
    assert bare.quantity is None
    (counted,) = extract_text("Norway sold 18 Leopard 2 tanks to Lithuania.").arms_transfers
    assert counted.quantity == 18


def test_a_calibre_is_never_a_quantity(extract_text):
    (transfer,) = extract_text("Estonia bought 155 mm howitzers from South Korea.").arms_transfers
    assert transfer.quantity is None


@pytest.mark.parametrize(
    "text",
    [
        "Lima said it was not interested in the Gripen E jets.",
        "Latvia would restart artillery shell shipments to Ukraine if Brussels pays for them.",
        "Georgia requested a meeting with NATO to discuss air defence.",  # asks for a meeting, not goods
        "The minister denied reports that Accra had asked Paris for attack helicopters.",  # a denied request
        "Turkey sent warplanes and pilots to Azerbaijan.",  # forces deployed, not equipment sold
        "Canada offered transport aircraft for the UN mission in Mali.",  # support for a mission
        "Greece proposed a joint air-defence procurement agreement to Cyprus.",  # an agreement's subject
        "Iran provided material support to Syria.",  # vague support names no goods
        "Hungary backed a plan for coordinating military aid to Ukraine.",  # no one gives the aid
        "Germany sent humanitarian aid to Turkey.",  # aid, not arms
        "Germany withdrew its tanks from the border.",  # forces moved, no order called off
    ],
)
def test_unwanted_or_conditional_transfers_are_none(extract_text, text):
    assert _transfers(extract_text, text) == []


def test_goods_ordered_from_a_state_under_a_receipt_are_ordered_by_who_received_them(extract_text):
    text = "Vietnam received three of the six Kilo submarines bought from Russia."
    assert (("RUS",), ("VNM",), "ordered") in _transfers(extract_text, text)
