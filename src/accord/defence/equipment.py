"""Recognise military systems: known designations, unseen variants of them, and
generic phrases ("8x8 combat vehicles", "7.62 mm caliber ammunition").

Known systems come from ``data/defence/equipment.csv``; a token that extends a known
designation ("BTR-80A" when only "BTR-80" is listed) takes that family's category and
maker; generic phrases take their category from ``data/defence/equipment_terms.csv``,
and a calibre refines ammunition (under 20 mm is small-arms ammunition).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from accord.actors.gazetteer import ResolverWords, read_table
from accord.actors.resolve import MentionIndex
from accord.defence.rules import EquipmentRules
from accord.nlp.lines import source_text
from accord.records import Equipment, Span
from accord.text import fold, split_multi

_DESIGNATION = re.compile(r"^[A-Z][A-Za-z]{0,6}[- ]?\d{1,4}[A-Za-z0-9]{0,4}$")
_CALIBRE = re.compile(r"(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:x\s*\d{2,3}\s*)?(?:mm|millimet(?:er|re)s?)\b", re.I)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
#: An acronym of goods written after their full name: "UAVs", "MANPADS", "APC".
_ACRONYM = re.compile(r"^[A-Z]{2,}s?$")
#: A hull number written after a ship's name: "(DDG 70)", "(F 222)", "(L12)".
_HULL_LETTERS = re.compile(r"^[A-Z]{1,4}$")
_HULL = re.compile(r"^[A-Z]{1,4}-?\d{1,4}$")
#: Punctuation that ends the words before a mention (a list or clause boundary).
_BOUNDARY_PUNCTUATION = (",", ";", ".")


def designation_key(text: str) -> str:
    return _NON_ALNUM.sub("", fold(text).lower())


@dataclass(frozen=True, slots=True)
class System:
    name: str
    category: str | None
    manufacturer: tuple[str, ...]
    origin: str | None
    kind: str | None


@dataclass(slots=True)
class EquipmentMention:
    start: int  # token offsets
    end: int
    name: str  # designation as written, or the generic phrase
    system: System | None  # the gazetteer system, None for generic phrases
    category: str | None
    origin: str | None
    manufacturer: tuple[str, ...]
    kind: str | None
    quantity: int | None = None
    # "the Franco-Italian SAMP/T": the states of a system named as jointly made, in text order
    joint_origins: tuple[str, ...] = ()
    # "a decommissioned Dutch Navy frigate": the state of the force the goods served in, a former
    # owner (not their maker), the supplier of an agentless handover only
    former_owner: str | None = None

    @property
    def head(self) -> int:
        return self.end - 1


def by_token(equipment: list[EquipmentMention]) -> dict[int, EquipmentMention]:
    """The mentions by each token they cover (the rules and the transfer back-off look goods up by token)."""
    return {i: mention for mention in equipment for i in range(mention.start, mention.end)}


class EquipmentMatcher:
    """Finds equipment mentions in a Doc.

    Args:
        nlp: the spaCy pipeline whose vocab and tokenizer the matchers use.
        rules (EquipmentRules): the equipment words (defence.toml).
        resolver_words (ResolverWords | None): the actor resolver's loaded words, for their ship
            prefixes and name particles (read from resolver.toml when not given).
    """

    def __init__(self, nlp: Any, rules: EquipmentRules, resolver_words: ResolverWords | None = None) -> None:
        from spacy.matcher import PhraseMatcher
        from spacy.tokens import Doc

        self.rules = rules
        self.systems: dict[str, System] = {}
        self.by_key: dict[str, System] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for row in read_table("accord.data.defence", "equipment.csv"):
            name = row.get("name")
            if not name:
                continue
            system = System(
                name=name,
                category=row.get("category") or None,
                manufacturer=tuple(split_multi(row.get("manufacturer"))),
                origin=row.get("origin") or None,
                kind=row.get("kind") or None,
            )
            forms = [name, *split_multi(row.get("aliases"))]
            for form in forms:
                self.by_key.setdefault(designation_key(form), system)
                self.systems.setdefault(form.lower(), system)
                self.systems.setdefault(fold(form).lower(), system)
        for form in sorted(self.systems):
            self.matcher.add(form, [nlp.make_doc(form)])
        self.term_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        # Acronyms keep their case as lemma ("UAVs" -> "UAVs"): a second matcher on lower-case
        # forms, singular and plural, catches them.
        self.term_matcher_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.terms: dict[str, tuple[str, str | None]] = {}
        for row in read_table("accord.data.defence", "equipment_terms.csv"):
            for pattern in split_multi(row.get("pattern")):
                words = pattern.lower().split()
                key = " ".join(words)
                self.terms[key] = (row.get("category") or "other", row.get("kind") or None)
                self.term_matcher.add(key, [Doc(nlp.vocab, words=words, lemmas=words)])
                plural = words[:-1] + [words[-1] + "s"]
                self.term_matcher_lower.add(key, [nlp.make_doc(" ".join(words)), nlp.make_doc(" ".join(plural))])
        self._prefixes = sorted(self.by_key, key=len, reverse=True)
        # Ship prefixes as written before a name ("HMS", "USS", "INS"), shared with the actor resolver.
        words = resolver_words if resolver_words is not None else ResolverWords.load()
        self.ship_prefixes = frozenset(w for w in words.ship_prefixes if len(w) <= 5)
        self.name_particles = words.name_particles

    def find(self, doc: Any, index: MentionIndex) -> list[EquipmentMention]:
        """Equipment mentions in ``doc``, longest first where they overlap."""
        from spacy.util import filter_spans

        spans = []
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            span.label_ = "system:" + doc.vocab.strings[match_id]
            spans.append(span)
        for token in doc:
            if _DESIGNATION.match(token.text) and token.pos_ in ("PROPN", "NOUN", "NUM", "X"):
                system = self._family(token.text)
                if system is not None:
                    span = doc[token.i : token.i + 1]
                    span.label_ = "family:" + system.name
                    spans.append(span)
        spans.extend(_designated_spans(doc, spans, self.rules))
        spans.extend(_ship_spans(doc, self.ship_prefixes, self.name_particles))
        for matcher in (self.term_matcher, self.term_matcher_lower):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                span.label_ = "term:" + doc.vocab.strings[match_id]
                spans.append(span)
        mentions = []
        named = {i for span in spans if not span.label_.startswith("term:") for i in range(span.start, span.end)}
        for span in filter_spans(spans):
            kind, _, key = span.label_.partition(":")
            if kind == "ship":
                category, term_kind = self.terms.get("warship", ("other", "platform"))
                mention = EquipmentMention(span.start, span.end, span.text, None, category, None, (), term_kind)
                mention.origin = _origin_adjective(doc, mention, index, self.rules)
                mentions.append(mention)
                continue
            if kind == "designated":
                # "twelve XQ-71 fighters": a model the gazetteer lacks, named by its designation and a platform noun
                mention = EquipmentMention(span.start, span.end, span.text, None, self.rules.designated_heads[key], None, (), "platform")
                mention.origin = _origin_adjective(doc, mention, index, self.rules)
                mention.quantity = _quantity(doc, mention, self.rules)
                mentions.append(mention)
                continue
            if kind == "system":
                system = self.systems.get(key)
            elif kind == "family":
                system = self._family(span.text)
            else:
                system = None
            if system is not None:
                mention = EquipmentMention(span.start, span.end, span.text, system, system.category, system.origin, system.manufacturer, system.kind)
            else:
                if any((m := index.at(i)) is not None and m.form == "company" for i in range(span.start, span.end)):
                    continue  # "Airbus Helicopters": a maker's name, not goods
                category, term_kind = self.terms.get(key, ("other", None))
                start = _extend_left(doc, span.start, self.rules, named)
                phrase = doc[start : span.end]
                category = _refine_category(phrase.text, category)
                mention = EquipmentMention(start, span.end, phrase.text, None, category, None, (), term_kind)
            mention.origin = _origin_adjective(doc, mention, index, self.rules) or _named_partner_maker(doc, mention, index) or mention.origin
            mention.quantity = _quantity(doc, mention, self.rules)
            mentions.append(mention)
        for mention in mentions:
            mention.joint_origins = _joint_origins(doc, mention, index, self.rules)
            mention.former_owner = _former_owner(mention, index)
        _attach_generic_heads(doc, mentions)
        _drop_generic_wrappers(mentions)
        _drop_appositive_renamings(doc, mentions)
        _extend_calibres(doc, mentions)
        return mentions

    def _family(self, text: str) -> System | None:
        key = designation_key(text)
        if key in self.by_key:
            return self.by_key[key]
        for prefix in self._prefixes:
            # "btr80a" extends "btr80"; demand a digit in the prefix so "f" never matches "f16".
            if len(prefix) >= 3 and key.startswith(prefix) and any(c.isdigit() for c in prefix) and len(key) - len(prefix) <= 3:
                return self.by_key[prefix]
        return None


def _ship_spans(doc: Any, prefixes: frozenset[str], particles: frozenset[str]) -> list[Any]:
    """Named ships: a prefix written in capitals and the capitalised name after it ("HMS
    Daring", "FS Charles de Gaulle"), and a hull number in brackets after the name ("(DDG 70)")."""
    spans = []
    for token in doc:
        if not (token.is_upper and token.lower_.strip(".") in prefixes):
            continue
        end = token.i + 1
        while end < len(doc) and end - token.i <= 4:
            word = doc[end]
            if word.is_title and word.is_alpha:
                end += 1
            elif word.lower_ in particles and end + 1 < len(doc) and doc[end + 1].is_title and end > token.i + 1:
                end += 1
            else:
                break
        if end == token.i + 1:
            continue
        span = doc[token.i : end]
        span.label_ = "ship:"
        spans.append(span)
        hull = _hull_number(doc, end)
        if hull is not None:
            hull.label_ = "ship:"
            spans.append(hull)
    return spans


def _designated_spans(doc: Any, found: list[Any], rules: EquipmentRules) -> list[Any]:
    """A model designation the gazetteer lacks right before a platform noun that alone is too
    vague to be goods ("Su-75 fighters", "KF-21 jets", "P-18 vessels"); never an airliner's
    ("A320 aircraft")."""
    taken = {i for span in found for i in range(span.start, span.end)}
    spans = []
    for token in doc[:-1]:
        head = doc[token.i + 1]
        if token.i in taken or not _DESIGNATION.match(token.text) or not any(c.isdigit() for c in token.text):
            continue
        if head.lemma_.lower() not in rules.designated_heads or token.head.i != head.i:
            continue
        if any(designation_key(token.text).startswith(prefix) for prefix in rules.airliner_designations):
            continue
        span = doc[token.i : head.i + 1]
        span.label_ = "designated:" + head.lemma_.lower()
        spans.append(span)
    return spans


def _hull_number(doc: Any, start: int) -> Any:
    """The span of "DDG 70" in "(DDG 70)" right at ``start``, or None."""
    if start + 2 >= len(doc) or doc[start].text != "(":
        return None
    inner = doc[start + 1 : start + 4]
    if len(inner) >= 2 and _HULL_LETTERS.match(inner[0].text) and inner[1].like_num and start + 3 < len(doc) and doc[start + 3].text == ")":
        return doc[start + 1 : start + 3]
    if _HULL.match(inner[0].text) and doc[start + 2].text == ")":
        return doc[start + 1 : start + 2]
    return None


def _extend_left(doc: Any, start: int, rules: EquipmentRules, named: set[int] = frozenset()) -> int:
    """Take in modifiers that qualify a generic term: '8x8 combat vehicles', '7.62 mm caliber ammunition'
    (but not a named system before it: "Iron Dome air defence system" stays "Iron Dome")."""
    i = start
    while i > 0:
        prev = doc[i - 1]
        if prev.i in named or prev.ent_type_ == "MONEY" or prev.tag_ == "$":
            break  # "a $400 million aid package": the value is no part of the name
        if prev.like_num or prev.lower_ in rules.calibre_words or re.match(r"^\d+[x×]\d+$", prev.text):
            i -= 1
            continue
        if prev.pos_ in ("ADJ", "NOUN", "PROPN") and prev.dep_ in ("amod", "compound", "nummod") and prev.ent_type_ not in ("NORP", "GPE"):
            i -= 1
            continue
        break
    # Leave a leading bare count out of the name: "12 armoured vehicles" -> "armoured vehicles"
    # (not a measure: "2,000-pound bombs").
    while i < start and doc[i].like_num and doc[i].dep_ == "nummod" and not re.search(r"[x×.]", doc[i].text) and doc[i + 1].lower_ not in rules.calibre_words:
        i += 1
    return i


def _refine_category(phrase: str, category: str) -> str:
    match = _CALIBRE.search(phrase)
    if match and "ammunition" in category:
        calibre = float(match.group(1).replace(",", "."))
        return "small-arms ammunition" if calibre < 20 else "artillery ammunition"
    return category


def _origin_adjective(doc: Any, mention: EquipmentMention, index: MentionIndex, rules: EquipmentRules) -> str | None:
    """'Serbian ammunition', 'Hungarian-made vehicles', 'Russia's S-400' -> the state (a force named
    inside the phrase is a former owner, not an origin: ``_former_owner``)."""
    i = mention.start - 1
    steps = 0
    while i >= 0 and steps < 4:
        found = index.at(i)
        if found is not None and found.kind == "state" and found.form in ("adjective", "name") and not found.is_place:
            return found.country
        if found is not None and found.end > mention.start and found.country and doc[found.start].pos_ == "ADJ":
            return found.country  # "Israeli air defence systems" read as an institution: its adjective is the origin
        tok = doc[i]
        if (tok.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "PUNCT", "PART") or tok.lower_ in rules.origin_participles) and tok.text not in _BOUNDARY_PUNCTUATION:
            i -= 1
            steps += 1
            continue
        break
    return None


