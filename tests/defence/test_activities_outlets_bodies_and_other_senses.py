"""Readings that are no joint military activity, or no party to one: a news outlet credited in the
dateline (or whose initials a force shares) reports the activity and takes no part; a civilian body
named by its "of" object ("the General Administration of Customs") or set as an apposition of the
dateline's city; police trained whose police word hangs below another qualifier; a drilling verb in
another sense ("exercised an option"); an agreement's scope told by a participle the parser hangs on
the signing verb. Sentences invented; the positive ones keep the activity with its true parties."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet in the dateline is no party
        ("LIMA, June 3 (EFE) Frigates of the Peruvian Navy and the Chilean Navy held a joint drill off Arica on Tuesday.", [("CHL", "PER")]),
        ("KARACHI, Feb 2 (Reuters) Warships of the Pakistan Navy and the Turkish Navy carried out a joint exercise in the Arabian Sea.", [("PAK", "TUR")]),
        # a drilling verb whose object is forces is a drill
        ("Thai marines exercised with Indonesian troops on the beach at Sattahip.", [("IDN", "THA")]),
    ],
)
def test_activity_kept_without_the_outlet(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # civilian bodies named by their "of" object
        "Ecuador's National Directorate of Customs and its Peruvian counterpart held a joint exercise at the border crossing on Friday.",
        "The Ministry of Health of Chile and its Argentine counterpart held a joint pandemic exercise.",
        # a civilian body read as an apposition of the dateline's city
        "QUITO, March 2 (EFE) Disaster relief authorities of Ecuador and Colombia held a joint tabletop exercise on flood response.",
        # police trained, the police word below another qualifier
        "A team of Spanish advisers began training Royal Moroccan Police Force officers in crowd control.",
        # a drilling verb in another sense
        "Finland has exercised an option for 20 more tanks from Germany's KNDS, the ministry said.",
        "Chile exercised its right of reply at the Organization of American States.",
        # an agreement's scope, the participle hung on the signing verb
        "Ghana's defence minister and his Togolese counterpart signed a defence agreement in Lome on Monday covering training and joint patrols.",
    ],
)
def test_no_activity_or_party(extract_text, text):
    assert activity_parties(extract_text, text) == []
