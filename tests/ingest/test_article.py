"""make_article and text_key (publication dates themselves: tests/test_dates.py)."""

from __future__ import annotations

import pytest

from accord.errors import EmptyInput, MalformedRecord
from accord.ingest.article import make_article, text_key


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
