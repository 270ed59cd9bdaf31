#!/usr/bin/env python3
"""Convert the PETRARCH2 CAMEO verb dictionaries into accord's lower-priority trigger table.

Reads ``CAMEO.2.0.txt`` and ``CAMEO.verbpatterns.150430.txt`` (PETRARCH2, Open Event Data
Alliance, MIT licence; format in ``dictionaries.rst`` beside them) and writes
``src/accord/data/patterns/petrarch_verbs.csv``, in the columns of ``event_triggers.csv``.
The event coder tries these rows only behind accord's own rows (see that folder's README).

What is converted, and what is left out because it cannot be mapped reliably:

- **Verb defaults.** Each verb of a synonym block, with its own code or the block's; a
  two-word verb (``+CALL_OFF``, ``+TAKE_LEAVE``) becomes the verb with a particle (a
  preposition or adverb particle) or with an object (any other word). Longer phrases, verbs
  written after a word (``WIRE_+TAP``) and null codes (``---``) are left out.
- **Simple patterns** whose words before ``*`` are at most the source ``$`` and whose words
  after it are one of: a noun or a ``&SET`` of nouns,
  optionally followed by ``+``/``$`` or ``PREP +``; ``(PREP NOUN)``; ``PARTICLE``;
  ``PREP +``. They become object and particle rows of the verbs the pattern's comment names
  (the verbs it was written for), or of every verb of the block when the comment names none.
  Patterns with words before the verb, several nouns or a ``{NOUN PHRASE}`` (whose head
  alone would not say it: ``{GREEN LIGHT}``), ``%``, ``^`` or ``~`` are left out.
- **Codes** are mapped to PLOVER with accord's own table (``data/ontology/cameo.csv``, the
  nearest listed parent of a code). Codes with no PLOVER type there (CAMEO 01 statements,
  02 appeals) are left out.
- **Synonym sets.** Patterns naming a ``&SET`` are left out by default (``--synsets`` keeps
  them): the WordNet sets mix senses (``&SOLUTION`` holds "closure", ``&MILITARY`` makes
  "gave the troops until January" a mobilisation), and measured they lowered the dev figures.
- **Plain rows** (a verb on every use) are kept only for verbs the dictionary reads one way:
  not where its own patterns for the verb code several PLOVER types, not for accord's
  function verbs (light, reporting, plan verbs), not for verbs accord's own table already
  restricts to objects, and not for CONSULT/COOPERATE verbs (go, come, pay).
- **Conflicts.** Where one verb (with one particle and object) gets codes of different PLOVER
  types from different blocks or files, the row is left out: the reading is not settled by
  the word. Where the codes share a type, the most frequent (then the shorter) code is kept.

Measured on the dev sets (figures in ``src/accord/data/patterns/README.md``): every plain
row unfiltered lowers all three sets; the filters below, object rows and the particle/object
priorities keep the CAMEO dev gain (+0.06 type F1) at -0.01 on accord's defence dev and +0.00
on the PLOVER dev set; ``--synsets`` trades 0.007 on defence for +0.002 type F1 and +0.02 pair
recall on PLOVER.

Usage::

    python scripts/convert_petrarch.py                      # ../shared/reference/petrarch2
    python scripts/convert_petrarch.py --source DIR --no-patterns
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO.parent / "shared" / "reference" / "petrarch2"
FILES = ("CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt")
TARGET = REPO / "src" / "accord" / "data" / "patterns" / "petrarch_verbs.csv"
CAMEO_TABLE = REPO / "src" / "accord" / "data" / "ontology" / "cameo.csv"
LEXICON = REPO / "src" / "accord" / "data" / "patterns" / "lexicon.toml"
ACCORD_TRIGGERS = REPO / "src" / "accord" / "data" / "patterns" / "event_triggers.csv"
COLUMNS = ("lemma", "pos", "particle", "object", "type", "mode", "context", "cameo", "recipient_via", "priority", "note")

#: Priorities below every row of accord's own table (its lowest is 5): accord's rows win.
#: An object says more than a preposition: "paid compensation for assets" is the
#: compensation row, not "pay for".
OBJECT_PRIORITY = 3
PARTICLE_PRIORITY = 2
PLAIN_PRIORITY = 1

#: How a plain row finds its recipient. Measured: requiring one ("dobj|iobj|required") lost
#: more right events on the PLOVER and CAMEO dev sets than it saved false ones on accord's.
PLAIN_RECIPIENT = "dobj|iobj"
#: Words that make the second part of a two-word verb (or a pattern's bare word) a particle.
PARTICLES = frozenset(
    "about across after against along among around as at away back by down for from in into off on onto out over "
    "through to toward towards under up upon with within without".split()
)
#: Prepositions whose object is the recipient (``* TO +``: "send troops to B").
RECIPIENT_PREPOSITIONS = frozenset("against at from into on onto over to toward towards upon with".split())
#: PLOVER types whose PETRARCH verbs are everyday verbs (CAMEO 04 go, come, leave, arrive;
#: 06 work, pay, carry): they code only with an object, never on every use of the verb.
OBJECT_ONLY_TYPES = frozenset({"CONSULT", "COOPERATE"})
#: Function words never taken as an object noun.
STOPWORDS = frozenset("a an the of and or not no all any some this that these those it its his her their".split())

BLOCK = re.compile(r"^---\s*(?P<name>.*?)\s*\[(?P<code>[^\]]*)\]\s*-*\s*$")
CODE = re.compile(r"\[(?P<code>[^\]]*)\]")


@dataclass(frozen=True, slots=True)
class Row:
    lemma: str
    particle: str
    objects: tuple[str, ...]
    cameo: str
    recipient_via: str
    priority: int
    note: str


def load_cameo(path: Path = CAMEO_TABLE) -> dict[str, str]:
    """CAMEO code -> PLOVER type (empty for codes PLOVER does not code)."""
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["code"]: (row.get("plover_type") or "").strip() for row in rows if row.get("code")}


def map_code(code: str, table: dict[str, str]) -> str | None:
    """The code itself or its nearest parent listed in accord's table, if it has a PLOVER type."""
    code = code.split(":")[0].strip()
    if not code.isdigit():
        return None
    while len(code) >= 2:
        if code in table:
            return code if table[code] else None
        code = code[:-1]
    return None


