"""An offer or a request told in a clause on the thing offered or asked for ("the jets offered
by X", "the radars that X asked for") is addressed to the side the main clause has take, refuse
or weigh that thing, or, for a request, grant it; a main clause that praises, mocks, debates or
vetoes the thing names no addressee (sentences written for these tests)."""

from __future__ import annotations

import pytest


def _coded(extract_text, sentence, type_):
    return [(e.actor, e.recipient) for e in extract_text(sentence).events if e.type == type_]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # a relative clause whose object is the noun: the requester asked the main subject
        ("Chile refused to hand over the radars that Bolivia had requested.", "REQUEST", ("BOL",), ("CHL",)),
        # a "for" phrase names who benefits, not who was asked
        ("Canada finally shipped the vaccines that Cuba had requested for Haiti last winter.", "REQUEST", ("CUB",), ("CAN",)),
        # a reduced relative with its agent: the offer went to the side weighing it
        ("Accra is still weighing the grain shipments offered by Ottawa.", "AGREE", ("CAN",), ("GHA",)),
        ("Hanoi turned down the frigates proposed by Paris.", "AGREE", ("FRA",), ("VNM",)),
        ("Peru accepted the loan that the IMF offered.", "AGREE", ("IMF",), ("PER",)),
        ("Benin is considering the patrol boats offered by France.", "AGREE", ("FRA",), ("BEN",)),
        # a request is addressed to the side that grants it
        ("Spain delivered the radios that Morocco requested.", "REQUEST", ("MAR",), ("ESP",)),
    ],
)
def test_an_offer_or_request_on_the_thing_taken_is_addressed_to_the_taker(extract_text, sentence, type_, actor, recipient):
    assert (actor, recipient) in _coded(extract_text, sentence, type_)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        # the offer names its own addressee: kept
        ("Chile rejected the loan that Japan offered to Peru.", "AGREE", ("JPN",), ("PER",)),
    ],
)
def test_an_addressee_named_by_the_offer_itself_is_kept(extract_text, sentence, type_, actor, recipient):
    assert _coded(extract_text, sentence, type_) == [(actor, recipient)]


def test_a_noun_that_did_the_asking_takes_no_addressee_from_the_main_clause(extract_text):
    # near miss: "that" is the relative clause's subject; the state itself asked, of no one named
    events = _coded(extract_text, "Ghana praised Togo, which requested calm talks with Benin.", "REQUEST")
    assert all("GHA" not in recipient for _, recipient in events)


@pytest.mark.parametrize(
    ("sentence", "type_", "bystander"),
    [
        # near misses: the main clause judges, debates or blocks the thing; it was not offered it
        ("Estonia mocked the grain that Russia pledged.", "AGREE", "EST"),
        ("Portugal applauded the frigates offered by Spain.", "AGREE", "PRT"),
        ("Norway debated the credit that the World Bank offered.", "AGREE", "NOR"),
        ("Austria vetoed the loan that the EU proposed for Serbia.", "AGREE", "AUT"),
        # giving is no taking: only a request is addressed to the side that grants it
        ("Germany shipped the tanks that Poland promised.", "AGREE", "DEU"),
    ],
)
def test_a_clause_that_does_not_take_the_thing_names_no_addressee(extract_text, sentence, type_, bystander):
    events = _coded(extract_text, sentence, type_)
    assert events and all(bystander not in recipient for _, recipient in events)
