"""Forces placed "here" are hosted by the state of the story's dateline as the actor resolver reads
it (``MentionIndex.dateline()``, its marks from data/actors/resolver.toml): a place in capitals
before any mark, or one not in capitals before a dash; also a dateline in capitals that opens the
body after a headline. A comma after a place not in capitals opens no dateline, and "here" quoted
from a speaker of another state names no host."""

from __future__ import annotations

import pytest


def _activities(extract_text, text):
    return sorted((",".join(a.parties), a.status) for a in extract_text(text).activities)


@pytest.mark.parametrize(
    "text",
    [
        "LIMA -- The 300 Chilean marines based here will sail home in June.",
        "Lima -- The 300 Chilean marines based here will sail home in June.",
        "LIMA, March 3 (Andina) - The 300 Chilean marines based here will sail home in June.",
        # the dateline opens the body after a headline
        "Chilean marines to sail home\nLIMA – The 300 Chilean marines based here will sail home in June.",
    ],
)
def test_forces_here_are_hosted_by_the_datelines_state(extract_text, text):
    assert _activities(extract_text, text) == [("CHL,PER", "ongoing")]


@pytest.mark.parametrize(
    "text",
    [
        # a place not in capitals before a comma is the sentence's subject, no dateline
        "Lima, March 3 - The 300 Chilean marines based here will sail home in June.",
        # "here" in the words of a speaker another state names
        'LIMA -- "The 300 Chilean marines based here will stay," a Bolivian envoy said in La Paz.',
    ],
)
def test_no_host_from_no_dateline_or_a_quoted_here(extract_text, text):
    assert all("PER" not in parties for parties, _ in _activities(extract_text, text))
