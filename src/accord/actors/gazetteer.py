"""Load the actor gazetteers (data files in ``accord/data/actors``) into matchers.

The team maintains the files, which are easy to extend (see their README). Forms are
matched case-insensitively by spaCy's ``PhraseMatcher`` and then checked against the
written case with diacritics folded, so "Vučić"/"Vucic" and "Türkiye"/"Turkiye" meet
but "us" (pronoun) never becomes "US".
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from accord.actors.names import person_key
from accord.data import read_table
from accord.text import fold, name_key, split_multi


NOT_AN_ACTOR = "__not_an_actor__"
_PACKAGE = "accord.data.actors"


def _read_lines(package: str, name: str) -> list[str]:
    try:
        raw = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer identity: a state, an organisation, a company or an institution type."""

    key: str  # "state:SRB", "org:NATO", "company:YUGOIMPORT", "inst:Ministry of Defence"
    kind: str  # state | organization | group
    name: str
    country: str | None = None
    sector: str | None = None
    members: tuple[str, ...] = ()
    region: str | None = None
    parent: str | None = None  # the organisation whose code a body's events carry (UNSC -> UN)


@dataclass(frozen=True, slots=True)
class Form:
    """A written form of an entry: 'Belgrade' is a capital form of state:SRB."""

    text: str
    entry: Entry
    form: str  # name | adjective | demonym | capital | metonym | organization | company | institution
    ambiguous: bool = False


#: Forms of a state that a text may write in the wrong case and still mean the state.
_ANY_CASE_FORMS = frozenset({"name", "adjective", "demonym"})


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A well-known person from people.csv: who "Emmanuel Macron" is when the text leaves it out."""

    name: str
    country: str | None
    role: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class DatedPerson:
    """A person of the Phoenix dictionaries: codes such as ``RUSGOV 19991231-20080507``, each
    valid between two dates (YYYYMMDD, either end open), an undated code as the fallback."""

    name: str
    roles: str  # "|"-separated, parsed only when the person is met

    def holds_office_on(self, date: str) -> bool:
        """Whether one of the person's dated offices (not mere membership of the elite, ELI)
        covers ``date`` (YYYY-MM-DD or YYYYMMDD)."""
        day = date.replace("-", "")[:8]
        for role in self.roles.split("|"):
            code, _, span = role.partition(" ")
            since, _, until = span.partition("-")
            if span and code[3:6] != "ELI" and (not since or since <= day) and (not until or day <= until):
                return True
        return False

    def held_office(self) -> bool:
        """Whether the person ever held a dated office (not mere membership of the elite, ELI)."""
        return any(" " in role and role.split(" ", 1)[0][3:6] != "ELI" for role in self.roles.split("|"))

    def former(self, date: str | None, states: "dict[str, Entry]") -> KnownPerson | None:
        """The country and sector of the person's last office begun by ``date`` (any, when None):
        "President Reagan" in a story dated after his term is still the United States'."""
        day = date.replace("-", "")[:8] if date else None
        last = None
        for role in self.roles.split("|"):
            code, _, span = role.partition(" ")
            since = span.partition("-")[0]
            if span and code[3:6] != "ELI" and (day is None or since <= day) and (last is None or since > last[0]):
                last = (since, code)
        if last is None or last[1][:3] not in states:
            return None
        return KnownPerson(self.name, last[1][:3], None, last[1][3:6] or None)

    def as_of(self, date: str | None, states: "dict[str, Entry]") -> KnownPerson | None:
        """The person's country and sector on ``date`` (YYYY-MM-DD or YYYYMMDD; None: today's office)."""
        day = date.replace("-", "")[:8] if date else None
        current, fallback, latest = None, None, None
        for role in self.roles.split("|"):
            code, _, span = role.partition(" ")
            if not span:
                fallback = fallback or code
                continue
            since, _, until = span.partition("-")
            if day is None:
                if not until and (latest is None or since > latest[0]):
                    latest = (since, code)
            elif (not since or since <= day) and (not until or day <= until):
                # Two offices at once: an office (GOV, MIL) beats being one of the elite (ELI).
                if current is None or current[3:6] == "ELI":
                    current = code
        code = current or (latest[1] if latest else None) or fallback
        if code is None:
            return None
        country = code[:3] if code[:3] in states else None
        sector = code[3:6] if country else "IGO" if code[:3] == "IGO" else None
        if country is None:  # an organisation's person (IGOUNO, or an accord id such as NATO)
            return KnownPerson(self.name, code if code[:3] != "IGO" else code, None, sector)
        return KnownPerson(self.name, country, None, None if sector in ("", "ELI") else sector)


#: The ranks of roles.csv that lead a state: their holders speak and act for it.
LEADER_RANKS = frozenset({"head_of_state", "head_of_government"})

#: The day the Phoenix people were last brought up to date (CountryInfo.140130): an office open
#: then is known to go on only up to it.
_PHOENIX_VINTAGE = "20140130"


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    """One office a person held between two days (YYYYMMDD, "" open), from either people table:
    what a bare surname on an article's date may name."""

    person: str  # person_key of the holder's name: one person across both tables
    holder: KnownPerson
    since: str
    until: str  # the latest day the office may have ended
    surely_until: str  # the earliest (people.csv gives years: the year before the last one's end)
    principal: bool  # a national office the news names its holder by surname alone for

    def covers(self, day: str) -> bool:
        return (not self.since or self.since <= day) and (not self.until or day <= self.until)

    def surely_covers(self, day: str) -> bool:
        return (not self.since or self.since <= day) and (not self.surely_until or day <= self.surely_until)


