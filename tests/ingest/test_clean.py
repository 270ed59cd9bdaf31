"""clean_text: line-level removal of web leftovers from scraped plain text."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest
from cleaning_fixtures import load_fixtures

from accord.ingest.clean import clean_text, explain_lines

FIXTURES = load_fixtures()


def test_there_are_at_least_25_varied_fixtures():
    assert len(FIXTURES) >= 25
    assert len({fx.raw for fx in FIXTURES}) == len(FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[fx.name for fx in FIXTURES])
def test_scraped_text_is_cleaned_to_the_expected_body_and_title(fixture):
    cleaned = clean_text(fixture.raw)
    assert cleaned.body == fixture.body
    assert cleaned.title == fixture.title


@pytest.mark.parametrize("fixture", FIXTURES, ids=[fx.name for fx in FIXTURES])
def test_every_dropped_line_is_listed_in_removed(fixture):
    cleaned = clean_text(fixture.raw)
    dropped = [line for line, reason in explain_lines(fixture.raw) if reason not in (None, "title")]
    assert list(cleaned.removed) == dropped


def test_reuters_dateline_stays_with_its_paragraph():
    text = "Serbia buys drones\n\nBELGRADE, March 4 (Reuters) - Serbia bought drones from China, the ministry said."
    cleaned = clean_text(text)
    assert cleaned.body == "BELGRADE, March 4 (Reuters) - Serbia bought drones from China, the ministry said."


def test_dateline_on_its_own_line_is_joined_to_the_paragraph():
    cleaned = clean_text("BELGRADE, March 4 (Reuters) -\nSerbia bought drones from China, the ministry said.")
    assert cleaned.body == "BELGRADE, March 4 (Reuters) - Serbia bought drones from China, the ministry said."


def test_body_sentences_are_never_edited():
    for fx in FIXTURES:
        cleaned = clean_text(fx.raw)
        for line, reason in explain_lines(fx.raw):
            if reason is None:  # kept lines appear whole (a wrapped line may lose its end-of-line hyphen)
                assert line.rstrip("-") in cleaned.body


def test_paragraphs_are_joined_with_a_blank_line():
    cleaned = clean_text("First paragraph of the article is here.\nSecond paragraph of the article is here.")
    assert cleaned.body == "First paragraph of the article is here.\n\nSecond paragraph of the article is here."


def test_sentence_starting_with_by_is_not_a_byline():
    text = "By contrast, Hungary has flown Gripen fighters since 2006.\nBy Jane Doe"
    cleaned = clean_text(text)
    assert cleaned.body == "By contrast, Hungary has flown Gripen fighters since 2006."
    assert cleaned.removed == ("By Jane Doe",)


def test_headline_is_detected_and_left_out_of_the_body():
    cleaned = clean_text("Croatia receives last Rafale jets\n\nCroatia received its last six Rafale jets from France on Friday.")
    assert cleaned.title == "Croatia receives last Rafale jets"
    assert cleaned.body == "Croatia received its last six Rafale jets from France on Friday."


def test_a_single_sentence_is_not_taken_for_a_headline():
    cleaned = clean_text("Croatia received its last six Rafale jets from France on Friday.")
    assert cleaned.title is None


def test_given_title_is_stripped_from_the_body():
    text = "Croatia receives last Rafale jets\nCroatia received its last six Rafale jets from France on Friday."
    cleaned = clean_text(text, title="Croatia Receives Last Rafale Jets")
    assert cleaned.body == "Croatia received its last six Rafale jets from France on Friday."


def test_publication_date_is_read_from_a_dropped_date_line():
    text = "Croatia receives last Rafale jets\nUpdated: 15 March 2025\nPublished on March 14, 2025 10:32\nCroatia received its last six Rafale jets from France on Friday."
    cleaned = clean_text(text)
    assert cleaned.published == "2025-03-14"
    assert "Published on March 14, 2025 10:32" in cleaned.removed


def test_zero_width_characters_and_odd_spaces_are_normalised():
    cleaned = clean_text("Croatia\u200b received\u00a0its\tlast six\u2009Rafale jets from France on Friday.\u00ad")
    assert cleaned.body == "Croatia received its last six Rafale jets from France on Friday."


def test_end_of_line_hyphenation_is_undone_in_wrapped_text():
    text = (
        "The Ministers of Defence of the Republic of Slovenia and the Republic of\n"
        "Croatia met in Ljubljana today and agreed to deepen cooperation in the\n"
        "fields of air policing, military education and the joint procurement of\n"
        "ammunition. Both stressed that the security of the region de-\n"
        "pends on close cooperation.\n"
    )
    body = clean_text(text).body
    assert "\n" not in body
    assert "region depends on close cooperation." in body


def test_empty_text_gives_an_empty_body():
    assert clean_text("").body == ""
    assert clean_text("\n \n\u200b\n").body == ""


def test_leftover_rules_live_in_a_documented_data_file():
    raw = resources.files("accord.data.cleaning").joinpath("leftovers.toml").read_text("utf-8")
    assert raw.startswith("#") and "Source:" in raw
    rules = tomllib.loads(raw)
    assert {"phrases", "patterns", "widget_words", "related", "timestamp"} <= set(rules)


def test_every_removed_line_comes_from_the_input():
    for fx in FIXTURES:
        for line in clean_text(fx.raw).removed:
            assert line.split()[0] in fx.raw.replace("\u00a0", " ").replace("\u200b", "")
