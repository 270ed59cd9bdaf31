"""Find actor mentions in a parsed Doc and resolve them to canonical actors.

Mentions come from four sources, in this order of trust:

1. gazetteer forms: state names, adjectives, demonyms, capitals and seats of
   government used as metonyms, organisations and defence companies;
2. institution nouns given a country by an adjective, a possessive or "of X"
   ("Serbian Defence Ministry", "Hungary's armed forces", "Ministry of Defence of Serbia");
3. people: spaCy PERSON entities, with role and country read from titles and
   appositions ("Hungarian Defence Minister X", "X, the president of Serbia"); later
   surname-only mentions link to the same person;
4. pronouns "he"/"she" (the last person) and "we"/"our" inside a quote (the speaker's state),
   resolved later by the event coder through ``MentionIndex.pronoun``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain
from typing import Any

from accord.actors.gazetteer import LEADER_RANKS, NOT_AN_ACTOR, Entry, Form, Gazetteer, ResolverWords, Role
from accord.actors.names import person_key
from accord.nlp.lines import doc_text, source_text
from accord.nlp.tokens import doc_tokens, token_lowers
from accord.records import Actor, Span
from accord.text import name_key

# The code for an armed non-state group left unnamed in the text ("rebels", "insurgents").
UNNAMED_GROUP = "REB"
_TITLE_WORD_POS = frozenset({"PROPN", "NOUN", "ADJ"})


@dataclass(slots=True)
class Mention:
    """A stretch of tokens that names an actor (token offsets into the Doc)."""

    start: int
    end: int
    key: str  # actor key, e.g. "state:SRB", "person:aleksandar vucic", "inst:SRB:Ministry of Defence"
    kind: str
    country: str | None
    form: str  # name | adjective | demonym | capital | metonym | organization | company | institution | person
    sector: str | None = None
    is_place: bool = False  # a capital/state written as a location ("in Belgrade")
    actor_id: str = ""
    org: str | None = None  # for people: the organisation they speak for, when not a state
    parent: str | None = None  # a body's parent organisation (UNSC -> UN), whose code it carries
    attitude: bool = False  # "anti-X", "pro-X": X is opposed or backed, never a nearby noun's state

    @property
    def code(self) -> str | None:
        """What event actor/recipient lists hold: the state, else the organisation id.

        Armed non-state groups (Hezbollah, the PKK, the RSF) are coded ``REB`` whatever their
        base, as the annotation guide codes them: they are not their country's government; news
        outlets carry their own id, not their home state."""
        if self.kind == "group" and (self.key.startswith(("org:", "named:")) or self.org == UNNAMED_GROUP):
            return UNNAMED_GROUP
        if self.sector == "MED" and self.key.startswith("org:"):
            # "an AFP correspondent said", "Reuters reported": a news outlet reports for itself,
            # never for the state it is based in.
            return self.key[4:].split("#", 1)[0]
        if self.country:
            return self.country
        if self.key.startswith("org:"):
            # Phoenix/CAMEO code a body of the UN or the EU as the organisation itself.
            return self.parent or self.key[4:].split("#", 1)[0]
        return self.org


@dataclass
class _ActorDraft:
    key: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    role: str | None = None
    code_id: str | None = None
    spans: list[Span] = field(default_factory=list)


@lru_cache(maxsize=1)
def _loaded_resolver_words() -> ResolverWords:
    """resolver.toml's words for an index built by hand without them, read once per process."""
    return ResolverWords.load()


class MentionIndex:
    """Mentions of one Doc, indexed by token for the later stages."""

    def __init__(self, doc: Any, mentions: list[Mention], attitudes: list[Mention] | None = None, words: ResolverWords | None = None) -> None:
        self.doc = doc
        # The resolver's words (its dateline marks); an index built by hand without them takes
        # resolver.toml's, read once per process, when first asked for its dateline or home state.
        self._words = words
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        # States named by an attitude ("anti-X") are kept apart: no ordinary lookup sees them, so
        # no "anti-X <noun>" reads as X's own; only a caller asking for them gets them.
        self.attitudes = sorted(attitudes or [], key=lambda m: (m.start, m.end))
        self.by_token: dict[int, Mention] = {}
        for mention in self.mentions:
            for i in range(mention.start, mention.end):
                # Longer / more specific mentions (people, institutions) were added last and win.
                self.by_token[i] = mention

    def at(self, token_index: int) -> Mention | None:
        return self.by_token.get(token_index)

    def in_range(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def attitudes_in_range(self, start: int, end: int) -> list[Mention]:
        """The states named by an attitude prefix ("anti-X", "pro-X") inside ``[start, end)``."""
        return [m for m in self.attitudes if m.start >= start and m.end <= end]

    def last_subject_state_before(self, token_index: int) -> Mention | None:
        """The last state (or state body) that was a clause's subject before ``token_index``:
        what "it" refers to in "Chile got the frigates. It has since received corvettes too."."""
        for mention in reversed(self.mentions):
            if mention.start >= token_index:
                continue
            if mention.country and mention.kind != "person" and not mention.is_place and self.doc[mention.end - 1].dep_ in ("nsubj", "nsubjpass"):
                return mention
        return None

    def top_states_before(self, token_index: int, count: int) -> list[Mention]:
        """The ``count`` states named most often before ``token_index`` (one mention each), when
        they stand clearly above the rest: who "the two countries" are."""
        sentence = self.doc[token_index].sent
        excluded = _subject_span(self.doc[token_index])
        local: dict[str, Mention] = {}
        for mention in self.mentions:
            if sentence.start <= mention.start < token_index and _stands_for_state(mention) and mention.start not in excluded:
                local.setdefault(mention.country, mention)
        if len(local) == count:
            return list(local.values())  # "relations between Peru and Chile ..., with the two nations ..."
        tally: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            if mention.start >= token_index:
                break
            if _stands_for_state(mention):
                tally.setdefault(mention.country, []).append(mention)
        ranked = sorted(tally.values(), key=len, reverse=True)
        if len(ranked) < count:
            return []
        if len(ranked) > count and len(ranked[count]) >= len(ranked[count - 1]):
            return []  # a tie for the last place: no guessing
        return [mentions[-1] for mentions in ranked[:count]]

    def dateline_place(self) -> str | None:
        """The city of a wire dateline ("KYIV, May 20 (HINA) -"), written as in the text."""
        first = self.mentions[0] if self.mentions else None
        if first is None or first.start > 1 or first.form not in ("capital", "metonym"):
            return None
        after = self.doc[first.end] if first.end < len(self.doc) else None
        words = self._resolver_words()
        if after is None or after.text not in words.dateline_marks - words.dateline_place_unread_marks:
            return None
        return self.doc[first.start : first.end].text.title() if self.doc[first.start : first.end].text.isupper() else self.doc[first.start : first.end].text

    def dateline(self) -> Dateline | None:
        """The article's dateline (``read_dateline``), read once per Doc: the place, its state and
        its mark, for the stages that place "here" or a story's events in the dateline's state."""
        if not hasattr(self, "_dateline"):
            self._dateline = read_dateline(self.doc, [m for m in self.mentions if m.kind == "state"], self._resolver_words())
        return self._dateline

    def home_country(self) -> str | None:
        """The state the article is written from: its dateline, else its clearly most-named state."""
        if not hasattr(self, "_home"):
            self._home = _home_country(self.doc, self.mentions, self._resolver_words())
        return self._home

    def _resolver_words(self) -> ResolverWords:
        if self._words is None:
            self._words = _loaded_resolver_words()  # read once per process, not once per Doc
        return self._words

    def last_person_before(self, token_index: int) -> Mention | None:
        best = None
        for mention in self.mentions:
            if mention.start >= token_index:
                break
            if mention.kind == "person":
                best = mention
        return best


def _stands_for_state(mention: Mention) -> bool:
    """Whether a mention counts for its state when a story's states are tallied ("the two
    countries"): a state's name or adjective, not a city the geocoder placed, which locates an
    event and makes no party of its state."""
    return mention.kind == "state" and bool(mention.country) and mention.form != _GEOCODED


def _subject_span(token: Any) -> set[int]:
    """Token indices of the subject of the clause ``token`` stands in: in "Oman and Kuwait
    pressed the two parties ...", "the two parties" are not the subject's states."""
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            break
        if head.head == head:
            return set()
        head = head.head
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return {t.i for t in child.subtree}
    return set()


def _mentions_from_gazetteer(doc: Any, gaz: Gazetteer) -> list[Mention]:
    from spacy.util import filter_spans

    spans = []
    for match_id, start, end in gaz.matcher(doc):
        span = doc[start:end]
        label = doc.vocab.strings[match_id]
        if label != NOT_AN_ACTOR and not _forms_of(span, gaz):
            continue  # matched case-insensitively, but written differently ("us" is not "US")
        span.label_ = label
        spans.append(span)
    kept = [span for span in filter_spans(spans) if span.label_ != NOT_AN_ACTOR]
    # States the story names by a form no other state shares ("Republic of Congo", "Brazzaville"):
    # a form two states share ("Congo") is the one the story names so.
    named = {forms[0].entry.key for forms in (_forms_of(span, gaz) for span in kept) if len({f.entry.key for f in forms}) == 1}
    mentions = []
    for span in kept:
        forms = _forms_of(span, gaz)
        if not forms:
            continue
        form = _best_form([f for f in forms if f.entry.key in named] or forms)
        if form.entry.kind != "state" and len(span) == 1 and _inside_longer_name(span):
            continue  # "Commodore Rafael Dizon": a first name, not the company called Rafael
        if form.ambiguous and not _ambiguous_form_is_actor(span, gaz) and not _qualifies_institution(span, form, gaz) and not _qualifies_model(span, form):
            continue
        if form.form == "company" and _names_a_product(span, gaz):
            continue  # "Eurofighter Typhoons", "Boeing 777": the maker's name is part of the weapon's
        entry = form.entry
        # "an anti-X journalist", "pro-X rebels": X is what they oppose or back, a possible
        # recipient, but no nationality for the noun.
        attitude = entry.kind == "state" and _after_attitude_prefix(doc, span.start, gaz.words.attitude_prefixes)
        is_place = form.form in ("name", "capital", "metonym") and _is_place(span, gaz)
        sector = entry.sector
        if entry.kind == "state" and form.form in ("capital", "metonym"):
            sector = "GOV"
        mentions.append(
            Mention(span.start, span.end, entry.key, entry.kind, entry.country, form.form, sector, is_place, parent=entry.parent, attitude=attitude)
        )
    return mentions


def _after_attitude_prefix(doc: Any, start: int, prefixes: frozenset[str]) -> bool:
    """Whether "anti-" or "pro-" (``attitude_prefixes``) stands glued right before ``start``."""
    tokens = doc_tokens(doc)
    if start >= 1 and tokens[start - 1].lower_.rstrip("-") in prefixes and tokens[start - 1].text.endswith("-"):
        return True
    return start >= 2 and tokens[start - 1].text in ("-", "–") and not tokens[start - 1].whitespace_ and tokens[start - 2].lower_ in prefixes and not tokens[start - 2].whitespace_


def _forms_of(span: Any, gaz: Gazetteer) -> list[Form]:
    """The forms ``span`` is written as; a state's name or adjective in the wrong case
    ("italian troops", "iSrael") counts where spaCy tags the span a place or a people."""
    forms = gaz.lookup(span.text)
    if forms or not span.text[:1].islower():
        return forms
    if any(ent.label_ in ("GPE", "NORP") and ent.start <= span.start and span.end <= ent.end for ent in span.doc.ents):
        return gaz.lookup_state_any_case(span.text)
    return []


def _inside_longer_name(span: Any) -> bool:
    """Whether a one-word span is part of a longer PERSON entity of spaCy's."""
    token = span[0]
    if token.ent_type_ != "PERSON":
        return False
    ent = next((e for e in span.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and len(ent) > 1 and ent[0].is_title


def _best_form(forms: list[Form]) -> Form:
    # A written form shared by two entries: prefer states, then organisations.
    order = {"state": 0, "organization": 1, "group": 2}
    return sorted(forms, key=lambda f: order.get(f.entry.kind, 3))[0]


def _qualifies_institution(span: Any, form: Form, gaz: Gazetteer) -> bool:
    """An ambiguous adjective, or a people's singular name used as one, before an institution
    noun is the state's: "Indian Navy ships", "Croat forces" (not "Croats fled")."""
    doc = span.doc
    attributive = form.form == "adjective" or (form.form == "demonym" and len(span) == 1 and doc[span.start].dep_ in ("compound", "amod", "nmod"))
    return attributive and span.end < len(doc) and doc[span.end].lower_ in gaz.institution_words


def _qualifies_model(span: Any, form: Form) -> bool:
    """An ambiguous adjective right before a model designation is the state's: "Indian Su-30MKI
    jets", "Georgian T-72 tanks" (the weapons a state's forces fly or drive)."""
    doc = span.doc
    return form.form == "adjective" and span.end < len(doc) and _is_designator(doc[span.end])


def _ambiguous_form_is_actor(span: Any, gaz: Gazetteer) -> bool:
    """'Jordan' or 'Georgia' counts when spaCy sees a place, or it stands as a state would."""
    if span.root.ent_type_ in ("GPE", "LOC", "NORP"):
        return True
    head = span.root
    doc = span.doc
    if span.start > 0 and any(f.form == "adjective" and f.entry.kind == "state" for f in gaz.lookup(doc[span.start - 1].text)):
        return True  # "Bosnian Serbs": a people a state's adjective qualifies
    if span.end + 1 < len(doc) and doc[span.end].tag_ == "POS" and (doc[span.end + 1].is_title or doc[span.end + 1].pos_ in ("NOUN", "ADJ")):
        return True  # "Niger's General ...", "Chad's government", "Jordan's King ..."
    for other in (*head.conjuncts, head.head):
        if other.ent_type_ in ("GPE", "NORP") and other != head:
            return True  # "Togo, Benin and Ghana": listed among states
    if head.dep_ == "pobj" and head.head.lower_ in gaz.words.place_prepositions | {"to", "from"}:
        return True  # "soldiers to Chad": people are not sent to Chad Smith
    if span.root.ent_type_ == "PERSON":
        # "Niger rejected the demand": a lone state name is the state unless the article
        # names a person who bears it ("Chad Smith").
        return len(span) == 1 and not any(e.label_ == "PERSON" and len(e) > 1 and span.text in e.text.split() for e in doc.ents) and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
    return head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj")


def _is_place(span: Any, gaz: Gazetteer) -> bool:
    head = span.root
    if head.dep_ == "pobj" and head.head.lower_ in gaz.words.place_prepositions:
        return True
    # "to Belgrade" after a movement noun/verb is a destination, still a place.
    if head.dep_ == "pobj" and head.head.lower_ in ("to", "from") and head.head.head.lemma_ in gaz.words.motion_words:
        return True
    # "outside the village of <name>", "the mayor of <name>": a settlement or local office noun's name.
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in gaz.words.settlement_nouns


def _country_near(doc: Any, start: int, end: int, states: list[Mention], *, local: bool = False, nouns: frozenset[str] = frozenset(), displaced: bool = False) -> Mention | None:
    """The state mention that qualifies the phrase doc[start:end]: right before it
    ("Serbian Defence Ministry", "Serbia's armed forces") or in a following "of X".
    ``displaced`` people (refugees) keep their own people's state even where a host state's
    adjective stands before it; the host stays a mention of its own."""
    tokens = doc_tokens(doc)
    for mention in states:
        if mention.end <= start and start - mention.end <= 2:
            between = doc[mention.end : start]
            # Only a possessive or an article may stand between; in "Japanese and Philippine
            # forces" the institution is Philippine and "Japanese" stays a state mention of its own.
            if all(t.lower_ in ("'s", "’s", "'", "the") or t.tag_ == "POS" for t in between):
                return (None if displaced else _resident_state(mention, states)) or mention
            if [t.lower_ for t in between] in _LED_BY:
                return mention  # "Kenyan-led forces": the forces of the state that leads them
    for mention in states:
        # "<Capital>'s <Name> district administration": the state owns the institution noun
        # across the words that modify it; "<Adjective> military officials": the adjective
        # qualifies the noun across lower-case modifiers.
        owner = tokens[mention.end - 1]
        if mention.end <= start and start - mention.end <= 5 and owner.dep_ == "poss" and start <= owner.head.i < end:
            return mention
        between = doc[mention.end : start]
        if mention.end < start and len(between) <= 2 and mention.form == "adjective" and owner.dep_ in ("amod", "compound") and start <= owner.head.i < end and all(t.is_lower and t.pos_ in ("ADJ", "NOUN") and t.lower_ not in nouns for t in between):
            return mention
    if end + 1 < len(doc) and tokens[end].lower_ == "of":
        for mention in states:
            if mention.start in (end + 1, end + 2):
                return mention
        # "the mayor of the southern <Region> town of <Town>": a state's name or adjective that
        # qualifies the noun of the "of" phrase, after an article and lower-case words only.
        noun = next((c for c in tokens[end].children if c.dep_ == "pobj"), None)
        for mention in states if noun is not None else ():
            last = tokens[mention.end - 1]
            if end + 2 < mention.start and mention.end <= noun.i and last.head.i == noun.i and last.dep_ in ("compound", "amod") and all(t.is_lower for t in doc[end + 1 : mention.start]):
                return mention
    if local and end + 1 < len(doc) and tokens[end].lower_ == "in":
        # "a court in Guyana", "police in Belgrade": bodies that only act at home
        for mention in states:
            if mention.start == end + 1 and mention.kind == "state":
                return mention
    return None


def _resident_state(people: Mention, states: list[Mention]) -> Mention | None:
    """The state whose adjective stands right before a people's name ("Bosnian Serb forces",
    "Bosnian Croats"): the people's members who live in that state, whose forces are its."""
    if people.form not in ("demonym", "adjective"):
        return None
    return next((m for m in states if m.end == people.start and m.form == "adjective" and m.kind == "state" and m.country and m.country != people.country), None)


#: Sectors of institution nouns a dateline gives its state ("the government", "parliament", "the court").
_DATELINE_SECTORS = frozenset({"GOV", "LEG", "JUD"})


#: Prepositions that tie a group that acts at home to its town ("residents of X", "students from X").
_HOME_TOWN_PREPOSITIONS = frozenset({"in", "of", "from", "near"})
#: Entity labels spaCy gives a town after such a group (it often takes a small town for an organisation).
_TOWN_LABELS = frozenset({"GPE", "LOC", "ORG"})


def _home_town_state(doc: Any, end: int, gaz: Gazetteer) -> Mention | None:
    """The state of the town named right after a group that acts only at home ("residents of
    <town>", "farmers near <town>"), found by the geocoder when no gazetteer lists the town."""
    tokens = doc_tokens(doc)
    if gaz.geocoder is None or end + 1 >= len(doc) or tokens[end].lower_ not in _HOME_TOWN_PREPOSITIONS:
        return None
    start = end + 1 + (tokens[end + 1].lower_ == "the")
    ent = next((e for e in doc.ents if e.start == start and e.label_ in _TOWN_LABELS), None)
    if ent is None or not ent[0].is_title:
        return None
    place = gaz.geocoder.geocode(ent.text)
    if place is None or place.feature not in _GEOCODED_FEATURES or place.country not in gaz.states:
        return None
    return Mention(ent.start, ent.end, f"state:{place.country}", "state", place.country, "context")


#: Sectors of groups that a place inside a state names ("<region> rebels", "fighters in <town>"):
#: armed groups and the home sectors fight, march and work where they live.
_PLACED_SECTORS = frozenset({"REB", "CVL", "OPP", "LAB", "AGR"})


def _on_states_side(doc: Any, span: Any, country: Mention, states: list[Mention], gaz: Gazetteer) -> bool:
    """Whether a state-named armed group fights for that state: a pro-government modifier before
    it ("pro-government <Demonym> militias"), or a side word after it that reaches the state's
    government, army or capital ("... loyal to the government", "... alongside the army")."""
    tokens = doc_tokens(doc)
    sentence = tokens[span.start].sent
    first = min(span.start, country.start)
    before = doc[max(sentence.start, first - 3) : first]
    written = {"".join(t.lower_ for t in before[i:]) for i in range(len(before))} | {t.lower_ for t in before}
    if gaz.words.state_side_words & written:
        return True
    after = [t for t in doc[span.end : min(sentence.end, span.end + 6)]]
    side = next((t.i for t in after if t.lower_ in gaz.words.state_side_words), None)
    if side is None:
        return False
    reach = range(side + 1, min(sentence.end, side + 5))
    return any(tokens[j].lower_ in gaz.words.state_side_bodies for j in reach) or any(m.country == country.country and m.start in reach for m in states)


def _placed_armed_group(doc: Any, span: Any, entry: Entry, place: Mention) -> Mention:
    """An unnamed armed group that a place locates: coded REB, with the place's state as its home."""
    start = place.start if place.end == span.start else span.start  # "Darfur rebels", not "rebels in Darfur"
    name = doc[start : span.end].text if start < span.start else entry.name
    return Mention(start, span.end, f"inst:{UNNAMED_GROUP}:{name}", "group", place.country, "institution", "REB", org=UNNAMED_GROUP)


#: spaCy labels of a name before a group that may be a place ("<town> rebels"; it often takes a
#: town so used for a people, NORP, which only the geocoder then confirms).
_PLACE_MODIFIER_LABELS = frozenset({"GPE", "LOC", "NORP"})


def _named_place_state(doc: Any, span: Any, sector: str, gaz: Gazetteer, states: list[Mention]) -> Mention | None:
    """The state of a town or region that names a group, before it ("<region> rebels"), or, for
    people who act at home, in a following "in/of/from/near <place>": the geocoder's state; for a region it
    does not know, the one state the sentence names, when it names exactly one."""
    tokens = doc_tokens(doc)
    place = None
    before = tokens[span.start - 1] if span.start > 0 else None
    if before is not None and before.ent_type_ in _PLACE_MODIFIER_LABELS and before.dep_ in ("compound", "amod") and before.head.i in range(span.start, span.end):
        place = next((e for e in doc.ents if e.start <= before.i < e.end and e.end == span.start), None)
    elif before is not None and before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i in range(span.start, span.end):
        # "<Region> rebels" where the small model sees no place ("Tigray" unlabelled, a body's
        # ORG): a name the geocoder knows still places them; no other reading falls back here.
        start = before.i
        while start > 0 and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].dep_ == "compound" and tokens[start - 1].head.i in range(start, span.end):
            start -= 1
        named = doc[start : span.start]
        if gaz.geocoder is None or not named[0].is_title or gaz.lookup(named.text):
            return None  # "Hamas militants": an organisation's name, read as such
        # Another town's alternate name counts for nothing here (empty ``named``).
        found = gaz.geocoder.geocode(named.text, named=frozenset())
        if found is None or found.feature not in _GEOCODED_FEATURES or found.country not in gaz.states or any(m.start < named.end and named.start < m.end for m in states):
            return None
        return Mention(named.start, named.end, f"state:{found.country}", "state", found.country, "context")
    elif sector != "REB" and span.end + 1 < len(doc) and tokens[span.end].lower_ in _HOME_TOWN_PREPOSITIONS:
        # "militants near <town>" only locates the fighters, whose side stays open (REB);
        # people who act at home ("protesters in <town>") are that town's state's.
        start = span.end + 1 + (tokens[span.end + 1].lower_ == "the")
        state = next((m for m in states if m.start == start and m.kind == "state" and m.country), None)
        if state is not None:
            return Mention(state.start, state.end, state.key, state.kind, state.country, "context")
        place = next((e for e in doc.ents if e.start == start and e.label_ in _TOWN_LABELS), None)
    if place is None or not place[0].is_title or any(m.start < place.end and place.start < m.end for m in states):
        return None  # no place, or a state's own name, which the gazetteer reads already
    found = gaz.geocoder.geocode(place.text) if gaz.geocoder is not None else None
    if found is not None:
        if found.feature not in _GEOCODED_FEATURES or found.country not in gaz.states:
            return None
        return Mention(place.start, place.end, f"state:{found.country}", "state", found.country, "context")
    if place.label_ not in ("GPE", "LOC"):
        return None  # spaCy's ORG or NORP ("Tuareg rebels") is a place only when the geocoder knows it
    clause = _clause_of(span.root)
    # A state in the object's or a recipient's phrase is more often the group's target than its
    # home ("<region> rebels attacked <adjective> troops"), so only the other phrases place it.
    named = {m.country: m for m in states if m.start in clause and m.kind == "state" and m.country and not _in_recipient_phrase(tokens[m.start])}
    if len(named) != 1:
        return None
    state = next(iter(named.values()))
    return Mention(state.start, state.end, state.key, state.kind, state.country, "context")


#: Dependencies of a verb's argument that names who undergoes the act: its objects, a
#: prepositional object ("clashed with X", "fired on X") and a passive subject ("X was attacked").
_RECIPIENT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "attr", "oprd", "prep", "nsubjpass"})