@dataclass(frozen=True, slots=True)
class Role:
    patterns: tuple[str, ...]
    role: str
    sector: str
    rank: str


def _dateline_separators(nlp: Any) -> frozenset[str]:
    """The marks that close a wire dateline, as the nlp layer owns them: the list ``nlp``'s
    ``accord_paragraphs`` component read, else (no such component) read from data."""
    from accord.nlp.components import read_dateline_separators

    if nlp is not None and nlp.has_pipe("accord_paragraphs"):
        return nlp.get_pipe("accord_paragraphs").dateline_separators
    return read_dateline_separators()


@dataclass(frozen=True, slots=True)
class ResolverWords:
    """The actor resolver's word lists and code sets, from ``data/actors/resolver.toml``."""

    place_prepositions: frozenset[str]
    motion_words: frozenset[str]
    settlement_nouns: frozenset[str]
    descriptor_nouns: frozenset[str]
    displaced_groups: frozenset[str]
    counterpart_words: frozenset[str]
    attitude_prefixes: frozenset[str]
    title_abbreviations: frozenset[str]
    home_sectors: frozenset[str]
    national_ranks: frozenset[str]
    never_names: frozenset[str]
    ship_prefixes: frozenset[str]
    weapon_acronyms: frozenset[str]
    platform_nouns: frozenset[str]
    event_name_nouns: frozenset[str]
    spatial_prepositions: frozenset[str]
    unit_nouns: frozenset[str]
    national_force_nouns: frozenset[str]
    state_guard_nouns: frozenset[str]
    # Words a service's command name may hold between the service and its host ("Forces", "Training").
    station_name_words: frozenset[str]
    # Words between a listed service and the state whose own service it is ("of", "of the").
    service_state_links: frozenset[str]
    section_headings: frozenset[str]
    combining_forms: dict[str, str]
    relational_groups: frozenset[str]
    led_bodies: frozenset[str]
    name_particles: frozenset[str]
    referring_words: frozenset[str]
    portfolio_words: frozenset[str]
    acronym_skipped_words: frozenset[str]
    kin_groups: frozenset[str]
    # A city that seats organisations as well as a government -> those organisations' ids.
    organisation_seats: dict[str, tuple[str, ...]]
    # An organisation a standing coalition fights -> the coalition's id.
    standing_coalitions: dict[str, str]
    # An office only one state has (roles.csv ``role``) -> that state's ISO3.
    sole_offices: dict[str, str]
    principal_offices: frozenset[str]
    family_name_first_states: frozenset[str]
    patronymic_particles: frozenset[str]
    common_word_surnames: frozenset[str]
    stateless_group_nouns: frozenset[str]
    state_side_words: frozenset[str]
    state_side_bodies: frozenset[str]
    domestic_groups: frozenset[str]
    domestic_group_names: frozenset[str]
    arena_bodies: frozenset[str]
    arena_nouns: frozenset[str]
    given_name_titles: frozenset[str]
    # A definite description of a state ("kingdom", "island nation") -> the states it can describe.
    state_descriptions: dict[str, frozenset[str]]
    any_state_descriptions: frozenset[str]
    # Descriptions that can describe any organisation ("the organisation"), listed or not.
    any_organisation_descriptions: frozenset[str]
    # The article a description needs right before it ("the kingdom").
    description_articles: frozenset[str]
    # A word after the noun that makes it part of a name ("the Kingdom of X").
    description_name_links: frozenset[str]
    # What may follow a dateline's place, the dashes among them, and those the home state is not read after.
    dateline_marks: frozenset[str]
    dateline_dashes: frozenset[str]
    home_dateline_unread_marks: frozenset[str]
    # The marks among dateline_marks that MentionIndex.dateline_place does not read after a place.
    dateline_place_unread_marks: frozenset[str]
    # Marks beside the dateline marks that close a state written after a town ("in <Town>, <State>.").
    qualifier_closers: frozenset[str]

    @classmethod
    def load(cls) -> "ResolverWords":
        tables = tomllib.loads(resources.files(_PACKAGE).joinpath("resolver.toml").read_text(encoding="utf-8"))
        values = {}
        for field_ in dataclasses.fields(cls):
            table = tables[field_.name]
            if "seats" in table:
                values[field_.name] = {city: tuple(ids) for city, ids in table["seats"].items()}
                continue
            if "against" in table:
                values[field_.name] = dict(table["against"])
                continue
            if "refers_to" in table:
                values[field_.name] = {noun: frozenset(codes) for noun, codes in table["refers_to"].items()}
                continue
            if "holders" in table:
                values[field_.name] = dict(table["holders"])
                continue
            if "forms" in table:
                values[field_.name] = dict(table["forms"])
                continue
            values[field_.name] = frozenset(table["words"] if "words" in table else table["codes"])
        return cls(**values)


def _federal_states() -> dict[str, str]:
    """Lower-case names of federated states (``federal_states.csv``) -> their federation's ISO3."""
    return {row["name"].lower(): row["country"] for row in read_table(_PACKAGE, "federal_states.csv")}


def _english_words(nlp: Any) -> frozenset[str]:
    """The English words of ``nlp``'s lemmatizer tables (WordNet's index and exceptions, lower
    case); none where the pipeline has no such tables."""
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    words: set[str] = set()
    for table in ("lemma_index", "lemma_exc"):
        if lookups.has_table(table):
            for entries in lookups.get_table(table).values():
                words.update(entries if isinstance(entries, list) else entries.keys())
    return frozenset(w for w in words if w.isalpha() and w.islower())


