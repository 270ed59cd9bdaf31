"""An activity told only inside a report that someone denies or calls a fabrication, or inside a
claim that is denied, is not told as fact: no record (docs/annotation.md §9: record only what the
text states; the agreement rules read denied and alleged clauses the same way). A report that is
confirmed, or a denial of something else in the sentence, leaves the activity told. Invented
sentences."""

from __future__ import annotations

import pytest
from defence_helpers import activity_parties


@pytest.mark.parametrize(
    "text",
    [
        # a report whose "that" clause tells the activity, denied by a verb
        "A Peruvian official denied a newspaper report that Peru's naval bases are used by American forces.",
        # ... or called a fabrication, as the verb's "as" phrase or as the report's predicate
        "The ministry dismissed as pure fabrication a Polish radio report that German and Lithuanian warships were planning joint drills near the border.",
        "Reports that Serbian and Russian paratroopers were preparing joint drills near Nis were pure fabrication, the ministry said.",
        # a claim denied
        "Caracas rejected claims that Cuban instructors are training Venezuelan soldiers.",
        "Moscow denied that Russian troops are stationed in Venezuela.",
    ],
)
def test_an_activity_in_a_denied_report_gives_no_record(extract_text, text):
    assert activity_parties(extract_text, text) == []


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # the same report confirmed
        ("The ministry confirmed a Polish radio report that German and Lithuanian warships were planning joint drills near the border.", ("DEU", "LTU")),
        # the activity told in the main clause, a claim only described after it
        ("Cuban instructors are training Venezuelan soldiers, a US admiral said, a claim Havana rejected.", ("CUB", "VEN")),
        # something else denied in the sentence
        ("The ministry denied reports of friction and said Chilean and Peruvian marines would hold joint drills in May.", ("CHL", "PER")),
    ],
)
def test_a_report_not_denied_leaves_the_activity(extract_text, text, parties):
    assert parties in activity_parties(extract_text, text)
