"""An alliance's founding treaty keeps its name behind a describing word (a role participle
hyphened to a proper name, or a descriptor of data): "the Kremlin-backed Collective Security
Treaty" and "the Soviet-dominated Warsaw Treaty" still name the treaty that set up the CSTO or the Warsaw Pact (docs/annotation.md 9.4).
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
        ("On Tuesday Belarus walked out of the Kremlin-backed Collective Security Treaty.", [("BLR,CSTO", "dissolved")]),
        ("Kyrgyzstan and Armenia have both pulled out of the Kremlin-dominated collective security treaty, officials said.", [("ARM,CSTO", "dissolved"), ("CSTO,KGZ", "dissolved")]),
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


@pytest.mark.parametrize(
    "text",
    [
        # another proper name before the treaty makes another treaty's name, not a description
        "In 1981 Jordan withdrew from the Levant Collective Security Treaty.",
        "Oman walked out of the Muscat Collective Security Treaty last year.",
    ],
)
def test_a_treaty_named_after_another_place_is_no_founding_treaty(extract_text, text):
    alliances, _ = _records(extract_text, text)
    assert all("CSTO" not in members for members, _ in alliances)
