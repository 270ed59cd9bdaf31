"""A state letting another state's forces use its bases, airfields or ports hosts them there
(docs/annotation.md §9.3, basing), as "granted access to its bases" already did: "X allows Y's
jets to use its airport", and an airfield or port told used by another state's forces ("the
Somali airfield is used by U.S. patrol aircraft"). A port or airfield used by civilians, or let
to no forces, tells no basing. Sentences invented."""

from __future__ import annotations

import pytest
from defence_helpers import activity_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oman lets British warships use its port at Duqm.", [(("GBR", "OMN"), "ongoing")]),
        ("Oman will permit Indian navy ships to use the port of Duqm.", [(("IND", "OMN"), "planned")]),
        ("Chad already allows French aircraft to use its airport for operations in Niger.", [(("FRA", "TCD"), "ongoing")]),
        ("Djibouti will allow Japanese troops to use its airspace and an air base for relief flights.", [(("DJI", "JPN"), "planned")]),
    ],
)
def test_a_host_letting_forces_use_its_base_hosts_them(extract_text, text, expected):
    assert activity_statuses(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("The Somali port and airfield at Berbera are now being used by US Navy patrol aircraft.", ("SOM", "USA")),
        ("Japanese airfields are used by American fighter jets.", ("JPN", "USA")),
    ],
)
def test_an_airfield_or_port_used_by_foreign_forces_is_a_base(extract_text, text, parties):
    assert [a.parties for a in extract_text(text).activities] == [parties]


@pytest.mark.parametrize(
    "text",
    [
        "Oman lets British tourists use its port at Duqm.",
        "Oman allows British companies to use its ports.",
        "The Somali port at Berbera is used by Emirati shipping firms.",
        "The Chinese port in Hambantota opened on Monday.",
        "Kenyan airfields are used by American tourists.",
    ],
)
def test_ports_and_airfields_used_by_no_forces_tell_no_basing(extract_text, text):
    assert list(extract_text(text).activities) == []
