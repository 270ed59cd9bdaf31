"""An act still to come under an agreement whose own clause tells its making shows the agreement no
further along than that stage, unless the date resolver places the making in a year before the
publication's: then the making is background and the agreement stands (in force). The shape of the
time does not decide: "last year" is an earlier year, "in 2025" (the year of publication) is not.
(Tests publish on 2025-03-14.)"""

from __future__ import annotations

import pytest
from defence_helpers import agreements_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the review's repro, with the year of publication
        ("Joint patrols will start next month under the accord Chile and Peru signed in 2025.", [("CHL,PER", "signed")]),
        ("Joint patrols will start next month under the accord Chile and Peru signed in January.", [("CHL,PER", "signed")]),
        ("Joint patrols will start next month under the accord Chile and Peru signed last week.", [("CHL,PER", "signed")]),
    ],
)
def test_a_making_in_the_year_of_publication_is_news(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joint patrols will start next month under the accord Chile and Peru signed last year.", [("CHL,PER", "in_force")]),
        ("Mine clearing will resume in the spring under the truce Sudan and Chad reached last year.", [("SDN,TCD", "in_force")]),
        ("Joint patrols will start next month under the accord Chile and Peru signed in 2016.", [("CHL,PER", "in_force")]),
    ],
)
def test_a_making_in_an_earlier_year_is_background(extract_text, text, expected):
    assert agreements_joined(extract_text, text) == expected


def test_without_a_publication_date_no_year_is_placed(extract_text):
    text = "Joint patrols will start next month under the accord Chile and Peru signed last year."
    assert [(",".join(a.parties), a.status) for a in extract_text(text, published=None).agreements] == [("CHL,PER", "signed")]


def test_the_makers_named_by_the_relative_are_the_parties_of_an_agreement_shown_standing(extract_text):
    # the act names a third state that acts under the accord; the accord's own clause names its makers
    text = "Chilean and Bolivian warships will hold drills off Arica next month under the naval accord Chile and Peru signed last year."
    assert agreements_joined(extract_text, text) == [("CHL,PER", "in_force")]