@dataclass
class Gazetteer:
    """Every actor form accord recognises, with spaCy matchers built over them."""

    forms: dict[str, list[Form]]  # folded form text -> forms
    states: dict[str, Entry]
    roles: list[Role]
    institutions: list[Form]
    matcher: Any = None
    institution_matcher: Any = None
    role_index: dict[tuple[str, ...], Role] = field(default_factory=dict)
    max_role_len: int = 1
    nlp: Any = None
    entries: dict[str, Entry] = field(default_factory=dict)
    upper_forms: dict[str, list[Form]] = field(default_factory=dict)
    # A state's name, adjective or demonym by its lower-case spelling ("italian", "israel"),
    # for text that writes one in the wrong case where spaCy still sees a place or a people.
    state_forms_by_lower: dict[str, list[Form]] = field(default_factory=dict)
    people: dict[str, "KnownPerson"] = field(default_factory=dict)  # person_key -> person
    # people.csv person (person_key of the row's name) -> every word of their name and aliases
    person_name_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # people.csv holders of a title written before a given name ("King Abdullah"): (role, since, until, name words)
    titled_people: list[tuple[str, str, str, tuple[str, ...], KnownPerson]] = field(default_factory=list)
    surnames: dict[str, "KnownPerson | None"] = field(default_factory=dict)  # unique surnames only
    dated_people: dict[str, DatedPerson] = field(default_factory=dict)  # person_key -> Phoenix person
    # Surnames the Phoenix dictionaries list alone ("Putin"), by person (None: shared).
    dictionary_surnames: dict[str, "DatedPerson | None"] = field(default_factory=dict)
    # Every Phoenix person by the last word of each name: a titled surname ("President Bush")
    # is the one of them in office on the article's date, if only one is.
    dated_surnames: dict[str, list[DatedPerson]] = field(default_factory=dict)
    # Those of people accord's own table lists too: the news uses them with no title or first
    # name ("Putin said"). Every other bare surname needs evidence in the text.
    surnames_used_alone: frozenset[str] = frozenset()
    # Every dated office of both people tables by the holder's surname key: "Biden" on an
    # article's date is the one person bearing that surname then in office, if that office is principal.
    office_terms: dict[str, list[OfficeTerm]] = field(default_factory=dict)
    english_surnames: frozenset[str] = frozenset()  # surnames by date that are English words too ("Store")
    principal_people: dict[str, frozenset[str]] = field(default_factory=dict)  # people.csv principal holders -> states
    common_surname_keys: frozenset[str] = frozenset()  # resolver.toml's common_word_surnames, as keys
    title_words: frozenset[str] = frozenset()
    role_words: frozenset[str] = frozenset()  # every content word of any role pattern
    role_first_words: frozenset[str] = frozenset()  # the first word of every role pattern
    role_last_words: frozenset[str] = frozenset()  # the last word of every role pattern
    institution_words: frozenset[str] = frozenset()
    words: ResolverWords = field(default_factory=lambda: ResolverWords.load())
    # The marks that close a wire dateline (the nlp layer's list: see _dateline_separators).
    dateline_separators: frozenset[str] = field(default_factory=lambda: _dateline_separators(None))
    # Lower-cased names of a federation's member states (federal_states.csv) -> the federation's ISO3.
    federal_states: dict[str, str] = field(default_factory=lambda: _federal_states())
    geocoder: Any = None  # accord.actors.geo.Geocoder: cities and regions to their state
    _state_names: dict[str, Entry] | None = None

    @classmethod
    def load(cls, nlp: Any) -> "Gazetteer":
        """Read the data files and build matchers on ``nlp``'s vocabulary and tokenizer."""
        states, forms = _state_forms()
        forms += _organisation_forms() + _company_forms()
        by_text: dict[str, list[Form]] = {}
        for form in forms:
            by_text.setdefault(fold(form.text), []).append(form)
        institutions = _institution_forms()
        institutions += _agent_forms({inst.text for inst in institutions})
        gaz = cls(forms=by_text, states=states, roles=_roles(), institutions=institutions, nlp=nlp, words=ResolverWords.load(), dateline_separators=_dateline_separators(nlp))
        gaz.entries = {form.entry.key: form.entry for form in forms}
        gaz._add_dictionary_organisations(_dictionary_organisation_forms(states))
        gaz._add_people()
        for folded, candidates in by_text.items():
            if not folded.isupper():
                gaz.upper_forms.setdefault(folded.upper(), []).extend(candidates)
                states_named = [f for f in candidates if f.entry.kind == "state" and f.form in _ANY_CASE_FORMS and not f.ambiguous]
                if states_named and len(folded) > 3:
                    gaz.state_forms_by_lower.setdefault(folded.lower(), []).extend(states_named)
        gaz._build_matchers(nlp)
        from accord.actors.geo import Geocoder

        gaz.geocoder = Geocoder.load()
        return gaz

    def _add_people(self) -> None:
        """Known people by full name, and by surname where only one listed person bears it."""
        for row in read_table(_PACKAGE, "people.csv"):
            name = row.get("name")
            if not name:
                continue
            person = KnownPerson(name, row.get("country") or None, row.get("role") or None, row.get("sector") or None)
            texts = [name, *split_multi(row.get("aliases"))]
            own_words = self.person_name_words.get(person_key(name), frozenset())
            self.person_name_words[person_key(name)] = own_words | {w for text in texts for w in person_key(text).split()}
            if (person.role or "").lower() in self.words.given_name_titles:
                self._add_titled_person(person, texts, row.get("since") or "", row.get("until") or "")
            for text in texts:
                key = person_key(text)
                # A name two rows share (two office holders called alike) is left out: no guessing.
                if key in self.people and self.people[key] != person:
                    self.people[key] = None  # type: ignore[assignment]
                else:
                    self.people[key] = person
                # "Obama said": a surname alone, when only one listed person bears it.
                surname = key.split()[-1] if len(key.split()) > 1 else None
                if surname and len(surname) >= 4:
                    known = self.surnames.get(surname, person)
                    self.surnames[surname] = person if known == person else None
        # The Phoenix dictionaries' people, where accord's own table does not list them (ours win).
        used_alone: set[str] = set()
        for row in read_table(_PACKAGE, "phoenix_people.csv"):
            person = DatedPerson(row["name"], row["roles"])
            for surname in split_multi(row.get("alone")):
                key = person_key(surname)
                known = self.dictionary_surnames.get(key, person)
                self.dictionary_surnames[key] = person if known is person else None
                listed = self.surnames.get(key)
                if known is person and listed is not None and person_key(listed.name) == person_key(row["name"]):
                    used_alone.add(key)
            texts = [row["name"], *split_multi(row.get("aliases"))]
            # The person's own names, for their middle initials: under accord's own row where it lists them.
            listed = next((self.people[person_key(text)] for text in texts if self.people.get(person_key(text)) is not None), None)
            canonical = person_key(listed.name if listed is not None else row["name"])
            self.person_name_words[canonical] = self.person_name_words.get(canonical, frozenset()) | {w for text in texts for w in person_key(text).split()}
            for text in texts:
                key = person_key(text)
                if key in self.people:
                    continue
                bearers = self.dated_surnames.setdefault(key.rsplit(" ", 1)[-1], [])
                if person not in bearers:
                    bearers.append(person)
                earlier = self.dated_people.get(key)
                # One person filed twice ("Ban Ki Moon", "Ban Ki-Moon"): all their offices count.
                self.dated_people[key] = person if earlier is None else DatedPerson(earlier.name, earlier.roles + "|" + person.roles)
        self.surnames_used_alone = frozenset(used_alone)
        self._add_office_terms()

    def _add_titled_person(self, person: KnownPerson, texts: list[str], since: str, until: str) -> None:
        """Index a monarch (a holder of a title written before a given name) by each written
        name less the title: "King Abdullah II" and "Abdullah II bin Al-Hussein" both open "abdullah"."""
        title = person_key(person.role or "").split()
        for text in texts:
            words = person_key(text).split()
            if words[: len(title)] == title:
                words = words[len(title) :]
            if words:
                self.titled_people.append((person_key(person.role or ""), since, until, tuple(words), person))

    def title_holder(self, role: str, name: str, on: str | None) -> KnownPerson | None:
        """Who "<title> <given name>" names ("King Abdullah", "Emir Tamim", "Sultan Haitham"):
        the one people.csv holder of that title whose name opens with those words and whose
        reign covers the article's year ``on`` (any reign, with no date). A monarch is named by
        his given name, which other listed people may bear as a surname ("King Hussein" is no
        Saddam Hussein): so no holder of the title, no one."""
        words = tuple(person_key(name).split())
        if not words:
            return None
        role_key = person_key(role)
        year = on[:4] if on else None
        found = {
            person
            for title, since, until, names, person in self.titled_people
            if title == role_key
            and names[: len(words)] == words
            and (year is None or ((not since or since <= year) and (not until or year <= until)))
        }
        return found.pop() if len(found) == 1 else None

    def _add_office_terms(self) -> None:
        """Index every dated office of people.csv (years) and of the Phoenix people (days) by the
        holder's surname: the last word of each name, the first for family-name-first states."""
        self.common_surname_keys = frozenset(person_key(word) for word in self.words.common_word_surnames)
        ranks = {role.role: role.rank for role in self.roles}
        roles_by_words = {tuple(name_key(pattern).split()): role for role in reversed(self.roles) for pattern in role.patterns}
        listed: dict[str, str] = {}  # any name key of a people.csv person -> its main key
        ended: dict[str, tuple[str, str]] = {}  # main key -> (until, surely_until) of its last office
        # main key -> states where people.csv gives the person a principal office: a Phoenix
        # GOV code names no office, so only such a person's Phoenix dates can name him alone.
        principal_states: dict[str, set[str]] = {}
        for row in read_table(_PACKAGE, "people.csv"):
            name, since, until = row.get("name"), row.get("since") or "", row.get("until") or ""
            if not name:
                continue
            person = person_key(name)
            texts = [name, *split_multi(row.get("aliases"))]
            listed.update((person_key(text), person) for text in texts)
            country, role = row.get("country") or None, row.get("role") or ""
            holder = KnownPerson(name, country, role or None, row.get("sector") or None)
            principal = bool(since) and self._is_principal_office(country, row.get("sector"), ranks.get(role), role)
            # Years only: a term that ends in a year may have ended before the article, so the
            # last year counts for the ambiguity of others, never for a surname to name this holder.
            ended[person] = (f"{until}1231", f"{int(until) - 1}1231") if until.isdigit() else ("", "")
            term = OfficeTerm(person, holder, f"{since}0101" if since else "", *ended[person], principal)
            if principal:
                principal_states.setdefault(person, set()).add(country)
            self._index_term(term, texts, country)
            # Earlier terms the note dates ("also President 2000–2008"), read as cautiously.
            for office, first, last in earlier_offices(row.get("note") or ""):
                earlier_country, earlier_role = self._earlier_office(office, country, role, roles_by_words)
                principal = earlier_role is not None and self._is_principal_office(earlier_country, earlier_role.sector, earlier_role.rank, earlier_role.role)
                if principal:
                    principal_states.setdefault(person, set()).add(earlier_country)
                earlier = KnownPerson(name, earlier_country, earlier_role.role if earlier_role else None, earlier_role.sector if earlier_role else None)
                self._index_term(OfficeTerm(person, earlier, f"{first}0101", f"{last}1231", f"{int(last) - 1}1231", principal), texts, earlier_country)
        for row in read_table(_PACKAGE, "phoenix_people.csv"):
            texts = [row["name"], *split_multi(row.get("aliases"))]
            person = next((listed[k] for k in map(person_key, texts) if k in listed), person_key(row["name"]))
            for role in row["roles"].split("|"):
                code, _, span = role.partition(" ")
                if not span or code[3:6] == "ELI":
                    continue
                since, _, until = span.partition("-")
                surely_until = until
                if not until:
                    # Open in 2014: ended when accord's table says the person's last office did,
                    # else known to go on only up to the dictionaries' own date.
                    until, surely_until = ended.get(person, ("", _PHOENIX_VINTAGE))
                country = code[:3] if code[:3] in self.states else None
                # A national government's office ("USAGOV", "RUSGOVMIL") of a person people.csv
                # knows as that state's principal office holder; any other Phoenix office (a
                # minister of anything) only competes: it makes a shared surname ambiguous.
                principal = bool(since) and country is not None and code[3:] in ("GOV", "GOVMIL")
                holder = KnownPerson(row["name"], country or code, None, code[3:6] if country else None)
                self._index_term(OfficeTerm(person, holder, since, until, surely_until or _PHOENIX_VINTAGE, principal), texts, country)
        self.principal_people = {person: frozenset(states) for person, states in principal_states.items()}
        # A surname that is an English word ("Day", "Way") stays only while people.csv lists a
        # principal office holder who bears it ("Key", "Bush"): else "Far" or "Real" could name a minister.
        english = _english_words(self.nlp)
        for surname in [s for s in self.office_terms if s in english]:
            if not any(t.person in self.principal_people for t in self.office_terms[surname]):
                del self.office_terms[surname]
        self.english_surnames = frozenset(s for s in self.office_terms if s in english)

    def _is_principal_office(self, country: str | None, sector: str | None, rank: str | None, role: str) -> bool:
        """A national government office the news names its holder by surname alone for: a head
        of state or government, or an office of ``resolver.toml [principal_offices]``."""
        return country in self.states and sector == "GOV" and (rank in LEADER_RANKS or role in self.words.principal_offices)

    def _earlier_office(self, office: str, country: str | None, role: str, roles_by_words: dict[tuple[str, ...], Role]) -> tuple[str | None, Role | None]:
        """The country and role of an office a note dates: "" is the row's own role; "Dutch
        Foreign Minister" and "Prime Minister of Portugal" name another state's office. An office
        roles.csv does not know ("OSCE Chairperson-in-Office") has no role nor state: never principal."""
        if not office:
            return country, next((r for r in self.roles if r.role == role), None)
        words = name_key(office).split()
        head, _, tail = " ".join(words).rpartition(" of ")
        for state_words, role_words in ((words[:1], words[1:]), (tail.split(), head.split())):
            named = [f.entry.country or f.entry.key.split(":", 1)[1] for f in self.forms.get(fold(" ".join(state_words)), ()) if f.entry.kind == "state" and f.form in ("name", "adjective")]
            if role_words and len(set(named)) == 1:
                return named[0], roles_by_words.get(tuple(role_words))
        known = roles_by_words.get(tuple(words))
        return (country if known else None), known

    def _index_term(self, term: OfficeTerm, texts: list[str], country: str | None) -> None:
        first = country in self.words.family_name_first_states
        for text in texts:
            words = person_key(text).split()
            if len(words) < 2:
                continue
            if not first and words[-2] in self.words.patronymic_particles:
                continue  # "<Given> bin <Father>": the last word is a father's name
            surname = words[0] if first else words[-1]
            if not term.principal and (surname in self.common_surname_keys or surname in self.words.never_names):
                continue  # a common word ("Rice", "Day") is never a surname by date, nor a rival
            terms = self.office_terms.setdefault(surname, [])
            if term not in terms:
                terms.append(term)

    def left_office(self, surname: str, on: str | None) -> bool:
        """Whether the listed person a surname alone names ("Obama") had left every dated office
        by the article's date ``on``: a former office holder, whom the surname alone no longer names."""
        person = self.surnames.get(person_key(surname))
        if not on or person is None:
            return False
        terms = [t for t in self.office_terms.get(person_key(surname), ()) if t.person == person_key(person.name)]
        day = on.replace("-", "")[:8]
        return bool(terms) and all(t.until and t.until < day for t in terms)

    def office_holder(self, surname: str, on: str | None) -> KnownPerson | None:
        """Who a bare surname names on the article's date ``on`` (YYYY-MM-DD): the one person
        bearing it who then held any dated office, if that office is a principal national one.
        Two holders, or a common word, name no one; with no date, no one either (the tables'
        "in office" is late 2025, not the article's day)."""
        key = person_key(surname)
        if not on or " " in key or key in self.common_surname_keys or key in self.words.never_names:
            return None
        day = on.replace("-", "")[:8]
        serving = [t for t in self.office_terms.get(key, ()) if t.covers(day)]
        if len({t.person for t in serving}) != 1:
            return None
        principal = [t for t in serving if t.principal and t.surely_covers(day)]
        if not principal:
            return None
        term = principal[0]
        if term.holder.country not in self.principal_people.get(term.person, ()):
            # A Phoenix GOV code names no office: its holder is named alone only by a surname
            # no office holder of another state ever bore ("Ali", "Costa" are many states').
            states = {t.holder.country for t in self.office_terms.get(key, ())}
            if len(states) > 1:
                return None
        return term.holder

    def _add_dictionary_organisations(self, forms: list[Form]) -> None:
        """Phoenix organisations, where no accord form is written alike (ours win)."""
        for form in forms:
            folded = fold(form.text)
            if folded not in self.forms and self.entries.setdefault(form.entry.key, form.entry) is form.entry:
                self.forms[folded] = [form]

    def _build_matchers(self, nlp: Any) -> None:
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        texts = sorted(self.forms)
        # Match both the folded and the original spellings: the text may carry diacritics or not.
        patterns: dict[str, set[str]] = {}
        for folded in texts:
            for form in self.forms[folded]:
                # The written case too: the tokenizer splits "U.S." and "u.s." differently.
                patterns.setdefault(folded, set()).update({form.text, folded, form.text.lower(), folded.lower()})
        for folded, variants in patterns.items():
            self.matcher.add(folded, list(nlp.tokenizer.pipe(sorted(variants))))
        # Longer phrases that only contain a form ("Latin American", "Washington Post")
        # win the longest-match filter and are then dropped.
        excluded = _read_lines(_PACKAGE, "not_actors.txt")
        if excluded:
            self.matcher.add(NOT_AN_ACTOR, list(nlp.tokenizer.pipe(sorted({e.lower() for e in excluded}))))
        self.institution_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_pattern: dict[str, list[str]] = {}
        for inst in self.institutions:
            by_pattern.setdefault(inst.entry.name, []).append(inst.text)
        for name, pats in by_pattern.items():
            self.institution_matcher.add("inst:" + name, list(nlp.tokenizer.pipe(sorted(set(pats)))))
        self.institution_entries = {inst.entry.key: inst.entry for inst in self.institutions}
        # First words of institution phrases ("navy", "defence", "armed"): what an adjective qualifies.
        self.institution_words = frozenset(inst.text.split()[0] for inst in self.institutions)
        for role in self.roles:
            for pattern in role.patterns:
                words = tuple(name_key(pattern).split())
                if words:
                    self.role_index.setdefault(words, role)
                    self.max_role_len = max(self.max_role_len, len(words))
        self.role_words = frozenset(w for words in self.role_index for w in words) - {"of", "the", "for", "and", "to", "in", "on", "a"}
        self.role_first_words = frozenset(words[0] for words in self.role_index)
        self.role_last_words = frozenset(words[-1] for words in self.role_index)
        # Single-word titles spaCy may glue onto a PERSON entity ("President Vucic").
        self.title_words = frozenset(words[0] for words in self.role_index if len(words) == 1) | self.words.title_abbreviations

    def lookup(self, text: str) -> list[Form]:
        """The forms written exactly as ``text`` (case-sensitive, diacritics folded)."""
        folded = fold(text)
        found = self.forms.get(folded)
        if found:
            return found
        # Headlines and wire slugs write names in capitals: "SERBIA", "BELGRADE".
        if text.isupper() and len(text) > 4:
            return self.upper_forms.get(folded, [])
        return []

    def lookup_state_any_case(self, text: str) -> list[Form]:
        """The state forms spelled as ``text`` in any case ("italian", "iSrael"): for a span
        spaCy tags as a place or a people, never for a bare word (lower-case "us" is no state)."""
        return self.state_forms_by_lower.get(fold(text).lower(), [])

    def state_names(self) -> dict[str, Entry]:
        """Folded names and aliases of states (not adjectives or capitals), to their entries."""
        if self._state_names is None:
            self._state_names = {
                text.casefold(): forms[0].entry
                for text, forms in self.forms.items()
                if len({f.entry.key for f in forms}) == 1 and forms[0].entry.kind == "state" and forms[0].form == "name"
            }
        return self._state_names

    def state(self, iso3: str) -> Entry | None:
        return self.states.get(iso3)

    def known_person(self, name: str, *, on: str | None = None, surname_ok: bool = True, role: str | None = None) -> KnownPerson | None:
        """Who ``name`` is: accord's people first, then the Phoenix people in their office on
        date ``on``; a bare surname only where ``surname_ok`` (the text gave evidence). ``role``
        is the title the text writes before the name (roles.csv ``role``), if any."""
        key = person_key(name)
        if key not in self.people and key not in self.dated_people:
            key = self._without_initials(key, vouched_on=on if role is not None else None)
        found = self.people.get(key)
        if found is None and " " not in key:
            if not surname_ok:
                return self.surnames.get(key) if key in self.surnames_used_alone and not self.left_office(key, on) else None
            alone = self.dictionary_surnames.get(key)
            found = self.surnames.get(key) or (alone.as_of(on, self.states) if alone else None)
            if found is None and on:
                serving = [p for p in self.dated_surnames.get(key, ()) if p.holds_office_on(on)]
                found = serving[0].as_of(on, self.states) if len(serving) == 1 else None
                if found is None and not serving:
                    # A title vouches for a surname that former officeholders of one state bear.
                    former = [p.former(on, self.states) for p in self.dated_surnames.get(key, ()) if p.held_office()]
                    found = former[0] if former and all(f is not None and f.country == former[0].country for f in former) else None
            return found
        if found is None and key in self.dated_people:
            person = self.dated_people[key]
            found = person.as_of(on, self.states) or person.former(on, self.states)
        if found is None:
            found = self._known_by_shorter_name(key, role)
        return found

    def _without_initials(self, key: str, vouched_on: str | None = None) -> str:
        """"<Given> B. <Surname>": a name key less its middle initials, where two words or more are
        left (a bare surname needs evidence) and each initial is the first letter of one of the
        listed person's own other names ("Anthony N. Albanese" is Anthony Norman Albanese; "George
        P. Bush" is not George H. W. Bush). A generational suffix ("Jr.", "III") is never dropped:
        it tells a son from his father; people.csv lists such forms where the listed person uses one.
        Where the lists know no middle name of a dated person, nothing contradicts an initial: a
        title before the name (``vouched_on``, the article's date) vouches for it when that
        person held office that day ("Foreign Minister Alexander J. Downer")."""
        words = key.split()
        if len(words) < 3:
            return key
        kept = words[:1] + [word for word in words[1:-1] if len(word) > 1] + words[-1:]
        initials = [word for word in words[1:-1] if len(word) == 1]
        shorter = " ".join(kept)
        if not initials or len(kept) < 2:
            return key
        listed = self.people.get(shorter)
        canonical = person_key(listed.name) if listed is not None else (person_key(self.dated_people[shorter].name) if shorter in self.dated_people else None)
        if canonical is None:
            return key
        other_names = self.person_name_words.get(canonical, frozenset()) - set(kept)
        if all(any(name.startswith(initial) for name in other_names) for initial in initials):
            return shorter
        if vouched_on and listed is None and shorter in self.dated_people and len(canonical.split()) == len(kept):
            if self.dated_people[shorter].holds_office_on(vouched_on):
                return shorter
        return key

    def _known_by_shorter_name(self, key: str, role: str | None = None) -> KnownPerson | None:
        """"Prime Minister Muhammad Shehbaz Sharif", "Inacio Lula da Silva": a full name accord's
        people table lacks, whose last two or more words are a listed person's name, is that person
        written with another given name (or a title word spaCy glued on) before it, but only with
        evidence that it is the same person and not a son or brother who shares the family
        names ("Hamza Shehbaz Sharif"): each extra word is one of the listed person's own names
        (people.csv lists the devotional names a person uses, "Mian Muhammad Shehbaz Sharif")
        or a title word, or the title the text gives (``role``) is the listed person's. A
        patronymic particle among the extra words ("Salman bin Hamad ...") makes the listed
        name the father's: never that person. A devotional name ("Muhammad") before a listed
        name that the person is not listed with is no evidence: in Arab and Pakistani naming
        "Muhammad <father's full name>" is as often the son's own name."""
        words = key.split()
        for first in range(1, len(words) - 1):
            found = self.people.get(" ".join(words[first:]))
            if found is None:
                continue
            extra = words[:first]
            if any(word in self.words.patronymic_particles for word in extra):
                return None
            own = self.person_name_words.get(person_key(found.name), frozenset())
            if all(word in own or self._is_title_word(word) for word in extra):
                return found
            if role is not None and found.role is not None and person_key(role) == person_key(found.role):
                return found
            return None
        return None

    def _is_title_word(self, word: str) -> bool:
        """A word of a title ("president", "ministers", "gen") that the parser may glue to a name."""
        return word in self.title_words or word in self.role_words or word.removesuffix("s") in self.role_words

    def role_named(self, role: str) -> Role | None:
        """The roles.csv row whose canonical role is ``role`` (for people.csv entries)."""
        for candidate in self.roles:
            if candidate.role == role:
                return candidate
        return None

    def role_for(self, words: Iterable[str]) -> Role | None:
        return self.role_index.get(tuple(words))

