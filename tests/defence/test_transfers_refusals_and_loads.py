"""Arms transfers, round eight: intents denied, requests turned down and vehicles that only carry
relief (guide 9.2: denied or refused transfers get no record). Every sentence here is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_counted


@pytest.mark.parametrize(
    "text",
    [
        "Brazil has no plans to purchase tanks from Germany, a spokesman said.",
        "Canada does not have any plans to sell helicopters to Peru.",
        "Chile had no intention of buying submarines from France, its navy chief said.",
        "Vietnam ruled out buying more Su-35 fighters from Russia.",
        "Oslo is not considering the purchase of howitzers from Seoul.",
        "Paris will not sell Rafale jets to Ankara, the minister said.",
        "Germany refuses to supply Leopard tanks to Saudi Arabia.",
        "Israel denied that it had sold drones to Armenia.",
    ],
)
def test_a_denied_intent_to_buy_or_sell_is_no_transfer(extract_text, text):
    assert transfers_counted(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil plans to buy 40 tanks from Germany.", [("DEU", "BRA", "interest", 40)]),
        ("Greece has plans to buy frigates from France.", [("FRA", "GRC", "interest", None)]),
    ],
)
def test_an_intent_told_plainly_stays_a_wish(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Washington turned down Doha's request to buy 24 F-35 jets.",
        "London knocked back Kyiv's request for 14 Challenger tanks.",
        "Berlin rejected Ankara's bid to acquire 100 Leopard tanks.",
        "The United States refused India's application to purchase 30 Reaper drones.",
        "Paris vetoed Cairo's request to buy a dozen Rafale jets.",
        "Stockholm declined an offer to sell 20 Gripen fighters to Thailand.",
        "The State Department blocked Islamabad's request to buy eight F-16 jets.",
        "Congress froze Ankara's bid to purchase 40 F-16 jets.",
        "Berlin blocked Riyadh's request for 48 Eurofighter jets.",
    ],
)
def test_a_request_turned_down_before_any_order_is_no_transfer(extract_text, text):
    assert transfers_counted(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berlin approved Warsaw's request to buy 100 Leopard tanks.", [("DEU", "POL", "ordered", 100)]),
        ("Congress blocked the proposed sale of 50 F-16 jets to Turkey.", [("USA", "TUR", "cancelled", 50)]),
    ],
)
def test_a_request_granted_stays_and_a_blocked_sale_is_cancelled(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Egypt's relief agency sent 30 trucks of flour and medicine to Gaza.",
        "Jordan's disaster agency sent 12 trucks to Syria on Monday.",
        "Saudi Arabia sent 15 aircraft loaded with tents and blankets to Syria.",
        "Japan dispatched ten ships carrying rice to the Philippines.",
        "Kuwait flew 6 planes of relief supplies to Turkey.",
        "Qatar sent 40 trucks of fuel and water to Lebanon.",
    ],
)
def test_vehicles_named_by_a_civilian_load_or_sent_by_a_relief_body_are_no_transfer(extract_text, text):
    assert transfers_counted(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany delivered 50 military trucks to Ukraine.", [("DEU", "UKR", "delivered", 50)]),
        ("Italy sent 20 trucks to Ukraine.", [("ITA", "UKR", "delivered", 20)]),
    ],
)
def test_vehicles_given_stay_a_transfer(extract_text, text, expected):
    assert transfers_counted(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Russia sent 30 trucks of military supplies to Syria, the defence ministry said.", ("RUS", "SYR")),
        ("Turkey dispatched 25 trucks of military equipment to Azerbaijan.", ("TUR", "AZE")),
    ],
)
def test_vehicles_carrying_a_military_load_stay_a_transfer(extract_text, text, sides):
    assert [(s, r) for s, r, _, _ in transfers_counted(extract_text, text)] == [sides]
