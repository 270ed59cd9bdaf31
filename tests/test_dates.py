"""Date expressions resolve against the publication date, at the precision the text gives."""

import pytest

from accord.dates import DateResolver, parse_iso_date

PUBLISHED = "2025-03-14"  # a Friday


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Tuesday", "2025-03-11"),
        ("Friday", "2025-03-14"),
        ("last Friday", "2025-03-07"),
        ("yesterday", "2025-03-13"),
        ("last year", "2024"),
        ("next year", "2026"),
        ("last month", "2025-02"),
        ("in mid-March", "2025-03"),
        ("in early December", "2024-12"),
        ("during 2025", "2025"),
        ("4 March 2025", "2025-03-04"),
        ("March 4", "2025-03-04"),
        ("two years ago", "2023"),
        ("three days ago", "2025-03-11"),
    ],
)
def test_past_expressions_resolve_to_the_last_matching_date(expression, expected):
    assert DateResolver(PUBLISHED).resolve(expression) == expected


def test_planned_events_take_the_next_weekday_and_month():
    resolver = DateResolver(PUBLISHED)
    assert resolver.resolve("on Tuesday", future=True) == "2025-03-18"
    assert resolver.resolve("in February", future=True) == "2026-02"


def test_without_publication_date_only_absolute_dates_resolve():
    resolver = DateResolver(None)
    assert resolver.resolve("on Tuesday") is None
    assert resolver.resolve("in 2023") == "2023"
    assert resolver.resolve("4 March 2025") == "2025-03-04"


def test_may_as_a_modal_verb_is_not_a_month():
    assert DateResolver(PUBLISHED).resolve("may") is None


def test_iso_dates_are_validated():
    assert parse_iso_date("2025-02-30") is None
    assert parse_iso_date("2025-03-14T10:00:00Z").isoformat() == "2025-03-14"
    assert parse_iso_date("14/03/2025") is None