def _former_owner(mention: EquipmentMention, index: MentionIndex) -> str | None:
    """'a decommissioned Dutch Navy frigate' -> the state of the force the goods served in (its
    name inside the goods' phrase): a former owner, who may be the goods' maker or not."""
    for i in range(mention.start, mention.head):
        force = index.at(i)
        if force is not None and force.start >= mention.start and force.end <= mention.head and force.kind == "organization" and force.form in ("institution", "organization") and force.country:
            return force.country
    return None


def _joint_origins(doc: Any, mention: EquipmentMention, index: MentionIndex, rules: EquipmentRules) -> tuple[str, ...]:
    """'the Swedish-British Meteor', 'Franco-Italian systems' -> every state the hyphen-joined
    demonyms name (the origin adjective alone gives only the nearest one); () for one origin."""
    origin = _origin_adjective(doc, mention, index, rules)
    if origin is None:
        return ()
    i = mention.start - 1
    nearest = max(0, mention.start - 5)  # the origin adjective's scan reaches no further
    while i >= nearest and not ((found := index.at(i)) is not None and found.kind == "state" and found.country == origin):
        i -= 1
    if i < nearest:
        return ()
    start = index.at(i).start
    codes = [origin]
    while start >= 2 and doc[start - 1].text == "-" and doc[start - 1].whitespace_ == "" and doc[start - 2].whitespace_ == "":
        partner = index.at(start - 2)
        if partner is None or partner.kind != "state" or partner.form not in ("adjective", "name") or partner.is_place or not partner.country:
            break
        if partner.country not in codes:
            codes.insert(0, partner.country)
        start = partner.start
    return tuple(codes) if len(codes) > 1 else ()


