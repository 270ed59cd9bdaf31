"""Acts one side receives, faces or is thanked for, and wrongs a report alleges: who did what to whom.

"X received / won / faces <act> from Y" is Y's act towards X; arms handed to a non-state group
are military aid; the act someone is thanked for is no new event; a call for sanctions
disapproves of their target; a report accuses for its author (a government's report: for the
state it was issued in), never merely for the place it was published in.
Every sentence here is invented.
"""

import pytest


def _events(result, type_=None):
    return [e for e in result.events if type_ is None or e.type == type_]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "recipient"),
    [
        ("Bolivian miners received assurances from the Bolivian government.", "AGREE", "BOL", "BOL"),
        ("Malawi received aid from Norway.", "AID", "NOR", "MWI"),
        ("Malawi received a pledge of aid from Norway.", "AGREE", "NOR", "MWI"),
        ("Chad faces criticism from France over the arrests.", "ACCUSE", "FRA", "TCD"),
        ("The Malian army came under attack from Algerian jets.", "ASSAULT", "DZA", "MLI"),
        ("Serbia won backing from Hungary for its bid.", "SUPPORT", "HUN", "SRB"),
        ("Lebanon received a warning from Israel.", "THREATEN", "ISR", "LBN"),
    ],
)
def test_an_act_received_from_another_side_is_the_givers_act(extract_text, sentence, type_, actor, recipient):
    events = _events(extract_text(sentence), type_)
    assert [(e.actor, e.recipient) for e in events] == [((actor,), (recipient,))], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran faces new sanctions from the European Union.",  # a material act faced is still to come
        "The report received criticism from Britain.",  # the receiver names no actor
        "Egypt is under pressure to cut spending.",  # no side presses
        "The talks took place under pressure from the United States.",  # the pressed side is not named
    ],
)
def test_a_received_act_with_a_side_missing_or_still_to_come_is_no_event(extract_text, sentence):
    assert not _events(extract_text(sentence)), sentence


@pytest.mark.parametrize(
    ("sentence", "type_", "status"),
    [
        ("Chile did not receive any assurances from Peru.", "AGREE", "negated"),
        ("Chile received no assurances from Peru about the border.", "AGREE", "negated"),  # "no" on the act
        ("Chile has not come under attack from Peru since the truce.", "ASSAULT", "negated"),
        ("Chile never came under pressure from Peru.", "REQUEST", "negated"),
        ("Santiago fears it could come under attack from Peru this winter.", "ASSAULT", "hypothetical"),
        ("Chile may come under pressure from Peru ahead of the vote.", "REQUEST", "hypothetical"),
        ("Chile could come under attack from Peru if it builds the dam, analysts said.", "ASSAULT", "hypothetical"),
    ],
)
def test_a_received_act_keeps_the_status_of_the_verb_that_receives_it(extract_text, sentence, type_, status):
    events = _events(extract_text(sentence), type_)
    assert [(e.actor, e.recipient, e.status) for e in events] == [(("PER",), ("CHL",), status)], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Egypt faces pressure from Saudi Arabia to expel the envoy.",
        "Egypt came under pressure from Saudi Arabia to expel the envoy.",
        "Egypt has been pressured by Saudi Arabia to expel the envoy.",
        "Saudi Arabia is pressuring Egypt to expel the envoy.",
    ],
)
def test_pressure_to_act_is_a_request_of_the_side_pressing(extract_text, sentence):
    result = extract_text(sentence)
    # The act pressed for is the request's content, not an event of its own (no SANCTION).
    assert [(e.type, e.actor, e.recipient) for e in result.events] == [("REQUEST", ("SAU",), ("EGY",))], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington pressured Ukrainian leaders to hold talks.",
        "Washington pressured the Ukrainian government to hold talks.",
        "Ukrainian officials came under pressure from the United States to hold talks.",
    ],
)
def test_pressure_on_a_state_its_government_or_its_leaders_is_a_request(extract_text, sentence):
    events = _events(extract_text(sentence), "REQUEST")
    assert [(e.actor, e.recipient) for e in events] == [(("USA",), ("UKR",))], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # Military pressure on positions or lines presses no one to act.
        "Russian forces pressured Ukrainian positions near the river for weeks.",
        "Syrian troops pressured rebel lines around the city.",
        # A state's sports team is not the state.
        "The Serbian national team came under pressure from Croatia in the second half.",
        "The Brazilian side faced pressure from Argentina after the break.",
        "The Croatian national team put pressure on Serbia's defence.",
    ],
)
def test_pressure_on_positions_or_a_team_of_a_state_is_no_request(extract_text, sentence):
    assert not _events(extract_text(sentence), "REQUEST"), sentence


