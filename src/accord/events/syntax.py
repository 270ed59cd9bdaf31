"""Dependency-parse helpers: who is the subject, which actors a noun phrase names, and
what the clause says about whether the event happened.

Shared by the event coder and the defence extractors.
"""

from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable, Hashable, Mapping
from typing import Any, Iterable, TypeVar

from accord.actors.resolve import Mention, MentionIndex
from accord.events.lexicon import Lexicon
from accord.records import EventStatus

T = TypeVar("T")

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "appos"})
# Relative pronouns: the subject of a relative clause stands for the noun it modifies.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

# Auxiliaries that mark a clause as hypothetical or future.
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})


def subject_of(token: Any, means_verbs: frozenset[str] = frozenset()) -> tuple[Any | None, bool]:
    """The token heading the clause's actor, and whether it came from a passive 'by' agent.

    Climbs through infinitives ("wants to buy"), coordinated verbs ("condemned ... and
    called"), participle clauses ("..., calling it") and relative clauses. The object of a
    verb in ``means_verbs`` is what the act is done with, not who does it: "used Oman's bases
    to strike X" is the user's act ("let Y use its bases to strike X": Y's).
    """
    seen = 0
    current = token
    previous = token
    while current is not None and seen < 6:
        seen += 1
        children = list(current.children)
        passive = next((c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if passive is not None and not any(c.dep_ == "agent" for c in children):
            if current == token:
                return None, False  # "should one of them be invaded": a passive without "by" names no actor
            # Climbing from a complement: the passive subject is its subject ("Chile is due
            # to take delivery", "her brother died battling smugglers").
            return passive, False
        for child in children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    return current.head, False
                return child, False
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj, True
        # "X is opposed to ...": the parser may hang the subject on the auxiliary
        hung = next((g for c in children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in SUBJECT_DEPS), None)
        if hung is not None:
            return hung, False
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            # "expressed interest in buying": up through the preposition and the noun it modifies
            # to the verb whose object that noun is.
            noun = current.head.head
            if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "attr", "pobj") and noun.head != noun:
                current = noun.head if noun.dep_ != "pobj" else noun.head.head
                continue
        if current.dep_ in ("xcomp", "conj", "advcl", "acomp", "pcomp") and current.head != current:
            previous, current = current, current.head
            # An infinitive's subject is the object of "ask/urge X to ..." if there is one.
            controlled = previous.i == token.i or previous.lemma_.lower() in means_verbs
            if previous.dep_ == "xcomp" and controlled and current.lemma_.lower() not in means_verbs:
                for child in current.children:
                    if child.dep_ == "dobj":
                        return child, False
            continue
        if current.dep_ == "relcl":
            return current.head, False
        if current.dep_ == "acl":
            return None, False
        break
    return None, False


def nearest_verb(token: Any, limit: int = 4) -> Any | None:
    """The closest verb above ``token`` ("talks" in "Warsaw is in talks about a contract" -> "is")."""
    current = token
    for _ in range(limit):
        if current.head == current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def passive_subject(token: Any) -> Any | None:
    for child in token.children:
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            return child
    return None


def direct_object(token: Any) -> Any | None:
    for child in token.children:
        if child.dep_ in ("dobj", "obj"):
            return child
    passive = passive_subject(token)
    if passive is not None:
        return passive
    partner = shared_partner(token)
    return direct_object(partner) if partner is not None else None


def shared_partner(token: Any) -> Any | None:
    """The verb coordinated after ``token`` that carries the object both share: "donated and
    delivered medicine to X", "signed and ratified a treaty with Y". Only when ``token`` has no
    object or complement of its own and the partner no subject of its own ("X attacked and Y
    retaliated" share nothing)."""
    if token.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "xcomp", "ccomp", "prep", "dative") for c in token.children):
        return None
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ == "VERB" and child.i > token.i:
            if any(c.dep_ in SUBJECT_DEPS or c.dep_ in PASSIVE_SUBJECT_DEPS for c in child.children):
                return None
            return child if any(c.dep_ in ("dobj", "obj") for c in child.children) else None
    return None