def _named_partner_maker(doc: Any, mention: EquipmentMention, index: MentionIndex) -> str | None:
    """The state of the maker a sentence names for a system several makers build together ("28
    Eurofighters from Italy's Leonardo", "BAE Systems offered Typhoons"): that partner's goods,
    not the gazetteer's first origin. None for a system of one maker, or no maker of it named."""
    if mention.system is None or len(mention.manufacturer) < 2:
        return None
    makers = {name.lower() for name in mention.manufacturer}
    sent = doc[mention.start].sent
    named = [m for m in index.mentions if m.start >= sent.start and m.end <= sent.end and m.form == "company" and m.country]
    countries = {m.country for m in named if doc[m.start : m.end].text.lower() in makers}
    return next(iter(countries)) if len(countries) == 1 else None


def _is_calibre(doc: Any, token: Any, rules: EquipmentRules) -> bool:
    """"155 mm", "155mm", "7.62 calibre": the number measures a bore, it counts nothing."""
    unit = token.lower_.lstrip("0123456789.,")
    if unit in rules.calibre_units:
        return True
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in rules.calibre_units


def _quantity(doc: Any, mention: EquipmentMention, rules: EquipmentRules) -> int | None:
    head = doc[mention.head]
    for child in head.children:
        if _is_calibre(doc, child, rules):
            continue
        if child.dep_ == "nummod" and child.i < mention.start + 1 or (child.dep_ == "nummod" and child.like_num):
            value = _number(child.text, rules)
            if value is not None:
                return value
    # "12 Gidran vehicles", "a dozen BTR-80As"
    if mention.start > 0 and doc[mention.start - 1].like_num and not _is_calibre(doc, doc[mention.start - 1], rules):
        return _number(doc[mention.start - 1].text, rules)
    # "bought eight of the drones": a number the goods are the "of" phrase of
    above = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if above is not None and above.like_num and above.i < head.i:
        return _number(above.text, rules)
    return None


