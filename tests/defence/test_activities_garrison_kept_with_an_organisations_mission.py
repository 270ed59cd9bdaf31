"""A garrison a state keeps in another state, told as serving with an organisation's mission ("keeps 300
soldiers in X with UNIFIL", "holds 600 marines in X with the UN force's mission there") or as a part of it
("has its gunners in X as a part of the AU's mission"), is an activity of the sending state, the host and the
organisation that runs the mission (docs/annotation.md 9.3: forces serving in or with an organisation's
mission in a state). A programme of the state's own that the garrison is part of adds no organisation, nor
does a mission told in an absolute clause ("..., with the UN mission due to leave") or run in another host."""

from __future__ import annotations

import pytest

from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ireland keeps 300 soldiers in Lebanon with UNIFIL.", [("IRL", "LBN", "UN")]),
        ("Uruguay, which still keeps 900 troops in Congo with MONUSCO, trimmed its defence budget.", [("COD", "UN", "URY")]),
        ("Ghana maintains 850 soldiers in South Sudan with the UN peacekeeping mission there.", [("GHA", "SSD", "UN")]),
        ("Fiji keeps its 170 peacekeepers in Lebanon as a part of the UN mission.", [("FJI", "LBN", "UN")]),
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
        # an absolute with-clause tells of the mission, not of the garrison's service
        ("Chad keeps 1,200 soldiers in Niger, with the UN mission expected to wind down by spring.", [("NER", "TCD")]),
        # a mission in another host is not the one the garrison serves in
        ("Spain maintains 600 troops in Lebanon as a part of the EU's mission in Somalia.", [("ESP", "LBN")]),
    ],
)
def test_no_organisation_joins_without_its_mission(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected
