"""Convert the PETRARCH2 / Phoenix actor and agent dictionaries into accord's actor data files.

Source: openeventdata/petrarch2 (commit 676801c, 2019), MIT licence, Copyright (c) 2014 Open Event
Data Alliance; ``Phoenix.Countries.actors.txt`` is built from CountryInfo.140130.txt (Computational
Event Data System Project). Formats: ``dictionaries.rst`` beside the files.

Writes, under ``src/accord/data/actors/``:

- ``phoenix_people.csv``  ``name,aliases,roles,alone``: people with their dated codes
  (``RUSGOV 19991231-20080507|RUSGOV 20080508-|RUSELI``: country + sector, ``since-until`` as
  YYYYMMDD, open ends empty, an undated code is the fallback) and the surnames the dictionary
  lists alone (``Putin``), the ones the news uses without a first name or title;
- ``phoenix_organizations.csv``  ``name,aliases,code``: IGOs, NGOs and armed non-state groups;
- ``phoenix_agents.csv``  ``patterns,sector``: generic agents (students, elders, riot police);
- ``LICENSE.phoenix.txt``: the source's licence.

Non-state Phoenix codes are mapped to accord's organisation ids with
``data/evaluate/phoenix_nonstate.csv`` (longest prefix). Aliases that carry a title or an
article ("PRESIDENT PUTIN", "THE OBAMA ADMINISTRATION") and one-word person aliases (bare
surnames, which need evidence in the text) are left out: accord reads titles itself.

Usage: python scripts/convert_phoenix_actors.py [SOURCE_DIR]   (default ../shared/reference/petrarch2)
"""

from __future__ import annotations

import csv
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "accord" / "data" / "actors"
DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "petrarch2"
_CODE_LINE = re.compile(r"\[([^\]]*)\]")
# Words that make an alias a title or a description rather than a name.
_NOT_NAME_WORDS = {
    "the", "mr", "mrs", "ms", "dr", "sir", "administration", "government", "regime", "cabinet",
    "elect", "former", "late", "acting", "interim", "designate", "party", "of", "and",
}


# Words that make a record a group rather than a person.
_GROUP_WORDS = {
    "brigade", "brigades", "battalion", "army", "front", "movement", "party", "organization", "organisation",
    "group", "council", "union", "league", "committee", "forces", "force", "jihad", "qaeda", "qaedat", "liwa",
    "jaish", "harakat", "hizb", "tanzeem", "militia", "alliance", "coalition", "government", "republic", "republica",
    "republika", "state",
}