def _number(text: str, rules: EquipmentRules) -> int | None:
    cleaned = text.replace(",", "")
    if cleaned.isdigit():
        return int(cleaned)
    return rules.word_numbers.get(text.lower())


def _is_calibre_system(mention: EquipmentMention) -> bool:
    """A calibre row of the table ("155 mm", "7.62x39mm"): it names a bore, not a system."""
    return mention.system is not None and _CALIBRE.search(mention.system.name) is not None and mention.system.origin is None


def _extend_calibres(doc: Any, mentions: list[EquipmentMention]) -> None:
    """"a 30mm cannon": a calibre that modifies a noun the tables do not know takes that noun into its name."""
    for mention in mentions:
        if not _is_calibre_system(mention) or mention.end >= len(doc):
            continue
        last = doc[mention.end - 1]
        noun = last.head
        if noun.i >= mention.end and noun.pos_ == "NOUN" and all(t.dep_ in ("compound", "amod", "nummod", "punct") or t.i == noun.i for t in doc[mention.end : noun.i + 1]):
            mention.end, mention.name = noun.i + 1, doc[mention.start : noun.i + 1].text


def _attach_generic_heads(doc: Any, mentions: list[EquipmentMention]) -> None:
    """'Gidran armoured vehicles': a designation followed by a generic noun becomes one mention."""
    mentions.sort(key=lambda m: m.start)
    merged: list[EquipmentMention] = []
    for mention in mentions:
        if merged and _is_calibre_system(merged[-1]) and mention.start == merged[-1].end:
            # "155 mm howitzers", "120mm mortar rounds": the calibre qualifies what follows; never the name alone
            calibre = merged.pop()
            mention.start, mention.name = calibre.start, doc[calibre.start : mention.end].text
            mention.category = _refine_category(mention.name, mention.category or "other")
            mention.quantity = mention.quantity or calibre.quantity
        if merged and mention.system is None and _in_parentheses_after(doc, mention, merged[-1]):
            # "60 armoured personnel carriers (APCs)": the short form of the goods just named
            continue
        same_system = merged and mention.system is not None and mention.system == merged[-1].system
        beside = merged and mention.start == merged[-1].end
        if merged and merged[-1].system is not None and (mention.system is None or same_system) and (beside or _heads_the_designation(doc, merged[-1], mention)):
            # "MQ-9B Reaper drone": a designation and the system's name side by side are one mention;
            # so are a designation and the generic noun its phrase ends in ("Aster 30 B1NT
            # interceptor missiles", "TRML-4D ground-based radars")
            prev = merged[-1]
            prev.end = mention.end
            prev.quantity = prev.quantity or mention.quantity
            continue
        merged.append(mention)
    mentions[:] = merged