def word(token: str) -> str:
    """A dictionary word as a lower-case lemma-like form (``CASH_`` -> ``cash``)."""
    return token.strip("_+").replace("_", " ").lower()


def noun_forms(token: str) -> set[str]:
    """A noun and its singular (patterns write plurals: ``ATTACKS``; accord compares lemmas)."""
    base = word(token)
    forms = {base}
    if base.endswith("ies") and len(base) > 4:
        forms.add(base[:-3] + "y")
    elif base.endswith("s") and not base.endswith("ss") and len(base) > 3:
        forms.add(base[:-1])
    return forms


def read_synsets(lines: list[str]) -> dict[str, set[str]]:
    """``&NAME`` -> its single-word members (phrases are left out: accord's object is one lemma)."""
    sets: dict[str, set[str]] = {}
    current: str | None = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            current = text.split()[0].rstrip("_")
            sets.setdefault(current, set())
        elif text.startswith("+") and current:
            member = text[1:].split()[0]
            if "_" not in member.strip("_"):
                sets[current] |= noun_forms(member)
        elif text.startswith("---") or text.startswith("####"):
            current = None
    return sets


def verb_entry(text: str) -> tuple[str, str, str, list[str]] | None:
    """A block member line -> (lemma, particle, object, forms) or None when not convertible."""
    body = re.sub(r"\{[^}]*\}", " ", text)
    body = CODE.sub(" ", body).split()
    if not body:
        return None
    head = body[0]
    forms = [f.strip("+").lower() for f in re.findall(r"\{([^}]*)\}", text)[0].split()] if "{" in text else []
    parts = head.split("_")
    parts = [p for p in parts if p]
    if not parts or not re.fullmatch(r"\+?[A-Z][A-Z'-]*", parts[0]):
        return None
    if len(parts) == 1:
        return parts[0].lstrip("+").lower(), "", "", forms
    if len(parts) == 2 and parts[0].startswith("+"):
        lemma, second = parts[0][1:].lower(), parts[1].lower()
        if not re.fullmatch(r"[a-z-]+", second):
            return None
        return (lemma, second, "", forms) if second in PARTICLES else (lemma, "", second, forms)
    return None