def preposition_objects(token: Any, preposition: str) -> list[Any]:
    """pobj tokens of ``preposition`` attached to ``token`` or to its direct object (or to the
    verb it shares its object with: "donated and delivered aid to X")."""
    found = []
    heads = [token]
    partner = shared_partner(token)
    if partner is not None:
        heads.append(partner)
    obj = direct_object(token)
    if obj is not None:
        heads.append(obj)
    # "hopes for an alliance with Hungary", "took delivery of Typhoons from Qatar": the phrase
    # may hang from the verb's complement or from the object's own complement.
    for owner in list(heads):
        for child in owner.children:
            if child.dep_ == "prep" and child.lower_ != preposition:
                heads.extend(c for c in child.children if c.dep_ == "pobj")
    for head in heads:
        for child in prepositions(head):
            if child.lower_ == preposition:
                found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def prepositions(head: Any) -> list[Any]:
    """The prepositions hanging from ``head``, with the second word of a compound preposition
    the parser chains onto the first ("out of Chad", "up to the border", "away from the coast",
    "back into the site"): the first (a preposition with no object of its own, or a particle)
    passes its phrase on to the second."""
    found = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative"):
            found.append(child)
            if not any(c.dep_ == "pobj" for c in child.children):
                found.extend(c for c in child.children if c.dep_ == "prep")
        elif child.dep_ in ("prt", "advmod"):
            # "moved tanks up to the border", "sailed back into port": the particle carries it
            found.extend(c for c in child.children if c.dep_ == "prep")
    return found


