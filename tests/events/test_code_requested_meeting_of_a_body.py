"""A meeting or session requested "of" a body names the body asked to meet as the request's
recipient, as "demand talks" and "ask X for talks" already read their object; a request for
talks that names no one keeps no recipient."""


def _requests(result):
    return [(e.type, e.actor, e.recipient) for e in result.events if e.type == "REQUEST"]


def test_a_session_requested_of_an_organisation_is_addressed_to_it(extract_text):
    result = extract_text("Kenya requested an emergency session of the African Union on Friday.")
    assert _requests(result) == [("REQUEST", ("KEN",), ("AU",))]


def test_a_session_of_a_council_of_an_organisation_is_addressed_to_the_organisation(extract_text):
    result = extract_text("Bolivia requested an urgent session of the UN Security Council to discuss the raids.")
    assert _requests(result) == [("REQUEST", ("BOL",), ("UN",))]


def test_a_meeting_requested_with_a_state_still_names_that_state(extract_text):
    result = extract_text("Kenya requested a meeting with Uganda on Friday.")
    assert _requests(result) == [("REQUEST", ("KEN",), ("UGA",))]


def test_requested_talks_naming_no_body_keep_no_recipient(extract_text):
    # near miss: the object's phrase names a topic, not a side
    result = extract_text("Kenya requested talks on the border dispute.")
    assert _requests(result) == [("REQUEST", ("KEN",), ())]