def pattern_rows(tokens: list[str], synsets: dict[str, set[str]]) -> tuple[str, set[str], str] | None:
    """A simple pattern's tokens after ``*`` -> (particle, objects, recipient preposition)."""
    objects: set[str] = set()
    particle = ""
    recipient = ""
    i = 0

    def noun(token: str) -> set[str] | None:
        if token.startswith("&"):
            return synsets.get(token.rstrip("_")) or None
        if re.fullmatch(r"[A-Z][A-Z'-]*_?", token) and word(token) not in STOPWORDS and word(token) not in PARTICLES:
            return noun_forms(token)
        return None

    if i < len(tokens) and "{" in tokens[i]:
        # "{GREEN LIGHT}", "{OLIVE BRANCH}": the head alone ("light") would not say it.
        return None
    elif i < len(tokens) and tokens[i].startswith("("):
        # Only the whole tail "(PREP NOUN)" or "(PREP {A NOUN})": the object of the preposition.
        match = re.fullmatch(r"\((\S+)\s+([^(){}\s]+)\)", " ".join(tokens[i:]))
        if not match or word(match[1]) not in PARTICLES:
            return None
        head = noun(match[2])
        return (word(match[1]), head, "") if head else None
    elif i < len(tokens) and word(tokens[i]) in PARTICLES:
        particle = word(tokens[i])
        i += 1
        if i < len(tokens) and tokens[i] in ("+",) and particle in RECIPIENT_PREPOSITIONS:
            return (particle, set(), particle) if i + 1 == len(tokens) else None
        return (particle, set(), "") if i == len(tokens) else None
    elif i < len(tokens):
        head = noun(tokens[i])
        if not head:
            return None
        objects |= head
        i += 1
    else:
        return None
    rest = tokens[i:]
    if rest in ([], ["+"], ["$"]):
        return particle, objects, ""
    if len(rest) == 2 and rest[1] == "+" and word(rest[0]) in RECIPIENT_PREPOSITIONS:
        return particle, objects, word(rest[0])
    return None


def comment_verbs(comment: str) -> set[str]:
    """The verbs a pattern's comment names (``# END , CALLED_OFF <coder date>``)."""
    comment = re.sub(r"<[^>]*>", " ", comment)
    return {w.lower() for w in re.findall(r"[A-Z][A-Z_'-]+", comment)}


def parse(text: str, table: dict[str, str], source: str, synsets: dict[str, set[str]], *, patterns: bool) -> list[Row]:
    rows: list[Row] = []
    lines = text.splitlines()
    start = next((n for n, line in enumerate(lines) if "VERB PATTERNS" in line), len(lines))
    block_code: str | None = None
    block_name = ""
    members: list[tuple[str, str, str, list[str]]] = []
    for line in lines[start + 1 :]:
        if line.startswith("####"):
            break
        match = BLOCK.match(line.strip())
        if match:
            block_name, block_code, members = match["name"], match["code"].strip(), []
            continue
        text, _, comment = line.partition("#")
        text = text.strip()
        if not text:
            continue
        if text.startswith("-"):
            if not patterns:
                continue
            code_match = CODE.search(text)
            if not code_match:
                continue
            cameo = map_code(code_match["code"], table)
            body = CODE.sub(" ", text)[1:].split()
            if not cameo or "*" not in body or any(ch in " ".join(body) for ch in "%^~|"):
                continue
            star = body.index("*")
            if body[:star] not in ([], ["$"]):
                continue
            found = pattern_rows(body[star + 1 :], synsets)
            if not found:
                continue
            particle, objects, recipient = found
            named = comment_verbs(comment)
            targets = [m for m in members if not m[1] and not m[2] and (not named or m[0] in named or set(m[3]) & named or _inflected(m[0], named))]
            for lemma, _, _, _ in targets:
                rows.append(
                    Row(lemma, particle, tuple(sorted(objects)), cameo, f"prep:{recipient}" if recipient else "dobj|iobj",
                        OBJECT_PRIORITY if objects else PARTICLE_PRIORITY, f"PETRARCH2 {source} {block_name}: {' '.join(body)}")
                )
            continue
        entry = verb_entry(text)
        if entry is None:
            continue
        members.append(entry)
        own = CODE.search(re.sub(r"\{[^}]*\}", " ", text))
        code = own["code"].strip() if own else block_code
        cameo = map_code(code or "", table)
        if not cameo:
            continue
        lemma, particle, obj, _ = entry
        priority = OBJECT_PRIORITY if obj else PARTICLE_PRIORITY if particle else PLAIN_PRIORITY
        via = "dobj|iobj" if particle or obj else PLAIN_RECIPIENT
        rows.append(Row(lemma, particle, (obj,) if obj else (), cameo, via, priority, f"PETRARCH2 {source} {block_name}"))
    return rows


