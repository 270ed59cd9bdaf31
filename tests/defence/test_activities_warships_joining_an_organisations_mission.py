"""Forces or warships of a state joining an organisation's mission (docs/annotation.md §9.3,
multinational missions): "the X frigate has joined the EU's naval mission" is an activity of the
state, the organisation and, when the mission's phrase names one, the host. A mission at sea names no
host: the state and the organisation are the parties. Forces joining make the mission a military one.
Where the sentence names another state that could host it, this reading stands back (it would miss
the host). Police, or people who are no forces, joining a mission are none. Sentences invented."""

from __future__ import annotations

import pytest


def _found(extract_text, text):
    return [(a.parties, str(a.status)) for a in extract_text(text).activities if a.found_by == "rules"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Spanish frigate Navarra has joined the EU's Atalanta naval mission in the Indian Ocean.", [(("ESP", "EU"), "ongoing")]),
        ("A Dutch frigate has joined NATO's maritime mission in the Aegean.", [(("NATO", "NLD"), "ongoing")]),
        ("The Spanish frigate Navarra has joined the EU's naval mission in Mali.", [(("ESP", "EU", "MLI"), "ongoing")]),
    ],
)
def test_a_states_warship_joining_an_organisations_mission(extract_text, text, expected):
    assert _found(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Spanish police officers have joined the EU's mission in Niger.",
        "The Spanish ambassador joined the EU's mission to the talks.",
    ],
)
def test_police_or_envoys_joining_a_mission_are_none(extract_text, text):
    assert _found(extract_text, text) == []


def test_a_host_named_elsewhere_leaves_the_reading_to_other_rules(extract_text):
    # "off Somalia" names a state the sea mission is not said to be in: no record without its host
    assert ("ESP", "EU") not in [p for p, _ in _found(extract_text, "The Spanish frigate Navarra has joined the EU's Atalanta naval mission off Somalia.")]