def _in_recipient_phrase(token: Any) -> bool:
    """Whether ``token`` stands in the phrase of its clause's object or recipient: the argument
    of the nearest verb above it that it belongs to has a recipient's dependency."""
    while token.head != token and token.head.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token.head != token and token.dep_ in _RECIPIENT_DEPS


def _clause_of(token: Any) -> set[int]:
    """Token indices of the clause ``token`` stands in: the subtree of its nearest verb. In
    "X accused <region> rebels ..., a member of Y's team said", Y is outside the clause."""
    head = token
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    found, todo = set(), [head]
    while todo:
        current = todo.pop()
        found.add(current.i)
        todo += [c for c in current.children if c.dep_ not in _OTHER_CLAUSES or (c.dep_ == "conj" and c.pos_ not in ("VERB", "AUX"))]
    return found


#: Dependencies that open a clause of its own inside another ("..., a member of Y's team trying to ...").
_OTHER_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "conj"})


#: What stands between a state and a body it leads: "Kenyan-led forces" (spaCy splits the hyphen).
_LED_BY = (["-", "led"], ["-led"])
_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})


def _origin_state(doc: Any, span: Any, states: list[Mention]) -> Mention | None:
    """"Students from Chile", "doctors from two Canadian aid groups": people from a state, or from
    a body one state's adjective qualifies, are that state's (one state only)."""
    tokens = doc_tokens(doc)
    if span.end >= len(doc) or tokens[span.end].lower_ != "from" or tokens[span.end].head.i != span.root.i:
        return None
    objects = [c for c in tokens[span.end].children if c.dep_ == "pobj"]
    if not objects:
        return None
    phrase = {t.i for t in objects[0].subtree}
    found = {m.country: m for m in states if m.kind == "state" and m.country and m.start in phrase}
    if len(found) != 1:
        return None
    origin = next(iter(found.values()))
    return Mention(origin.start, origin.end, origin.key, origin.kind, origin.country, "context")


def _leader_before(doc: Any, start: int) -> Any | None:
    """The word of "<word>-led" right before ``start`` ("Kurdish-led forces"), if any."""
    tokens = doc_tokens(doc)
    for led in _LED_BY:
        first = start - len(led) - 1
        if first >= 0 and [t.lower_ for t in doc[first + 1 : start]] == led:
            return tokens[first] if tokens[first].is_alpha else None
    return None


def _leading_organisation(leader: Any, organisations: list[Mention]) -> Mention | None:
    """The organisation named by the word of "<word>-led" ("NATO-led troops"), if any."""
    return next((m for m in organisations if m.start <= leader.i < m.end), None)


def _leading_person(leader: Any, gaz: Gazetteer) -> bool:
    """Whether the word of "<word>-led" names a person the dictionary knows ("Putin-led forces").
    spaCy's PERSON label is no evidence here: it often gives it to a people ("Tuareg")."""
    return gaz.known_person(leader.text) is not None


#: Words that tie a coalition to the enemy it was formed against ("the coalition fighting <group>").
_FIGHTING = frozenset({"against", "fighting", "battling", "combating", "combatting"})


def _state_led_bodies(doc: Any, gaz: Gazetteer, base: list[Mention], covered: set[int]) -> list[Mention]:
    """"The <State>-led coalition", "a <Adjective>-led naval mission": a body a state leads is that
    state's forces, whoever else serves in it; a few modifiers may stand before the body's noun.
    A coalition told as fighting the enemy a standing coalition is named for is that coalition."""
    tokens = doc_tokens(doc)
    bodies = gaz.words.led_bodies
    enemies = {m.start: m for m in base if m.key.startswith("org:")}
    found = []
    for state in base:
        if state.kind != "state" or not state.country or state.start in covered:
            continue
        after = next((state.end + len(led) for led in _LED_BY if [t.lower_ for t in doc[state.end : state.end + len(led)]] == led), None)
        if after is None:
            continue
        end = None
        for i in range(after, min(after + 4, len(doc))):
            word = tokens[i]
            if word.lower_ in bodies or word.lemma_.lower() in bodies:
                end = i + 1  # the last body noun wins: "coalition forces"
            elif end is not None or not (word.is_alpha and word.pos_ in ("ADJ", "NOUN", "PROPN")):
                break
        if end is None or any(i in covered for i in range(after, end)):
            continue
        name = tokens[end - 1].lemma_.title()
        standing = _standing_coalition(doc, end, enemies, gaz) if name == "Coalition" else None
        if standing is not None:
            found.append(Mention(state.start, end, standing.key, standing.kind, standing.country, "organization", standing.sector))
            continue
        found.append(Mention(state.start, end, f"inst:{state.country}:{name}", "organization", state.country, "institution", "MIL"))
    return found


def _standing_coalition(doc: Any, end: int, enemies: dict[int, Mention], gaz: Gazetteer) -> Any | None:
    """The standing coalition (``standing_coalitions``) against the organisation named right after
    the coalition noun ending at ``end`` ("... coalition fighting <group>"), if any."""
    tokens = doc_tokens(doc)
    if end + 1 >= len(doc) or tokens[end].lower_ not in _FIGHTING:
        return None
    start = end + 1 + (tokens[end + 1].lower_ == "the")
    enemy = enemies.get(start)
    coalition = gaz.words.standing_coalitions.get(enemy.key[4:].split("#", 1)[0]) if enemy else None
    return gaz.entries.get(f"org:{coalition}") if coalition else None


def _acts(head: Any) -> bool:
    """Whether a noun is a clause's doer: its subject, or the agent of a passive ("held by its
    navy"). "Syria offered its troops" makes the troops what is offered, no party of their own."""
    return head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "pobj" and head.head.dep_ == "agent")


def _possessor_state(doc: Any, span: Any, states: list[Mention]) -> Mention | None:
    """The state behind "its"/"their" before an institution noun ("Chile denied that its
    soldiers ...", "Ukraine asked for talks, its foreign ministry said"): the nearest clause
    subject before the pronoun in the sentence, when that subject is a state, a state's body
    ("Peru's junta") or one state's adjective; nothing when it is anything else, several
    coordinated states, or when another state is named between the subject and the pronoun."""
    tokens = doc_tokens(doc)
    pronoun = tokens[span.start - 1]
    for i in range(pronoun.i - 1, span.sent.start - 1, -1):
        subject = tokens[i]
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if any(c.dep_ == "conj" for c in subject.children):
            return None  # "Chile and Peru said their ...": whose is left open
        near = {subject.i} | {c.i for c in subject.children if c.dep_ in ("poss", "compound", "amod")}
        owner = next((m for m in states if m.country and any(m.start <= j < m.end for j in near)), None)
        if owner is None or any(m.country != owner.country and owner.end <= m.start < pronoun.i for m in states):
            return None  # "X demanded that Y's junta free ... detained by its navy": X's or Y's?
        return Mention(owner.start, owner.end, f"state:{owner.country}", "state", owner.country, "context")
    return None


def _institution_mentions(doc: Any, gaz: Gazetteer, states: list[Mention], organisations: list[Mention] = ()) -> list[Mention]:
    tokens = doc_tokens(doc)
    from spacy.util import filter_spans

    spans = []
    for match_id, start, end in gaz.institution_matcher(doc):
        span = doc[start:end]
        span.label_ = doc.vocab.strings[match_id]
        spans.append(span)
    found = []
    for span in filter_spans(spans):
        entry: Entry = gaz.institution_entries[span.label_]
        if any(m.start <= span.start and span.end <= m.end and m.end - m.start > len(span) for m in organisations):
            continue  # "Coalition forces": the noun ends an organisation's own name
        if _names_a_platform(doc, span.start, span.end, gaz.words.platform_nouns if entry.sector == "REB" else frozenset()):
            continue  # "J-10C fighters", "its MiG-29 fleet": aircraft, not an armed group or a navy
        country = _country_near(doc, span.start, span.end, states, local=entry.sector in gaz.words.home_sectors, nouns=gaz.institution_words, displaced=entry.name.lower() in gaz.words.displaced_groups)
        if country is None:
            country = _origin_state(doc, span, states)
        if country is None and entry.sector in gaz.words.home_sectors:
            country = _home_town_state(doc, span.end, gaz)
        if country is None and entry.sector in _PLACED_SECTORS:
            country = _named_place_state(doc, span, entry.sector, gaz, states)
            if country is not None and entry.sector == "REB":
                # "<region> rebels", "<town> militants": an armed group only located by a place
                # is no state's (annotation guide 5.1); it stays REB, and the place's state is
                # kept as the group's home, as a named group's is (Hamas: PSE).
                found.append(_placed_armed_group(doc, span, entry, country))
                continue
        if country is None and span.start > 0 and tokens[span.start - 1].lower_ in _POSSESSIVE_PRONOUNS and _acts(span.root):
            country = _possessor_state(doc, span, states + [m for m in found if m.country])
        if country is None and span.start > 0 and tokens[span.start - 1].pos_ == "PROPN":
            # "the Assad regime", "the Putin government": a leader's name gives the country
            known = gaz.known_person(tokens[span.start - 1].text)
            if known is not None and known.country and gaz.state(known.country):
                mention = Mention(span.start - 1, span.start, f"state:{known.country}", "state", known.country, "leader")
                country = mention
        leader = _leader_before(doc, span.start) if country is None and entry.sector == "MIL" else None
        if leader is not None and (organisation := _leading_organisation(leader, organisations)) is not None:
            # "AU-led troops": the organisation's forces, as "AU troops" would be.
            found.append(Mention(organisation.start, span.end, organisation.key, organisation.kind, organisation.country, organisation.form, organisation.sector, parent=organisation.parent))
            continue
        if leader is not None and _leading_person(leader, gaz):
            # "Putin-led forces": a person's forces are the state they lead, if the dictionary
            # says which; no people or movement in any case.
            known = gaz.known_person(leader.text)
            if known is not None and known.country and gaz.state(known.country):
                country = Mention(leader.i, leader.i + 1, f"state:{known.country}", "state", known.country, "context")
        elif leader is not None and not any(m.start <= leader.i < m.end for m in states):
            # "Kurdish-led forces": forces a people or a movement leads, not a state: an armed group.
            found.append(Mention(span.start, span.end, f"inst:{UNNAMED_GROUP}:{entry.name}", "group", None, "institution", "REB", org=UNNAMED_GROUP))
            continue
        named_before = span.start > 0 and tokens[span.start - 1].pos_ == "PROPN"  # "the Hamas regime": not a state's
        if country is None and entry.sector != "REB" and not named_before:
            # "The army fired on ... in Armenia": the state the sentence is about.
            country = _sentence_state(doc, span, states, gaz.words.led_bodies | gaz.words.unit_nouns)
        if country is None and entry.sector in _DATELINE_SECTORS and not named_before and not _of_name_follows(doc, span.end) and not any(span.start - 3 <= m.end <= span.start for m in states) and not _counted_plural(tokens[span.end - 1]):
            # "SEOUL - ... the government said": a branch of government, in a story written
            # from a state's dateline, is that state's. Police, troops and people are left open:
            # they are as often the other side's, or the subject of the story, not its source.
            country = _dateline_mention(doc, states, gaz.words)
        if country is None and _of_name_follows(doc, span.end):
            # "supporters of <person>": the person's country, known once people are read.
            found.append(Mention(span.start, span.end, f"inst:{_OF_PERSON}:{entry.name}", entry.kind, None, _OF_PERSON, entry.sector))
            continue
        if country is None:
            if entry.sector == "REB":
                # "Insurgents bombarded ...": an armed group left unnamed in the text.
                found.append(Mention(span.start, span.end, f"inst:{UNNAMED_GROUP}:{entry.name}", entry.kind, None, "institution", entry.sector, org=UNNAMED_GROUP))
            else:
                # "Civilians fled", "the regime": an actor still, whose state the text leaves open.
                found.append(Mention(span.start, span.end, f"{_OPEN_STATE}{entry.name}", entry.kind, None, "institution", entry.sector))
            continue
        adjacent = country.form != "context"
        if entry.sector == "REB" and adjacent and country.end <= span.start and tokens[span.end - 1].lower_ in gaz.words.stateless_group_nouns and not _on_states_side(doc, span, country, states, gaz):
            # "Syrian rebels", "Yemeni separatists": an armed group that fights its state, no
            # part of it; the state is its home, as a region's is ("Darfur rebels").
            found.append(_placed_armed_group(doc, span, entry, country))
            continue
        start = min(span.start, country.start) if adjacent and country.end <= span.start else span.start
        end = max(span.end, country.end) if adjacent else span.end
        found.append(
            Mention(
                start,
                end,
                f"inst:{country.country}:{entry.name}",
                entry.kind,
                country.country,
                "institution",
                entry.sector,
            )
        )
    return found