def _inflected(lemma: str, named: set[str]) -> bool:
    """A comment names the verb in a regular inflection (``HALTED``, ``CLOSES``)."""
    return any(n in (lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing") for n in named)


def load_function_verbs(path: Path = LEXICON) -> frozenset[str]:
    """Verbs accord's coder gives a grammatical job (light, reporting, plan, intent, response
    verbs): they never code an event of their own."""
    tables = tomllib.loads(path.read_text(encoding="utf-8"))
    names = ("light_verbs", "reporting_verbs", "plan_words", "intent_words", "commitment_words", "proposal_words", "receiving_verbs")
    return frozenset(w for name in names for w in tables.get(name, {}).get("words", ()))


def load_accord_verbs(path: Path = ACCORD_TRIGGERS) -> frozenset[str]:
    """Verb lemmas accord's own trigger table already has rows for."""
    with path.open(encoding="utf-8") as handle:
        return frozenset(row["lemma"].lower() for row in csv.DictReader(handle) if row.get("pos", "VERB").upper() == "VERB")


def drop_unsettled_defaults(rows: list[Row], table: dict[str, str], function_verbs: frozenset[str]) -> list[Row]:
    """Leave out the plain row of a verb whose reading its object settles: the dictionary's own
    patterns for it code more than one PLOVER type (``hold`` talks / a strike / a prisoner),
    accord's coder uses it as a function verb, or accord's own table has rows for it (there
    the team chose which objects make it an event, and an unrestricted row is a choice to
    make in that table). Its object and particle rows stay."""
    types: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        types[row.lemma].add(table[row.cameo])
    return [
        row for row in rows
        if row.particle
        or row.objects
        or (len(types[row.lemma]) == 1 and row.lemma not in function_verbs and table[row.cameo] not in OBJECT_ONLY_TYPES)
    ]


def resolve(rows: list[Row], table: dict[str, str]) -> list[Row]:
    """One code per (lemma, particle, object word); a word whose rows disagree on the PLOVER
    type is left out. The object words that share a code are then written as one row."""
    by_key: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in rows:
        for obj in row.objects or ("",):
            by_key[(row.lemma, row.particle, obj)].append(row)
    merged: dict[tuple[str, str, str, str, int], list[tuple[str, Row]]] = defaultdict(list)
    for (lemma, particle, obj), group in by_key.items():
        if len({table[r.cameo] for r in group}) != 1:
            continue
        counts = Counter(r.cameo for r in group)
        cameo = sorted(counts, key=lambda c: (-counts[c], len(c), c))[0]
        first = next(r for r in group if r.cameo == cameo)
        merged[(lemma, particle, cameo, first.recipient_via, first.priority)].append((obj, first))
    kept = []
    for (lemma, particle, cameo, via, priority), members in sorted(merged.items()):
        objects = tuple(sorted(obj for obj, _ in members if obj))
        kept.append(Row(lemma, particle, objects, cameo, via, priority, members[0][1].note))
    return kept


def to_csv(rows: list[Row], table: dict[str, str]) -> str:
    out = io.StringIO()
    # No comment lines (the CSV reader takes the first line as the header): the attribution is
    # in each row's note and in the README and PETRARCH_LICENSE beside the file.
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(
            [row.lemma, "VERB", row.particle, "|".join(row.objects), table[row.cameo], "", "", row.cameo,
             row.recipient_via, row.priority, row.note]
        )
    return out.getvalue()


def convert(source: Path, *, patterns: bool = True, defaults: bool = True, synsets: bool = False, settled: bool = True) -> tuple[list[Row], dict[str, str]]:
    table = load_cameo()
    rows: list[Row] = []
    for name in FILES:
        text = (source / name).read_text(encoding="latin-1")
        sets = read_synsets(text.splitlines()) if synsets else {}
        rows += parse(text, table, name, sets, patterns=patterns)
    if not defaults:
        rows = [r for r in rows if r.particle or r.objects]
    rows = resolve(rows, table)
    if settled:
        rows = drop_unsettled_defaults(rows, table, load_function_verbs() | load_accord_verbs())
    return rows, table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="folder of the PETRARCH2 dictionaries")
    parser.add_argument("--output", type=Path, default=TARGET)
    parser.add_argument("--no-patterns", action="store_true", help="verb defaults only")
    parser.add_argument("--no-defaults", action="store_true", help="object and particle rows only")
    parser.add_argument("--keep-unsettled", action="store_true", help="keep plain rows of verbs read by their object")
    parser.add_argument("--synsets", action="store_true", help="also convert patterns naming a &SET (measured worse)")
    args = parser.parse_args(argv)
    missing = [name for name in FILES if not (args.source / name).is_file()]
    if missing:
        print(f"error: {', '.join(missing)} not found in {args.source}", file=sys.stderr)
        return 1
    rows, table = convert(args.source, patterns=not args.no_patterns, defaults=not args.no_defaults, synsets=args.synsets, settled=not args.keep_unsettled)
    args.output.write_text(to_csv(rows, table), encoding="utf-8")
    print(f"{len(rows)} rows -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
