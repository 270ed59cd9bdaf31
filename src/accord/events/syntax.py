"""Dependency-parse helpers: who is the subject, which actors a noun phrase names, and
what the clause says about whether the event happened.

Shared by the event coder and the defence extractors.
"""

from __future__ import annotations

from typing import Any, Iterable

from accord.actors.resolve import Mention, MentionIndex
from accord.events import lexicon

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "appos"})
# Prepositions through which a noun phrase still names its actors ("a declaration by
# Albania", "the armies of Serbia and Hungary", "an agreement between X and Y").
LINKING_PREPOSITIONS = frozenset({"by", "of", "from", "between", "among"})
PERIOD_PREPOSITIONS = frozenset({"for", "until", "till", "through", "throughout", "by", "over", "within"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

# Governing words that change an event's status (lemmas).
INTENT_WORDS = lexicon.words("intent_words")
PLAN_WORDS = lexicon.words("plan_words")
# Verbs whose committing is itself the event ("agreed to withdraw", "pledged to supply").
COMMITMENT_WORDS = lexicon.words("commitment_words")
PROPOSAL_WORDS = lexicon.words("proposal_words")
DENIAL_WORDS = lexicon.words("denial_words")
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
REPORTING_VERBS = lexicon.words("reporting_verbs")


def subject_of(token: Any) -> tuple[Any | None, bool]:
    """The token heading the clause's actor, and whether it came from a passive 'by' agent.

    Climbs through infinitives ("wants to buy"), coordinated verbs ("condemned ... and
    called"), participle clauses ("..., calling it") and relative clauses.
    """
    seen = 0
    current = token
    while current is not None and seen < 6:
        seen += 1
        children = list(current.children)
        passive = next((c for c in children if c.dep_ in PASSIVE_SUBJECT_DEPS), None)
        if passive is not None and not any(c.dep_ == "agent" for c in children):
            if current == token:
                return None, False  # "if any of them is attacked": a passive without "by" names no actor
            # Climbing from a complement: the passive subject is its subject ("Turkey is expected
            # to take delivery", "his father was killed fighting rebels").
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
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            # "expressed interest in buying": up through the preposition and the noun it modifies
            # to the verb whose object that noun is.
            noun = current.head.head
            if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "attr", "pobj") and noun.head != noun:
                current = noun.head if noun.dep_ != "pobj" else noun.head.head
                continue
        if current.dep_ in ("xcomp", "conj", "advcl", "acomp", "pcomp") and current.head != current:
            current = current.head
            # An infinitive's subject is the object of "ask/urge X to ..." if there is one.
            if token.dep_ == "xcomp" and current == token.head:
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
    return passive_subject(token)


def preposition_objects(token: Any, preposition: str) -> list[Any]:
    """pobj tokens of ``preposition`` attached to ``token`` or to its direct object."""
    found = []
    heads = [token]
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
        for child in head.children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == preposition:
                found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def conjuncts(token: Any) -> list[Any]:
    """The token and its coordinated siblings; "The US, Russia, and Switzerland" sometimes
    parses the list as appositions."""
    found = [token, *token.conjuncts]
    for member in list(found):
        for child in member.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child not in found:
                found.append(child)
                found.extend(c for c in child.conjuncts if c not in found)
    return found


def np_mentions(token: Any, index: MentionIndex, *, deep: bool = False, allow_places: bool = False) -> list[Mention]:
    """The actor mentions a noun phrase names, conjuncts included.

    The head itself (a state, a person, an institution) wins over its modifiers
    ("the Serbian side" -> Serbia). With ``deep`` the phrase may name its actors
    through a linking preposition or a participle ("the declaration signed by Albania").
    """
    found: list[Mention] = []
    for head in conjuncts(token):
        mention = index.at(head.i)
        if mention is not None and (allow_places or not mention.is_place):
            found.append(mention)
            if mention.form == "institution":
                # "Japanese and Philippine forces": the other adjective names a second actor.
                for child in head.children:
                    if child.dep_ in ("amod", "compound"):
                        for adj in (child, *child.conjuncts):
                            other = index.at(adj.i)
                            if other is not None and other is not mention and other.kind == "state":
                                found.append(other)
            continue
        if head.pos_ == "PRON":
            if head.lower_ in PERSONAL_PRONOUNS:
                person = index.last_person_before(head.i)
                if person is not None:
                    found.append(person)
            elif head.lower_ in ("it", "its") and head.dep_ in ("nsubj", "nsubjpass", "poss"):
                # "NATO said it would send ...": inside reported speech, "it" is the speaker.
                verb = reporting_verb(head.head) if head.head != head else None
                speaker, _ = subject_of(verb) if verb is not None else (None, False)
                speakers = [m for m in np_mentions(speaker, index) if m.kind != "person"] if speaker is not None and speaker.lower_ != "it" else []
                if speakers:
                    found.extend(speakers)
                else:
                    state = index.last_subject_state_before(head.i)
                    if state is not None:
                        found.append(state)
            continue
        plural = plural_reference(head, index)
        if plural:
            found.extend(plural)
            continue
        local = [index.at(c.i) for c in head.children if c.dep_ in MODIFIER_DEPS]
        local = [m for m in local if m is not None and not m.is_place]
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
            found.extend(_linked_mentions(head, index, depth=3))
    return unique_mentions(found)


PLURAL_REFERENCE_NOUNS = frozenset({"country", "nation", "state", "side", "neighbour", "neighbor", "ally", "partner", "government", "capital", "leader"})
_COUNT_WORDS = {"two": 2, "both": 2, "three": 3, "four": 4}


def plural_reference(head: Any, index: MentionIndex) -> list[Mention]:
    """"the two countries", "both governments": the states the text has been about so far."""
    if head.lemma_.lower() not in PLURAL_REFERENCE_NOUNS or head.tag_ not in ("NNS", "NNPS"):
        return []
    count = next((_COUNT_WORDS[c.lower_] for c in head.children if c.lower_ in _COUNT_WORDS), None)
    if count is None:
        return []
    if any(c.dep_ in ("amod", "compound") and c.lower_ not in _COUNT_WORDS for c in head.children):
        return []  # "the three Baltic states" names a group; "the two countries" refers back
    return index.top_states_before(head.i, count)


def _linked_mentions(head: Any, index: MentionIndex, depth: int) -> list[Mention]:
    """Actors a phrase names through linking prepositions and participles, a few levels down:
    "a declaration on military cooperation signed in March by Albania, Croatia and Kosovo"."""
    if depth == 0:
        return []
    found: list[Mention] = []
    for child in head.children:
        if child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if child.lower_ in LINKING_PREPOSITIONS:
                    direct = np_mentions(pobj, index)
                    if direct:
                        found.extend(direct)
                        continue
                found.extend(_linked_mentions(pobj, index, depth - 1))
        elif child.dep_ in ("acl", "relcl"):
            for sub in child.children:
                if sub.dep_ == "agent" or (sub.dep_ == "prep" and sub.lower_ in ("by", "from")):
                    # "drones launched by the RSF", "fighters ordered from China"
                    for pobj in sub.children:
                        if pobj.dep_ == "pobj":
                            found.extend(np_mentions(pobj, index, allow_places=True))
    return found


def unique_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for mention in mentions:
        if mention.actor_id not in seen:
            seen.add(mention.actor_id)
            out.append(mention)
    return out


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
    without coordination: in "asked Berlin ... and urged The Hague" neither verb holds the other."""
    chain = []
    current = token
    while current.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "acomp") and len(chain) < limit:
        if current.head == current:
            break
        current = current.head
        chain.append(current)
    return chain


def clause_status(token: Any) -> str:
    """occurred | ongoing | planned | intended | proposed | hypothetical | negated for the clause of ``token``."""
    children = list(token.children)
    if any(c.dep_ == "neg" for c in children):
        return "negated"
    aux = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for c in children if c.dep_ == "mark"}
    if marks & {"if", "unless", "whether"}:
        return "hypothetical"
    link = token
    for head in governing_chain(token):
        head_children = list(head.children)
        lemma = head.lemma_.lower()
        if link.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "dobj", "prep", "acomp"):
            if lemma in DENIAL_WORDS:
                return "negated"
            if head.pos_ == "NOUN" and any(c.lower_ == "no" for c in head_children):
                return "negated"  # "had no intention of using it to attack"
            if any(c.dep_ == "neg" for c in head_children) and link.dep_ in ("xcomp",):
                return "negated"
            if lemma in INTENT_WORDS:
                return "intended"
            if lemma in PROPOSAL_WORDS:
                return "proposed"
            if lemma in PLAN_WORDS or lemma == "be" and any(c.lower_ == "going" for c in head_children):
                return "planned"
        head_aux = {c.lower_ for c in head_children if c.dep_ in ("aux", "auxpass")}
        if link.dep_ in ("xcomp",) and head_aux & FUTURE_AUX:
            return "planned"
        if link.dep_ == "xcomp" and "would" in head_aux and any(h.lemma_.lower() in REPORTING_VERBS for h in governing_chain(head, limit=2)):
            return "planned"  # "said Hungary would continue to buy": the future seen from the past
        if lemma not in REPORTING_VERBS and link.dep_ not in ("xcomp", "prep", "pobj", "pcomp", "dobj"):
            break
        link = head
    if aux & FUTURE_AUX:
        return "planned"
    if "would" in aux and any(h.lemma_.lower() in REPORTING_VERBS for h in governing_chain(token, limit=2)):
        return "planned"  # "said it would let inspectors in": the future seen from the past
    if aux & HYPOTHETICAL_AUX:
        return "hypothetical"
    if token.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"}:
        return "ongoing"
    return "occurred"


def reporting_verb(token: Any) -> Any | None:
    """The speech verb that reports ``token``'s clause ("said" in "X said Y attacked Z")."""
    for head in governing_chain(token):
        if head.lemma_.lower() in REPORTING_VERBS and head.pos_ in ("VERB", "AUX"):
            return head
    return None


def speaker_of(token: Any, index: MentionIndex) -> list[Mention]:
    """For reported speech ("X said ... Y did"), the mentions of who said it."""
    for head in governing_chain(token):
        if head.lemma_.lower() in REPORTING_VERBS:
            subject, _ = subject_of(head)
            if subject is not None:
                return np_mentions(subject, index)
    return []


def quote_speaker(sent: Any, index: MentionIndex) -> list[Mention]:
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
            if token.lemma_.lower() in REPORTING_VERBS and token.pos_ == "VERB":
                for child in token.children:
                    if child.dep_ in SUBJECT_DEPS:
                        found = np_mentions(child, index)
                        if found:
                            return found
    return []


def clause_dates(token: Any, sent: Any, *, periods: bool = False) -> list[Any]:
    """DATE entities that belong to the clause of ``token``, nearest in the tree first.

    A date reached only through another verb ("the agreement reached in 2023" seen from
    "formalises") belongs to that verb's clause, not to this one.
    """
    found = []
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        if not periods and ent.root.head.lower_ in PERIOD_PREPOSITIONS and ent.root.dep_ == "pobj":
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
            if node is not ent.root and node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
                break
            node = node.head
            hops += 1
        if ok:
            found.append((hops, ent))
    return [ent for _, ent in sorted(found, key=lambda pair: pair[0])]


def clause_date(token: Any, sent: Any, dates: Any, *, future: bool, periods: bool = False) -> str | None:
    """The first date of ``token``'s clause (``clause_dates`` order) that resolves against
    the publication date (``dates``: a ``DateResolver``)."""
    for ent in clause_dates(token, sent, periods=periods):
        value = dates.resolve(ent.text, future=future)
        if value:
            return value
    return None


def sentence_evidence(sent: Any, trigger: Any | None = None) -> Any:
    """Evidence for a record found in ``sent``: the sentence without surrounding whitespace,
    and the trigger token's span."""
    from accord.records import Evidence, Span

    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    stripped = text.strip()
    span = None
    if trigger is not None:
        span = Span(trigger.idx, trigger.idx + len(trigger.text), trigger.text)
    return Evidence(stripped, start, start + len(stripped), span)