# State columns of countries.csv and the form each one writes.
_STATE_FORM_COLUMNS = (
    ("name", "name"),
    ("formal_name", "name"),
    ("aliases", "name"),
    ("adjectives", "adjective"),
    ("demonyms", "demonym"),
    ("capital", "capital"),
    ("metonyms", "metonym"),
)


_YEAR_SPAN = re.compile(r"(\d{4})(?:\s*[–-]\s*(\d{4}))?")
_DATED_OFFICE = re.compile(r"(?P<office>[^\d()]*?)\s*(?P<years>\d{4}(?:\s*[–-]\s*\d{4})?(?:\s*(?:,|and)\s*\d{4}(?:\s*[–-]\s*\d{4})?)*)")
_MONTHS = frozenset("january february march april may june july august september october november december".split())
# A word ending the text before the years that makes them no term of office ("from 2024", "died 2024").
_NOT_A_TERM = frozenset({"from", "until", "since", "in", "for", "by", "to", "died", "killed", "born", "elected", "appointed", "times", "candidate", "nominee"})


def earlier_offices(note: str) -> list[tuple[str, str, str]]:
    """The offices a people.csv note dates by whole years, as (office, first year, last year):
    "also President 2000–2008; Prime Minister 2008–2012" gives ("president", "2000", "2008") and
    ("prime minister", "2008", "2012"); "also 2010–2014" or "(also 2007–2011)" gives the row's own
    role (""). A clause dating anything else ("died 2024", "from May 2025") gives none."""
    clauses = []
    for clause in note.split(";"):
        clause = clause.strip()
        repeated = re.search(r"\(also ([^)]*)\)$", clause)
        clauses.append(repeated.group(1) if repeated else clause)
    found = []
    for clause in clauses:
        match = _DATED_OFFICE.fullmatch(clause)
        if match is None:
            continue
        words = match["office"].lower().split()
        if words[:1] == ["also"]:
            words = words[1:]
        if (words and words[-1] in _NOT_A_TERM) or _MONTHS & set(re.findall(r"[a-z]+", " ".join(words))):
            continue
        for first, last in _YEAR_SPAN.findall(match["years"]):
            found.append((" ".join(words), first, last or first))
    return found