def first_conjunct(token: Any) -> Any:
    """The first of the coordinated words ``token`` stands among ("Chile" for "Peru" in "Chile and
    Peru"): the one the parse hangs the whole phrase's relation on."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def conjuncts(token: Any) -> list[Any]:
    """The token and its coordinated siblings; "Chile, Peru, and Bolivia" sometimes
    parses the list as appositions."""
    found = [token, *token.conjuncts]
    for member in list(found):
        for child in member.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child not in found:
                found.append(child)
                found.extend(c for c in child.conjuncts if c not in found)
    return found


#: Dependencies a noun phrase is searched through for the actors it names: its modifiers,
#: prepositional phrases, coordinated nouns and participles, not its clauses.
PHRASE_DEPS = frozenset({*MODIFIER_DEPS, "prep", "pobj", "conj", "acl", "agent", "dobj", "pcomp"})

#: Modifiers through which a noun's own modifiers still name its actor: "US Predator attacks",
#: "Turkish Bayraktar TB3 drones", "Israeli tank shelling".
NESTED_MODIFIER_DEPS = frozenset({"compound", "nmod"})


def modifier_mentions(head: Any, index: MentionIndex, depth: int = 3) -> list[Mention]:
    """The mentions among ``head``'s modifiers (``MODIFIER_DEPS``), and among the modifiers of
    its compound modifiers, nearest first; a modifier that is a mention is not looked into."""
    found: list[Mention] = []
    level = [head]
    for _ in range(depth):
        below = []
        for node in level:
            for child in node.children:
                if child.dep_ not in MODIFIER_DEPS:
                    continue
                mention = index.at(child.i)
                if mention is not None:
                    found.append(mention)
                    found.extend(hyphen_partners(mention, child.doc, index))
                elif child.dep_ in NESTED_MODIFIER_DEPS:
                    below.append(child)
        if found or not below:
            break
        level = below
    return unique_mentions(found)


HYPHENS = frozenset({"-", "\u2013"})


def hyphen_partners(mention: Mention, doc: Any, index: MentionIndex) -> list[Mention]:
    """The states written hyphen-joined to ``mention`` ("Russian-Belarusian drills",
    "Latvian-Estonian-Lithuanian statement"): one compound adjective naming every party,
    however the parser attached its parts."""
    partners: list[Mention] = []
    for step in (-1, 1):
        current = mention
        while True:
            hyphen = current.start - 1 if step < 0 else current.end
            if not 0 < hyphen < len(doc) - 1 or doc[hyphen].text not in HYPHENS:
                break
            if doc[hyphen - 1].whitespace_ or doc[hyphen].whitespace_:
                break  # "Serbia - the largest ...": a dash, not a compound
            other = index.at(hyphen + step)
            if other is None or other.kind != "state" or other is mention:
                break
            partners.append(other)
            current = other
    return partners


def to_infinitive(verb: Any) -> bool:
    """A verb with its infinitive marker ("to serve", "plans to buy")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_perfect(verb: Any) -> bool:
    """``verb`` is told in a perfect ("had seized", "has held")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def is_past_or_perfect(verb: Any) -> bool:
    """``verb`` is told in a past tense ("closed", "had closed", "has closed")."""
    return verb.tag_ == "VBD" or is_perfect(verb)


def _finite_past(verb: Any) -> bool:
    """``verb`` heads a clause told in a past tense ("closed", "had closed", "has closed")."""
    return verb.dep_ == "ccomp" and is_past_or_perfect(verb)


def _title_mentions(head: Any, mention: Mention, index: MentionIndex) -> list[Mention]:
    """The coded mentions in the title or apposition of an uncoded name: its modifiers, and
    theirs, that are not part of the name itself."""
    found: list[Mention] = []
    stack = [c for c in head.children if c.dep_ in MODIFIER_DEPS]
    while stack:
        node = stack.pop(0)
        other = index.at(node.i)
        if other is not None and other.actor_id != mention.actor_id:
            if other.code:
                found.append(other)
            continue
        stack.extend(c for c in node.children if c.dep_ in MODIFIER_DEPS)
    return found[:1]


def unique_by(items: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    """Each item whose ``key`` has not been seen yet, in order."""
    seen: set[Hashable] = set()
    out = []
    for item in items:
        value = key(item)
        if value not in seen:
            seen.add(value)
            out.append(item)
    return out


def unique_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """Each actor once, in order."""
    return unique_by(mentions, lambda m: m.actor_id)


def in_word_list(token: Any, words: Any, particle_deps: tuple[str, ...] = ("prt",)) -> bool:
    """``token``'s lemma is in ``words``, alone or with a particle after it ("call off",
    "turn down"): the particle is a child by one of ``particle_deps``."""
    word = token.lemma_.lower()
    return word in words or any(f"{word} {c.lower_}" in words for c in token.children if c.dep_ in particle_deps)


def predicate_negated(word: Any) -> bool:
    """``word`` is negated, itself or, as a predicate adjective, through its copula ("is not willing")."""
    if any(c.dep_ == "neg" for c in word.children):
        return True
    return word.dep_ == "acomp" and any(c.dep_ == "neg" for c in word.head.children)


def governing_chain(token: Any, limit: int = 4) -> list[Any]:
    """The verbs above ``token`` through complement clauses: buy <- want <- say."""
    chain = []
    current = token
    while current.dep_ in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "dobj", "acomp") and len(chain) < limit:
        if current.head == current:
            break
        current = current.head
        chain.append(current)
    return chain


def complement_chain(token: Any, limit: int = 3) -> list[Any]:
    """The words whose complement ``token``'s clause is ("to sanction" <- "threatened"),
    without coordination: in "asked Vienna ... and urged Lisbon" neither verb holds the other."""
    chain = []
    current = token
    while current.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acomp") and len(chain) < limit:
        if current.head == current:
            break
        current = current.head
        chain.append(current)
    return chain


def sentence_evidence(sent: Any, trigger: Any | None = None) -> Any:
    """Evidence for a record found in ``sent``: the sentence without surrounding whitespace,
    and the trigger token's span."""
    from accord.nlp.lines import source_text
    from accord.records import Evidence, Span

    text = source_text(sent.doc)[sent.start_char : sent.end_char]
    start = sent.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    span = None
    if trigger is not None:
        span = Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text)
    return Evidence(stripped, start, start + len(stripped), span)


