"""extract_html: main text and metadata of a web page through trafilatura."""

from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import EmptyInput
from accord.ingest.article import make_article
from accord.ingest.html import extract_html

PAGE = (Path(__file__).parent / "fixtures" / "html" / "portal_article.html").read_text("utf-8")
BOILERPLATE = [
    "We use cookies",
    "Subscribe to our newsletter",
    "Economy",
    "Share on Facebook",
    "Advertisement",
    "Rafale fighter jets",
    "Leave a Reply",
    "All rights reserved",
    "Tags:",
]


def test_page_text_keeps_the_article_paragraphs():
    page = extract_html(PAGE)
    assert "84 joint activities" in page.text
    assert "declared military neutrality" in page.text


@pytest.mark.parametrize("phrase", BOILERPLATE)
def test_page_boilerplate_is_not_in_the_article_text(phrase):
    article = make_article(html=PAGE, source="page.html")
    assert phrase not in article.text


def test_page_metadata_is_extracted_and_the_date_normalised():
    page = extract_html(PAGE)
    assert page.title == "Serbia and Hungary sign defence cooperation plan for 2026"
    assert page.published == "2025-12-02"
    assert page.outlet == "Balkan Security Watch"
    assert page.author == "Marko Ilić"


def test_article_from_html_carries_the_metadata():
    article = make_article(html=PAGE, url="https://balkan-security-watch.test/defence/serbia-hungary-plan")
    assert article.format == "html"
    assert article.title == "Serbia and Hungary sign defence cooperation plan for 2026"
    assert article.published == "2025-12-02"
    assert article.language == "en"
    assert not article.text.startswith(article.title)


@pytest.mark.parametrize("html", ["", "   ", "<html><body></body></html>", "<<<>>>", "\x00\x01<p"])
def test_pages_without_text_give_empty_text_not_an_exception(html):
    assert extract_html(html).text == ""


def test_page_without_article_text_is_rejected_as_empty():
    with pytest.raises(EmptyInput, match="no article text found in the HTML page"):
        make_article(html="<html><body><nav><a href='/'>Home</a></nav></body></html>", source="nav.html")