@cache
def table_rows(table: str) -> tuple[Mapping[str, str], ...]:
    """A table of ``data/actors`` ("countries.csv", "organizations.csv"), read once per process:
    the gazetteer, ``state_names`` and the defence rules share it."""
    return tuple(MappingProxyType(dict(row)) for row in read_table(_PACKAGE, table))


@cache
def state_names() -> Mapping[str, str]:
    """Each state's names and adjectives as written ("U.S.", "Britain", "Saudi"), folded, to its
    ISO3 code; a form two states share is left out. For layers above that read a state's name
    inside a phrase the actor layer resolves whole ("the U.S.-led coalition")."""
    forms: dict[str, set[str]] = {}
    for row in table_rows("countries.csv"):
        for column in ("name", "aliases", "adjectives"):
            for text in split_multi(row.get(column)):
                forms.setdefault(fold(text), set()).add(row["iso3"].upper())
    return MappingProxyType({text: codes.pop() for text, codes in forms.items() if len(codes) == 1})


def _state_forms() -> tuple[dict[str, Entry], list[Form]]:
    """countries.csv: the states by ISO3 and every form that names one."""
    states: dict[str, Entry] = {}
    forms: list[Form] = []
    for row in table_rows("countries.csv"):
        iso3 = row.get("iso3", "").upper()
        if not iso3:
            continue
        entry = Entry(
            key=f"state:{iso3}",
            kind="state",
            name=row.get("name") or iso3,
            country=iso3,
            sector=None,
            region=row.get("region") or None,
        )
        states[iso3] = entry
        ambiguous = {fold(f) for f in split_multi(row.get("ambiguous_forms"))}
        for column, form in _STATE_FORM_COLUMNS:
            for text in split_multi(row.get(column)):
                forms.append(Form(text, entry, form, fold(text) in ambiguous))
    return states, forms


