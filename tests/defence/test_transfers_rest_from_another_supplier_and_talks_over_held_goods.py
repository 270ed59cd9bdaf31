"""Two limits of this round's transfer stages (docs/annotation.md, arms transfers). The rest of a
delivery "to follow from X" is pledged by X, not by the state that delivered the first share; talks
over goods a relative clause says the buyer already holds sell nothing. Sentences invented."""

from __future__ import annotations


def _transfers(extract_text, text):
    return sorted((t.supplier, t.recipient, t.status) for t in extract_text(text).arms_transfers)


def test_the_rest_to_follow_from_another_state_is_that_states_pledge(extract_text):
    text = "Spain delivered two frigates to Chile, with a third to follow from Italy later this year."
    assert _transfers(extract_text, text) == [(("ESP",), ("CHL",), "delivered"), (("ITA",), ("CHL",), "offered")]


def test_the_rest_to_follow_with_no_source_stays_the_suppliers(extract_text):
    text = "Spain delivered two frigates to Chile, with a third to follow later this year."
    assert _transfers(extract_text, text) == [(("ESP",), ("CHL",), "delivered"), (("ESP",), ("CHL",), "offered")]


def test_talks_over_goods_the_buyer_already_operates_sell_nothing(extract_text):
    text = "Egypt held talks with Russia on the Su-35 fighters it already operates."
    assert _transfers(extract_text, text) == []


def test_talks_over_goods_still_to_be_bought_are_negotiated(extract_text):
    text = "Egypt held talks with Russia on the Su-35 fighters it hopes to add to its air force."
    assert (("RUS",), ("EGY",), "negotiating") in _transfers(extract_text, text)
