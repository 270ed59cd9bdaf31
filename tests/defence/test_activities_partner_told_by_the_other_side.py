"""A joint activity named with its partner only ("a joint exercise with Y") and told by a state's
own voice telling a stage of it ("... has been called off, X's ministry said", "X announced the
suspension of ...", "X said ... would go ahead") has the teller's state as its other side. A teller
that is no state (analysts, a news agency) adds no party, nor does a state that judges the activity
rather than tells its stage ("X said the drills with Y were a rehearsal for invasion"), nor a teller
about an activity whose sides are both named."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A joint patrol with Thailand scheduled for June has been called off, Cambodia's defence ministry said.", [("KHM", "THA")]),
        ("Cambodia announced the suspension of its joint naval training with Thailand.", [("KHM", "THA")]),
        ("Greece said on Friday that the bilateral exercise with Egypt would go ahead next month.", [("EGY", "GRC")]),
    ],
)
def test_the_teller_is_the_other_side_of_a_joint_activity_with_a_partner(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both sides named: the state that speaks about it only comments
        ("Russia said the joint exercise of China with Iran was a threat to regional security.", [("CHN", "IRN")]),
        ("The Chilean navy said Peru had held a joint exercise with Ecuador.", [("ECU", "PER")]),
    ],
)
def test_a_teller_of_an_activity_with_both_sides_named_is_no_party(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela's foreign ministry said the joint manoeuvres with Colombia were a provocation.",
        "Iran said the joint naval exercise with Oman threatened stability in the Gulf.",
        "North Korea said the joint drills with South Korea were a rehearsal for invasion.",
    ],
)
def test_a_state_that_judges_a_joint_activity_is_no_party(extract_text, text):
    assert all(len(parties) == 1 for parties in activity_parties(extract_text, text))


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said a joint exercise with Japan would be held next year.",
        "Reuters reported that a joint drill with Japan was planned.",
    ],
)
def test_a_teller_that_is_no_state_adds_no_party(extract_text, text):
    assert all(len(parties) == 1 for parties in activity_parties(extract_text, text))


def test_a_refusal_told_by_the_state_stays_empty(extract_text):
    assert activity_parties(extract_text, "Japan said it would not hold joint drills with China.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that only describes the activity, or one whose noun the teller's possessive ties to it
        ("Chile's navy said the joint exercise with Peru involved nine ships.", [("CHL", "PER")]),
        ("Ghana's army said the joint drills with Togo were a success.", [("GHA", "TGO")]),
        ("Norway's navy said its joint patrol with Iceland was a sign of close ties.", [("ISL", "NOR")]),
    ],
)
def test_a_teller_describing_its_joint_activity_is_a_party(extract_text, text, expected):
    assert activity_parties(extract_text, text) == expected