def _organisation_forms() -> list[Form]:
    """organizations.csv: international bodies, armed groups and national bodies, with the kind,
    sector, members and parent each row gives."""
    return _table_forms("organizations.csv", "org", "organization")


def _company_forms() -> list[Form]:
    """companies.csv: companies, each an organisation of the business sector."""
    return _table_forms("companies.csv", "company", "company", kind="organization", sector="BUS")


def _table_forms(table: str, prefix: str, form: str, kind: str | None = None, sector: str | None = None) -> list[Form]:
    """The forms of a table of named bodies (one row per body: id, name, aliases, country and,
    where the table has them, kind, sector, members, parent): the name and each alias name the
    entry ``prefix:ID``. ``kind`` and ``sector``, where given, hold for every row of the table;
    else each row's own (kind "organization" where the row gives none)."""
    forms: list[Form] = []
    for row in table_rows(table):
        ident = row.get("id", "").upper()
        if not ident:
            continue
        entry = Entry(
            key=f"{prefix}:{ident}",
            kind=kind or row.get("kind") or "organization",
            name=row.get("name") or ident,
            country=row.get("country") or None,
            sector=sector or row.get("sector") or None,
            members=tuple(split_multi(row.get("members"))),
            parent=(row.get("parent") or "").upper() or None,
        )
        for text in [entry.name, *split_multi(row.get("aliases"))]:
            forms.append(Form(text, entry, form))
    return forms


