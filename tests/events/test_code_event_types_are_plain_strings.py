"""An event's type is the plain string of its PLOVER type on every path, a refusal's too, so the
records compare and serialise alike. Sentences written for these tests."""


def test_a_refusal_to_join_has_a_plain_string_type(extract_text):
    events = extract_text("Austria will not join NATO under any circumstances, the chancellor told parliament.").events
    assert [(e.type, type(e.type)) for e in events] == [("REJECT", str)]
