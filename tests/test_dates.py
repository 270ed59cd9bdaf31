"""accord.dates: publication dates always come out as YYYY-MM-DD (or are refused with one
line), and date expressions resolve against the publication date, at the precision the text gives."""

import datetime as dt

import pytest

from accord.dates import DateResolver, find_date, normalise_date, parse_iso_date, parse_published
from accord.errors import MalformedRecord


# ---------------------------------------------------------------- publication dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-14", "2025-03-14"),
        ("2025-03-14T10:00:00Z", "2025-03-14"),
        ("2025-03-14T23:30:00-05:00", "2025-03-14"),  # the outlet's own calendar date
        ("2025-03-14 10:00", "2025-03-14"),
        ("2025/03/14", "2025-03-14"),
        ("20250314", "2025-03-14"),
        ("March 14, 2025", "2025-03-14"),
        ("14 March 2025", "2025-03-14"),
        ("14.03.2025", "2025-03-14"),
        ("18 juin 2024", "2024-06-18"),
        ("4. März 2025", "2025-03-04"),
        ("Mon, 10 Mar 2025 09:00:00 GMT", "2025-03-10"),
        (dt.date(2025, 3, 14), "2025-03-14"),
        (dt.datetime(2025, 3, 14, 9, 30), "2025-03-14"),
        (20250314, "2025-03-14"),
        (1741600800, "2025-03-10"),  # epoch seconds
        (1741600800000, "2025-03-10"),  # epoch milliseconds
    ],
)
def test_publication_dates_are_normalised_to_iso(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01", "yesterday", "not a date", "", "14", None, 42, True, float("nan")])
def test_impossible_or_unreadable_dates_normalise_to_none(value):
    assert normalise_date(value) is None


def test_a_sentence_holding_a_date_is_not_a_date_value():
    assert normalise_date("The ministry said on 4 March 2025 that the contract for the jets had been signed in Paris.") is None


def test_ambiguous_slash_date_is_not_guessed():
    assert find_date("03/04/2025") is None
    assert find_date("14/03/2025") == "2025-03-14"


def test_find_date_reads_the_date_in_a_date_line():
    assert find_date("Jane Doe · 14.03.2025 · 3 min read") == "2025-03-14"
    assert find_date("Objavljeno: 4. mart 2025.") == "2025-03-04"


def test_given_impossible_date_is_rejected_with_one_line_message():
    with pytest.raises(MalformedRecord) as info:
        parse_published("2025-02-30", item="a.json")
    assert info.value.item == "a.json"
    assert info.value.message.startswith("published must be a real date such as 2025-03-14")
    assert "'2025-02-30'" in info.value.message and "\n" not in info.value.message


@pytest.mark.parametrize("value", [None, "", "   ", float("nan")])
def test_an_absent_publication_date_is_none(value):
    assert parse_published(value) is None


# ---------------------------------------------------------------- date expressions

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
