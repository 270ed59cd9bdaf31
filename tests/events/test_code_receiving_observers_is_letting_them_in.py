"""Receiving or admitting observers, monitors or inspectors lets them in: RETREAT `access`
(CAMEO 0862), as accepting or allowing them already is (PLOVER manual, RETREAT: allowing the
entry of observers). The body that sends them is the recipient. Receiving a visitor stays a
meeting, and receiving something from observers lets no one in."""


def _events(result):
    return [(e.type, e.cameo, e.actor, e.recipient) for e in result.events]


def test_receiving_a_team_of_observers_from_a_body_is_accepting_them(extract_text):
    result = extract_text("Bolivia's president received a team of observers from the OAS on Tuesday.")
    assert _events(result) == [("RETREAT", "0862", ("BOL",), ("OAS",))]


def test_admitting_inspectors_of_a_body_is_accepting_them(extract_text):
    result = extract_text("Peru admitted UN inspectors on Monday.")
    assert _events(result) == [("RETREAT", "0862", ("PER",), ("UN",))]


def test_receiving_a_visiting_minister_stays_a_meeting(extract_text):
    result = extract_text("Bolivia's president received the French foreign minister on Tuesday.")
    assert [e.type for e in result.events] == ["CONSULT"]


def test_receiving_a_report_from_observers_lets_no_one_in(extract_text):
    # near miss: the observers send a report; they are not received
    result = extract_text("Peru received a letter from the UN inspectors on Monday.")
    assert [e.type for e in result.events if e.type == "RETREAT"] == []
