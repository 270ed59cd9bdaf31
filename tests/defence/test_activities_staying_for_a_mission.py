"""Forces staying in another state to train its forces: the training clause that is the purpose
of the stay takes the stay's stage ("could remain" is proposed) and the allies the forces stay
with take part. A stay "to carry out missions" tells no consent (the missions may be a war's):
no activity. Near misses (negation, a fight as the purpose, an invasion, a region of the host,
stranded forces, missions in a war) stay empty (invented sentences)."""

from __future__ import annotations

import pytest
from defence_helpers import activities_with_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A small contingent of Danish troops could remain in Iraq with NATO allies to train Iraqi forces.", [(("DNK", "IRQ", "NATO"), ("training",), "proposed")]),
        # a garrison kept to train: one record, not a second one for the trained state alone
        ("France will keep 300 soldiers in Chad to train Chadian forces.", [(("FRA", "TCD"), ("training",), "ongoing")]),
    ],
)
def test_forces_staying_for_a_mission_are_an_activity_of_sender_host_and_allies(extract_text, text, expected):
    assert activities_with_kinds(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A small contingent of Danish troops will not remain in Iraq to train Iraqi forces.",  # negated
        "Some analysts say Russian troops could remain in Belarus to train for an attack.",  # an attack as the purpose
        "Russian troops remain in Georgia to carry out an operation against rebels after the invasion.",  # an invasion
        "Turkish soldiers remain in northern Iraq to conduct operations against the PKK.",  # a region of the host
        "The sailors remained in Greece after their ship sank during a mission.",  # stranded
        # missions or operations as the purpose: in a war as often as with consent
        "Russian forces will stay in Ukraine to carry out their missions, Putin said.",
        "Israeli forces will remain in Gaza to carry out missions against Hamas.",
        "Turkish troops will remain in Syria to carry out operations against Kurdish militants.",
        "Russian troops will remain in Transnistria to carry out peacekeeping missions.",  # a breakaway region hosts nothing
        "Russia keeps 1,500 troops in Abkhazia.",  # a breakaway region hosts nothing
        "British troops could be deployed on the ground.",  # no host named
    ],
)
def test_staying_near_misses_are_no_activity(extract_text, text):
    assert activities_with_kinds(extract_text, text) == []
