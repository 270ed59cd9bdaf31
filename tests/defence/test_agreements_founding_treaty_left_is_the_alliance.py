"""An alliance's founding treaty that a verb of leaving takes stands for the alliance left ("X quit
the Collective Security Treaty along with Y": an alliance record per state, docs/annotation.md §9.4),
not an agreement ended among the states that leave. Another treaty left, or the founding treaty
signed, is still an agreement. Invented sentences."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    extraction = extract_text(text)
    return sorted((a.parties, a.status) for a in extraction.agreements), sorted((a.members, a.status) for a in extraction.alliances)


@pytest.mark.parametrize(
    ("text", "alliances"),
    [
        (
            "Along with Ukraine, Moldova quit the Collective Security Treaty in 2001.",
            [(("CSTO", "MDA"), "dissolved"), (("CSTO", "UKR"), "dissolved")],
        ),
        ("Romania left the Warsaw Treaty together with Bulgaria in 1991.", [(("BGR", "WARSAW_PACT"), "dissolved"), (("ROU", "WARSAW_PACT"), "dissolved")]),
    ],
)
def test_a_founding_treaty_left_is_the_alliance_left(extract_text, text, alliances):
    assert _records(extract_text, text) == ([], alliances)


def test_another_treaty_left_is_an_agreement_ended(extract_text):
    agreements, _ = _records(extract_text, "Moldova withdrew from its border treaty with Ukraine on Monday.")
    assert agreements == [(("MDA", "UKR"), "terminated")]
