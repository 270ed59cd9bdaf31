"""accord.Store as data people use it: every table as pandas or polars, places geocoded offline."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def store(kb_path):
    from accord import Store

    with Store(kb_path, read_only=True) as store:
        yield store


@pytest.mark.parametrize("table", ["events", "agreements", "transfers", "activities", "alliances", "actors", "errors"])
def test_every_table_comes_as_pandas_or_polars_with_the_same_rows(store, table):
    import pandas as pd
    import polars as pl

    pandas = store.table(table)
    polars = store.table(table, engine="polars")
    assert isinstance(pandas, pd.DataFrame) and isinstance(polars, pl.DataFrame)
    assert polars.columns == list(pandas.columns) and polars.height == len(pandas)


def test_lists_stay_lists_in_polars(store):
    import polars as pl

    events = store.events_frame(engine="polars")
    assert events.schema["actor"] == pl.List(pl.String)


def test_a_dyad_and_counts_come_as_polars_too(store):
    import polars as pl

    dyad = store.dyad("SRB", "XKX", engine="polars")
    assert isinstance(dyad.balance, pl.DataFrame) and isinstance(dyad.evidence, pl.DataFrame)
    assert isinstance(store.counts("events", by="type", engine="polars"), pl.DataFrame)


def test_an_unknown_engine_is_one_clear_error(store):
    from accord.errors import StoreError

    with pytest.raises(StoreError, match="pandas, polars"):
        store.table("events", engine="spark")


def test_places_are_geocoded_to_country_feature_and_coordinates(store):
    belgrade = store.geocode("in Belgrade")
    assert (belgrade.country, belgrade.feature) == ("SRB", "capital")
    assert belgrade.latitude == pytest.approx(44.8, abs=0.1) and belgrade.longitude == pytest.approx(20.5, abs=0.1)
    assert store.geocode("Beograd") == belgrade, "alternate names resolve"
    assert store.geocode("Kosovo").feature == "country" and store.geocode("Kosovo").country == "XKX"
    assert store.geocode("Paris").country == "FRA" and store.geocode("Paris", country="USA").country == "USA"
    assert store.geocode("Nowhere-on-Earth") is None and store.geocode(None) is None


def test_places_lists_each_scene_with_its_coordinates(store):
    places = store.places()
    row = places[places["place"] == "Belgrade"].iloc[0]
    assert row["country"] == "SRB" and row["records"] >= 1
