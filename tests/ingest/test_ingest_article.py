"""make_article, text_key and publication dates."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.errors import EmptyInput, MalformedRecord
from accord.ingest.article import find_date, make_article, normalise_date, parse_published, text_key


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-14", "2025-03-14"),
        ("2025-03-14T10:00:00Z", "2025-03-14"),
        ("2025-03-14T23:30:00-05:00", "2025-03-14"),
        ("2025-03-14 10:00", "2025-03-14"),
        ("2025/03/14", "2025-03-14"),
        ("20250314", "2025-03-14"),
        ("March 14, 2025", "2025-03-14"),
        ("14 March 2025", "2025-03-14"),
        ("14.03.2025", "2025-03-14"),
        (dt.date(2025, 3, 14), "2025-03-14"),
        (dt.datetime(2025, 3, 14, 9, 30), "2025-03-14"),
    ],
)
def test_dates_are_normalised_to_iso(value, expected):
    assert normalise_date(value) == expected


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01", "yesterday", "", "14", None, 20250314])
def test_impossible_or_unreadable_dates_normalise_to_none(value):
    assert normalise_date(value) is None


def test_ambiguous_slash_date_is_not_guessed():
    assert find_date("03/04/2025") is None
    assert find_date("14/03/2025") == "2025-03-14"


def test_given_impossible_date_is_rejected_with_one_line_message():
    with pytest.raises(MalformedRecord) as info:
        parse_published("2025-02-30", item="a.json")
    assert "2025-02-30" in info.value.message and "\n" not in info.value.message


def test_make_article_normalises_a_timestamp_argument():
    article = make_article(text="Serbia and Hungary signed a defence plan on Tuesday in Belgrade.", published="2025-03-14T10:00:00Z")
    assert article.published == "2025-03-14"


def test_make_article_takes_the_date_from_a_dropped_date_line():
    text = "Serbia and Hungary sign defence plan\nMarch 4, 2025\n\nSerbia and Hungary signed a defence plan on Tuesday in Belgrade."
    article = make_article(text=text)
    assert article.published == "2025-03-04"
    assert article.title == "Serbia and Hungary sign defence plan"


def test_make_article_argument_date_wins_over_the_text():
    text = "Serbia and Hungary sign defence plan\nMarch 4, 2025\n\nSerbia and Hungary signed a defence plan on Tuesday in Belgrade."
    assert make_article(text=text, published="2025-03-05").published == "2025-03-05"


def test_make_article_id_is_the_text_key_of_the_body():
    article = make_article(text="Serbia and Hungary signed a defence plan on Tuesday in Belgrade.")
    assert article.id == text_key(article.text)
    assert text_key("A  b\nC") == text_key("a b c")


def test_make_article_rejects_text_that_is_only_leftovers():
    with pytest.raises(EmptyInput):
        make_article(text="Share this Post\nTweet\n3 min read\nAdvertisement", source="x.txt")


def test_make_article_given_title_is_dropped_from_the_body():
    text = "Serbia and Hungary sign defence plan\n\nSerbia and Hungary signed a defence plan on Tuesday in Belgrade."
    article = make_article(text=text, title="Serbia and Hungary sign defence plan")
    assert article.text.startswith("Serbia and Hungary signed")
