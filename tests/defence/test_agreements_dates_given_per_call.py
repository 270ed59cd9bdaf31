"""The agreement rules place times against the publication date of the date resolver each call is
given, never against one kept on the extractor between calls: one extractor can read two articles
of different dates in turn, or at once. (The sentence is the one of
test_agreements_made_in_an_earlier_year_under_an_act_to_come.py.)"""

from __future__ import annotations

from accord.dates import DateResolver

TEXT = "Joint patrols will start next month under the accord Chile and Peru signed in 2016."


def _stages(agreements, token, published):
    return [stage for _, stage in agreements.stages(token, DateResolver(published))]


def test_the_extractor_keeps_no_article_date(pipeline):
    assert not hasattr(pipeline.defence.agreements, "dates")


def test_each_call_reads_the_dates_it_is_given(pipeline):
    accord = next(t for t in pipeline.nlp(TEXT) if t.text == "accord")
    agreements = pipeline.defence.agreements
    later = _stages(agreements, accord, "2025-03-14")  # made in an earlier year: background, it stands
    same_year = _stages(agreements, accord, "2016-06-01")  # made in the year of publication: news
    assert "in_force" in later and "in_force" not in same_year
    assert _stages(agreements, accord, "2025-03-14") == later  # nothing kept from the call before
