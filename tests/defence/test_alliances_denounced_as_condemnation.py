""""Denounced the treaty" is mostly condemnation in news: it leaves an alliance only under a
decision told as taken ("voted to denounce", "their decision to denounce"); "renounced" and
"abrogated" leave it plainly. All sentences are invented."""

from __future__ import annotations

import pytest


def _alliances(extract_text, text):
    return sorted((",".join(a.members), a.status) for a in extract_text(text).alliances)


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela denounced the Rio Treaty as a relic of the Cold War.",
        "Ecuador's foreign minister denounced the Rio Treaty at the assembly on Tuesday.",
    ],
)
def test_a_treaty_denounced_as_criticism_is_no_leaving(extract_text, text):
    assert [a for a in _alliances(extract_text, text) if a[1] == "dissolved"] == []


def test_a_decision_to_denounce_the_treaty_leaves_it(extract_text):
    found = _alliances(extract_text, "Bolivia's congress voted to denounce the Rio Treaty on Monday.")
    assert any(status == "dissolved" and "BOL" in members.split(",") for members, status in found), found