def test_pressure_from_a_side_that_is_yielded_to_stays_a_concession(extract_text):
    result = extract_text("Egypt bowed to pressure from Saudi Arabia.")
    assert [(e.type, e.actor, e.recipient) for e in result.events] == [("CONCEDE", ("EGY",), ("SAU",))]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Bolivian miners received rifles from the Bolivian government.", "AID"),  # protesters armed
        ("Kurdish fighters received arms from the United States.", "AID"),  # an armed group armed
        ("Ukraine received tanks from Germany.", "COOPERATE"),  # a state's delivery, sale or not told
        ("The rebels received weapons from Iran under a secret deal.", "COOPERATE"),  # sold
    ],
)
def test_arms_handed_to_a_non_state_group_are_military_aid(extract_text, sentence, type_):
    (event,) = _events(extract_text(sentence))
    assert event.type == type_, sentence
    assert event.cameo == ("072" if type_ == "AID" else "062")


@pytest.mark.parametrize(
    "sentence",
    [
        "The cabinet voiced deep appreciation for Japan's assistance during the floods.",
        "The government thanked Japan for its assistance and support.",
        "Kenya is grateful for Japan's aid to the region.",
    ],
)
def test_the_act_thanked_for_is_no_new_event(extract_text, sentence):
    assert not _events(extract_text(sentence), "AID"), sentence


def test_praise_for_an_act_codes_the_praise_only(extract_text):
    result = extract_text("Kenya praised Japan's aid to the region.")
    assert [(e.type, e.actor, e.recipient) for e in result.events] == [("SUPPORT", ("KEN",), ("JPN",))]


def test_asking_for_an_act_is_still_a_request(extract_text):
    (event,) = _events(extract_text("Kenya asked for Japan's assistance."))
    assert (event.type, event.actor, event.recipient) == ("REQUEST", ("KEN",), ("JPN",))


@pytest.mark.parametrize(
    ("sentence", "recipient"),
    [
        ("Germany called for sanctions against Iran.", "IRN"),
        ("Poland called for new EU sanctions against Belarus.", "BLR"),  # not the EU, who would impose them
    ],
)
def test_a_call_for_sanctions_disapproves_of_their_target(extract_text, sentence, recipient):
    (event,) = _events(extract_text(sentence))
    assert (event.type, event.cameo, event.recipient) == ("ACCUSE", "111", (recipient,)), sentence


@pytest.mark.parametrize(
    ("sentence", "type_", "recipient"),
    [
        ("Germany called on the EU to impose sanctions on Iran.", "REQUEST", ("EU",)),  # asks the EU
        ("Germany called for the lifting of sanctions against Iran.", "REQUEST", ()),  # asks for an easing
    ],
)
def test_calls_that_ask_someone_to_sanction_or_to_ease_stay_requests(extract_text, sentence, type_, recipient):
    (event,) = _events(extract_text(sentence))
    assert (event.type, event.recipient) == (type_, recipient), sentence


def test_a_call_for_sanctions_that_was_not_made_is_negated(extract_text):
    (event,) = _events(extract_text("Germany did not call for sanctions against Iran."))
    assert (event.type, event.status) == ("ACCUSE", "negated")


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("A report by Amnesty International alleged that Ugandan troops shelled villages.", "NGOHRIAMN"),
        ("A report by the Kenyan government alleged that Uganda had armed the rebels.", "KEN"),
        # A government's document with no state named speaks for the government where it was issued.
        ("A government report issued on Monday in the Kenyan capital alleged that Uganda had armed the rebels.", "KEN"),
        ("A government report released in Nairobi alleged that Ugandan troops shelled villages in the north.", "KEN"),
    ],
)
def test_a_report_accuses_for_its_author(extract_text, sentence, actor):
    result = extract_text(sentence)
    # The wrong reported is claimed, not asserted: the accusation is the one event.
    assert [(e.type, e.actor, e.recipient) for e in result.events] == [("ACCUSE", (actor,), ("UGA",))], sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "A report released in Nairobi said that the economy grew.",  # no wrong told
        "A newspaper report published in Nairobi alleged that Ugandan troops shelled villages.",  # the medium
        "A report alleged that Ugandan troops shelled villages.",  # no author, no place
        # The place a report is published is not its author: think tanks, NGOs and the media
        # publish in capitals too.
        "A report published in Washington alleged that China had spied on India.",
        "A report released on Monday in Nairobi alleged that Ugandan troops shelled villages in the north.",
        "A study issued in London said that Ugandan troops shelled villages.",
    ],
)
def test_a_report_of_no_wrong_or_with_no_author_accuses_no_one(extract_text, sentence):
    result = extract_text(sentence)
    assert not [e for e in result.events if e.type == "ACCUSE" and e.cameo == "112"], sentence
    assert not [e for e in result.events if e.actor in (("USA",), ("KEN",), ("GBR",))], sentence