@dataclass(frozen=True, slots=True)
class Grammar:
    """The parse rules that need word lists (reporting verbs, intent and denial words, ...):
    built once per pipeline on its ``Lexicon`` and shared by the event coder and the
    defence extractors."""

    lexicon: Lexicon

    @classmethod
    def load(cls) -> "Grammar":
        return cls(Lexicon.load())

    def np_mentions(self, token: Any, index: MentionIndex, *, deep: bool = False, allow_places: bool = False) -> list[Mention]:
        """The actor mentions a noun phrase names, conjuncts included.

        The head itself (a state, a person, an institution) wins over its modifiers
        ("the Serbian side" -> Serbia). With ``deep`` the phrase may name its actors
        through a linking preposition or a participle ("the declaration signed by Albania").
        """
        found: list[Mention] = []
        for head in conjuncts(token):
            mention = index.at(head.i)
            if mention is not None and (allow_places or not mention.is_place):
                if mention.code is None:
                    # "EU High Representative Jonas Berg": a person the gazetteer does not know
                    # acts for the body or state of the title he is named with.
                    titled = _title_mentions(head, mention, index)
                    if titled:
                        found.extend(titled)
                        continue
                found.append(mention)
                if mention.kind == "state":
                    found.extend(hyphen_partners(mention, head.doc, index))
                if mention.form == "institution":
                    # "Chilean and Peruvian forces": the other adjective names a second actor.
                    for child in head.children:
                        if child.dep_ in ("amod", "compound", "nmod"):
                            for adj in (child, *child.conjuncts):
                                other = index.at(adj.i)
                                if other is not None and other is not mention and other.kind == "state":
                                    found.append(other)
                continue
            if head.pos_ == "PRON":
                found.extend(self._pronoun_mentions(head, index))
                continue
            plural = self.plural_reference(head, index)
            if plural:
                found.extend(plural)
                continue
            local = [m for m in modifier_mentions(head, index) if not m.is_place]
            # "Hungarian and Serbian troops": the adjectives are conjuncts of each other.
            for child in head.children:
                if child.dep_ in ("amod", "compound"):
                    for conj in child.conjuncts:
                        m = index.at(conj.i)
                        if m is not None and not m.is_place:
                            local.append(m)
            if local:
                found.extend(local)
                continue
            if deep:
                found.extend(self._linked_mentions(head, index, depth=3))
        return unique_mentions(found)

    def phrase_mentions(self, head: Any, index: MentionIndex, depth: int = 7, exclude: frozenset[str] = frozenset(), stand_ins: Mapping[str, Mention] | None = None) -> list[Mention]:
        """The actors named inside the noun phrase of ``head``, places included, at the
        shallowest level that names any: its modifiers, prepositional phrases and participles
        ("three depots in Syria", "a contract for four Korean jets"), never a relative or
        reported clause of its own. Mentions coded ``exclude`` (the actor's own: "to its frontier
        with Belize") do not stop the search. ``stand_ins`` maps lemmas of unnamed nouns to the
        mention they stand for ("the government" -> the protesters' own state)."""
        level = [head]
        generic: list[Mention] = []
        for _ in range(depth):
            found: list[Mention] = []
            below = []
            # "pleas from Tokyo and Seoul": coordinated nouns stand at one level
            level = list(dict.fromkeys(n for node in level for n in conjuncts(node)))
            for node in level:
                mention = index.at(node.i)
                if mention is not None and mention.code in exclude:
                    mention = None
                if mention is not None and mention.form != "institution":
                    found.append(mention)
                    continue
                if mention is not None:
                    # "Swedish Gripen fighters": a generic noun yields to a name inside its phrase.
                    generic.append(mention)
                elif node.pos_ == "PRON":
                    found.extend(m for m in self._pronoun_mentions(node, index) if m.code not in exclude)
                    continue
                elif stand_ins and node.lemma_.lower() in stand_ins and not any(index.at(c.i) and index.at(c.i).code for c in node.children):
                    found.append(stand_ins[node.lemma_.lower()])
                    continue
                # "a man convicted of spying for X": the state in a charge is not the person's own
                below.extend(c for c in node.children if c.dep_ in PHRASE_DEPS and not (c.dep_ == "acl" and c.lemma_.lower() in self.lexicon.charge_verbs))
            if found:
                return unique_mentions(found)
            if not below:
                break
            level = below
        return unique_mentions(generic)

    def _pronoun_mentions(self, head: Any, index: MentionIndex) -> list[Mention]:
        """Who "he" or "it" stands for: the last person named, or the speaker whose words hold "it"."""
        if head.lower_ in self.lexicon.personal_pronouns:
            person = index.last_person_before(head.i)
            if person is not None and person.code is None:
                return _title_mentions(index.doc[person.end - 1], person, index) or [person]
            return [person] if person is not None else []
        if head.lower_ in ("it", "its") and head.dep_ in ("nsubj", "nsubjpass", "poss"):
            # "The EU stated it would dispatch ...": inside reported speech, "it" is the speaker.
            verb = self.reporting_verb(head.head) if head.head != head else None
            speaker, _ = subject_of(verb) if verb is not None else (None, False)
            speakers = [m for m in self.np_mentions(speaker, index) if m.kind != "person"] if speaker is not None and speaker.lower_ != "it" else []
            if speakers:
                return speakers
            state = index.last_subject_state_before(head.i)
            return [state] if state is not None else []
        if head.lower_ in self.lexicon.plural_pronouns and head.dep_ in ("nsubj", "nsubjpass", "poss"):
            return self._previous_subjects(head, index)
        return []

    def _previous_subjects(self, head: Any, index: MentionIndex) -> list[Mention]:
        """Who "they" or "their" stands for: the actors of the nearest subject before it, in
        its sentence or the one before ("Two gunmen wounded nine guards before they
        were shot dead")."""
        sent = head.sent
        start = head.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(head.i - 1, start - 1, -1):
            token = head.doc[i]
            if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ != "PRON":
                found = [m for m in self.np_mentions(token, index, deep=True) if m.code]
                if found:
                    return found
        return []

    def plural_reference(self, head: Any, index: MentionIndex) -> list[Mention]:
        """"the two countries", "both governments": the states the text has been about so far."""
        if head.lemma_.lower() not in self.lexicon.plural_reference_nouns or head.tag_ not in ("NNS", "NNPS"):
            return []
        count = next((self.lexicon.count_words[c.lower_] for c in head.children if c.lower_ in self.lexicon.count_words), None)
        if count is None:
            return []
        if any(c.dep_ in ("amod", "compound") and c.lower_ not in self.lexicon.count_words for c in head.children):
            return []  # "the five Nordic states" names a group; "the two countries" refers back
        return index.top_states_before(head.i, count)

    def _linked_mentions(self, head: Any, index: MentionIndex, depth: int) -> list[Mention]:
        """Actors a phrase names through linking prepositions and participles, a few levels down:
        "a memorandum on naval cooperation concluded in June by Chile, Peru and Ecuador"."""
        if depth == 0:
            return []
        found: list[Mention] = []
        for child in head.children:
            if child.dep_ == "prep":
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if child.lower_ in self.lexicon.linking_prepositions:
                        direct = self.np_mentions(pobj, index)
                        if direct:
                            found.extend(direct)
                            continue
                    found.extend(self._linked_mentions(pobj, index, depth - 1))
            elif child.dep_ in ("acl", "relcl"):
                for sub in child.children:
                    if sub.dep_ == "agent" or (sub.dep_ == "prep" and sub.lower_ in ("by", "from")):
                        # "rockets fired by the militia", "jets ordered from Brazil"
                        for pobj in sub.children:
                            if pobj.dep_ == "pobj":
                                found.extend(self.np_mentions(pobj, index, allow_places=True))
        return found

    def clause_status(self, token: Any) -> EventStatus:
        """Whether the act of ``token``'s clause happened: its own negation, condition and
        auxiliaries, and the words that govern it ("wants to", "denied", "plans to")."""
        children = list(token.children)
        if any(c.dep_ == "neg" for c in children):
            return EventStatus.NEGATED
        aux = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
        if token.dep_ == "conj" and not aux and not any(c.dep_ in SUBJECT_DEPS for c in children):
            # "will supply tanks and receive drones": a verb sharing the subject shares its modal
            aux = {c.lower_ for c in token.head.children if c.dep_ in ("aux", "auxpass")}
        marks = {c.lower_ for c in children if c.dep_ == "mark"}
        if marks & CONDITIONAL_MARKS:
            return EventStatus.HYPOTHETICAL
        governed = self._governed_status(token)
        if governed is not None:
            return governed
        if aux & FUTURE_AUX:
            return EventStatus.PLANNED
        if "would" in aux and self._reported(token):
            return EventStatus.PLANNED  # "said it would let inspectors in": the future seen from the past
        if aux & HYPOTHETICAL_AUX:
            return EventStatus.HYPOTHETICAL
        if token.tag_ == "VBG" and aux & PRESENT_BE:
            return EventStatus.ONGOING
        return EventStatus.OCCURRED

    def _governed_status(self, token: Any) -> EventStatus | None:
        """The status the governing words give ``token``'s clause, climbing through complements
        and reporting verbs; None when they say nothing."""
        link = token
        for head in governing_chain(token):
            head_children = list(head.children)
            lemma = head.lemma_.lower()
            if link.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "dobj", "prep", "acomp"):
                status = self._governing_word_status(head, link, head_children)
                if status == EventStatus.INTENDED and self._governed_status(head) == EventStatus.NEGATED:
                    return EventStatus.NEGATED  # "has no intention of applying to join": the aim is disowned
                if status is not None:
                    return status
            head_aux = {c.lower_ for c in head_children if c.dep_ in ("aux", "auxpass")}
            if link.dep_ in ("xcomp",) and head_aux & FUTURE_AUX:
                return EventStatus.PLANNED
            if link.dep_ == "xcomp" and "would" in head_aux and self._reported(head):
                return EventStatus.PLANNED  # "said Hungary would continue to buy": the future seen from the past
            if lemma not in self.lexicon.reporting_verbs and link.dep_ not in ("xcomp", "prep", "pobj", "pcomp", "dobj"):
                break
            link = head
        return None

    def _governing_word_status(self, head: Any, link: Any, head_children: list[Any]) -> EventStatus | None:
        """What a governing word makes of its complement: "denied" negates, "wants" intends, ..."""
        lemma = head.lemma_.lower()
        if lemma in self.lexicon.reluctance_words:
            # "is unwilling to talk" declines; "is not unwilling to talk": the negations cancel
            return EventStatus.INTENDED if predicate_negated(head) else EventStatus.NEGATED
        if lemma in self.lexicon.denial_words:
            return EventStatus.NEGATED
        if head.pos_ == "NOUN" and any(c.lower_ == "no" for c in head_children):
            return EventStatus.NEGATED  # "had no plan to fire it at anyone"
        if any(c.dep_ == "neg" for c in head_children) and link.dep_ in ("xcomp",):
            return EventStatus.NEGATED
        if link.dep_ == "xcomp" and head.dep_ == "acomp" and predicate_negated(head):
            return EventStatus.NEGATED  # "is not willing to send": the copula carries the negation
        if lemma in self.lexicon.intent_words:
            return EventStatus.INTENDED
        if lemma in self.lexicon.proposal_words:
            return EventStatus.PROPOSED
        if lemma in self.lexicon.plan_words or lemma == "be" and any(c.lower_ == "going" for c in head_children):
            if _finite_past(link):
                return None  # "reimposed blockades, a spokesman announced": told as done
            return EventStatus.PLANNED
        return None

    def _reported(self, token: Any) -> bool:
        """A reporting verb governs ``token`` closely ("said ... would")."""
        return any(h.lemma_.lower() in self.lexicon.reporting_verbs for h in governing_chain(token, limit=2))

    def clause_dates(self, token: Any, sent: Any, *, periods: bool = False) -> list[Any]:
        """DATE entities that belong to the clause of ``token``, nearest in the tree first.

        A date reached only through another verb ("the agreement reached in 2023" seen from
        "formalises") belongs to that verb's clause, not to this one.
        """
        found = []
        for ent in sent.ents:
            if ent.label_ != "DATE":
                continue
            if not periods and ent.root.head.lower_ in self.lexicon.period_prepositions and ent.root.dep_ == "pobj":
                continue  # "a plan for 2026", "until 2028": a period or deadline, not the event's date
            hops = 0
            node = ent.root
            ok = False
            while hops < 8:
                if node.i == token.i:
                    ok = True
                    break
                if node.head == node:
                    break
                if node.i != ent.root.i and node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
                    break
                node = node.head
                hops += 1
            if ok:
                found.append((hops, ent))
        return [ent for _, ent in sorted(found, key=lambda pair: pair[0])]

    def clause_date(self, token: Any, sent: Any, dates: Any, *, future: bool, periods: bool = False) -> str | None:
        """The first date of ``token``'s clause (``clause_dates`` order) that resolves against
        the publication date (``dates``: a ``DateResolver``)."""
        for ent in self.clause_dates(token, sent, periods=periods):
            value = dates.resolve(ent.text, future=future)
            if value:
                return value
        return None

    def conditioned_act(self, token: Any) -> Any | None:
        """When ``token``'s clause is a condition ("unless the militias disarm", "if it is
        attacked"), its own or through the verbs it complements ("if Y refused to withdraw"),
        the act it conditions: the head of the condition clause. Else None."""
        current = token
        for _ in range(4):
            if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in self.lexicon.condition_marks for c in current.children):
                return current.head
            if current.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep") or current.head == current:
                return None
            current = current.head
        return None

    def condition_of(self, token: Any) -> str | None:
        """The subordinator of a condition ``token``'s act depends on ("unless", "if"), if any:
        "X will strike unless Y withdraws" -> "unless"."""
        current = token
        for _ in range(3):
            for child in current.children:
                if child.dep_ == "advcl":
                    mark = next((c.lower_ for c in child.children if c.dep_ == "mark" and c.lower_ in self.lexicon.condition_marks), None)
                    if mark is not None:
                        return mark
            if current.dep_ not in ("xcomp", "conj") or current.head == current:
                return None
            current = current.head
        return None

    def condition_clause(self, token: Any, marks: frozenset[str]) -> Any | None:
        """The head of the condition clause opened by one of ``marks`` that ``token``'s act
        depends on ("withdraws" in "X will strike unless Y withdraws"), if any."""
        current = token
        for _ in range(3):
            for child in current.children:
                if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in child.children):
                    return child
            if current.dep_ not in ("xcomp", "conj") or current.head == current:
                return None
            current = current.head
        return None

    def reporting_verb(self, token: Any) -> Any | None:
        """The speech verb that reports ``token``'s clause ("said" in "X said Y attacked Z")."""
        for head in governing_chain(token):
            if head.lemma_.lower() in self.lexicon.reporting_verbs and head.pos_ in ("VERB", "AUX"):
                return head
        return None

    def speaker_of(self, token: Any, index: MentionIndex) -> list[Mention]:
        """For reported speech ("X said ... Y did"), the mentions of who said it."""
        for head in governing_chain(token):
            if head.lemma_.lower() in self.lexicon.reporting_verbs:
                subject, _ = subject_of(head)
                if subject is not None:
                    return self.np_mentions(subject, index) or self.report_author(subject, index)
        return []

    def report_author(self, token: Any, index: MentionIndex) -> list[Mention]:
        """The author of a document that speaks ("a report by X alleged"): the actor it is by.
        A government's document with no state named ("a government report released in Kigali
        said") is the government of the place it was issued in; any other document is not its
        place's: think tanks, NGOs and the media publish in capitals too. Empty for any other
        noun, and for a document of the news media."""
        if token.lemma_.lower() not in self.lexicon.report_documents:
            return []
        modifiers = [c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod")]
        if any(m in self.lexicon.media_nouns for m in modifiers):
            return []  # "a newspaper report": the medium tells the story
        found = self.np_mentions(token, index, deep=True)
        if not found and any(m in self.lexicon.government_nouns for m in modifiers):
            for participle in (c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"):
                for pobj in preposition_objects(participle, "in"):
                    found.extend(m for m in self.np_mentions(pobj, index, allow_places=True) if m.kind == "state")
        return [m for m in unique_mentions(found) if m.code and m.sector not in self.lexicon.media_sectors]

    def quote_speaker(self, sent: Any, index: MentionIndex) -> list[Mention]:
        """The speaker of a quoted sentence: the subject of its reporting verb ("...," Vucic said),
        which may stand in a later sentence when the quote runs over two."""
        doc = sent.doc
        candidates = [sent]
        end = sent.end
        for _ in range(2):
            if end >= len(doc):
                break
            following = doc[end].sent
            candidates.append(following)
            end = following.end
        for candidate in candidates:
            for token in candidate:
                if token.lemma_.lower() in self.lexicon.reporting_verbs and token.pos_ == "VERB":
                    for child in token.children:
                        if child.dep_ in SUBJECT_DEPS:
                            found = self.np_mentions(child, index)
                            if found:
                                return found
        return []