def _counted_plural(head: Any) -> bool:
    """"the two governments", "both parliaments": a plural counted out refers to several states
    told before, never to the dateline's one."""
    return head.tag_ in ("NNS", "NNPS") and any(c.dep_ == "nummod" or c.lower_ == "both" for c in head.children)


#: A people's name that says where its members live: "the <people> of <place>", "ethnic <people> in <place>".
_RESIDENCE_PREPOSITIONS = {"of": False, "in": True}  # preposition -> whether "ethnic" must precede


def _peoples_living_in_places(doc: Any, gaz: Gazetteer, base: list[Mention], taken: list[Mention]) -> list[Mention]:
    """A people named with the state or town it lives in ("the <people> of <region of a state>",
    "ethnic <people> in <state>") are that state's residents, as the PLOVER gold codes them; a
    bare demonym keeps its own state."""
    tokens = doc_tokens(doc)
    used = {i for m in taken for i in range(m.start, m.end)}
    found = []
    for mention in base:
        if mention.form != "demonym" or mention.start in used:
            continue
        resident = _resident_state(mention, base)
        if resident is not None and _heads_its_phrase(tokens[mention.end - 1]):
            # "Bosnian Serbs": the people of the state whose adjective qualifies them.
            name = doc[resident.start : mention.end].text
            found.append(Mention(resident.start, mention.end, f"inst:{resident.country}:{name}", "organization", resident.country, "institution", "CVL"))
            continue
        if mention.end + 1 >= len(doc):
            continue
        preposition = tokens[mention.end].lower_
        if preposition not in _RESIDENCE_PREPOSITIONS:
            continue
        if _RESIDENCE_PREPOSITIONS[preposition] and not (mention.start > 0 and tokens[mention.start - 1].lower_ == "ethnic"):
            continue  # "Russians in <state>" may be visitors or troops; "ethnic Russians" live there
        objects = [c for c in tokens[mention.end].children if c.dep_ == "pobj"]
        if not objects:
            continue
        phrase = sorted(t.i for t in objects[0].subtree)
        place = next((m for m in base if m.start in phrase and m.kind == "state" and m.country and m.form in ("name", "capital", _GEOCODED)), None)
        if place is None or place.country == mention.country:
            continue
        start = mention.start - (tokens[mention.start - 1].lower_ == "ethnic" if mention.start > 0 else 0)
        name = doc[mention.start : mention.end].text
        found.append(Mention(start, place.end, f"inst:{place.country}:{name}", "organization", place.country, "institution", "CVL"))
    return found


def _names_a_product(span: Any, gaz: Gazetteer) -> bool:
    """Whether a company's name modifies a model name right after it ("Eurofighter Typhoons",
    "Boeing 777") rather than a word of its own staff or units ("Boeing spokesman")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    following = doc[span.end]
    if following.lower_ in gaz.role_words or following.lower_ in gaz.institution_words:
        return False
    return _is_designator(following) or (following.like_num and "," not in following.text) or (following.pos_ == "PROPN" and following.is_title and span.root.head == following)


def _is_designator(token: Any) -> bool:
    """A model designation such as "J-10C", "F-16s", "MiG-29": letters and digits in one word
    (a bare number counts people: "300 militants")."""
    text = token.text
    return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _names_a_platform(doc: Any, start: int, end: int, platform_nouns: frozenset[str]) -> bool:
    """Whether doc[start:end] names a weapon or platform: a model designation stands right
    before it ("J-10C fighters") or a platform noun right after it ("fighters jets")."""
    tokens = doc_tokens(doc)
    if start > 0 and _is_designator(tokens[start - 1]):
        return True
    return end < len(doc) and tokens[end].lower_ in platform_nouns


_OF_PERSON = "of-person"
#: Key prefix of an institution or group noun with no state in reach ("civilians", "the regime").
_OPEN_STATE = "inst::"


def _of_name_follows(doc: Any, end: int) -> bool:
    """ "supporters of Imran Khan", "followers of the cleric Ali Sistani" """
    tokens = doc_tokens(doc)
    if end + 1 >= len(doc) or tokens[end].lower_ != "of":
        return False
    return any(t.pos_ == "PROPN" for t in doc[end + 1 : end + 4])


def _institutions_of_people(institutions: list[Mention], people: list[Mention]) -> list[Mention]:
    """Give each "supporters of <person>" the person's country; drop those whose person has none."""
    kept = []
    for mention in institutions:
        if mention.form != _OF_PERSON:
            kept.append(mention)
            continue
        person = next((p for p in people if mention.end + 1 <= p.start <= mention.end + 3 and p.country), None)
        if person is not None:
            name = mention.key.split(":", 2)[2]
            kept.append(Mention(mention.start, mention.end, f"inst:{person.country}:{name}", mention.kind, person.country, "institution", mention.sector))
    return kept


_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{1,7}$")


def _acronym_mentions(doc: Any, gaz: Gazetteer, known: list[Mention]) -> list[Mention]:
    """Acronyms of actors the text names in full: one defined in brackets ("the Royal Thai
    Marine Corps (RTMC)") or made of an actor's initials ("Philippine Coast Guard" ...
    "PCG spokesman"). Each use is a mention of that actor; an expansion that is no known actor
    gives one of its own, with the state it names."""
    tokens = doc_tokens(doc)
    defined: dict[str, Mention] = {}
    for mention in known:
        if mention.kind != "state" and mention.end - mention.start >= 2:
            defined.setdefault(_initials(doc[mention.start : mention.end], gaz.words.acronym_skipped_words), mention)
    for token in tokens:
        if token.text != "(" or token.i + 2 >= len(doc) or tokens[token.i + 2].text != ")":
            continue
        acronym = tokens[token.i + 1].text
        if not _is_acronym(acronym) or gaz.lookup(acronym):
            continue
        # "the <Name>'s (ACRONYM) ships": the possessive stands between the name and its acronym.
        name_end = token.i - 1 if token.i > 0 and tokens[token.i - 1].tag_ == "POS" else token.i
        expansion = next((m for m in known if m.end == name_end and m.kind != "state"), None)
        if expansion is None:
            expansion = _expansion_before(doc, name_end, acronym, known, gaz.words.acronym_skipped_words)
        if expansion is not None:
            defined[acronym] = expansion
    found = []
    used = {i for m in known for i in range(m.start, m.end)}
    for token in tokens:
        expansion = defined.get(token.text)
        if expansion is None or token.i in used or not _is_acronym(token.text) or token.i < expansion.end:
            continue
        found.append(Mention(token.i, token.i + 1, expansion.key, expansion.kind, expansion.country, expansion.form, expansion.sector))
    return found


def _is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and sum(ch.isupper() for ch in text) >= 2


def _initials(span: Any, skipped: frozenset[str]) -> str:
    return "".join(t.text[0] for t in span if t.lower_ not in skipped and t.text[:1].isalpha()).upper()


def _expansion_before(doc: Any, bracket: int, acronym: str, known: list[Mention], skipped: frozenset[str]) -> Mention | None:
    """The capitalised name right before "(ACRONYM)" as an actor of its own, when its initials
    match: "the Chief of Naval Operations (CNO)", with the state it names or the one before it."""
    tokens = doc_tokens(doc)
    start = bracket
    while start > 0 and bracket - start < 8 and (tokens[start - 1].is_title or tokens[start - 1].lower_ in skipped - {"the"} or tokens[start - 1].is_upper):
        start -= 1
    while start < bracket and _initials(doc[start:bracket], skipped) != acronym.upper():
        start += 1
    if start < bracket and tokens[start].lower_ == "the":
        start += 1  # "The <Name> (ACRONYM)" opening a sentence: the article is no part of the name
    if start >= bracket or bracket - start < 2:
        return None
    states = [m for m in known if m.kind == "state" and m.country and (start <= m.start < bracket or m.end in (start, start - 1))]
    country = states[0].country if states else None
    return Mention(start, bracket, "named:" + name_key(doc[start:bracket].text), "organization", country, "named")


_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")


def _unit_mentions(doc: Any, used: set[int], states: list[Mention], words: Any, named: list[Mention] = ()) -> list[Mention]:
    """Military units named by an ordinal or a number and a unit noun ("the 158th Fighter Wing",
    "Task Force 50"), with the state an adjective or "of X" gives; a later "the squadron" is the
    last unit named with that noun, here or among the names spaCy found (``named``)."""
    tokens = doc_tokens(doc)
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        token = tokens[i]
        end = None
        if _ORDINAL.match(token.text) and i not in used:
            j = i + 1
            while j < len(doc) and j - i <= 5 and tokens[j].is_title and j not in used:
                j += 1
            if j > i + 1 and tokens[j - 1].lower_ in words.unit_nouns:
                end = j
        elif token.is_title and token.lower_ in words.unit_nouns and i + 1 < len(doc) and tokens[i + 1].like_num and i not in used and i > 0 and tokens[i - 1].is_title:
            end = i + 2  # "Task Force 50"
            while i > 0 and tokens[i - 1].is_title and i - 1 not in used and not tokens[i - 1].is_sent_start:
                i -= 1
        if end is None:
            i += 1
            continue
        country = _country_near(doc, i, end, states)
        text = doc[i:end].text
        found.append(Mention(i, end, "named:" + name_key(text), "organization", country.country if country else None, "named"))
        i = end
    by_noun = {}
    numbered = [m for m in named if tokens[m.end - 1].lower_ in words.unit_nouns and any(_ORDINAL.match(t.text) or t.like_num for t in doc[m.start : m.end])]
    for mention in sorted([*numbered, *found], key=lambda m: m.start):
        by_noun[tokens[mention.end - 1].lower_] = mention
    later = []
    for token in tokens:
        named = by_noun.get(token.lower_)
        if named is not None and token.i > named.end and token.i not in used and token.i > 0 and tokens[token.i - 1].lower_ == "the" and _heads_its_phrase(token):
            later.append(Mention(token.i, token.i + 1, named.key, named.kind, named.country, named.form))
    return found + later


def _relational_mentions(doc: Any, words: Any) -> list[Mention]:
    """"our allies", "partner forces", "the enemy": actors whose state the text leaves open."""
    found = []
    longest = max((len(w.split()) for w in words.relational_groups), default=1)
    lowers = token_lowers(doc)
    first_words = _first_words(words.relational_groups)
    i = 0
    while i < len(lowers):
        # A phrase opens with its first word; a token holding a space (whitespace) is read in full.
        if lowers[i] in first_words or " " in lowers[i]:
            for length in range(longest, 0, -1):
                phrase = " ".join(lowers[i : i + length])
                if i + length <= len(lowers) and phrase in words.relational_groups:
                    found.append(Mention(i, i + length, f"{_OPEN_STATE}{phrase.title()}", "group", None, "institution", None))
                    i += length - 1
                    break
        i += 1
    return found


@lru_cache(maxsize=None)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words before the first space of each phrase."""
    return frozenset(p.split(" ", 1)[0] for p in phrases)


def _heads_its_phrase(token: Any) -> bool:
    """A noun that heads its phrase: "the military said", not "military targets"."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("amod", "compound", "nmod")


