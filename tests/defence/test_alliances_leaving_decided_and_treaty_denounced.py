"""Leaving an alliance told as a decision taken (docs/annotation.md 9.4: a member left), as a vote
to leave is: "decided to leave X", "announced their decision to denounce X"; and a state that
denounces or renounces an alliance's treaty leaves it. A leaving only announced as coming ("said it
would quit X"), possible, threatened or criticised, and a denunciation of the alliance itself
(criticism), are none. All sentences are invented."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyrgyzstan decided on Monday to quit the CSTO.", [(("CSTO", "KGZ"), "dissolved")]),
        ("Chile and Peru announced their decision to leave the Rio Treaty.", [(("CHL", "RIO_TREATY"), "dissolved"), (("PER", "RIO_TREATY"), "dissolved")]),
        ("Colombia and Peru announced their decision to denounce the Rio Treaty.", [(("COL", "RIO_TREATY"), "dissolved"), (("PER", "RIO_TREATY"), "dissolved")]),
        ("Mexico renounced the Rio Treaty in 2002.", [(("MEX", "RIO_TREATY"), "dissolved")]),
    ],
)
def test_a_leaving_decided_or_a_treaty_denounced_dissolves_the_membership(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru announced that it may withdraw from the Rio Treaty.",
        "Peru announced on Monday that it will withdraw from the Rio Treaty.",
        "Kyrgyzstan said it would quit the CSTO if attacked.",
        "Kyrgyzstan threatened to quit the CSTO.",
        "Peru criticised the decision to quit the Rio Treaty.",
        "Russia denounced NATO on Monday.",
        "Peru will withdraw from the Rio Treaty if the vote passes.",
    ],
)
def test_a_leaving_only_possible_threatened_or_criticised_is_none(extract_text, text):
    assert alliances_listed(extract_text, text) == []
