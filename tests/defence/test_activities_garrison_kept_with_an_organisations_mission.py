"""A garrison a state keeps in another state, told as serving with an organisation's mission ("keeps 300
soldiers in X with UNIFIL", "keeps 1,000 troops with the UN mission in X") or as part of it ("keeps its
soldiers in X as part of the EU's mission"), is an activity of the sending state, the host and the
organisation that runs the mission (docs/annotation.md 9.3: forces serving in or with an organisation's
mission in a state). A programme of the state's own that the garrison is part of adds no organisation."""

from __future__ import annotations

import pytest

from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ireland keeps 300 soldiers in Lebanon with UNIFIL.", [("IRL", "LBN", "UN")]),
        ("Uruguay, which maintains about 900 troops with the UN mission in Congo, cut its defence budget.", [("COD", "UN", "URY")]),
        ("Ghana maintains 850 soldiers with the UN mission in South Sudan.", [("GHA", "SSD", "UN")]),
        ("Slovakia will keep its 40 soldiers in Bosnia and Herzegovina as part of the EU mission next year.", [("BIH", "EU", "SVK")]),
    ],
)
def test_a_garrison_serving_with_an_organisations_mission_takes_in_the_organisation(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state's own programme is no organisation's mission
        ("Italy keeps 200 soldiers in Lebanon as part of its own training programme.", [("ITA", "LBN")]),
        # an alliance's battlegroup is no mission named as one: the garrison reading leaves it out
        ("Norway has 400 soldiers in Latvia as part of a NATO battlegroup.", [("LVA", "NOR")]),
        # a garrison with no size told stays no garrison, mission or not
        ("Ireland still keeps soldiers in Lebanon with UNIFIL.", []),
    ],
)
def test_no_organisation_joins_without_its_mission(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected
