"""The GDELT 2.0 events export follows the codebook: 61 columns in order, types a GDELT
reader expects, codes as text, partial dates never passed off as 1 January; one row per
actor-recipient pair of the store's events."""

from __future__ import annotations

import csv
import datetime as dt

import pandas as pd
import pytest

from accord.interfaces.export.gdelt import GDELT_COLUMNS, GDELT_DTYPES, dates


@pytest.fixture(scope="module")
def gdelt(status_kb, tmp_path_factory):
    path = status_kb.export("gdelt", tmp_path_factory.mktemp("g") / "events.tsv", status="all")
    frame = pd.read_csv(path, sep="\t", names=list(GDELT_COLUMNS), dtype=GDELT_DTYPES, quoting=csv.QUOTE_NONE, keep_default_na=False, na_values={
        c: [""] for c, t in GDELT_DTYPES.items() if t is not str})
    return frame.set_index("EventCode", drop=False)


def test_quotes_and_backslashes_in_text_are_written_as_they_are(tmp_path):
    from accord.interfaces.export.gdelt import _gdelt_cell

    assert _gdelt_cell('He said "no" \\ then\tleft', "Actor1Name") == 'He said "no" \\ then left'


def test_the_codebook_columns_in_order():
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                                    "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_a_reader_gets_61_typed_columns_and_codes_with_their_zeros(gdelt):
    assert gdelt.shape == (6, 61)
    assert gdelt.loc["036", "EventCode"] == "036" and gdelt.loc["036", "EventRootCode"] == "03"
    assert str(gdelt["GoldsteinScale"].dtype) == "float64" and str(gdelt["QuadClass"].dtype) == "Int64"
    assert str(gdelt["NumArticles"].dtype) == "Int64" and str(gdelt["ActionGeo_Lat"].dtype) == "float64"
    assert gdelt.loc["190", "GoldsteinScale"] == -10.0


def test_actor_types_come_from_the_sector(gdelt):
    row = gdelt.loc["111"]
    assert (row.Actor1Code, row.Actor1CountryCode, row.Actor1Type1Code) == ("SRBGOV", "SRB", "GOV")
    assert (row.Actor2Code, row.Actor2Type1Code) == ("ALB", "")


def test_partial_dates_keep_their_unknown_parts_as_zeros(gdelt):
    assert (gdelt.loc["111", "SQLDATE"], gdelt.loc["111", "MonthYear"], gdelt.loc["111", "FractionDate"]) == ("20250000", "202500", 2025.5)
    assert gdelt.loc["190", "SQLDATE"] == "20250300" and 2025.16 < gdelt.loc["190", "FractionDate"] < 2025.25
    assert gdelt.loc["054", "SQLDATE"] == "20250320"  # no date of its own: the publication day


def test_dates_of_every_precision():
    assert dates("2024", None) == ("20240000", "202400", "2024", "2024.5000")
    assert dates("2024-02", None)[:2] == ("20240200", "202402")
    assert dates("2024-12-31", "2024-12-31") == ("20241231", "202412", "2024", "2024.9973")
    assert dates(None, None) == ("", "", "", "")


def test_root_events_are_those_of_the_first_paragraph(gdelt):
    assert gdelt.loc["111", "IsRootEvent"] == 1 and gdelt.loc["054", "IsRootEvent"] == 1
    assert gdelt.loc["190", "IsRootEvent"] == 0


def test_counts_place_date_added_and_url(status_kb, gdelt):
    row = gdelt.loc["111"]
    assert (row.NumMentions, row.NumSources, row.NumArticles) == (1, 1, 1)
    # The place is geocoded offline: GDELT's world-city type, FIPS country code, coordinates.
    assert row.ActionGeo_FullName == "Tirana, Albania" and row.ActionGeo_Type == 4
    assert row.ActionGeo_CountryCode == "AL" and abs(row.ActionGeo_Lat - 41.33) < 0.1 and abs(row.ActionGeo_Long - 19.82) < 0.1
    stored = status_kb.rows("SELECT extracted_at FROM articles")[0]["extracted_at"]
    assert row.DATEADDED == int(stored.strftime("%Y%m%d%H%M%S"))
    assert dt.datetime.strptime(str(row.DATEADDED), "%Y%m%d%H%M%S").year >= 2025
    assert row.SOURCEURL == "https://news.example/1"


def test_gdelt_layout_round_trips(kb, tmp_path):
    path = kb.export("gdelt", tmp_path / "events.tsv")
    back = pd.read_csv(path, sep="\t", names=list(GDELT_COLUMNS), dtype=str, keep_default_na=False)
    events = kb.events()
    assert len(back) == sum(len(e.actor) * len(e.recipient) for e in events)
    assert back.shape[1] == 61
    by_pair = {(r.Actor1CountryCode, r.Actor2CountryCode, r.EventCode): r for r in back.itertuples()}
    for e in events:
        row = by_pair[(e.actor[0], e.recipient[0], e.cameo)]
        assert row.SQLDATE == e.day.replace("-", "")
        assert float(row.GoldsteinScale) == e.goldstein and int(row.QuadClass) == e.quad_class
        assert row.EventRootCode == e.cameo[:2] and int(row.NumArticles) == len(e.sources.article_ids)
        assert row.SOURCEURL == e.sources.urls[0]
    assert by_pair[("SRB", "ALB", "111")].Actor1Name == "SERBIA"