#: Words that may stand between a designation and the generic noun heading its phrase.
_PHRASE_MODIFIER_DEPS = ("compound", "amod", "nmod", "npadvmod", "nummod")


def _heads_the_designation(doc: Any, designation: EquipmentMention, generic: EquipmentMention) -> bool:
    """Whether a generic mention is the head noun of a designation's phrase, a few modifiers
    apart ("Aster 30 B1NT interceptor missiles", "TRML-4D ground-based radars"): no comma, conjunction
    or other noun phrase between them."""
    gap = doc[designation.end : generic.start]
    if not 0 < len(gap) <= 3 or generic.system is not None:
        return False
    if any(t.dep_ not in _PHRASE_MODIFIER_DEPS and t.text != "-" for t in gap):
        return False
    span = doc[designation.start : designation.end]
    head = next((t for t in span if not designation.start <= t.head.i < designation.end), doc[designation.end - 1])  # "Leopard 2": the token the phrase hangs by
    while head.dep_ in _PHRASE_MODIFIER_DEPS and head.head.i > head.i and head.head.i < generic.end:
        head = head.head
    return generic.start <= head.i < generic.end


def _drop_generic_wrappers(mentions: list[EquipmentMention]) -> None:
    """"coastal radar equipment": a generic term of no category ("equipment") stretched left over
    a more specific mention names those goods; the specific mention stands for them."""
    def wraps(outer: EquipmentMention, inner: EquipmentMention) -> bool:
        return outer is not inner and outer.start <= inner.start and inner.end < outer.end and inner.category not in (None, "other")

    mentions[:] = [m for m in mentions if not (m.system is None and m.category in (None, "other") and any(wraps(m, other) for other in mentions))]