def _title_words() -> set[str]:
    """Every word of accord's own role patterns: an alias holding one is a title, not a name."""
    words = set(_NOT_NAME_WORDS)
    with open(OUT / "roles.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for pattern in row["patterns"].split("|"):
                words.update(re.split(r"[\s\-]+", pattern.lower()))
    words.discard("")
    return words


def _state_codes() -> set[str]:
    with open(OUT / "countries.csv", encoding="utf-8") as f:
        return {row["iso3"] for row in csv.DictReader(f)}


def _nonstate_map() -> dict[str, str]:
    path = ROOT / "src" / "accord" / "data" / "evaluate" / "phoenix_nonstate.csv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return {row["phoenix"]: row["accord"] for row in csv.DictReader(lines) if row.get("phoenix")}


def _phrase(raw: str) -> str:
    """'VLADIMIR_PUTIN_' -> 'Vladimir Putin' (the dictionaries are upper case; accord keys fold case)."""
    words = [w for w in re.split(r"[_\s]+", raw.strip().strip("+")) if w]
    small = {"of", "the", "and", "for", "in", "on", "de", "du", "la", "al"}
    return " ".join(
        w.lower() if n and w.lower() in small else w if any(c.islower() for c in w) else w.title() if len(w) > 3 or "." in w else w.capitalize()
        for n, w in enumerate(words)
    )


def _date(text: str) -> str:
    """YYMMDD or YYYYMMDD -> YYYYMMDD (two-digit years before 30 are 20xx, as in CountryInfo)."""
    text = text.strip()
    if len(text) == 6:
        year = int(text[:2])
        return ("20" if year < 30 else "19") + text
    return text[:8]


def _restriction(body: str) -> str | None:
    """'RUSGOV 080508-130101' -> 'RUSGOV 20080508-20130101'; '>080508' and '<080508' open one end."""
    parts = body.split()
    if not parts or not re.fullmatch(r"[A-Z~\-]{3,}", parts[0]):
        return None
    code = parts[0]
    if len(parts) == 1:
        return code
    span = parts[1]
    try:
        if span.startswith(">"):
            return f"{code} {_date(span[1:])}-"
        if span.startswith("<"):
            return f"{code} -{_date(span[1:])}"
        since, until = span.split("-", 1)
        return f"{code} {_date(since)}-{_date(until)}"
    except ValueError:
        return None


def _records(path: Path) -> list[tuple[str, list[str], list[str], str]]:
    """(primary phrase, synonyms, code restrictions, comment) per actor record."""
    records: list[tuple[str, list[str], list[str], str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        text, _, comment = line.partition("#")
        if line.startswith(("\t", " ")) and text.strip().startswith("["):
            if records:
                records[-1][2].extend(r for r in (_restriction(m) for m in _CODE_LINE.findall(text)) if r)
            continue
        if text.startswith("+"):
            if records:
                records[-1][1].append(text.strip())
            continue
        codes = _CODE_LINE.findall(text)
        name = _CODE_LINE.sub("", text).strip()
        if name:
            records.append((name, [], [r for r in (_restriction(c) for c in codes) if r], comment))
    return records


def _is_name(phrase: str, title_words: set[str]) -> bool:
    words = phrase.lower().replace("-", " ").split()
    return len(words) >= 2 and not any(w.strip(".") in title_words for w in words) and all(re.fullmatch(r"[a-z.'\-]+", w) for w in words)


def _org_code(code: str, states: set[str], nonstate: dict[str, str]) -> str | None:
    """A Phoenix organisation code as accord writes it: ISO3+sector, or the mapped non-state id."""
    for length in range(len(code), 2, -1):
        if code[:length] in nonstate:
            return nonstate[code[:length]]
    if code[:3] in states:
        return code
    if code[:3] in ("IGO", "NGO", "IMG"):
        return code
    return None


def _current_since(role: str, year: int) -> bool:
    """A role undated or still running in ``year``."""
    _, _, span = role.partition(" ")
    until = span.partition("-")[2]
    return not span or not until or int(until[:4]) >= year


def convert_people(source: Path, title_words: set[str], states: set[str], nonstate: dict[str, str]) -> list[list[str]]:
    rows: dict[str, list[str]] = {}
    for path in (source / "Phoenix.Countries.actors.txt", source / "Phoenix.International.actors.txt"):
        for primary, synonyms, restrictions, comment in _records(path):
            dated = any(" " in r for r in restrictions)
            if not restrictions or not (dated or "CountryInfo" in comment or "rulers" in comment):
                continue
            if len(_phrase(primary).split()) < 2 or any(len(r.partition(" ")[0]) == 3 for r in restrictions):
                continue  # a country or region record ("IRAQ_", "SOUTH_SUDAN" [SSD 110709-]), not a person
            if _GROUP_WORDS & set(re.split(r"[_\s\-]+", " ".join([primary, *synonyms]).lower())):
                continue  # an armed group or party with dated codes
            names = [n for n in (_phrase(p) for p in [primary, *synonyms]) if _is_name(n, title_words)]
            if not names:
                continue
            name = names[0]  # "SECRETARY-GENERAL_BAN_KI-MOON" is filed under its first plain name
            roles = []
            for restriction in restrictions:
                code, _, span = restriction.partition(" ")
                mapped = code if code[:3] in states else _org_code(code, states, nonstate)
                if mapped:
                    roles.append(f"{mapped} {span}".strip())
            if not roles or not any(_current_since(r, 1990) for r in roles):
                continue  # offices that ended before 1990 are not in today's news
            aliases = sorted({_phrase(s) for s in synonyms} - {name})
            aliases = [a for a in aliases if _is_name(a, title_words)]
            # A surname the dictionary lists alone ("+OBAMA_") is one the news uses alone.
            alone = sorted({_phrase(s) for s in synonyms if re.fullmatch(r"\+?[A-Z][A-Z'\-]{3,}_?", s.strip()) and s.strip("+_ ").lower() not in title_words})
            if name in rows:  # the same person twice (CountryInfo repeats some): merge
                rows[name][1] = "|".join(sorted(set(rows[name][1].split("|")) | set(aliases) - {""}))
                rows[name][2] = "|".join(dict.fromkeys(rows[name][2].split("|") + roles))
                rows[name][3] = "|".join(sorted(set(rows[name][3].split("|")) | set(alone) - {""}))
            else:
                rows[name] = [name, "|".join(aliases), "|".join(dict.fromkeys(roles)), "|".join(alone)]
    return sorted(rows.values())


def convert_organisations(source: Path, states: set[str], nonstate: dict[str, str]) -> list[list[str]]:
    rows: dict[str, list[str]] = {}
    for path in (source / "Phoenix.International.actors.txt", source / "Phoenix.MilNonState.actors.txt"):
        for primary, synonyms, restrictions, _ in _records(path):
            undated = [r for r in restrictions if " " not in r]
            if not undated or len(undated) != len(restrictions):
                continue  # dated records are people
            code = undated[0]
            if code.startswith("MNC") or code[:3] in ("ELI", "HIN", "MED"):
                continue  # multinationals and media are out of scope here (accord lists defence companies)
            mapped = _org_code(code, states, nonstate)
            if not mapped:
                continue
            forms = [f for f in (_org_form(p) for p in [primary, *synonyms]) if f]
            if not forms:
                continue
            name = forms[0]
            aliases = sorted(set(forms[1:]) - {name})
            rows.setdefault(name, [name, "|".join(aliases), mapped])
    return sorted(rows.values())


def _org_form(raw: str) -> str | None:
    """An organisation's written form, or None where it would misfire: one ordinary word
    ("Coalition"), digits ("May 15"). A leading "The" is dropped (accord reads articles itself)."""
    bare = re.sub(r"\([^)]*\)", "", raw).strip("+_ \t")
    # One short upper-case word is an acronym ("ICRC", "UNHCR"): kept in capitals.
    form = bare if re.fullmatch(r"[A-Z]{2,6}", bare) else _phrase(bare)
    form = re.sub(r"^(?:The|the)\s+", "", form)
    words = form.split()
    if not words or any(c.isdigit() for c in form):
        return None
    if len(words) == 1 and not (2 <= len(form) <= 6 and form.isupper()):
        return None
    return form


_PLURAL_BRACES = re.compile(r"\{([^}]*)\}")
# Agent sectors kept: social groups. Government titles, forces, legislatures and media are accord's own tables; elites,
# religions and international codes need more than a noun to be coded right.
AGENT_SECTORS = {"AGR", "CRM", "CVL", "EDU", "HLH", "HRI", "LAB", "OPP", "REB", "REF", "COP", "JUD"}


def _plural(phrase: str) -> str:
    if phrase.endswith("Y") and phrase[-2:-1] not in ("A", "E", "O", "U"):
        return phrase[:-1] + "IES"
    return phrase + ("ES" if phrase.endswith(("SS", "SH", "CH", "X")) else "S")


def convert_agents(source: Path) -> list[list[str]]:
    """Generic agents with their sector, singular and plural forms, lower case."""
    substitutions: dict[str, list[str]] = {}
    by_sector: dict[str, set[str]] = {}
    for line in (source / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        if text.startswith("!") and "=" in text:
            marker, _, values = text.partition("=")
            substitutions[marker.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        code = _CODE_LINE.search(text.replace("}", "]")) or re.search(r"\[([^\]}]*)[\]}]", text)
        if not code:
            continue
        sector = code.group(1).strip("~")[:3]
        if sector not in AGENT_SECTORS:
            continue
        head = text[: text.find("[")].strip()
        plural_match = _PLURAL_BRACES.search(head)
        phrase = _PLURAL_BRACES.sub("", head).strip()
        forms = []
        for marker, values in substitutions.items():
            if marker in phrase:
                forms = [phrase.replace(marker, v) for v in values]
                break
        if not forms:
            forms = [phrase] if plural_match is not None and not plural_match.group(1).strip() else []
            if plural_match is not None:
                forms += [p for p in plural_match.group(1).split() if p]
            elif not phrase.endswith("S"):
                forms = [_plural(phrase)]  # the group, not one member: "students protested"
        for form in forms:
            words = form.replace("_", " ").lower().split()
            if words and len(words) <= 3:
                by_sector.setdefault(sector, set()).add(" ".join(words))
    return [[ "|".join(sorted(patterns)), sector] for sector, patterns in sorted(by_sector.items())]


def _write(name: str, header: list[str], rows: list[list[str]]) -> None:
    with open(OUT / name, "w", encoding="utf-8", newline="") as f:
        f.write("# Converted by scripts/convert_phoenix_actors.py from the PETRARCH2/Phoenix dictionaries\n")
        f.write("# (MIT licence, Copyright (c) 2014 Open Event Data Alliance; see LICENSE.phoenix.txt).\n")
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    if not (source / "Phoenix.Countries.actors.txt").is_file():
        print(f"error: no Phoenix dictionaries in {source}", file=sys.stderr)
        return 1
    title_words, states, nonstate = _title_words(), _state_codes(), _nonstate_map()
    people = convert_people(source, title_words, states, nonstate)
    organisations = convert_organisations(source, states, nonstate)
    agents = convert_agents(source)
    _write("phoenix_people.csv", ["name", "aliases", "roles", "alone"], people)
    _write("phoenix_organizations.csv", ["name", "aliases", "code"], organisations)
    _write("phoenix_agents.csv", ["patterns", "sector"], agents)
    shutil.copyfile(source / "LICENSE", OUT / "LICENSE.phoenix.txt")
    print(f"{len(people)} people, {len(organisations)} organisations, {len(agents)} agent sectors")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
