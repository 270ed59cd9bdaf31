"""A garrison kept or stationed "there" (docs/annotation.md §9.3, basing and stationing) is in the
place named last before it, in its sentence or the one before, when that place is a state named as
a preposition's object ("a treaty with X", "sent to X") other than the forces' or the keeper's own.
A state named as a clause's subject ("if X allowed troops to be stationed there") or a region no
state codes leaves "there" unread. Sentences invented."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Under its 1979 defence accord with Gabon, France keeps some 900 troops there, its largest force in the region.", ("FRA", "GAB")),
        ("Britain signed a defence treaty with Belize in 1981 and still keeps some 800 soldiers there.", ("BLZ", "GBR")),
        ("Kenya flew 900 troops to Somalia on Monday. Ugandan troops already stationed there will stay.", ("SOM", "UGA")),
    ],
)
def test_a_garrison_there_is_in_the_state_named_before(extract_text, text, parties):
    assert (parties, "ongoing") in _records(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        # the state before "there" is a clause's subject, and "there" is a region of it
        "Caracas warned it would take back the disputed region if Guyana allowed 500 US troops to be stationed there.",
        # the last place is no state the gazetteer codes
        "Some 900 French troops reached the Sahel from Chad on Monday and the 300 German troops stationed there welcomed them.",
    ],
)
def test_no_garrison_when_there_names_no_state_object(extract_text, text):
    assert not any(set(parties) in ({"GUY", "USA"}, {"DEU", "TCD"}) for parties, _ in _records(extract_text, text))
