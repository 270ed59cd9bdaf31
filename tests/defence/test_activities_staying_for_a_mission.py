"""Forces staying in another state for a mission or to train: the purpose tells the host's
consent, the allies they stay with take part, and the modal tells the stage ("could remain"
is proposed); a training clause that is the purpose of the stay takes the stay's stage. Near
misses (negation, a fight as the purpose, an invasion, a region of the host, stranded forces)
stay empty (invented sentences)."""

from __future__ import annotations

import pytest


def _activities(extract_text, text):
    return [(a.parties, a.kinds, a.status) for a in extract_text(text).activities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A small contingent of Danish troops could remain in Iraq with NATO allies to train Iraqi forces.", [(("DNK", "IRQ", "NATO"), ("training",), "proposed")]),
        ("A few hundred Dutch soldiers could stay in Mali with EU partners to carry out a training mission.", [(("EU", "MLI", "NLD"), ("training",), "proposed")]),
        ("Some French soldiers will stay in Mali as part of the UN mission.", [(("FRA", "MLI", "UN"), ("other",), "planned")]),
        # a garrison kept to train: one record, not a second one for the trained state alone
        ("France will keep 300 soldiers in Chad to train Chadian forces.", [(("FRA", "TCD"), ("training",), "ongoing")]),
    ],
)
def test_forces_staying_for_a_mission_are_an_activity_of_sender_host_and_allies(extract_text, text, expected):
    assert _activities(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A small contingent of Danish troops will not remain in Iraq to train Iraqi forces.",  # negated
        "Some analysts say Russian troops could remain in Belarus to train for an attack.",  # an attack as the purpose
        "Russian troops remain in Georgia to carry out an operation against rebels after the invasion.",  # an invasion
        "Turkish soldiers remain in northern Iraq to conduct operations against the PKK.",  # a region of the host
        "The sailors remained in Greece after their ship sank during a mission.",  # stranded
        "British troops could be deployed on the ground.",  # no host named
    ],
)
def test_staying_near_misses_are_no_activity(extract_text, text):
    assert _activities(extract_text, text) == []