def _institution_forms() -> list[Form]:
    institutions: list[Form] = []
    for row in read_table(_PACKAGE, "institutions.csv"):
        name = row.get("name")
        if not name:
            continue
        entry = Entry(key=f"inst:{name}", kind=row.get("kind") or "organization", name=name, sector=row.get("sector") or None)
        for text in split_multi(row.get("patterns")):
            institutions.append(Form(text.lower(), entry, "institution"))
    return institutions


def _dictionary_organisation_forms(states: dict[str, Entry]) -> list[Form]:
    """phoenix_organizations.csv: IGOs, NGOs and armed groups of the Phoenix dictionaries."""
    forms: list[Form] = []
    for row in read_table(_PACKAGE, "phoenix_organizations.csv"):
        code = row.get("code", "")
        country = code[:3] if code[:3] in states else None
        if country:
            kind, sector = ("group" if code[3:6] in ("REB", "INS") else "organization"), code[3:6] or None
        else:
            kind = "group" if code.startswith("IMG") else "organization"
            sector = "IGO" if code.startswith("IGO") else "NGO" if code.startswith("NGO") else "REB" if kind == "group" else None
        # Phoenix codes are shared (NGOHRI for every rights group): the name keeps actors apart.
        entry = Entry(key=f"org:{code}#{name_key(row['name'])}", kind=kind, name=row["name"], country=country, sector=sector)
        for text in [row["name"], *split_multi(row.get("aliases"))]:
            forms.append(Form(text, entry, "organization"))
    return forms


def _agent_forms(known: set[str]) -> list[Form]:
    """phoenix_agents.csv: generic groups ("students", "elders") that take a country from context."""
    forms: list[Form] = []
    for row in read_table(_PACKAGE, "phoenix_agents.csv"):
        for text in split_multi(row.get("patterns")):
            if text not in known:  # accord's institutions win
                entry = Entry(key=f"inst:{text.title()}", kind="group", name=text.title(), sector=row.get("sector") or None)
                forms.append(Form(text, entry, "institution"))
    return forms


def _roles() -> list[Role]:
    return [
        Role(tuple(p.lower() for p in split_multi(row.get("patterns"))), row["role"], row.get("sector") or "GOV", row.get("rank") or "other")
        for row in read_table(_PACKAGE, "roles.csv")
        if row.get("role")
    ]
