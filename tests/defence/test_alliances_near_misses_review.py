"""Near misses of alliance membership and founding (review of issue 13): a body joined beside a
military alliance is no member of it, and a past founding asked about in a "whether" clause is
formal, not proposed (invented articles)."""

from __future__ import annotations

import pytest
from defence_helpers import alliances_listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine hopes to join NATO and the EU.", [(("NATO", "UKR"), "proposed")]),
        ("Moldova hopes to join NATO and the OSCE.", [(("MDA", "NATO"), "proposed")]),
        ("Ukraine and Georgia hope to join NATO and the EU.", [(("GEO", "NATO"), "proposed"), (("NATO", "UKR"), "proposed")]),
        # several alliances still split per alliance
        ("Pakistan joined SEATO and the Baghdad Pact.", [(("BAGHDAD_PACT", "PAK"), "formal"), (("PAK", "SEATO"), "formal")]),
    ],
)
def test_a_body_joined_beside_an_alliance_is_no_member_of_it(extract_text, text, expected):
    assert alliances_listed(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Historians still debate whether the founding of ANZUS by Australia, New Zealand and the United States was wise.", ("AUS", "NZL", "USA")),
        ("Scholars ask whether the creation of SEATO by the United States, France and Thailand was a mistake.", ("FRA", "THA", "USA")),
    ],
)
def test_a_past_founding_asked_about_is_formal(extract_text, text, members):
    assert (members, "formal") in alliances_listed(extract_text, text)


@pytest.mark.parametrize("text", ["Thailand joined SEATO in 1954.", "Thailand joined the Southeast Asia Treaty Organization in 1954."])
def test_seato_is_accords_pact_row_not_the_phoenix_one(extract_text, text):
    # organizations.csv and phoenix_organizations.csv both define SEATO: accord's own row wins
    assert alliances_listed(extract_text, text) == [(("SEATO", "THA"), "formal")]
