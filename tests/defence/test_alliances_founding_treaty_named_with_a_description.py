"""An alliance's founding treaty keeps its name behind a describing word: "the Moscow-led
Collective Security Treaty", "the CIS Collective Security Treaty", "the Soviet-dominated Warsaw
Treaty" still name the treaty that set up the CSTO or the Warsaw Pact (docs/annotation.md 9.4).
Quitting it is leaving the alliance (one record per state leaving), not an agreement ended among
the leavers and the state that leads the bloc. A new treaty only of that kind ("a new collective
security treaty") names no alliance."""

from __future__ import annotations

import pytest


def _records(extract_text, text):
    records = extract_text(text)
    return sorted((",".join(a.members), a.status) for a in records.alliances), sorted((",".join(a.parties), a.status) for a in records.agreements)


@pytest.mark.parametrize(
    ("text", "alliances"),
    [
        ("Belarus quit the Moscow-led Collective Security Treaty in 2001.", [("BLR,CSTO", "dissolved")]),
        ("Armenia and Kyrgyzstan have withdrawn from the Russian-led collective security treaty.", [("ARM,CSTO", "dissolved"), ("CSTO,KGZ", "dissolved")]),
        ("Albania quit the Soviet-dominated Warsaw Treaty in 1968.", [("ALB,WARSAW_PACT", "dissolved")]),
    ],
)
def test_leaving_a_described_founding_treaty_leaves_the_alliance(extract_text, text, alliances):
    assert _records(extract_text, text) == (alliances, [])


def test_a_new_treaty_of_the_kind_is_a_pact_of_its_own(extract_text):
    # a new treaty of that kind, signed: an agreement and the signers' alliance, no CSTO membership
    alliances, agreements = _records(extract_text, "Armenia and Iran signed a new collective security treaty on Monday.")
    assert agreements == [("ARM,IRN", "signed")]
    assert all("CSTO" not in members for members, _ in alliances)