def _members_of_named_groups(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """"ISIL fighters", "Hezbollah militants", "SDF forces": a group noun right after a named
    organisation is that organisation, one mention (the noun alone takes no actor of its own)."""
    ends = {m.end: m for m in mentions if m.key.startswith("org:") or m.key.startswith("named:")}
    kept = []
    for mention in sorted(mentions, key=lambda m: m.start):
        named = ends.get(mention.start)
        # Members, not a body of government: "the Hamas regime" stays as the text has it.
        if named is not None and mention.country is None and mention.form == "institution" and mention.sector != "GOV":
            named.end = mention.end
            continue
        kept.append(mention)
    return kept


def _domestic_groups_in_their_arena(doc: Any, mentions: list[Mention], info: dict[str, "_PersonInfo"], gaz: Gazetteer) -> list[Mention]:
    """Domestic political groups with no state of their own ("students", "protesters", "the
    opposition", "the <Name> party") acting as a sentence's subject take the one state whose
    politics the sentence names as their arena: a state's leader ("demanded the resignation of
    <Adjective> President X"), a domestic body ("marched on <State>'s parliament") or an arena
    noun of the state ("boycott <State>'s elections"), when that is the only state the sentence
    names at all and the dateline names no other; with no state in the sentence, the dateline's.
    Their sector stays (OPP, CVL, EDU, LAB); a party keeps none."""
    tokens = doc_tokens(doc)
    words = gaz.words
    dateline = _dateline_mention(doc, [m for m in mentions if m.kind == "state" and m.country], words)
    result = []
    for mention in mentions:
        name = mention.key[len(_OPEN_STATE) :] if mention.key.startswith(_OPEN_STATE) else None
        open_group = name is not None and name in words.domestic_groups
        party = mention.key.startswith("named:") and mention.country is None and tokens[mention.end - 1].lower_ in words.domestic_group_names
        leader_of = _domestic_group_led(doc, mention, info, gaz)
        if not (open_group or party or leader_of) or not _acts_as_subject(doc[mention.start : mention.end].root):
            result.append(mention)
            continue
        countries = _sentence_countries(doc, mention, mentions, info)
        country = _arena_state(doc, countries, info, gaz)
        if country is None and dateline is not None and not countries:
            country = dateline.country
        elif country is not None and dateline is not None and dateline.country != country:
            country = None
        if country is None:
            result.append(mention)
        elif open_group:
            result.append(Mention(mention.start, mention.end, f"inst:{country}:{name}", mention.kind, country, "institution", mention.sector))
        elif leader_of:
            # "opposition leader <Name>": the person acts for the group, in the group's state
            info[mention.key] = _PersonInfo(info[mention.key].role, country, None, leader_of)
            result.append(Mention(mention.start, mention.end, mention.key, mention.kind, country, mention.form, leader_of))
        else:
            result.append(Mention(mention.start, mention.end, mention.key, mention.kind, country, mention.form, mention.sector))
    return result


#: Sectors of a title (roles.csv) that leads a domestic group: its holder acts in the group's state.
_DOMESTIC_ROLE_SECTORS = frozenset({"OPP"})


def _domestic_group_led(doc: Any, mention: Mention, info: dict[str, "_PersonInfo"], gaz: Gazetteer) -> str | None:
    """The sector of the domestic group a person with no state leads: an opposition title
    ("opposition leader <Name>"), or "<group> leader <Name>" ("student leader <Name>")."""
    tokens = doc_tokens(doc)
    person = info.get(mention.key) if mention.kind == "person" else None
    if person is None or person.country or person.org:
        return None
    if person.role is not None:
        return person.role.sector if person.role.sector in _DOMESTIC_ROLE_SECTORS else None  # "Opposition Leader"
    if mention.start < 2:
        return None
    if tokens[mention.start - 1].lower_ not in ("leader", "leaders"):
        return None
    group = tokens[mention.start - 2].lower_
    for form in gaz.institutions:
        if form.entry.name in gaz.words.domestic_groups and form.text in (group, group + "s"):
            return form.entry.sector
    return None


def _acts_as_subject(token: Any) -> bool:
    """The subject of its clause, or joined to one ("students and workers marched")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _sentence_countries(doc: Any, group: Mention, mentions: list[Mention], info: dict[str, "_PersonInfo"]) -> dict[str, list[Mention]]:
    tokens = doc_tokens(doc)
    sent = tokens[group.start].sent
    found: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention is group or not sent.start <= mention.start < sent.end:
            continue
        person = info.get(mention.key) if mention.kind == "person" else None
        country = person.country if person is not None else mention.country
        if country:
            found.setdefault(country, []).append(mention)
    return found


def _in_a_visit(token: Any, gaz: Gazetteer) -> bool:
    while token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in gaz.words.motion_words:
            return True
    return False


def _arena_state(doc: Any, countries: dict[str, list[Mention]], info: dict[str, "_PersonInfo"], gaz: Gazetteer) -> str | None:
    """The one state a sentence names (``countries``: its states and their mentions, the group's
    own left out), when it names that state's domestic politics."""
    tokens = doc_tokens(doc)
    if len(countries) != 1:
        return None
    country, named = next(iter(countries.items()))
    for mention in named:
        if _in_a_visit(doc[mention.start : mention.end].root, gaz):
            continue  # "denounced the visit of <State>'s president": a guest, not the arena
        person = info.get(mention.key) if mention.kind == "person" else None
        if person is not None and person.role is not None and person.role.rank in LEADER_RANKS:
            return country
        if mention.form == "institution" and mention.key.rsplit(":", 1)[-1] in gaz.words.arena_bodies:
            return country
        if mention.kind == "state" and mention.form in ("name", "adjective"):
            head = tokens[mention.end - 1]
            noun = head.head if head.dep_ in ("poss", "amod", "compound") else None
            if noun is None and head.i + 1 < len(doc) and tokens[head.i + 1].tag_ == "POS":
                noun = head.head
            if noun is not None and noun.lower_ in gaz.words.arena_nouns:
                return country
    return None


#: Sectors of a national body that a leader's state gives its state ("pressured by congress").
_LEADERS_BODY_SECTORS = frozenset({"LEG"})


def _national_bodies_of_leaders(doc: Any, unplaced: list[Mention], people: list[Mention], info: dict[str, "_PersonInfo"]) -> list[Mention]:
    """A legislature written with no state ("<Leader> was urged by congress", "the prime
    minister asked parliament"): the state of the sentence's head of state or government,
    when its leaders are all one state's; else it stays open."""
    tokens = doc_tokens(doc)
    found = []
    for mention in unplaced:
        if mention.sector not in _LEADERS_BODY_SECTORS:
            continue
        sent = tokens[mention.start].sent
        leaders = {p.country for p in people if sent.start <= p.start < sent.end and p.country and info[p.key].role is not None and info[p.key].role.rank in LEADER_RANKS}
        if len(leaders) != 1:
            continue
        country = leaders.pop()
        name = mention.key[len(_OPEN_STATE) :]
        found.append(Mention(mention.start, mention.end, f"inst:{country}:{name}", mention.kind, country, "institution", mention.sector))
    return found


def _sentence_state(doc: Any, span: Any, states: list[Mention], bodies: frozenset[str] = frozenset()) -> Mention | None:
    """The one state a sentence names as the place it is about ("... in Armenia"), for an
    institution noun that names none. A state acting in the sentence ("voiced gratitude
    for Japan's help") is another party, and the story's state is not taken either:
    measured on the dev sets, both coded more wrong events than right ones."""
    head = span.root.head
    if span.root.dep_ in ("amod", "compound") and not span.start <= head.i < span.end and head.lower_ not in bodies:
        return None  # "military hardware", "the press secretary" name no body; "its military mission" does
    sent = span.sent
    in_sentence = [m for m in states if sent.start <= m.start < sent.end and m.kind == "state"]
    if len({m.country for m in in_sentence}) != 1:
        return None
    # The one state may be named as a place and again as an adjective ("police in Lima ... the
    # Peruvian ministry"): a place among its mentions is enough.
    found = next((m for m in in_sentence if m.is_place), None)
    if found is None:
        return None
    return Mention(found.start, found.end, found.key, found.kind, found.country, "context")


@dataclass(slots=True)
class _PersonInfo:
    role: Role | None
    country: str | None
    org: str | None = None  # the organisation an official speaks for (NATO's Secretary General)
    sector: str | None = None  # the sector a dated dictionary gives when no title does


def _title_before(doc: Any, ent_start: int, sent_start: int, gaz: Gazetteer, states: list[Mention], organisations: list[Mention] = ()) -> _PersonInfo:
    """Read "Hungarian Defence Minister" or "Serbia's president" written just before a name."""
    tokens = doc_tokens(doc)
    i = ent_start - 1
    after_comma = i >= sent_start and tokens[i].text == ","
    if after_comma:
        i -= 1  # "Serbia's president, Aleksandar Vucic"
    words: list[int] = []
    while i >= sent_start and len(words) < 8:
        tok = tokens[i]
        if tok.pos_ in _TITLE_WORD_POS or tok.lower_ in ("'s", "’s", "-", "of", "the", "for", "to") or tok.tag_ == "POS":
            words.insert(0, i)
            i -= 1
        elif tok.text == "," and words and i > sent_start and all(name_key(tokens[w].text) in gaz.title_words | gaz.role_words for w in words):
            # "his Nigerien counterpart, General X": a rank, then the title it stands in; a
            # posting after that title ("the Dutch envoy in Mali, Ambassador X") is no nationality.
            title_end = _before_posting(doc, i, states)
            if title_end <= sent_start or not _ends_a_title(tokens[title_end - 1], gaz):
                break
            i = title_end - 1
        else:
            break
    title = _read_title(doc, words, gaz, states, anchor_end=True, organisations=organisations)
    if after_comma and title.role is None and not _in_apposition(doc, ent_start, words):
        return _PersonInfo(None, None)  # "... gifted by Spain, Okello said": no title, no state
    return title


def _before_posting(doc: Any, comma: int, states: list[Mention]) -> int:
    """Where a title ends before ``comma``: before an "in <state>" it closes ("commander in
    <state>,"), else at the comma."""
    tokens = doc_tokens(doc)
    posted = next((m for m in states if m.end == comma and m.kind == "state"), None)
    if posted is not None and posted.start > 0 and tokens[posted.start - 1].lower_ == "in":
        return posted.start - 1
    return comma


def _in_apposition(doc: Any, name_start: int, words: list[int]) -> bool:
    """Whether the name starting at ``name_start`` stands in apposition to the phrase of
    ``words`` ("A deputy in the Chilean senate, X, ..."), either way round."""
    tokens = doc_tokens(doc)
    name = tokens[name_start]
    while name.head.i > name.i and name.head.pos_ == "PROPN" and name.dep_ in ("compound", "flat"):
        name = name.head
    window = set(words)
    return (name.dep_ == "appos" and name.head.i in window) or any(tokens[w].dep_ == "appos" and tokens[w].head == name for w in words)


def _ends_a_title(token: Any, gaz: Gazetteer) -> bool:
    """Whether ``token`` closes a title phrase ("... defence minister", "... counterpart")."""
    return name_key(token.text) in gaz.role_words or token.lower_ in gaz.words.counterpart_words


def _title_after(doc: Any, ent_end: int, sent_end: int, gaz: Gazetteer, states: list[Mention], organisations: list[Mention] = ()) -> _PersonInfo:
    """Read ", the president of Serbia," or ", Serbia's defence minister," after a name."""
    tokens = doc_tokens(doc)
    if ent_end >= sent_end or tokens[ent_end].text != ",":
        return _PersonInfo(None, None)
    words = []
    i = ent_end + 1
    while i < sent_end and tokens[i].text not in (",", ".", ";", ":", "(", ")") and len(words) < 10:
        if tokens[i].pos_ in ("VERB", "AUX") and tokens[i].tag_ not in ("VBN",):
            return _PersonInfo(None, None)
        if tokens[i].ent_type_ == "PERSON":
            return _PersonInfo(None, None)  # ", Mali's Colonel Assimi Goita": a list of people
        words.append(i)
        i += 1
    return _read_title(doc, words, gaz, states, anchor_end=False, organisations=organisations)


def _read_title(doc: Any, token_ids: list[int], gaz: Gazetteer, states: list[Mention], anchor_end: bool, organisations: list[Mention] = ()) -> _PersonInfo:
    tokens = doc_tokens(doc)
    if not token_ids:
        return _PersonInfo(None, None)
    keys = [name_key(tokens[i].text) for i in token_ids]
    role = None
    # Longest role phrase inside the window ("defence minister" beats "minister").
    for length in range(min(gaz.max_role_len, len(keys)), 0, -1):
        starts = [len(keys) - length] if anchor_end else range(0, len(keys) - length + 1)
        for s in starts:
            words = tuple(w for k in keys[s : s + length] for w in k.split())
            candidate = gaz.role_for(words)
            if candidate is None and words and words[-1].endswith("s"):
                candidate = gaz.role_for((*words[:-1], words[-1][:-1]))  # "defence ministers"
            if candidate:
                role = _role_of_body(doc, token_ids[s], token_ids[s + length - 1] + 1, candidate, gaz)
                break
        if role:
            break
    lo, hi = token_ids[0], token_ids[-1] + 1
    # "ambassador to <State>", "envoy to the <Organisation>": the posting, not the office's owner.
    posting = {i for i in token_ids if tokens[i].lower_ == "to" and i > lo}
    states = [m for m in states if not _posted_to(doc, m.start, posting)]
    organisations = [m for m in organisations if not _posted_to(doc, m.start, posting)]
    country = next((m.country for m in states if m.start >= lo and m.end <= hi and m.kind == "state"), None)
    if country is None:
        country = next((m.country for m in states if m.start >= lo and m.end <= hi and m.country), None)
    org = None
    if country is None and role is not None:
        # "UN Secretary-General X", "Arab League envoy X": an office of an organisation of no state.
        org = next((m.code for m in organisations if m.start >= lo and m.end <= hi and m.code), None)
    return _PersonInfo(role, country, org)


def _posted_to(doc: Any, start: int, posting: set[int]) -> bool:
    """Whether a mention starting at ``start`` follows one of the ``posting`` "to"s ("to the UN")."""
    tokens = doc_tokens(doc)
    return start - 1 in posting or (start - 2 in posting and tokens[start - 1].lower_ == "the")


def _person_mentions(doc: Any, gaz: Gazetteer, taken: set[int], states: list[Mention], published: str | None = None, group_words: set[int] = frozenset(), organisations: list[Mention] = ()) -> tuple[list[Mention], dict[str, _PersonInfo], dict[str, str]]:
    tokens = doc_tokens(doc)
    people: list[Mention] = []
    info: dict[str, _PersonInfo] = {}
    names: dict[str, str] = {}  # person key -> fullest written name
    for start, end in _person_spans(doc, gaz, taken):
        # Trim a possessive "'s" and leading titles spaCy sometimes includes.
        while end > start and tokens[end - 1].tag_ == "POS":
            end -= 1
        while start < end - 1 and _is_title_token(tokens[start], gaz):
            start += 1
        if start >= end or any(i in taken for i in range(start, end)):
            continue
        particle = tokens[start].lower_ in gaz.words.name_particles and end - start >= 2 and tokens[start + 1].is_title  # "de Klerk"
        if not tokens[start].is_title and not tokens[start].is_upper and not particle:
            continue  # "mm" in "7.62 mm": the small model's false PERSON
        text = doc[start:end].text
        if gaz.lookup(text):
            continue  # a state or organisation that spaCy took for a person
        key_words = person_key(text).split()
        if not key_words or not _can_be_person(doc, start, end, gaz):
            continue
        if _names_an_event_or_place(doc, start, end, gaz) and _link_person(key_words, names) is None and gaz.known_person(text, surname_ok=False) is None:
            continue
        key = _link_person(key_words, names)
        if key is None:
            key = "person:" + " ".join(key_words)
        if len(" ".join(key_words)) > len(names.get(key, "")):
            names[key] = text if len(key_words) > 1 or key not in names else names[key]
        names.setdefault(key, text)
        sent = tokens[start].sent
        before = _title_before(doc, start, sent.start, gaz, states, organisations)
        after = _title_after(doc, end, sent.end, gaz, states, organisations)
        country = before.country or after.country or _state_of_name(doc, end, states)
        merged = _PersonInfo(before.role or after.role, country, None if country else before.org or after.org)
        if merged.role is None and _says_counterpart(doc, start, sent.start, gaz):
            # "Serbian Defence Minister X and his Hungarian counterpart Y": Y holds X's role.
            other = next((p for p in reversed(people) if p.start >= sent.start and info[p.key].role), None)
            if other is not None:
                merged = _PersonInfo(info[other.key].role, merged.country, merged.org)
        known = info.get(key)
        if known is None:
            info[key] = merged
        else:
            country = known.country or merged.country
            info[key] = _PersonInfo(known.role or merged.role, country, None if country else known.org or merged.org)
        people.append(Mention(start, end, key, "person", None, "person"))
    _distribute_plural_titles(doc, gaz, people, info, states)
    people.extend(_untagged_full_names(doc, gaz, taken, people, info, names))
    people.extend(_surname_mentions(doc, gaz, taken, people, info, names, published))
    _link_surnames_to_later_full_names(people, info, names, gaz)
    _complete_from_known_people(info, names, gaz, published)
    people.extend(_role_mentions(doc, gaz, taken | group_words, states, people, info, names))
    people.sort(key=lambda m: m.start)
    _place_national_offices_at_home(doc, info, states, gaz, people)
    for key, person in info.items():
        sole = gaz.words.sole_offices.get(person.role.role) if person.role and not person.country and not person.org else None
        if sole and gaz.state(sole) and not any(_qualified_title(doc, m, person.role) for m in people if m.key == key):
            info[key] = _PersonInfo(person.role, sole, None, person.sector)  # "the Pope": the Holy See's
    for mention in people:
        mention.country = info[mention.key].country
        mention.org = info[mention.key].org
        role = info[mention.key].role
        mention.sector = role.sector if role else info[mention.key].sector
    return people, info, names




def _qualified_title(doc: Any, mention: Mention, role: Role) -> bool:
    """Whether the title of ``role`` before (or as) ``mention`` has a qualifier of its own
    ("the Coptic Pope X"): another church's or body's office of that name, not the sole one; or
    names a holder ("Pope <Name>") whom the people tables do not know as the sole office's (a
    known holder takes the tables' state before this is asked): another church's pope."""
    tokens = doc_tokens(doc)
    words = {w for pattern in role.patterns for w in pattern.split()}
    if any(tokens[j].lower_ not in words and (tokens[j].pos_ == "PROPN" or tokens[j].is_title) for j in range(mention.start, mention.end)):
        return True
    i = next((j for j in range(max(0, mention.start - 2), mention.end) if tokens[j].lower_ in words), None)
    if i is None:
        return False
    before = tokens[i - 1] if i > 0 else None
    return before is not None and before.lower_ not in ("the", "a") and (before.pos_ in ("ADJ", "PROPN") or before.is_title)


def _token_words(doc: Any) -> list[tuple[str, ...]]:
    """Each token's folded words (``name_key``), computed once per Doc: role look-ups try many
    spans over the same tokens."""
    cached = doc.user_data.get(("accord", "token_words"))
    if cached is None or len(cached) != len(doc):  # none yet, or copied from another Doc
        cached = [tuple(name_key(t.text).split()) for t in doc_tokens(doc)]
        doc.user_data[("accord", "token_words")] = cached
    return cached


def _role_at(doc: Any, start: int, gaz: Gazetteer) -> tuple[int, Role] | None:
    """The longest role phrase of roles.csv starting at token ``start``: (its end, the role)."""
    tokens = doc_tokens(doc)
    token_words = _token_words(doc)
    if 0 <= start < len(token_words) and token_words[start] and token_words[start][0] not in gaz.role_first_words:
        return None  # every phrase tried starts with this word, and no role does
    longest = min(gaz.max_role_len, len(doc) - start)
    for offset in range(longest):  # a role never spans punctuation other than a hyphen
        token = tokens[start + offset]
        if token.is_punct and token.text != "-":
            longest = offset
            break
    parts = token_words[start : start + longest]
    for length in range(longest, 0, -1):
        if tokens[start + length - 1].is_punct:
            continue
        words = tuple(chain.from_iterable(parts[:length]))
        role = gaz.role_for(words) if words else None
        if role is not None:
            return start + length, role
    return None


def _role_of_body(doc: Any, start: int, end: int, role: Role, gaz: Gazetteer) -> Role:
    """The office the title doc[start:end] names with the body after its "of": "chief of staff
    of the <State> Army" is the army's chief of staff (roles.csv's "army chief of staff"), not a
    president's. The body's noun, without the state or article before it, is read both ways round."""
    tokens = doc_tokens(doc)
    if end + 1 >= len(doc) or tokens[end].lower_ != "of":
        return role
    body = next((c for c in tokens[end].children if c.dep_ == "pobj"), None)
    if body is None:
        return role
    title = tuple(w for k in range(start, end) for w in name_key(tokens[k].text).split())
    for first in range(body.left_edge.i, body.i + 1):
        words = tuple(t.lower_ for t in doc[first : body.i + 1])
        found = gaz.role_for((*words, *title)) or gaz.role_for((*title, "of", "the", *words)) or gaz.role_for((*title, "of", *words))
        if found is not None:
            return found
    return role


def _role_head_words(gaz: Gazetteer) -> dict[str, set[str]]:
    """Last word of each role pattern -> the roles it ends ("secretary" -> Foreign Secretary, ...)."""
    heads: dict[str, set[str]] = {}
    for words, role in gaz.role_index.items():
        heads.setdefault(words[-1], set()).add(role.role)
    return heads


def _role_mentions(doc: Any, gaz: Gazetteer, taken: set[int], states: list[Mention], people: list[Mention], info: dict[str, _PersonInfo], names: dict[str, str]) -> list[Mention]:
    """Titles that refer to a person: "the Interior Minister stated", "the Serbian Defence Minister,
    Milos Gasic,", "X, commander of the brigade", "The secretary added".

    A title is the person it stands beside (an apposition), else the last person named with
    that role, else a person of its own known only by the title (their country from the title,
    or the article's state for a national office). A bare head noun ("the secretary") counts
    only when it points back at someone named."""
    tokens = doc_tokens(doc)
    used = {i for m in people for i in range(m.start, m.end)} | taken
    stated = {i for m in states for i in range(m.start, m.end)}
    starts = {m.start: m for m in people}
    ends = {m.end: m for m in people}
    heads = _role_head_words(gaz)
    titled: dict[str, str] = {}  # a title as written -> whose it was last ("foreign secretary")
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        token = tokens[i]
        if i in used or not token.is_alpha or token.tag_ in ("NNS", "NNPS"):
            i += 1
            continue
        match = _role_at(doc, i, gaz)
        head_only = None
        if match is None:
            if token.lower_ in heads and len(heads[token.lower_]) > 0 and i > 0 and tokens[i - 1].lower_ in ("the", "this"):
                head_only = heads[token.lower_]
                match = (i + 1, None)  # type: ignore[assignment]
            else:
                i += 1
                continue
        end, role = match
        if role is not None:
            role = _role_of_body(doc, i, end, role, gaz)
        if any(j in used for j in range(i, end)) or tokens[end - 1].tag_ in ("NNS", "NNPS"):
            i += 1
            continue
        nxt = tokens[end] if end < len(doc) else None
        if nxt is not None and nxt.i in starts:
            i = end  # "President Vucic": the title of the name that follows, read with it
            continue
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.i not in used and not nxt.is_title:
            i = end  # "the president's office" passes; "the official figures" is no person
            continue
        start = _title_left_edge(doc, i, used | stated)
        end, name_end = _portfolio_end(doc, end, used | stated, gaz.words.portfolio_words, gaz.words.unit_nouns)
        before = tokens[start - 1] if start > 0 else None
        referring = before is not None and (before.lower_ in gaz.words.referring_words or before.tag_ == "PRP$")
        if not referring and not tokens[i].is_title and not (before is not None and before.text == "," and start - 1 in ends):
            i = end
            continue
        if name_end > end:
            # "Minister for the Western Balkans Jane Doyle": the name the portfolio ran into.
            key = _link_person(person_key(doc[end:name_end].text).split(), names) or "person:" + person_key(doc[end:name_end].text)
            names.setdefault(key, doc[end:name_end].text)
            info.setdefault(key, _PersonInfo(role, _country_near(doc, start, end, states).country if _country_near(doc, start, end, states) else None))
            found.append(Mention(end, name_end, key, "person", None, "person"))
            used.update(range(start, name_end))
            i = name_end
            continue
        key = titled.get(name_key(doc[start:end].text)) or _title_holder(doc, start, end, role, head_only, people, info, starts, ends, found, gaz.words.referring_words)
        if key is None and role is not None:
            # "the prime minister in Vilnius": a government office sits in its own state.
            at_home = role.rank in gaz.words.national_ranks and role.sector in gaz.words.home_sectors
            country = _country_near(doc, start, end, states, local=at_home)
            inside = next((m.country for m in states if start <= m.start and m.end <= end and m.kind == "state"), None)
            country_code = inside or (country.country if country else None)
            key = f"person:{name_key(role.role)}|{country_code or ''}"
            names.setdefault(key, role.role)
            info.setdefault(key, _PersonInfo(role, country_code))
        if key is not None:
            titled.setdefault(name_key(doc[start:end].text), key)
            found.append(Mention(start, end, key, "person", None, "person"))
            used.update(range(start, end))
        i = end
    return found


def _title_left_edge(doc: Any, start: int, used: set[int]) -> int:
    """Take in the capitalised unit or office names a title is qualified by: "12th Logistics
    Brigade Commander", "KFOR spokesperson" (states and named actors stay mentions of their own)."""
    tokens = doc_tokens(doc)
    i = start
    while i > 0 and start - i < 5:
        prev = tokens[i - 1]
        if prev.i in used or prev.is_sent_start:
            break
        if prev.pos_ in ("PROPN", "ADJ", "NOUN", "NUM") and (prev.is_title or prev.is_upper or prev.text[:1].isdigit()) and prev.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod"):
            i -= 1
            continue
        break
    return i


def _portfolio_end(doc: Any, end: int, used: set[int], portfolio_words: frozenset[str], unit_nouns: frozenset[str]) -> tuple[int, int]:
    """Take in the portfolio after a title: "Minister for Europe", "Minister for the Western
    Balkans" (a following name, two capitalised words after a longer portfolio, is left out)."""
    tokens = doc_tokens(doc)
    if end + 1 >= len(doc) or tokens[end].lower_ not in portfolio_words:
        return end, end
    j = end + 1
    if tokens[j].lower_ == "the":
        j += 1
    k = j
    while k < len(doc) and k - j < 6 and tokens[k].is_title and tokens[k].pos_ in ("PROPN", "NOUN", "ADJ") and k not in used:
        k += 1
    if k == j:
        return end, end
    if k - j >= 4 and k - j <= 5 and not any(tokens[x].lower_ in unit_nouns for x in (k - 2, k - 1)):
        # "Minister for the Western Balkans Jane Doyle": the name is not the portfolio; but
        # "commander of <Words> Task Force (<Name>)" ends on a unit's name, no person's.
        return k - 2, k
    return k, k


def _title_holder(doc: Any, start: int, end: int, role: Role | None, head_only: set[str] | None, people: list[Mention], info: dict[str, _PersonInfo], starts: dict[int, Mention], ends: dict[int, Mention], found: list[Mention], referring_words: frozenset[str]) -> str | None:
    """Whose title doc[start:end] is: the name in apposition, else the last one named with it."""
    tokens = doc_tokens(doc)
    if role is not None and end + 1 < len(doc) and tokens[end].text == "," and end + 1 in starts:
        return starts[end + 1].key  # "the Serbian Defence Minister, Milos Gasic,"
    at = start - 1 if start > 0 and tokens[start - 1].lower_ in referring_words else start
    if role is not None and at > 0 and tokens[at - 1].text == "," and at - 1 in ends:
        return ends[at - 1].key  # "Jane Doyle, Minister for Europe"
    wanted = {role.role} if role is not None else head_only or set()
    earlier = [m for m in (*people, *found) if m.end <= start and info.get(m.key) and info[m.key].role and info[m.key].role.role in wanted]
    if earlier:
        return max(earlier, key=lambda m: m.start).key
    return None


def _state_of_name(doc: Any, name_end: int, states: list[Mention]) -> str | None:
    """"<Name> of <State>" ("Rui Costa of Portugal"): the state written right after a person's name."""
    tokens = doc_tokens(doc)
    if name_end + 1 >= len(doc) or tokens[name_end].lower_ != "of":
        return None
    found = next((m for m in states if m.start == name_end + 1 and m.kind == "state" and m.form in ("name", "capital", "metonym")), None)
    return found.country if found is not None else None


def _distribute_plural_titles(doc: Any, gaz: Gazetteer, people: list[Mention], info: dict[str, _PersonInfo], states: list[Mention]) -> None:
    """"The defence ministers, A and B, signed ...": a plural title before coordinated names
    gives each its role, and the states named in the sentence, one each and in order, their
    country when there are as many states as names."""
    tokens = doc_tokens(doc)
    index = 0
    while index < len(people):
        group = [people[index]]
        while index + len(group) < len(people):
            nxt = people[index + len(group)]
            between = doc[group[-1].end : nxt.start]
            of_state = _state_of_name(doc, group[-1].end, states)
            if of_state is not None:
                # "Ministers A of Spain and B of Portugal": skip the state that qualifies A.
                between = doc[next(m.end for m in states if m.start == group[-1].end + 1) : nxt.start]
            if between and between[-1].tag_ == "POS":
                between = between[:-1]  # "... and Slovakia's B"
            if between and _state_just_before(doc, nxt.start, states) is not None:
                between = doc[between.start : min(m.start for m in states if m.end in (nxt.start, nxt.start - 1) and m.kind == "state")]
            if not between or not all(t.text in (",", "and", "&") for t in between) or nxt.key in {m.key for m in group}:
                break
            group.append(nxt)
        index += len(group)
        if len(group) < 2 or any(info[m.key].role for m in group[1:]):
            continue
        first = group[0]
        sent = tokens[first.start].sent
        title = _title_before(doc, first.start, sent.start, gaz, states)
        title_end = first.start - 1 if tokens[first.start - 1].text == "," else first.start
        if title.role is None or not tokens[title_end - 1].lower_.endswith("s"):
            continue
        named = []
        for mention in states:
            if sent.start <= mention.start < sent.end and mention.kind == "state" and not mention.is_place and mention.country not in named:
                named.append(mention.country)
        in_title = []
        for mention in states:
            if sent.start <= mention.start and mention.end <= title_end and mention.kind == "state" and mention.country not in in_title and _within_title(doc[mention.end : title_end]):
                in_title.append(mention.country)
        if len(in_title) == 1:
            named = in_title * len(group)  # "Slovak ministers A and B": the one state is both's
        elif in_title:
            named = in_title  # "the Turkish and Azerbaijani presidents, A and B"
        for n, mention in enumerate(group):
            # One title over several names: its one state is not each one's, the list in order is;
            # a state written right after a name ("A of Spain") or right before a later one
            # ("... and Slovakia's B") is that name's own.
            own = _state_of_name(doc, mention.end, states) or (_state_just_before(doc, mention.start, states) if n else None)
            country = own or (named[n] if len(named) == len(group) else None)
            info[mention.key] = _PersonInfo(title.role, country)


def _within_title(words: Any) -> bool:
    """Whether ``words`` between a state and its title's end are all the title's ("Slovenian and
    Slovak defence"), with no verb, preposition or clause between."""
    return all(t.pos_ in ("ADJ", "PROPN", "NOUN", "CCONJ", "DET", "PART") or t.text == "," or t.tag_ == "POS" for t in words)


def _state_just_before(doc: Any, name_start: int, states: list[Mention]) -> str | None:
    """The state written right before a name, as an adjective or a possessive ("Slovak B",
    "Slovakia's B")."""
    tokens = doc_tokens(doc)
    gap = 1 if name_start > 0 and tokens[name_start - 1].tag_ == "POS" else 0
    found = next((m for m in states if m.end == name_start - gap and m.kind == "state" and not m.is_place), None)
    return found.country if found is not None else None


def _written_as_surname(doc: Any, i: int, gaz: Gazetteer) -> bool:
    """Whether a capitalised word that is also an English word ("Store", "Bush") reads as a
    surname: mid-sentence, or opening the sentence as its verb's subject ("Store said")."""
    tokens = doc_tokens(doc)
    token = tokens[i]
    if person_key(token.text) not in gaz.english_surnames or token.is_upper:
        return True
    if not token.is_title:
        return False
    following = tokens[i + 1] if i + 1 < len(doc) else None
    return not token.is_sent_start or (following is not None and following.pos_ in ("VERB", "AUX"))


def _complete_from_known_people(info: dict[str, _PersonInfo], names: dict[str, str], gaz: Gazetteer, published: str | None = None) -> None:
    """A listed person (people.csv, else the Phoenix people in office on the article's date)
    lends the role and country the text does not give; a bare surname only when a title
    vouches for it."""
    for key, person in info.items():
        if (person.role is None or person.country is None) and person.org is None:
            name = names.get(key, key.split(":", 1)[1])
            if person.role is not None and person.role.role.lower() in gaz.words.given_name_titles and gaz.people.get(person_key(name)) is None:
                # "King Abdullah", "Emir Tamim": the holder of that title by given name, or no one.
                known = gaz.title_holder(person.role.role, name, published)
                if known is None and " " not in name.strip():
                    continue
            else:
                known = None
            known = known or gaz.known_person(name, on=published, surname_ok=person.role is not None, role=person.role.role if person.role else None)
            if known is None and person.role is None:
                # "Biden said", "de Klerk said", on a day the one such surname was in office
                words = name.split()
                if all(w.lower() in gaz.words.name_particles for w in words[:-1]):
                    known = gaz.office_holder(words[-1], published)
            if known is not None:
                role = person.role
                if role is None and known.role:
                    role = gaz.role_named(known.role) or Role((), known.role, known.sector or "GOV", "other")
                is_state = bool(known.country and gaz.state(known.country))
                country = person.country or (known.country if is_state else None)
                org = None if is_state or not known.country else known.country
                info[key] = _PersonInfo(role, country, org, None if role else known.sector)


def _place_national_offices_at_home(doc: Any, info: dict[str, _PersonInfo], states: list[Mention], gaz: Gazetteer, people: list[Mention] = ()) -> None:
    """"President Javier Milei" in a Buenos Aires story: a national office with no country
    named belongs to the state the article is written from; a spokesperson's to the body the
    sentence before had speak ("Peru's interior ministry condemned ... , spokesman X
    said"), and an office in a paragraph that opens "In <capital>," to that capital's state."""
    home = None
    first = {}
    for mention in people:
        first.setdefault(mention.key, mention.start)
    for key, person in info.items():
        if person.country is None and person.org is None and person.role is not None and person.role.rank in gaz.words.national_ranks:
            start = first.get(key)
            local = None
            if start is not None:
                if person.role.rank == "spokesperson":
                    local = _speaking_body(doc, start, states)
                local = local or _paragraph_place(doc, start, states)
            if local is None and home is None:
                home = _home_country(doc, states, gaz.words) or ""
            country = local or home
            if country:
                info[key] = _PersonInfo(person.role, country, person.org, person.sector)


def _speaking_body(doc: Any, start: int, states: list[Mention]) -> str | None:
    """The state of the subject of the sentence before ``start``'s (or of its own, before it)."""
    sent = doc[start].sent
    for scope in ([doc[sent.start - 1].sent] if sent.start > 0 else []) + [sent]:
        subjects = [t for t in scope if t.dep_ in ("nsubj", "nsubjpass") and t.head == scope.root and t.i < start]
        for subject in subjects:
            tokens = {t.i for t in subject.subtree}
            found = next((m for m in states if m.start in tokens and m.country and not m.is_place), None)
            if found is not None:
                return found.country
    return None


def _paragraph_place(doc: Any, start: int, states: list[Mention]) -> str | None:
    """The state of a paragraph's opening place ("In Abidjan, the government ..."), when the
    paragraph holding ``start`` has one."""
    tokens = doc_tokens(doc)
    paragraph_start = doc_text(doc).rfind("\n", 0, tokens[start].idx) + 1
    for mention in states:
        token = tokens[mention.start]
        if token.idx < paragraph_start or mention.start >= start:
            continue
        opening = token.sent.start
        if mention.kind == "state" and mention.is_place and mention.start - opening <= 1:
            return mention.country
    return None


def _is_title_token(token: Any, gaz: Gazetteer) -> bool:
    """'President' or 'Gen.' glued to a name; a bare 'Gen' may be a given name (Gen Nakatani)."""
    key = name_key(token.text)
    if key not in gaz.title_words:
        return False
    if len(key) > 3 or token.text.endswith("."):
        return True
    return token.i + 1 < len(token.doc) and token.nbor(1).text == "."


@dataclass(frozen=True, slots=True)
class Dateline:
    """An article's dateline: the state's place that opens it ("ISLAMABAD:", "KYIV, May 20 -",
    "NAIROBI –" opening the body after a headline) and how it is written."""

    place: Mention  # the place's own mention; its state is ``place.country``
    mark: str  # the token after the place: ",", ":", "-", "--", "(", a dash
    capitals: bool  # written in capitals ("OSLO"), as wire datelines are
    opens_text: bool  # the place is the text's first token (no headline before it)
    dashed: bool  # the mark is a dash ("Oslo -- ..."), which opens a story after a place not in capitals


def read_dateline(doc: Any, states: list[Mention], words: ResolverWords, marks: frozenset[str] | None = None) -> Dateline | None:
    """The dateline of ``doc`` among the state mentions ``states``, or None; ``words``: the
    resolver's words (resolver.toml), whose ``dateline_marks`` may follow its place unless
    ``marks`` says otherwise. The one reading of a dateline: the home state (``_dateline_mention``)
    and ``MentionIndex.dateline`` use it."""
    marks = words.dateline_marks if marks is None else marks
    tokens = doc_tokens(doc)
    states = sorted((m for m in states if m.country and m.kind == "state"), key=lambda m: m.start)
    if states:
        first = states[0]
        after = tokens[first.end] if first.end < len(doc) else None
        if first.start <= 1 and after is not None and after.text in marks:
            return _dateline_of(doc, first, after.text, words.dateline_dashes)
    for mention in states[:8]:
        # A dateline in capitals opening the body after a headline: "NAIROBI – Kenya's ..."
        token, after = tokens[mention.start], tokens[mention.end] if mention.end < len(doc) else None
        opens_line = token.idx == 0 or doc_text(doc)[token.idx - 1] == "\n"
        if opens_line and token.text.isupper() and len(token.text) > 2 and after is not None and after.text in marks and after.text != "(":
            return _dateline_of(doc, mention, after.text, words.dateline_dashes)
    return None


def _dateline_of(doc: Any, place: Mention, mark: str, dashes: frozenset[str]) -> Dateline:
    capitals = all(t.text.isupper() for t in doc[place.start : place.end] if t.is_alpha)
    return Dateline(place, mark, capitals, place.start == 0, mark in dashes)


def _dateline_mention(doc: Any, states: list[Mention], words: ResolverWords) -> Mention | None:
    """The state of an article's dateline ("ISLAMABAD:", "NAIROBI – ..." opening the body after a
    headline), as a context mention, or None; read after any of ``words``' dateline marks but its
    ``home_dateline_unread_marks``."""
    dateline = read_dateline(doc, states, words, words.dateline_marks - words.home_dateline_unread_marks)
    if dateline is None:
        return None
    found = dateline.place
    return Mention(found.start, found.end, f"state:{found.country}", "state", found.country, "context")


def _home_country(doc: Any, states: list[Mention], words: ResolverWords) -> str | None:
    """The state an article is written from: its dateline ("ISLAMABAD:"), else its most-named state."""
    dateline = _dateline_mention(doc, states, words)
    if dateline is not None:
        return dateline.country
    counts: dict[str, int] = {}
    for mention in states:
        if mention.country and not mention.is_place:
            counts[mention.country] = counts.get(mention.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    # Only a clearly dominant state counts: a Sahel story that often names Russia is not Russian.
    if ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    return None


def _link_surnames_to_later_full_names(people: list[Mention], info: dict[str, "_PersonInfo"], names: dict[str, str], gaz: Gazetteer) -> None:
    """A headline's or lead's bare surname before the full name ("Biden meets ..." then "Joe
    Biden said"): the one person named in full later whose surname it is (the name's last word,
    its first for a listed person of a family-name-first state)."""

    def surname_of(key: str) -> str:
        words = key.split(":", 1)[1].split()
        known = gaz.people.get(" ".join(words))
        return words[0] if known and known.country in gaz.words.family_name_first_states else words[-1]

    for key in [k for k in names if " " not in k]:
        surname = key.split(":", 1)[1]
        fuller = [k for k in names if k != key and " " in k and surname_of(k) == surname]
        if len(fuller) != 1 or (key in info and (info[key].role or info[key].country)):
            continue  # two such names, or a title of its own ("President <Surname>"): no guess
        full = fuller[0]
        bare, whole = info.pop(key, _PersonInfo(None, None)), info.get(full, _PersonInfo(None, None))
        country = whole.country or bare.country
        info[full] = _PersonInfo(whole.role or bare.role, country, None if country else whole.org or bare.org)
        del names[key]
        for mention in people:
            if mention.key == key:
                mention.key = full


def _untagged_full_names(doc: Any, gaz: Gazetteer, taken: set[int], people: list[Mention], info: dict[str, "_PersonInfo"], names: dict[str, str]) -> list[Mention]:
    """Full names of listed people the NER left untagged ("Xi Jinping met ..."): a run of two
    or three capitalised proper nouns that is, as a whole, a name of either people table."""
    tokens = doc_tokens(doc)
    used = taken | {i for m in people for i in range(m.start, m.end)}
    found = []
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and end - i < 3 and end not in used and tokens[end].pos_ == "PROPN" and tokens[end].is_title:
            end += 1
        whole = end - i >= 2 and (end == len(doc) or tokens[end].pos_ != "PROPN") and (i == 0 or i - 1 in used or tokens[i - 1].pos_ != "PROPN")
        key = person_key(doc[i:end].text) if whole else ""
        if key and (gaz.people.get(key) or key in gaz.dated_people) and not gaz.lookup(doc[i:end].text):
            person = "person:" + key
            names.setdefault(person, doc[i:end].text)
            info.setdefault(person, _PersonInfo(None, None))
            found.append(Mention(i, end, person, "person", None, "person"))
            i = end
            continue
        i += 1
    return found


def _surname_mentions(doc: Any, gaz: Gazetteer, taken: set[int], people: list[Mention], info: dict[str, "_PersonInfo"], names: dict[str, str], published: str | None = None) -> list[Mention]:
    """Surnames the NER left untagged or took for an organisation ("Vučić called the declaration
    a provocation"): a capitalised proper noun that is the surname of a person named earlier, of
    exactly one well-known person a title or the dictionaries vouch for, or of the one principal
    office holder on the article's date, is that person."""
    tokens = doc_tokens(doc)
    used = taken | {i for m in people for i in range(m.start, m.end)}
    capitals = _capitals_headline(doc)
    found = []
    for token in tokens:
        if token.i in capitals:
            # "<SURNAME> MEETS <SURNAME>": a headline in capitals tags no parts of speech a
            # name can be told by; a word of it is a surname only where a listed person's is.
            if token.i in used or len(token.text) < 4 or gaz.lookup(token.text) or gaz.lookup(token.text.title()):
                continue
        elif token.i in used or token.pos_ != "PROPN" or not token.is_title or gaz.lookup(token.text):
            continue
        elif (token.i + 1 < len(doc) and tokens[token.i + 1].pos_ == "PROPN") or (token.i > 0 and tokens[token.i - 1].pos_ == "PROPN"):
            continue  # part of a longer name
        key_words = [person_key(token.text)]
        if not _can_be_person(doc, token.i, token.i + 1, gaz):
            continue
        key = _link_person(key_words, names)
        if key is None:
            # A listed person's bare surname needs evidence: a title ("President Vucic"), the
            # dictionaries' word that the news uses it alone ("Putin said"), or being the one
            # office holder of that surname on the article's date ("Biden met ..." in 2023).
            titled = token.i > 0 and _role_ends_at(doc, token.i - 1, gaz)
            if not titled and _written_as_place(doc, token.i, gaz):
                continue  # "near <Surname>", "the port of <Surname>": a town that shares the name
            alone = key_words[0] in gaz.surnames_used_alone and not gaz.left_office(token.text, published)
            serving = None if titled or alone or not _written_as_surname(doc, token.i, gaz) else gaz.office_holder(token.text, published)
            if not titled and not alone and serving is None:
                continue
            known = serving or gaz.known_person(token.text, surname_ok=True)
            if known is None or gaz.lookup(token.text):
                continue
            key = "person:" + person_key(known.name)
            names.setdefault(key, known.name)
            info.setdefault(key, _PersonInfo(None, None))
        found.append(Mention(token.i, token.i + 1, key, "person", None, "person"))
    return found


def _capitals_headline(doc: Any) -> set[int]:
    """The tokens of an article's first line when every word of it is in capitals (a headline)."""
    first = doc_text(doc).split("\n", 1)[0]
    tokens = []
    for token in doc_tokens(doc):
        if token.idx >= len(first):
            break
        tokens.append(token)
    words = [t for t in tokens if t.is_alpha]
    if len(words) < 2 or not all(t.is_upper for t in words):
        return set()
    return {t.i for t in words}


def _written_as_place(doc: Any, index: int, gaz: Gazetteer) -> bool:
    """A name written as a place: after a place preposition ("in", "near") or a settlement
    noun's "of" ("the port of <name>")."""
    tokens = doc_tokens(doc)
    before = tokens[index - 1].lower_ if index > 0 else ""
    if before in gaz.words.place_prepositions:
        return True
    return before == "of" and index > 1 and tokens[index - 2].lower_ in gaz.words.settlement_nouns


def _can_be_person(doc: Any, start: int, end: int, gaz: Gazetteer) -> bool:
    """Weekdays, months and common words are never a name alone ("reported on Friday"); a
    designator with digits (BTR-80A, KF-51) or a ship ("INS Vikrant") is never a person."""
    tokens = doc[start:end]
    doc_token_list = doc_tokens(doc)
    if end - start == 1 and (doc_token_list[start].lower_ in gaz.words.never_names or doc_token_list[start].is_stop):
        return False
    if any(any(ch.isdigit() for ch in t.text) for t in doc_token_list[start:end]):
        return False
    if start > 0 and doc_token_list[start - 1].lower_.strip(".") in gaz.words.ship_prefixes:
        return False
    if end < len(doc) and doc_token_list[end].lower_ in gaz.words.kin_groups:
        return False  # "the <Name> tribe": a kin group's name
    if _names_a_unit(tokens, gaz.words) and gaz.known_person(tokens.text, surname_ok=False) is None:
        return False  # "Combined Joint Forces Land ...": a command's name the small model calls a person
    if end - start == 1 and tokens[0].text in _ship_names(doc, gaz):
        return False  # "Daring sailed" after "HMS Daring": the ship again
    return tokens[0].lower_.strip(".") not in gaz.words.ship_prefixes


def _names_a_unit(span: Any, words: Any) -> bool:
    """Whether a capitalised name of three words or more holds a military unit's noun after its
    first word ("Joint Forces Command", "Air Expeditionary Group"): a body's name, never a
    person's. Two words may be a given name and a surname ("Ian Wing")."""
    return len(span) >= 3 and any(t.is_title and (t.lower_ in words.unit_nouns or t.lower_ == "forces") for t in span[1:])


def _names_an_event_or_place(doc: Any, start: int, end: int, gaz: Gazetteer) -> bool:
    """A name given to an exercise or operation ("the exercise, named Vostok III") or the
    object of a spatial preposition ("drills around Abu Musa") is no person."""
    tokens = doc_tokens(doc)
    i = start - 1
    while i >= 0 and tokens[i].text in (",", "the", "'", '"', "“"):
        i -= 1
    if i >= 0 and tokens[i].lower_ in gaz.words.event_name_nouns:
        return True
    root = doc[start:end].root
    return root.dep_ == "pobj" and root.head.lower_ in gaz.words.spatial_prepositions and not _role_ends_at(doc, start - 1, gaz) if start > 0 else False


def _ship_names(doc: Any, gaz: Gazetteer) -> set[str]:
    """Words of the ships' names written after a prefix in ``doc`` ("HMS Daring" -> Daring),
    found once per Doc (every candidate name asks)."""
    tokens = doc_tokens(doc)
    cached = doc.user_data.get(("accord", "ship_names"))
    if cached is not None:
        return cached
    names = set()
    for token in tokens:
        if token.is_upper and token.lower_.strip(".") in gaz.words.ship_prefixes:
            for word in doc[token.i + 1 : token.i + 4]:
                if not word.is_title:
                    break
                names.add(word.text)
    doc.user_data[("accord", "ship_names")] = names
    return names


def _says_counterpart(doc: Any, name_start: int, sent_start: int, gaz: Gazetteer) -> bool:
    tokens = doc_tokens(doc)
    return any(tokens[i].lower_ in gaz.words.counterpart_words for i in range(max(sent_start, name_start - 3), name_start))


def _person_spans(doc: Any, gaz: Gazetteer, taken: set[int]) -> list[tuple[int, int]]:
    """Token spans of people: spaCy's PERSON entities, plus capitalised names right after a
    title ("Deputy Interior Minister Ana Kovač"), which the small model often labels ORG
    or misses."""
    spans = [(_given_name_before(doc, ent.start, gaz), _before_of_state(ent, taken)) for ent in doc.ents if ent.label_ == "PERSON" or (ent.label_ == "ORG" and _titled_by_apposition(doc, ent, gaz))]
    covered = {i for start, end in spans for i in range(start, end)}
    n = len(doc)
    doc_token_list = doc_tokens(doc)
    for i, token in enumerate(doc_token_list):
        if not token.is_title or i in covered or i in taken:
            continue
        # Does a role phrase end at i-1?  ("... Minister" + "Cezary Tomczyk", "his <Adjective>
        # counterpart" + "<First> <Last>")
        if i == 0 or not (_role_ends_at(doc, i - 1, gaz, plural=True) or doc_token_list[i - 1].lower_ in gaz.words.counterpart_words or _posting_ends_at(doc, i - 1, gaz)):
            continue
        j = _name_run_end(doc, i, gaz, taken)
        # Two name tokens, or one after a capitalised title ("President Vucic").
        if j - i >= 2 or (j - i == 1 and doc_token_list[i - 1].is_title):
            spans.append((i, j))
            covered.update(range(i, j))
    spans.extend(_names_under_plural_titles(doc, gaz, taken, spans))
    return sorted(set(spans))


def _before_of_state(ent: Any, taken: set[int]) -> int:
    """Where a PERSON entity's name ends: before an "of <State>" the small model took in with it
    ("<Name> of Slovenia"), the state being an actor of its own."""
    for token in ent[1:-1]:
        if token.lower_ == "of" and token.i + 1 in taken:
            return token.i
    return ent.end


def _name_run_end(doc: Any, i: int, gaz: Gazetteer, taken: set[int]) -> int:
    """Where the capitalised name starting at ``i`` ends (four words at most, none an actor's)."""
    tokens = doc_tokens(doc)
    j = i
    while j < len(doc) and j - i < 4 and tokens[j].is_title and tokens[j].pos_ == "PROPN" and j not in taken and not gaz.lookup(tokens[j].text):
        j += 1
    return j


def _names_under_plural_titles(doc: Any, gaz: Gazetteer, taken: set[int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"Presidents A and B", "Prime Ministers A, B and C": a plural title is every coordinated
    name's, so the names after the first are people too, even where the small model missed
    them or took one for a place."""
    tokens = doc_tokens(doc)
    found: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if start == 0 or not _plural_role_ends_at(doc, start - 1, gaz):
            continue
        while True:
            end = _after_state_words(doc, end + 1, taken) if end + 1 < len(doc) and tokens[end].lower_ == "of" and end + 1 in taken else end
            if end + 1 >= len(doc) or tokens[end].text not in (",", "and"):
                break
            following = end + 1 if tokens[end].text == "and" or tokens[end + 1].lower_ != "and" else end + 2
            # "... and Slovakia's B", "... and Slovak B": the next name's own state before it
            following = _after_state_words(doc, following, taken) if following in taken else following
            stop = _name_run_end(doc, following, gaz, taken)
            if stop - following < 2 or any(following < s < stop or s < following < e for s, e in spans):
                break  # a one-word or clipped run is no full name to take on the title's word
            found.append((following, stop))
            if tokens[end].text == "and" or tokens[end + 1].lower_ == "and":
                break
            end = stop
    return found


def _given_name_before(doc: Any, start: int, gaz: Gazetteer) -> int:
    """Where a one-word PERSON entity's name starts: the small model often leaves a given name
    outside ("<Given> <Surname>, the speaker of ..."); a capitalised proper noun right before it
    that is no title, no role and no actor's form joins it."""
    tokens = doc_tokens(doc)
    if start == 0 or (start < len(doc) - 1 and tokens[start + 1].ent_type_ == "PERSON"):
        return start
    before = tokens[start - 1]
    if before.is_title and before.pos_ == "PROPN" and not before.ent_type_ and before.is_alpha and not _is_title_token(before, gaz) and name_key(before.text) not in gaz.role_words and not gaz.lookup(before.text):
        return start - 1
    return start


def _posting_ends_at(doc: Any, index: int, gaz: Gazetteer) -> bool:
    """Whether "<role> to <Place>" ends at ``index`` ("Ambassador to Hungary" + a name)."""
    tokens = doc_tokens(doc)
    return index >= 2 and tokens[index].is_title and tokens[index - 1].lower_ == "to" and bool(gaz.lookup(tokens[index].text)) and _role_ends_at(doc, index - 2, gaz)


def _titled_by_apposition(doc: Any, ent: Any, gaz: Gazetteer) -> bool:
    """A name the NER took for an organisation but that an apposition gives a personal title:
    "Jonas Berg, the head of ...". """
    tokens = doc_tokens(doc)
    if not 2 <= len(ent) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in ent):
        return False
    i = ent.end
    if i >= len(doc) or tokens[i].text != ",":
        return False
    window = [t for t in doc[i + 1 : i + 4] if t.lower_ not in ("the", "a", "an")]
    return any(name_key(t.text) in gaz.role_words for t in window[:2])


def _after_state_words(doc: Any, i: int, taken: set[int]) -> int:
    """The token after the actor's words starting at ``i`` and a possessive "'s" closing them."""
    tokens = doc_tokens(doc)
    while i < len(doc) and i in taken:
        i += 1
    return i + 1 if i < len(doc) and tokens[i].tag_ == "POS" else i


def _plural_role_ends_at(doc: Any, index: int, gaz: Gazetteer) -> bool:
    """Whether a plural title ends at ``index`` ("Prime Ministers", "defence ministers")."""
    tokens = doc_tokens(doc)
    word = tokens[index].lower_
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and not _role_ends_at(doc, index, gaz) and _role_ends_at(doc, index, gaz, plural=True)


def _role_ends_at(doc: Any, index: int, gaz: Gazetteer, plural: bool = False) -> bool:
    """Whether a title ends at ``index``; with ``plural``, one whose last word is in the plural."""
    token_words = _token_words(doc)
    endings = [token_words[index]]
    last = token_words[index]
    if plural and last and last[-1].endswith("s") and not last[-1].endswith("ss"):
        endings.append((*last[:-1], last[-1][:-1]))
    if all(ending and ending[-1] not in gaz.role_last_words for ending in endings):
        return False  # every phrase tried ends with one of these words, and no role does
    for length in range(1, gaz.max_role_len + 1):
        start = index - length + 1
        if start < 0:
            break
        before = tuple(w for i in range(start, index) for w in token_words[i])
        if any(gaz.role_for(before + ending) for ending in endings):
            return True
    return False


def _link_person(key_words: list[str], names: dict[str, str]) -> str | None:
    """Link "Vucic" to an earlier "Aleksandar Vucic"; return the earlier key or None."""
    joined = " ".join(key_words)
    for key in names:
        full = key.split(":", 1)[1]
        if full == joined:
            return key
        full_words = full.split()
        if len(key_words) < len(full_words) and full_words[-len(key_words) :] == key_words:
            return key
    return None


def resolve_actors(doc: Any, gaz: Gazetteer, published: str | None = None) -> tuple[list[Actor], MentionIndex]:
    """Find and resolve every actor mention in ``doc``.

    ``published`` (YYYY-MM-DD) dates the article: a dictionary person is resolved to the
    office they held that day.

    RETURNS (tuple[list[Actor], MentionIndex]): the actors in order of first mention,
        and the mentions (each carrying its ``actor_id``) indexed by token.
    """
    tokens = doc_tokens(doc)
    base = _mentions_from_gazetteer(doc, gaz)
    base += _misspelled_states(doc, gaz, base)
    base = sorted(base + _korean_halves(doc, base) + _geocoded_places(doc, gaz, base), key=lambda m: m.start)
    base = sorted(base + _dateline_places(doc, gaz, base), key=lambda m: m.start)
    base = sorted(base + _combining_forms(doc, gaz, base), key=lambda m: m.start)
    base = sorted(base + _state_code_chains(doc, gaz, base), key=lambda m: m.start)
    base = sorted(base + _state_descriptions(doc, gaz, base), key=lambda m: m.start)
    base = _seats_of_organisations(doc, gaz, base)
    base = _acronyms_owned_by_another_state(doc, base)
    base = _services_of_another_state(doc, base, gaz.words.service_state_links)
    base = [m for m in base if not _names_a_ship(doc, m, gaz)]
    # "the Vermont National Guard", "Idaho Guardsmen": the state's name is part of the force.
    guards = _state_guard_mentions(doc, gaz, base)
    guarded = {i for m in guards for i in range(m.start, m.end)}
    base = [m for m in base if not _overlaps(m, guarded)]
    # States named by an attitude ("anti-X") stay mentions but give no other mention its state.
    attitudes = [m for m in base if m.attitude]
    base = [m for m in base if not m.attitude]
    states = [m for m in base if m.country]
    institutions = _institution_mentions(doc, gaz, [m for m in base if m.kind == "state"], [m for m in base if m.key.startswith("org:")])
    # Groups with no state in reach come last: any other reading of their words wins.
    unplaced = [m for m in institutions if m.key.startswith(_OPEN_STATE)]
    institutions = [m for m in institutions if not m.key.startswith(_OPEN_STATE)]
    unplaced = [m for m in unplaced if not _overlaps(m, guarded)]
    institutions = [m for m in institutions if not _overlaps(m, guarded)]
    acronyms = _acronym_mentions(doc, gaz, base + institutions)
    states += [m for m in acronyms if m.country]
    taken = {i for m in base if m.kind != "state" or m.form in ("name", "capital", "metonym", _GEOCODED) for i in range(m.start, m.end)}
    taken |= {i for m in institutions + acronyms + attitudes for i in range(m.start, m.end)} | guarded
    organisations = [m for m in base if m.key.startswith("org:") and not m.country]
    people, info, names = _person_mentions(doc, gaz, taken, states, published, {i for m in unplaced for i in range(m.start, m.end)}, organisations)
    institutions += acronyms
    institutions = _institutions_of_people(institutions, people)
    leaders_bodies = _national_bodies_of_leaders(doc, unplaced, people, info)
    unplaced = [m for m in unplaced if not any(b.start == m.start for b in leaders_bodies)]
    institutions += leaders_bodies
    residents = _peoples_living_in_places(doc, gaz, base, institutions)
    # spaCy often takes "<Adjective> <People>" for a person's name.
    people = [p for p in people if not any(r.start < p.end and p.start < r.end for r in residents)]
    institutions += residents
    institutions += _state_led_bodies(doc, gaz, base, {i for m in institutions for i in range(m.start, m.end)})
    institutions = _commands_named_for_their_station(doc, institutions, base, gaz)
    # Institution mentions absorb the adjective/possessive state mention they were built on.
    covered = {i for m in institutions for i in range(m.start, m.end)}
    mentions = [m for m in base + attitudes if not any(i in covered for i in range(m.start, m.end))] + institutions + people + guards
    used = {i for m in mentions for i in range(m.start, m.end)}
    named = _named_organisations(doc, used, [m for m in base if m.kind == "state"], gaz)
    # A name that opens with a state's adjective ("the <Adjective> Observatory for ...") absorbs it.
    inside_named = {i for m in named for i in range(m.start, m.end)}
    mentions = [m for m in mentions if not (m.kind == "state" and m.start in inside_named)] + named
    mentions += _kin_group_mentions(doc, {i for m in mentions for i in range(m.start, m.end)}, gaz.words)
    mentions = _bracketed_acronyms(doc, mentions, named)
    used = {i for m in mentions for i in range(m.start, m.end)}
    mentions += _unit_mentions(doc, used, [m for m in base if m.kind == "state"], gaz.words, named)
    used = {i for m in mentions for i in range(m.start, m.end)}
    unplaced += _relational_mentions(doc, gaz.words)
    mentions += [m for m in unplaced if not any(i in used for i in range(m.start, m.end)) and _heads_its_phrase(tokens[m.end - 1])]
    mentions = _members_of_named_groups(doc, mentions)
    mentions = _domestic_groups_in_their_arena(doc, mentions, info, gaz)

    text = source_text(doc)  # spans quote the article, not the model's unwrapped copy
    drafts: dict[str, _ActorDraft] = {}
    order: list[str] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.form == _GEOCODED:
            continue  # a city named as a place locates an event; it is no actor's name
        draft = drafts.get(mention.key)
        if draft is None:
            draft = _draft_for(mention, gaz, info, names, doc)
            drafts[mention.key] = draft
            order.append(mention.key)
        span = doc[mention.start : mention.end]
        draft.spans.append(Span(span.start_char, span.end_char, text[span.start_char : span.end_char]))
    ids = {key: f"a{n}" for n, key in enumerate(order, 1)}
    for mention in mentions:
        mention.actor_id = ids.get(mention.key, "")
    actors = [
        Actor(
            id=ids[key],
            name=drafts[key].name,
            kind=drafts[key].kind,  # type: ignore[arg-type]
            country=drafts[key].country,
            sector=drafts[key].sector,
            role=drafts[key].role,
            code=_actor_code(drafts[key]),
            mentions=tuple(drafts[key].spans),
        )
        for key in order
    ]
    # A group whose state the text leaves open is an actor of the article, but no event's
    # participant: left out of the index, it never hides a coded actor in the same phrase. So is
    # a state named by an attitude: the events layer would read "anti-X sanctions" as X's own.
    # The agency credited in a dateline ("KYIV, May 2 (Reuters) -", "Tehran, IRNA --") filed the
    # story: an actor of the article, never a party to what it reports.
    credits = _dateline_credits(doc, mentions, gaz.dateline_separators)
    return actors, MentionIndex(doc, [m for m in mentions if not m.key.startswith(_OPEN_STATE) and not m.attitude and m not in credits], [m for m in mentions if m.attitude], gaz.words)


#: How far into an article a dateline's credit may stand ("BUENOS AIRES, March 8 (Telam) -").
_DATELINE_CREDIT_REACH = 12


def _dateline_credits(doc: Any, mentions: list[Mention], separators: frozenset[str]) -> list[Mention]:
    """News outlets named as a dateline's credit: in brackets ("(Reuters)") or between a comma
    and one of the ``separators`` that open the story (", IRNA --"), within the article's first words."""
    tokens = doc_tokens(doc)
    credits = []
    for mention in mentions:
        if mention.sector != "MED" or mention.start == 0 or mention.start > _DATELINE_CREDIT_REACH or mention.end >= len(doc):
            continue
        before, after = tokens[mention.start - 1].text, tokens[mention.end].text
        if (before == "(" and after == ")") or (before == "," and after in separators):
            credits.append(mention)
    return credits


#: How close a place name must be to a state's name to be read as a misspelling of it
#: ("Afganistan", "Phillipines"): difflib's ratio, and the shortest name so compared.
_SPELLING_CUTOFF = 0.9
_SPELLING_MIN_LENGTH = 7


def _misspelled_states(doc: Any, gaz: Gazetteer, base: list[Mention]) -> list[Mention]:
    """One-word places spaCy sees that no gazetteer lists but that are a letter away from a
    state's name ("Afganistan"): that state."""
    from difflib import get_close_matches

    used = {i for m in base for i in range(m.start, m.end)}
    found = []
    for ent in doc.ents:
        token = ent[-1]
        if ent.label_ != "GPE" or len(ent) != 1 or token.i in used or len(token.text) < _SPELLING_MIN_LENGTH or not token.is_title:
            continue
        if gaz.geocoder is not None and gaz.geocoder.geocode(token.text) is not None:
            continue  # a real place of that name
        names = gaz.state_names()
        close = get_close_matches(token.text.casefold(), names, n=2, cutoff=_SPELLING_CUTOFF)
        if len(close) != 1 or close[0][0] != token.lower_[0]:
            continue
        entry = names[close[0]]
        found.append(Mention(token.i, token.i + 1, entry.key, "state", entry.country, "name", None, _is_place(doc[token.i : token.i + 1], gaz)))
    return found


_GEOCODED_FEATURES = ("city", "capital", "region")
#: spaCy labels a place name may carry: the small model often takes a town for a people, a body or a person.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON"})
_GEOCODED = "place"  # the form of a mention found by the geocoder


def _geocoded_places(doc: Any, gaz: Gazetteer, base: list[Mention]) -> list[Mention]:
    """Cities and regions the gazetteers do not list, written as places ("meet in Zurich",
    "exercises in Alaska", "the mayor of <town>", "visited <town>"): their state, as a place
    mention, so an event's location is known. A town the small model takes for a person counts
    only in a state the text names; a name that is only another town's alternate name, too."""
    tokens = doc_tokens(doc)
    if gaz.geocoder is None:
        return []
    used = {i for m in base for i in range(m.start, m.end)}
    named = _named_states(base)
    found = []
    for ent in doc.ents:
        if ent.label_ not in _PLACE_LABELS:
            continue
        start = ent.start + (1 if tokens[ent.start].lower_ == "the" else 0)
        if start >= ent.end or any(i in used for i in range(start, ent.end)):
            continue
        span = doc[start : ent.end]
        if not span[0].is_title or not (_is_place(span, gaz) or _visited(span, gaz)):
            continue
        if ent.label_ not in ("GPE", "LOC") and not all(t.pos_ == "PROPN" for t in span):
            continue  # the small model often labels a town a people ("near <town>"); a name only
        stated = _state_named_after(doc, ent.end, base, gaz.words)
        if stated is not None:
            # "in Korvenkyla, Finland": the state written after the town is the town's.
            found.append(Mention(start, ent.end, f"state:{stated}", "state", stated, _GEOCODED, None, True))
            continue
        place = gaz.geocoder.geocode(span.text, named=named)
        if place is None or place.feature not in _GEOCODED_FEATURES or place.country not in gaz.states:
            continue
        if ent.label_ == "PERSON" and place.country not in (named or ()):
            continue  # "near Jackson": a person's name as often as a town's
        found.append(Mention(start, ent.end, f"state:{place.country}", "state", place.country, _GEOCODED, None, True))
    return found


@lru_cache(maxsize=8)
def _mark_starts(marks: frozenset[str]) -> frozenset[str]:
    """The first characters of ``marks`` (a dateline's "--" starts with "-"), derived once per word list."""
    return frozenset(mark[:1] for mark in marks)


def _state_named_after(doc: Any, end: int, base: list[Mention], words: ResolverWords) -> str | None:
    """The state a place name is qualified by: "<Town>, <State>" (a comma, then the state's name,
    then a closing mark or the sentence's end). A state that opens a list ("in <Town>, <State> and
    <State>", "<Town>, <State>, <State>") is a list's item, not the town's state."""
    tokens = doc_tokens(doc)
    if end >= len(doc) or tokens[end].text != ",":
        return None
    state = next((m for m in base if m.start == end + 1 and m.kind == "state" and m.form == "name" and m.country), None)
    if state is None:
        return None
    after = state.end
    # a closing mark: a dateline's ("<TOWN>, <State> (AP) -") or a sentence's ("in <Town>, <State>, on ...")
    if after < len(doc) and not tokens[after].is_sent_start and tokens[after].text not in _mark_starts(words.dateline_marks) | words.qualifier_closers:
        return None  # "in <Town>, <State> and <State>": coordinated, not closed
    if after + 1 < len(doc) and tokens[after].text == "," and any(m.start == after + 1 and m.kind == "state" for m in base):
        return None  # "<Town>, <State>, <State> and ...": a list
    return state.country


#: Marks that join two states' codes in a tabular record ("JPN-KOR-USA", "KOR → POL").
_CODE_JOINERS = frozenset({"-", "→", "/", "->"})


def _state_code_chains(doc: Any, gaz: Gazetteer, base: list[Mention]) -> list[Mention]:
    """Digests and tables write states as their ISO codes joined by a dash or an arrow
    ("JPN-KOR-USA", "KOR → POL"): each code of such a chain is its state. A lone capitalised
    three-letter word is too often an acronym to count."""
    tokens = doc_tokens(doc)
    used = {i for m in base for i in range(m.start, m.end)}

    def is_code(i: int) -> bool:
        return 0 <= i < len(doc) and len(tokens[i].text) == 3 and tokens[i].text.isupper() and tokens[i].text.isalpha() and tokens[i].text in gaz.states

    found = []
    for token in tokens:
        i = token.i
        if i in used or not is_code(i):
            continue
        joined = (i + 2 < len(doc) and tokens[i + 1].text in _CODE_JOINERS and is_code(i + 2)) or (i >= 2 and tokens[i - 1].text in _CODE_JOINERS and is_code(i - 2))
        if joined:
            found.append(Mention(i, i + 1, f"state:{token.text}", "state", token.text, "name"))
    return found


def _state_descriptions(doc: Any, gaz: Gazetteer, base: list[Mention]) -> list[Mention]:
    """"the kingdom", "the emirate's forces", "the island nation", "the alliance": a definite
    description of a state or an organisation, the article right before its noun, refers back to
    the one named before it that it can describe. "The Kingdom of X" is X's own name, and a
    description with no such state or organisation before it, or with two, names no one."""
    tokens = doc_tokens(doc)
    descriptions = gaz.words.state_descriptions
    used = {i for m in base for i in range(m.start, m.end)}
    named = [m for m in base if m.code and not m.attitude and (m.kind == "state" or m.key.startswith("org:"))]
    found = []
    for token in tokens:
        if token.i in used or token.pos_ not in ("NOUN", "PROPN"):
            continue
        start = token.i - 1 if token.i > 0 else token.i
        codes = descriptions.get(f"{tokens[start].lower_} {token.lower_}") if token.i > 0 else None
        if codes is None:
            start = token.i
            codes = descriptions.get(token.lower_)
        if codes is None and token.lower_ in gaz.words.any_state_descriptions:
            codes = gaz.states.keys()
        if codes is None or start in used or start - 1 in used:
            continue  # "the NATO alliance": the name before the noun is the mention
        if token.i + 1 < len(doc) and tokens[token.i + 1].lower_ in gaz.words.description_name_links:
            continue
        if not (start > 0 and tokens[start - 1].lower_ in gaz.words.description_articles):
            continue  # "the enlarged alliance": a modified description may describe anew
        # "Spain agreed to sell the kingdom corvettes": the subject of its own clause is another state.
        others = {m.code for m in named if m.start in _controlling_subjects(token)}
        candidates = [m for m in named if m.end <= start and m.code in codes and m.code not in others]
        if len({m.code for m in candidates}) != 1:
            continue  # none named before, or two it could be ("NATO and the CSTO ... the alliance")
        antecedent = candidates[-1]
        if antecedent.kind != "state" and not _only_organisation_before(doc, gaz, base, start, token.lower_, codes, antecedent):
            continue  # "Amnesty criticised NATO's strikes, and the organisation ...": either may be meant
        span = doc[start : token.i + 1]
        if antecedent.kind == "state":
            found.append(Mention(start, token.i + 1, antecedent.key, "state", antecedent.country, "name", None, _is_place(span, gaz)))
        else:
            found.append(Mention(start, token.i + 1, antecedent.key, antecedent.kind, antecedent.country, antecedent.form, antecedent.sector, parent=antecedent.parent))
    return found


def _only_organisation_before(doc: Any, gaz: Gazetteer, base: list[Mention], start: int, noun: str, codes: Any, antecedent: Mention) -> bool:
    """Whether ``antecedent`` is the one organisation named before ``start`` that the
    description ``noun`` could describe. "The organisation" can describe any, so a second one
    named before, listed or not (an unlisted one the parser tags ORG too), leaves it open; a
    narrow description ("the alliance", "the bloc") skips organisations it cannot describe: a
    listed one of another kind (the IAEA is no bloc) and any unlisted one (a think tank quoted
    before is no alliance)."""
    describes_any = noun in gaz.words.any_organisation_descriptions
    others: set[str] = set()
    for m in base:
        if m.kind != "organization" or m.attitude or m.end > start or m.code == antecedent.code:
            continue
        if m.code is not None and m.code not in codes and not describes_any:
            continue
        others.add(m.key)
    covered = {i for m in base for i in range(m.start, m.end)}
    if describes_any:
        others |= {ent.text for ent in doc.ents if ent.label_ == "ORG" and ent.end <= start and not any(i in covered for i in range(ent.start, ent.end))}
    return not others


def _controlling_subjects(token: Any) -> set[int]:
    """Token indices of the subjects of the verb ``token`` depends on and of the verbs that
    control it ("X agreed to sell <token>": X's tokens)."""
    verb = token.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    found: set[int] = set()
    for _ in range(4):
        found |= {t.i for child in verb.children if child.dep_ in ("nsubj", "nsubjpass") for t in child.subtree}
        if verb.dep_ != "xcomp" or verb.head == verb:
            break
        verb = verb.head
    found -= {t.i for t in token.subtree}
    return found


def _combining_forms(doc: Any, gaz: Gazetteer, base: list[Mention]) -> list[Mention]:
    """"Franco-British", "Sino-Russian": the first half of a compound adjective of two states,
    before a hyphen and a state's adjective or name, is its state's adjective too."""
    tokens = doc_tokens(doc)
    forms = gaz.words.combining_forms
    starts = {m.start: m for m in base if m.kind == "state" and m.country and m.form in ("adjective", "name")}
    used = {i for m in base for i in range(m.start, m.end)}
    found = []
    for token in doc[:-2]:
        country = forms.get(token.text)
        following = starts.get(token.i + 2)
        if country is None or token.i in used or tokens[token.i + 1].text != "-" or following is None or following.country == country or country not in gaz.states:
            continue
        found.append(Mention(token.i, token.i + 1, f"state:{country}", "state", country, "adjective"))
    return found


_DATELINE_MAX_WORDS = 4


def _dateline_places(doc: Any, gaz: Gazetteer, base: list[Mention]) -> list[Mention]:
    """The place of a dateline in capitals that no other reading found ("OSLO, March 14 (Reuters)",
    "KARACHI:", "RIO DE JANEIRO, Aug 26"): the lookup of names in capitals skips short words
    (acronyms) and the geocoder reads only names spaCy tags in title case. At the head of a line
    and closed by a dateline's punctuation, the words name a place: a state's form, else a city
    the geocoder knows. The mention locates the article (it gives institutions their state) and is
    no actor."""
    tokens = doc_tokens(doc)
    used = {i for m in base for i in range(m.start, m.end)}
    found = []
    for token in tokens:
        if not (token.i == 0 or "\n" in tokens[token.i - 1].whitespace_ or tokens[token.i - 1].text.strip() == ""):
            continue
        end = token.i
        while end < len(doc) and end - token.i < _DATELINE_MAX_WORDS and tokens[end].is_alpha and tokens[end].is_upper:
            end += 1
        # the punctuation that closes a wire dateline's place ("OSLO, March 14", "KARACHI (Dawn)", "LIMA -"): a dateline mark's first character
        if end == token.i or end >= len(doc) or tokens[end].text[:1] not in _mark_starts(gaz.words.dateline_marks):
            continue
        if any(i in used for i in range(token.i, end)) or len(doc[token.i : end].text) < 4:
            continue
        text = doc[token.i : end].text
        if text.lower() in gaz.words.section_headings:
            continue  # "AFRICA:" heads a section of a digest; the geocoder knows a town so named
        country = next((f.entry.country for f in gaz.lookup(text.title()) if f.entry.kind == "state" and f.form in ("name", "capital", "metonym")), None)
        if country is None:
            # "KORVENKYLA, Finland (Reuters) -": the state the dateline names after the town is the town's.
            country = _state_named_after(doc, end, base, gaz.words)
        if country is None and gaz.geocoder is not None:
            place = gaz.geocoder.geocode(text, named=_named_states(base))
            if place is not None and place.feature in _GEOCODED_FEATURES and place.country in gaz.states:
                country = place.country
        if country is not None:
            found.append(Mention(token.i, end, f"state:{country}", "state", country, _GEOCODED, None, True))
    return found


def _named_states(mentions: list[Mention]) -> set[str] | None:
    """The states a text names (for the geocoder's stricter lookup), or None when it names none."""
    return {m.country for m in mentions if m.kind == "state" and m.country} or None


def _visited(span: Any, gaz: Gazetteer) -> bool:
    """Whether ``span`` is the object of a movement verb ("visited <town>", "toured <town>")."""
    head = span.root
    return head.dep_ == "dobj" and head.head.lemma_ in gaz.words.motion_words


def _seats_of_organisations(doc: Any, gaz: Gazetteer, base: list[Mention]) -> list[Mention]:
    """"The EU ... ; Brussels urged Minsk to ...": a capital that also seats organisations
    (``organisation_seats``), written as an actor heading its phrase in a story that names
    exactly one of them, stands for that organisation; else for its own state."""
    tokens = doc_tokens(doc)
    seats = gaz.words.organisation_seats
    named = {m.code for m in base if m.key.startswith("org:")}
    result = []
    for mention in base:
        text = doc[mention.start : mention.end].text
        if mention.form in ("capital", "metonym") and text in seats and not mention.is_place and _heads_its_phrase(tokens[mention.end - 1]):
            present = [ident for ident in seats[text] if ident in named]
            entry = gaz.entries.get(f"org:{present[0]}") if len(present) == 1 else None
            if entry is not None:
                mention = Mention(mention.start, mention.end, entry.key, entry.kind, entry.country, "metonym", entry.sector, parent=entry.parent)
        result.append(mention)
    return result


def _acronyms_owned_by_another_state(doc: Any, base: list[Mention]) -> list[Mention]:
    """"<State>'s <ACRONYM>" where the gazetteer's body of that acronym belongs to another state
    ("<State>'s NIS" is no foreign spy agency): the acronym names a body of the possessive's
    state, here and wherever the text uses it again."""
    tokens = doc_tokens(doc)
    owners: dict[str, Mention] = {}
    for mention in base:
        text = doc[mention.start : mention.end].text
        if mention.kind == "state" or not mention.country or mention.end - mention.start != 1 or not _is_acronym(text) or mention.start < 2:
            continue
        if tokens[mention.start - 1].tag_ != "POS":
            continue
        owner = next((m for m in base if m.kind == "state" and m.country and m.end == mention.start - 1), None)
        if owner is not None and owner.country != mention.country:
            owners[text] = owner
    if not owners:
        return base
    result = []
    for mention in base:
        owner = owners.get(doc[mention.start : mention.end].text) if mention.kind != "state" else None
        if owner is not None:
            text = doc[mention.start : mention.end].text
            mention = Mention(mention.start, mention.end, "named:" + name_key(text), "organization", owner.country, "named")
        result.append(mention)
    return result


def _services_of_another_state(doc: Any, base: list[Mention], links: frozenset[str]) -> list[Mention]:
    """"the Royal Air Force of Jordan", "the Royal Navy of <State>": a listed armed service of one
    state, written with a link word ("of") and another state right after it, names that other
    state's service of the same name (many monarchies style theirs so), not the listed one."""
    states = {m.start: m for m in base if m.kind == "state" and m.country}
    result = []
    for mention in base:
        if mention.kind != "state" and mention.sector == "MIL" and mention.country and mention.key.startswith("org:"):
            owner = next((states.get(mention.end + n) for n in (2, 1) if " ".join(t.lower_ for t in doc[mention.end : mention.end + n]) in links), None)
            if owner is not None and owner.country != mention.country:
                name = doc[mention.start : mention.end].text
                mention = Mention(mention.start, mention.end, f"inst:{owner.country}:{name}", "organization", owner.country, "institution", "MIL")
        result.append(mention)
    return result


def _commands_named_for_their_station(doc: Any, institutions: list[Mention], base: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"U.S. Forces Korea", "British Forces Cyprus", "the French Army Support Element Chad": a
    state's armed service whose name ends with the state it is stationed in is the first state's
    command; the host's name is part of it, no actor of its own (the name's head is the host's
    word, so it would otherwise speak for the command). Only station-name words
    (``resolver.toml [station_name_words]``) may stand between service and host."""
    tokens = doc_tokens(doc)
    states = {m.start: m for m in base if m.kind == "state" and m.form == "name" and m.country}
    station_words = gaz.words.station_name_words
    result = []
    for mention in institutions:
        if mention.sector == "MIL" and mention.country:
            j = mention.end
            while j < len(doc) and j not in states and tokens[j].is_title and tokens[j].lower_ in station_words:
                j += 1
            host = states.get(j)
            closes = host is not None and (host.end >= len(doc) or not (tokens[host.end].is_title and tokens[host.end].pos_ == "PROPN"))
            if closes and host.country != mention.country and tokens[mention.end - 1].is_title:
                mention = replace(mention, end=host.end)
        result.append(mention)
    return result


def _names_a_ship(doc: Any, mention: Mention, gaz: Gazetteer) -> bool:
    """"the destroyer Canberra", "INS Kolkata": a city's or capital's name right after a vessel noun
    or a ship prefix is the ship's (navies name ships after towns), no place nor government;
    unless the name opens a clause on the vessel noun ("the frigate Paris sold to Cairo": the
    government that sold it)."""
    tokens = doc_tokens(doc)
    if mention.kind != "state" or mention.form not in ("capital", _GEOCODED) or mention.start == 0:
        return False
    before = tokens[mention.start - 1]
    if not (tokens[mention.start].is_title and (before.is_lower or before.is_upper) and before.lower_.strip(".") in gaz.words.ship_prefixes):
        return False
    return not _opens_a_clause_on_the_vessel(doc, mention)


def _opens_a_clause_on_the_vessel(doc: Any, mention: Mention) -> bool:
    """Whether the name right after a vessel noun is the subject of a clause on that noun, with
    no relative word ("the frigate Paris sold to Cairo", "the corvette Beijing built for ..."):
    the verb follows the name at once and hangs on the name or the noun as a clause."""
    tokens = doc_tokens(doc)
    name = tokens[mention.end - 1]
    if mention.end >= len(doc):
        return False
    verb = tokens[mention.end]
    nouns = {name.i, mention.start - 1}
    if verb.pos_ == "VERB" and verb.dep_ in ("acl", "relcl") and verb.head.i in nouns:
        return True
    return name.dep_ == "nsubj" and name.head.i == verb.i and verb.dep_ in ("acl", "relcl")


_KOREAS = {"north": "PRK", "south": "KOR"}


def _korean_halves(doc: Any, base: list[Mention]) -> list[Mention]:
    """"the North" / "the South" in a story that names a Korea: that Korea's state."""
    tokens = doc_tokens(doc)
    if not any(m.country in ("PRK", "KOR") and m.kind == "state" for m in base):
        return []
    found = []
    for token in tokens:
        if token.text in ("North", "South") and token.i > 0 and tokens[token.i - 1].lower_ == "the":
            if token.i + 1 < len(doc) and tokens[token.i + 1].pos_ == "PROPN":
                continue  # "the South China Sea"
            country = _KOREAS[token.lower_]
            found.append(Mention(token.i, token.i + 1, f"state:{country}", "state", country, "name"))
    return found


def _named_organisations(doc: Any, used: set[int], states: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Organisations the gazetteers do not list but spaCy names ("the 158th Fighter Wing",
    "the Serbian Progressive Party"): actors of their own, with a country when an adjective
    or "of X" gives one."""
    tokens = doc_tokens(doc)
    words = gaz.words
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG" and not (ent.label_ == "PERSON" and _names_a_unit(ent, words) and gaz.known_person(ent.text, surname_ok=False) is None):
            continue
        start, end = ent.start, ent.end
        while start < end and tokens[start].lower_ in ("the", "a", "an"):
            start += 1
        while end > start and tokens[end - 1].tag_ == "POS":
            end -= 1  # "the <Name>'s": the possessive is no part of the name
        if start >= end:
            continue
        leading = _leading_state(doc, start, end, used, states)
        # "the Alliance of <Region> <People>": a people's name after the name's "of" is part of it.
        inner = {i for m in states if m.form in ("demonym", "adjective") and start < m.start and any(t.lower_ == "of" for t in doc[start : m.start]) and m.end <= end for i in range(m.start, m.end)}
        if any(i in used and i not in inner for i in range(start if leading is None else leading.end, end)):
            continue
        first = tokens[start]
        if not (first.is_title or first.is_upper or first.like_num):
            continue
        if end - start == 1 and not (first.is_upper and len(first.text) >= 2):
            continue  # one capitalised word ("Defence") is too often a misfire; acronyms pass
        if first.lower_ == "operation" and end - start > 1:
            continue  # "Operation Desert Storm" names a military operation, not an actor
        if first.is_upper and first.lower_.strip(".") in words.ship_prefixes and end - start > 1:
            continue  # "HMS Daring" is a ship
        if end - start == 1 and first.lower_ in words.weapon_acronyms:
            continue  # "a VBIED" is a weapon
        if any(_names_a_product(doc[start:k], gaz) for k in range(start + 1, end) if any(f.form == "company" for f in gaz.lookup(doc[start:k].text))):
            continue  # "Eurofighter Typhoons": a maker's model
        text = doc[start:end].text
        described, armed = _description(doc, start, states, gaz)
        regional = _region_of_force(doc, start, end, gaz) if leading is None and not armed else None
        country = leading or regional or _country_near(doc, start, end, states) or described
        sector = "REB" if armed else "MIL" if regional is not None and country is regional else None
        if country is None and not armed and _names_a_national_force(text, words.national_force_nouns):
            country = _dateline_mention(doc, states, words)
            sector = "MIL" if country is not None else None
        # "<Adjective> separatist group <Name>": an armed group based in that state, never the state.
        found.append(Mention(start, end, "named:" + name_key(text), "group" if armed else "organization", country.country if country else None, "named", sector))
    return found


def _region_of_force(doc: Any, start: int, end: int, gaz: Gazetteer) -> Mention | None:
    """"the Iowa National Guard", "the Arizona Air National Guard": a service named after a
    region of a state (a US state, a province) is that state's, whatever other state the
    sentence names."""
    if gaz.geocoder is None or end - start < 3 or not _names_a_national_force(doc[start:end].text, gaz.words.national_force_nouns):
        return None
    for length in (1, 2):
        place = gaz.geocoder.geocode(doc[start : start + length].text)
        if place is not None and place.feature == "region" and place.country in gaz.states:
            return Mention(start, start + length, f"state:{place.country}", "state", place.country, "context")
    return None


def _state_guard_mentions(doc: Any, gaz: Gazetteer, base: list[Mention]) -> list[Mention]:
    """A federated state's name written right before its force's noun ("the Vermont National
    Guard", "Idaho Guardsmen", "the Kansas Air Guard"): the federation's armed forces, the
    state's name part of the force, never a place. A name that is also a country's ("Georgia")
    is the country's force only where the text tells of that country in other words (its
    capital, its adjective) and never of the federation; else the federation's."""
    federal = gaz.federal_states
    nouns = gaz.words.state_guard_nouns
    # A force's noun ends in one of a few words ("Guard", "Guardsmen"): only the few tokens
    # before one can start a match, so most articles are never scanned.
    last_words = {noun.split()[-1] for noun in nouns}
    starts = {i - k for i, words in enumerate(_token_words(doc)) if last_words.intersection(words) for k in range(1, 7)}
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        if i not in starts:
            i += 1
            continue
        match = _state_guard_at(doc, i, federal, nouns)
        if match is None:
            i += 1
            continue
        end, name_end, country = match
        name = doc[i:name_end].text
        foreign = next((f.entry.country for f in gaz.lookup(name) if f.entry.kind == "state" and f.entry.country != country), None)
        outside = [m for m in base if not (i <= m.start < end)]
        federation_told = any(m.country == country for m in outside) or any(g.country == country for g in found)
        # The bare shared name elsewhere ("Georgia") tells of neither; "Tbilisi" or "Georgian" does.
        country_told = foreign is not None and any(m.country == foreign and doc[m.start : m.end].text.lower() != name.lower() for m in outside)
        owner = foreign if country_told and not federation_told else country
        found.append(Mention(i, end, "named:" + name_key(doc[i:end].text), "organization", owner, "named", "MIL"))
        i = end
    return found


def _state_guard_at(doc: Any, i: int, federal: dict[str, str], nouns: frozenset[str]) -> tuple[int, int, str] | None:
    """(end, end of the state's name, federation) of a state's force named from token ``i``."""
    for n in (3, 2, 1):
        name = doc[i : i + n]
        if len(name) < n or not all(t.is_title or t.is_upper or (t.is_lower and 0 < k < n - 1) for k, t in enumerate(name)):
            continue
        country = federal.get(" ".join(t.lower_ for t in name))
        if country is None:
            continue
        for g in (3, 2, 1):
            noun = doc[i + n : i + n + g]
            if len(noun) == g and all(t.is_title or t.is_upper for t in noun) and " ".join(t.lower_ for t in noun) in nouns:
                return i + n + g, i + n, country
    return None


def _overlaps(mention: Mention, indices: set[int]) -> bool:
    return any(i in indices for i in range(mention.start, mention.end))


def _names_a_national_force(name: str, nouns: frozenset[str]) -> bool:
    """Whether ``name`` ends with the noun of a state's armed service ("... Army", "... Armed Forces")."""
    words = name.lower().split()
    return any(" ".join(words[-n:]) in nouns for n in (1, 2)) and len(words) > 1


def _kin_group_mentions(doc: Any, used: set[int], words: Any) -> list[Mention]:
    """Tribes and clans named before their noun ("the <Name> tribe", "the Al bu <Name> clan"):
    organisations of their own, with no state (a tribe often spans borders), so no event's
    participant; their name is never a person's."""
    tokens = doc_tokens(doc)
    found = []
    for token in tokens:
        if token.lower_ not in words.kin_groups or token.i in used:
            continue
        start = token.i
        while start > 0 and tokens[start - 1].i not in used and (tokens[start - 1].pos_ == "PROPN" or (tokens[start - 1].is_lower and tokens[start - 1].lower_ in _KIN_NAME_PARTICLES)):
            start -= 1
        while start < token.i and not tokens[start].is_title:
            start += 1
        if start == token.i:
            continue  # "the tribe", "a large clan": no name
        text = doc[start : token.i + 1].text
        found.append(Mention(start, token.i + 1, "named:" + name_key(text), "organization", None, "named"))
    return found


#: Lower-case words inside an Arab tribe's name ("Al bu <Name>": "the family of").
_KIN_NAME_PARTICLES = frozenset({"al", "bu", "bani", "beni", "ibn", "bin"})


def _description(doc: Any, start: int, states: list[Mention], gaz: Gazetteer) -> tuple[Mention | None, bool]:
    """The state of a description right before a name and whether it describes an armed group:
    "<Adjective> energy group <Name>", "<Adjective> separatist group <Name>": a state's adjective,
    a few lower-case words and a descriptor noun (``descriptor_nouns``); the group is armed when
    those words hold an institution phrase of the REB sector ("separatist", "armed group")."""
    tokens = doc_tokens(doc)
    i = start - 1
    if i < 1 or tokens[i].lower_ not in gaz.words.descriptor_nouns:
        return None, False
    while i > 0 and start - i <= 3 and tokens[i - 1].is_lower and tokens[i - 1].pos_ in ("NOUN", "ADJ"):
        i -= 1
    words = [t.lower_ for t in doc[i:start]]
    phrases = {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1)}
    armed = any(form.entry.sector == "REB" and form.text in phrases for form in gaz.institutions)
    return next((m for m in states if m.end == i and m.form == "adjective" and m.kind == "state" and m.country), None), armed


def _bracketed_acronyms(doc: Any, mentions: list[Mention], named: list[Mention]) -> list[Mention]:
    """"The <Name> (<ACRONYM>)": an acronym the text defines in brackets after a name spaCy tags
    an organisation, or after a body already resolved ("the Armed Forces of <State> (AFP)"),
    names that body wherever the text uses it, whatever its initials (a party's acronym in its
    own language) and whatever body the gazetteer gives it (a news agency of the same letters)."""
    tokens = doc_tokens(doc)
    defined: dict[str, Mention] = {}
    bodies = [m for m in mentions if m.kind == "organization" and m.form != "named"]
    for organisation in [*named, *bodies]:
        end = organisation.end
        if end + 2 < len(doc) and tokens[end].text == "(" and tokens[end + 2].text == ")" and _is_acronym(tokens[end + 1].text):
            defined.setdefault(tokens[end + 1].text, organisation)
    if not defined:
        return mentions
    result, seen = [], set()
    for mention in mentions:
        organisation = defined.get(doc[mention.start : mention.end].text)
        if organisation is not None and mention.kind != "state" and mention is not organisation:
            mention = Mention(mention.start, mention.end, organisation.key, organisation.kind, organisation.country, organisation.form, organisation.sector, parent=organisation.parent)
        seen.update(range(mention.start, mention.end))
        result.append(mention)
    for token in tokens:
        organisation = defined.get(token.text)
        if organisation is not None and token.i not in seen and token.i > organisation.end:
            result.append(Mention(token.i, token.i + 1, organisation.key, organisation.kind, organisation.country, organisation.form, organisation.sector, parent=organisation.parent))
    return result


def _leading_state(doc: Any, start: int, end: int, used: set[int], states: list[Mention]) -> Mention | None:
    """The state adjective or name that opens a longer capitalised name spaCy tags ORG ("<Adjective>
    Observatory for Human Rights", "<Adjective> Democratic Council", "<State> Assembly"), when the
    rest of the name is free capitalised words: the organisation's country, and part of its name."""
    tokens = doc_tokens(doc)
    mention = next((m for m in states if m.start == start and m.form in ("adjective", "name") and m.kind == "state" and m.country), None)
    if mention is None or mention.end >= end or any(i in used for i in range(mention.end, end)):
        return None
    if not tokens[mention.end].is_title:
        return None  # "<Adjective> forces": a noun phrase, not a name
    return mention


def _draft_for(mention: Mention, gaz: Gazetteer, info: dict[str, _PersonInfo], names: dict[str, str], doc: Any) -> _ActorDraft:
    if mention.kind == "person":
        person = info.get(mention.key)
        role = person.role if person else None
        return _ActorDraft(
            mention.key,
            names.get(mention.key, mention.key.split(":", 1)[1].title()),
            "person",
            mention.country,
            role.sector if role else (person.sector if person else None),
            role.role if role else None,
            code_id=None if mention.country else mention.org,
        )
    if mention.key.startswith("inst:"):
        _, country, name = mention.key.split(":", 2)
        if country in (UNNAMED_GROUP, ""):
            # An unnamed armed group keeps the home a place gave it ("<region> rebels"), if any.
            return _ActorDraft(mention.key, name, mention.kind, mention.country if mention.org == UNNAMED_GROUP else None, mention.sector)
        state = gaz.state(country)
        label = f"{state.name if state else country} {name}"
        return _ActorDraft(mention.key, label, mention.kind, country, mention.sector)
    kind, ident = mention.key.split(":", 1)
    if kind == "named":
        return _ActorDraft(mention.key, doc[mention.start : mention.end].text, mention.kind, mention.country, mention.sector)
    if kind == "state":
        state = gaz.state(ident)
        return _ActorDraft(mention.key, state.name if state else ident, "state", ident, None)
    entry = gaz.entries.get(mention.key)
    name = entry.name if entry else ident
    return _ActorDraft(mention.key, name, mention.kind, mention.country, mention.sector)


def _actor_code(draft: _ActorDraft) -> str | None:
    """A CAMEO-style actor code: country + sector (SRBGOV, HUNMIL), IGO + id for organisations."""
    if draft.kind == "state":
        return draft.country
    if draft.key.startswith("org:") and not draft.country:
        ident = draft.key[4:].split("#", 1)[0]
        if ident[:3] in ("IGO", "NGO", "IMG"):
            return ident  # a Phoenix code, already written in full
        return ("IGO" if draft.sector == "IGO" else (draft.sector or "")) + ident
    if draft.country:
        return draft.country + (draft.sector or "")
    if draft.code_id:
        # An organisation's official ("UN Secretary-General X"): the organisation's code.
        return draft.code_id if draft.code_id[:3] in ("IGO", "NGO", "IMG") else "IGO" + draft.code_id
    return None