def _drop_appositive_renamings(doc: Any, mentions: list[EquipmentMention]) -> None:
    """"Su-30 jets, the heaviest combat aircraft the region flies": a generic phrase in
    apposition to a named system's phrase describes the same goods; it is no mention of its own."""
    named = set()
    for mention in mentions:
        if mention.system is not None:
            head = doc[mention.head]
            while head.dep_ in _PHRASE_MODIFIER_DEPS and head.head.i > head.i:
                head = head.head
            named.add(head.i)
    mentions[:] = [m for m in mentions if not (m.system is None and doc[m.head].dep_ == "appos" and doc[m.head].head.i in named)]


def _in_parentheses_after(doc: Any, mention: EquipmentMention, previous: EquipmentMention) -> bool:
    """Whether ``mention`` is an acronym standing alone in brackets right after ``previous``
    ("(UAVs)", "(APCs)"); not a ship's hull number ("(F 234)")."""
    if mention.end - mention.start != 1 or not _ACRONYM.match(doc[mention.start].text):
        return False
    return mention.start == previous.end + 1 and doc[previous.end].text == "(" and mention.end < len(doc) and doc[mention.end].text == ")"


def equipment_records(doc: Any, mentions: list[EquipmentMention]) -> list[Equipment]:
    """One record per system (or generic phrase) named, with every mention of it."""
    text = source_text(doc)  # spans quote the article, not the model's unwrapped copy
    records: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        name = mention.system.name if mention.system else mention.name
        span = doc[mention.start : mention.end]
        entry = records.setdefault(
            name.lower(),
            {"name": name, "category": mention.category, "origin": mention.origin, "manufacturer": mention.manufacturer, "kind": mention.kind, "mentions": []},
        )
        entry["origin"] = entry["origin"] or mention.origin
        entry["mentions"].append(Span(span.start_char, span.end_char, text[span.start_char : span.end_char]))
    return [
        Equipment(
            id=f"q{n}",
            name=entry["name"],
            category=entry["category"],
            origin=entry["origin"],
            manufacturer=tuple(entry["manufacturer"]),
            kind=entry["kind"],
            mentions=tuple(entry["mentions"]),
        )
        for n, entry in enumerate(records.values(), 1)
    ]
