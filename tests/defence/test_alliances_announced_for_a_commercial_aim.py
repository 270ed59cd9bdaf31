"""An alliance announced for an aim with no military context ("a strategic alliance to open
filling stations", "to build a railway"), on the noun or hung by the parser on the verb, is a
commercial or civil partnership, no defence alliance (docs/annotation.md 9.4); an aim of defence
("to counter threats to their territory", "a military alliance to defend ...") keeps it. Sentences
invented."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return sorted((a.members, str(a.status)) for a in extract_text(text).alliances)


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia's Petronas and Indonesia's Pertamina announced a strategic alliance to open filling stations on toll roads.",
        "Kenya and Uganda announced a strategic alliance to build a railway to the coast.",
    ],
)
def test_an_alliance_for_a_commercial_aim_is_none(extract_text, text):
    assert _alliances(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Turkey and Azerbaijan announced a strategic alliance to counter threats to their territory.", ("AZE", "TUR")),
        ("Egypt and Sudan announced a military alliance to defend the Nile basin.", ("EGY", "SDN")),
    ],
)
def test_an_alliance_for_defence_stands(extract_text, text, members):
    assert _alliances(extract_text, text) == [(members, "formal")]
