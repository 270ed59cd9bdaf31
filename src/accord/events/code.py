"""Code events from the dependency parse: who did what to whom, with PLOVER and CAMEO.

For each sentence, every token whose lemma is in the trigger dictionary is tried
against its rows (particle, object constraints; highest priority first). The actor
is the grammatical subject (or the passive "by" agent), the recipient is found the
way the row says (direct object, "with X", "to X", ...). A trigger without a
resolvable actor codes nothing: a confident false event costs analysts more than a
missed one. Status comes from negation, modality and the governing verbs;
dates resolve against the publication date.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.events import lexicon, syntax
from accord.events.ontology import Ontology, Trigger, load_triggers
from accord.records import Actor, Event

# Verbs that carry a nominal event ("held talks", "launched an attack", "imposed sanctions").
LIGHT_VERBS = lexicon.words("light_verbs")
MILITARY_WORDS = lexicon.words("military_words")
# A row whose object list holds one of these words is about weapons: any recognised military
# system in the object satisfies it, listed or not.
WEAPON_OBJECTS = lexicon.words("weapon_objects")
DEPLOYMENT_ABROAD_CAMEO = "074"
PUBLIC_NOUNS = lexicon.words("public_nouns")
SUPPLY_NOUNS = lexicon.words("supply_nouns")
RECEIVING_VERBS = lexicon.words("receiving_verbs")
SPEECH_ACT_NOUNS = lexicon.words("speech_act_nouns")
RESPONSE_VERBS = lexicon.words("response_verbs")
# Reactions whose object may be "the" act just told ("condemned the move").
REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "SUPPORT", "PROTEST", "THREATEN", "REQUEST"})
ANAPHORIC_NOUNS = lexicon.words("anaphoric_nouns")
# Events whose embedded act is their content, not a second event.
SUBSUMING_TYPES = frozenset({"THREATEN", "REQUEST", "CONSULT", "REJECT", "ACCUSE", "RETREAT", "CONCEDE"})
# Nouns whose clauses report claims ("allegations that ...").
REPORT_NOUNS = lexicon.words("report_nouns")
# Acts whose host is their recipient when no other is named (CAMEO's visit/protest coding).
HOSTED_TYPES = frozenset({"CONSULT", "PROTEST"})
CONFLICT_PREPOSITIONS = lexicon.ordered("conflict_prepositions")
COOPERATION_PREPOSITIONS = lexicon.ordered("cooperation_prepositions")
# Acts that, reported by a third party ("X said Y attacked Z"), are coded as X accusing Y.
ALLEGED_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"})
ALLEGATION_CAMEO = "112"
SPEECH_PRONOUNS = lexicon.words("speech_pronouns")


@dataclass(slots=True)
class _Candidate:
    token: Any
    rule: Trigger
    actors: list[Mention]
    recipients: list[Mention]
    speakers: list[Mention]
    status: str
    direct: bool
    committed: bool = False  # the act of an "agreed/pledged/vowed to ..." commitment
    date_anchor: Any = None  # where the event's date is read: the committing verb, if any


class EventCoder:
    """Codes events in a parsed Doc given its actor mentions."""

    def __init__(self, ontology: Ontology, triggers: dict[tuple[str, str], list[Trigger]]) -> None:
        self.ontology = ontology
        self.triggers = triggers

    @classmethod
    def load(cls) -> "EventCoder":
        return cls(Ontology.load(), load_triggers())

    def code(self, doc: Any, index: MentionIndex, actors: list[Actor], dates: DateResolver, equipment: list[Any] | None = None) -> list[Event]:
        """Every event in ``doc``, in text order.

        Args:
            equipment: the military systems found in ``doc`` (``EquipmentMention``); a row whose
                object list names weapons also fires when its object is one of them.
        """
        by_id = {actor.id: actor for actor in actors}
        weapon_tokens = {i for item in equipment or () for i in range(item.start, item.end)}
        events: list[Event] = []
        for sent in doc.sents:
            for candidate in self.candidates(sent, index, weapon_tokens):
                if not candidate.recipients:
                    candidate.recipients = _content_recipients(candidate, index)
                if not candidate.recipients and events:
                    candidate.recipients = _anaphoric_recipients(candidate, events, index)
                event = self._event(candidate, sent, by_id, dates, len(events) + 1, index)
                if event is not None and not _duplicate(event, events):
                    events.append(event)
        return events

    def candidates(self, sent: Any, index: MentionIndex, weapon_tokens: set[int] = frozenset()) -> list[_Candidate]:
        """Triggers in one sentence with their actors resolved (before coding)."""
        found: list[_Candidate] = []
        fired: set[int] = set()
        quote_speakers: list[Mention] | None = None
        for token in sent:
            pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ in ("NOUN", "PROPN") else None
            if pos is None:
                continue
            rules = self.triggers.get((token.lemma_.lower(), pos))
            if not rules and pos == "NOUN":
                rules = self.triggers.get((token.lower_, pos))
            if not rules:
                continue
            if pos == "NOUN" and token.head.i in fired:
                continue  # "held talks": the verb row already coded it
            if pos == "VERB" and _is_purpose_clause(token):
                continue  # "sent jets to Sudan to support the army": a purpose, not an act
            if _is_reported_content(token):
                continue  # "allegations that the army killed civilians": claimed, not asserted
            rule = _select(rules, token, weapon_tokens)
            if rule is None:
                continue
            actors, direct = self._actors(token, rule, index)
            if not actors:
                subject, _ = syntax.subject_of(token)
                if subject is not None and subject.lower_ in SPEECH_PRONOUNS:
                    if quote_speakers is None:
                        quote_speakers = syntax.quote_speaker(sent, index)
                    actors = [m for m in quote_speakers if m.code]
                direct = False
            if not actors and rule.type == "PROTEST":
                actors = _protesting_public(token, index)
            if not actors:
                continue
            if _object_controlled_wish(token):
                continue  # "Obama wants Putin to attack": a wish about another's act, not an event
            recipients = self._recipients(token, rule, index, actors)
            if not recipients and "required" in rule.recipient_via:
                continue  # a weak row ("help") codes nothing unless its recipient is named
            if rule.type == "MOBILIZE" and not recipients:
                hosts = _foreign_destination(token, index, actors)
                if hosts:
                    # Troops or jets sent to another state are military protection for it (074).
                    rule = dataclasses.replace(rule, type="AID", mode=None, context=("peacekeeping",), cameo=DEPLOYMENT_ABROAD_CAMEO)
                    recipients = hosts
            if rule.type == "COOPERATE" and token.lemma_.lower() in RECEIVING_VERBS and recipients:
                # "Poland received howitzers from South Korea": the delivery is South Korea's act.
                actors, recipients = recipients, actors
            status = syntax.clause_status(token if pos == "VERB" else _governor(token))
            if rule.type == "AGREE" and token.lemma_.lower() in syntax.PROPOSAL_WORDS:
                status = "proposed"  # offers and proposals are AGREE `proposed` (docs/annotation.md)
            if pos == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_ == "be":
                status = "ongoing"  # "Bangladesh is in talks with Pakistan"
            speakers = syntax.speaker_of(token, index)
            fired.add(token.i)
            allegation = self._allegation(token, rule, actors, speakers)
            if allegation is not None:
                found.append(allegation)
                continue
            found.append(_Candidate(token, rule, actors, recipients, speakers, status, direct))
        return _fold_subsumed(_fold_commitments(found))

    def _allegation(self, token: Any, rule: Trigger, actors: list[Mention], speakers: list[Mention]) -> _Candidate | None:
        """"X said Y attacked Z" reports a claim: X accuses Y (CAMEO 112), the attack itself is
        not asserted. "Y attacked Z, X said" attributes a fact and codes the attack."""
        if rule.type not in ALLEGED_TYPES:
            return None
        verb = syntax.reporting_verb(token)
        if verb is None or verb.i > token.i:
            return None
        speaker_codes = {m.code for m in speakers if m.code}
        actor_codes = {m.code for m in actors}
        if not speaker_codes or speaker_codes & actor_codes:
            return None
        accusation = Trigger(verb.lemma_.lower(), "VERB", None, frozenset(), "ACCUSE", "allege", (), ALLEGATION_CAMEO, ("none",), 0)
        status = syntax.clause_status(verb)
        return _Candidate(verb, accusation, [m for m in speakers if m.code], actors, [], status, True)

    def _actors(self, token: Any, rule: Trigger, index: MentionIndex) -> tuple[list[Mention], bool]:
        if rule.pos == "NOUN":
            # "Serbia's condemnation", "a visit by Vucic", "the Serbian purchase"
            for child in token.children:
                if child.pos_ == "PRON":
                    continue  # "its own war": too weak to code an event on
                if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and index.at(child.i)):
                    found = [m for m in syntax.np_mentions(child, index) if m.code]
                    if found:
                        return found, True
                if child.dep_ == "prep" and child.lower_ == "by":
                    for pobj in child.children:
                        found = [m for m in syntax.np_mentions(pobj, index) if m.code]
                        if found:
                            return found, True
            governor = _governor(token)
            held = token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_ == "be"
            if held:
                governor = token.head.head  # "X is in talks with Y"
            if governor != token and (governor.lemma_.lower() in LIGHT_VERBS or held):
                subject, _ = syntax.subject_of(governor)
                if subject is not None and subject.i != token.i:
                    found = [m for m in syntax.np_mentions(subject, index) if m.code]
                    if found:
                        return found, True
            if rule.type in ("COOPERATE", "AID") and token.lemma_.lower() in SUPPLY_NOUNS:
                # "Deliveries of South Korean K2 tanks to Poland": the goods' origin supplies them.
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for pobj in child.children:
                            found = [m for m in syntax.np_mentions(pobj, index) if m.code and m.kind == "state"]
                            if found:
                                return found, False
            return [], False
        subject, _ = syntax.subject_of(token)
        if subject is None:
            return [], False
        found = [m for m in syntax.np_mentions(subject, index, deep=subject.pos_ != "PROPN") if m.code]
        return found, True

    def _recipients(self, token: Any, rule: Trigger, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        actor_ids = {m.actor_id for m in actors}
        for via in rule.recipient_via:
            heads: list[Any] = []
            if via == "none":
                return []
            if via == "required":
                continue
            if via == "dobj":
                obj = syntax.direct_object(token) if rule.pos == "VERB" else None
                if obj is not None and obj.dep_ in syntax.PASSIVE_SUBJECT_DEPS:
                    # Passive: "Albania was condemned by Serbia" - the subject is the recipient.
                    heads = [obj]
                elif obj is not None:
                    heads = [obj]
                if rule.pos == "NOUN":
                    heads = syntax.preposition_objects(token, "of") + syntax.preposition_objects(token, "against")
            elif via == "iobj":
                heads = [c for c in token.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
                obj = syntax.direct_object(token)
                if not heads and obj is not None and index.at(obj.i) is not None:
                    heads = [obj]  # "provided Ukraine with helicopters": the object is the recipient
            elif via == "poss":
                heads = [c for c in token.children if c.dep_ == "poss"]
            elif via.startswith("prep:"):
                heads = syntax.preposition_objects(token, via[5:])
            found = []
            for head in heads:
                found.extend(m for m in syntax.np_mentions(head, index, deep=True, allow_places=via.startswith("prep:") or via == "dobj") if m.code)
            if via == "dobj" and not found and heads:
                # "called the declaration by Albania and Kosovo a provocation": the parser hung
                # the object's "by"/"of" phrase on the verb; read it where it stands.
                edge = heads[0].right_edge.i
                for child in token.children:
                    if child.dep_ in ("prep", "agent") and child.lower_ in syntax.LINKING_PREPOSITIONS and child.i == edge + 1:
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                found.extend(m for m in syntax.np_mentions(pobj, index) if m.code)
            found = [m for m in syntax.unique_mentions(found) if m.actor_id not in actor_ids]
            if found:
                return found
        if "none" in rule.recipient_via:
            return []
        # The row's own routes found nothing: try the prepositions that mark a recipient for
        # this kind of act ("fired ... at Russia", "endorsed an agreement with the EU").
        quad = self.ontology.cameo(rule.cameo)
        fallback = CONFLICT_PREPOSITIONS if quad is not None and quad.quad_class >= 3 else COOPERATION_PREPOSITIONS
        for preposition in fallback:
            found = []
            for head in syntax.preposition_objects(token, preposition):
                found.extend(m for m in syntax.np_mentions(head, index, deep=True, allow_places=True) if m.code and m.actor_id not in actor_ids)
            if found:
                return syntax.unique_mentions(found)
        if fallback is COOPERATION_PREPOSITIONS and rule.pos == "VERB":
            # "buying Chinese J-10C fighters", "fighters ordered from China": the object names
            # the other side.
            obj = syntax.direct_object(token)
            if obj is not None:
                found = [m for m in syntax.np_mentions(obj, index, deep=True) if m.code and m.actor_id not in actor_ids and m.kind == "state"]
                if found:
                    return syntax.unique_mentions(found)
        return []

    def _event(self, cand: _Candidate, sent: Any, actors: dict[str, Actor], dates: DateResolver, number: int, index: MentionIndex) -> Event | None:
        rule = cand.rule
        plover_type, cameo = rule.type, rule.cameo
        context = list(rule.context)
        if "military" not in context and _mentions_military(cand.token):
            context.append("military")
        if cand.status == "negated" and _refuses(cand.token):
            refusal = self.ontology.refusal(plover_type)
            if refusal is not None:
                # "said he would not provide support to Israel": a refusal, which happened.
                plover_type, cameo, cand.status = "REJECT", refusal, "occurred"
        if cand.status in ("planned", "intended", "proposed") or cand.committed:
            intent = self.ontology.intention(plover_type, context)
            if intent is not None:
                cameo = intent
                plover_type = self.ontology.plover_type(intent) or plover_type
        entry = self.ontology.cameo(cameo)
        actor_codes = _codes(cand.actors)
        recipient_codes = [c for c in _codes(cand.recipients) if c not in actor_codes or _distinct_sides(cand)]
        if not actor_codes:
            return None
        if not context and entry is not None:
            context = list(entry.context)
        location_mention = _location_mention(cand.token, index)
        if not recipient_codes and rule.type in HOSTED_TYPES and location_mention is not None and location_mention.code not in actor_codes:
            # "meet in Zurich", "staged a protest in Beijing": the host state is the recipient.
            recipient_codes = [location_mention.code]
            cand.recipients = [location_mention]
        future = cand.status in ("planned", "intended", "proposed")
        date = _event_date(cand.date_anchor if cand.date_anchor is not None else cand.token, sent, dates, future and not cand.committed)
        if date is None and cand.status in ("occurred", "ongoing"):
            date = dates.published
        doc = sent.doc
        confidence = 0.55 + (0.2 if cand.direct else 0.0) + (0.15 if recipient_codes else 0.0) - (0.1 if rule.pos == "NOUN" else 0.0)
        return Event(
            id=f"e{number}",
            type=plover_type,
            mode=(rule.mode if plover_type == rule.type else None) or (entry.mode if entry else None),
            context=tuple(dict.fromkeys(context)),
            cameo=cameo,
            quad_class=entry.quad_class if entry else 0,
            goldstein=entry.goldstein if entry else 0.0,
            actor=tuple(actor_codes),
            recipient=tuple(recipient_codes),
            actor_ids=tuple(dict.fromkeys(m.actor_id for m in cand.actors)),
            recipient_ids=tuple(dict.fromkeys(m.actor_id for m in cand.recipients if m.code in recipient_codes)),
            status=cand.status,
            date=date,
            location=_location(cand.token, doc),
            evidence=syntax.sentence_evidence(sent, cand.token),
            confidence=round(min(confidence, 0.95), 2),
            speaker_ids=tuple(dict.fromkeys(m.actor_id for m in cand.speakers)),
        )


def _content_recipients(cand: _Candidate, index: MentionIndex) -> list[Mention]:
    """A warning, demand or proposal aimed through its content: "warned that it would respond
    to the exercise of South Korea and the US" is a threat to South Korea and the US;
    "proposed that Uzbekistan and Kyrgyzstan join" is a proposal to them."""
    if cand.rule.pos != "VERB":
        return []
    if cand.rule.type not in REACTION_TYPES and not (cand.rule.type == "AGREE" and cand.token.lemma_.lower() in syntax.PROPOSAL_WORDS):
        return []
    own = {m.code for m in cand.actors}
    for child in cand.token.children:
        if child.dep_ not in ("ccomp", "xcomp"):
            continue
        found = []
        for tok in child.subtree:
            if tok.dep_ in ("dobj", "pobj", "nsubj") and tok.pos_ in ("NOUN", "PROPN"):
                found.extend(m for m in syntax.np_mentions(tok, index, deep=True) if m.code and m.code not in own)
        if found:
            return syntax.unique_mentions(found)
    return []


def _anaphoric_recipients(cand: _Candidate, events: list[Event], index: MentionIndex) -> list[Mention]:
    """"Ankara condemned the purchase", "Manila rejected the criticism": a reaction to "the"
    act just told is directed at those who took part in it."""
    if cand.rule.type not in REACTION_TYPES:
        return []
    obj = syntax.direct_object(cand.token)
    responds = any(c.dep_ == "ccomp" and c.lemma_.lower() in RESPONSE_VERBS for c in cand.token.children)
    if not responds:
        # "warned that it would respond": a response to what was just told
        if obj is None or obj.lemma_.lower() not in ANAPHORIC_NOUNS or index.at(obj.i) is not None:
            return []
        if not any(c.lower_ in ("the", "this", "that", "these", "such") for c in obj.children):
            return []
    own = {m.code for m in cand.actors}
    by_id = {m.actor_id: m for m in index.mentions}
    said = obj is not None and obj.lemma_.lower() in SPEECH_ACT_NOUNS
    # What "the move" points back to happened: unrealised acts are not referred to this way.
    for previous in [e for e in events if e.status not in ("hypothetical", "negated")][-3:][::-1]:
        if said:
            # "rejected the criticism": aimed at whoever voiced it
            if previous.type not in ("ACCUSE", "THREATEN", "REQUEST", "REJECT"):
                continue
            ids = previous.actor_ids
        else:
            ids = previous.actor_ids + previous.recipient_ids
        found = syntax.unique_mentions(by_id[i] for i in ids if i in by_id and by_id[i].code not in own)
        if found:
            return found
    return []


def _foreign_destination(token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
    """Where a deployment goes ("to Haiti", "in Poland"): a state other than the actor's own,
    else the international mission it joins."""
    actor_codes = {m.code for m in actors}
    states: list[Mention] = []
    bodies: list[Mention] = []
    for preposition in ("to", "in", "into"):
        for pobj in syntax.preposition_objects(token, preposition):
            # "to the NATO brigade it leads in Latvia", "to the UN peacekeeping force in the Golan"
            for tok in pobj.subtree:
                mention = index.at(tok.i)
                if mention is None or mention.code is None or mention.code in actor_codes or mention.kind == "person":
                    continue
                (states if mention.kind == "state" else bodies).append(mention)
    return syntax.unique_mentions(states or [m for m in bodies if m.key.startswith("org:")])


def _protesting_public(token: Any, index: MentionIndex) -> list[Mention]:
    """"Thousands of people rallied in Seoul": unnamed protesters are the public of the place
    they protest in (a state, capital or seat of government named with "in")."""
    subject, _ = syntax.subject_of(token)
    if subject is None or subject.lemma_.lower() not in PUBLIC_NOUNS:
        return []
    for pobj in syntax.preposition_objects(token, "in"):
        mention = index.at(pobj.i)
        if mention is not None and mention.kind == "state":
            return [mention]
    return []


def _object_controlled_wish(token: Any) -> bool:
    """"Obama wants Putin to attack": the wisher and the would-be actor differ."""
    if token.dep_ not in ("xcomp", "ccomp") or token.head.lemma_.lower() not in syntax.INTENT_WORDS:
        return False
    subject, _ = syntax.subject_of(token)
    if subject is None:
        return False
    if subject.dep_ == "dobj" and subject.head == token.head:
        return True
    return subject.head == token and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _refuses(token: Any) -> bool:
    """"will not" / "would not" / "refuses to": the actor's own refusal of a future act."""
    for tok in (token, *syntax.governing_chain(token, limit=1)):
        children = list(tok.children)
        if any(c.dep_ == "neg" for c in children) and any(c.lower_ in syntax.FUTURE_AUX | {"would"} for c in children if c.dep_ == "aux"):
            return True
    return False


def _is_purpose_clause(token: Any) -> bool:
    """An infinitive of purpose ("... to support the army", "a command to fight armed groups")."""
    return token.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _is_reported_content(token: Any) -> bool:
    """A clause that spells out an allegation, a report or a claim noun: its content is not asserted."""
    for head in syntax.governing_chain(token, limit=3):
        if head.pos_ == "NOUN" and head.lemma_.lower() in REPORT_NOUNS:
            return True
    return False


def _fold_subsumed(candidates: list[_Candidate]) -> list[_Candidate]:
    """Acts that are only the content of a threat, a request or talks are not events of their
    own: "threatened to sanction US companies" is one THREATEN, "called on Rwanda to pull its
    troops out" one REQUEST, "in talks with Pakistan to buy fighters" one CONSULT. The content
    lends the governing event its recipient when that has none."""
    kept = []
    by_token = {c.token.i: c for c in candidates}
    for cand in candidates:
        owner = None
        for head in syntax.complement_chain(cand.token, limit=3):
            found = by_token.get(head.i)
            if found is not None and found.rule.type in SUBSUMING_TYPES and found is not cand:
                owner = found
                break
        if owner is None:
            kept.append(cand)
            continue
        if not owner.recipients:
            owner.recipients = [m for m in cand.recipients or cand.actors if m.actor_id not in {a.actor_id for a in owner.actors}]
    return kept


def _fold_commitments(candidates: list[_Candidate]) -> list[_Candidate]:
    """"Obama agreed to lift the sanctions": the commitment and its content are one event,
    coded by the content ("lift" -> its intent code) and `occurred`, since the committing
    happened (docs/annotation.md, statuses)."""
    dropped: set[int] = set()
    for cand in candidates:
        for head in syntax.complement_chain(cand.token, limit=2):
            if head.lemma_.lower() not in syntax.COMMITMENT_WORDS:
                continue
            owner = next((c for c in candidates if c.token.i == head.i), None)
            if owner is None or cand.status not in ("planned", "intended", "proposed"):
                continue
            dropped.add(owner.token.i)
            cand.committed = True
            cand.date_anchor = owner.token
            cand.status = owner.status  # the committing verb says whether it happened
            break
    return [c for c in candidates if c.token.i not in dropped]


def _select(rules: list[Trigger], token: Any, weapon_tokens: set[int] = frozenset()) -> Trigger | None:
    particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "agent", "dative")}
    objects = _object_lemmas(token)
    armed = None  # computed on demand: does the object name a military system?
    for rule in rules:
        if rule.particle and rule.particle not in particles:
            continue
        if rule.objects and not (rule.objects & objects):
            if not rule.objects & WEAPON_OBJECTS:
                continue
            if armed is None:
                armed = _object_is_equipment(token, weapon_tokens)
            if not armed:
                continue
        return rule
    return None


def _object_is_equipment(token: Any, weapon_tokens: set[int]) -> bool:
    """The object (or the "with"/"of" complement) contains a recognised military system:
    "sell six Abukuma-class destroyer escorts", "take delivery of Eurofighter Typhoons"."""
    if not weapon_tokens:
        return False
    for child in token.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass", "prep", "dative"):
            if any(t.i in weapon_tokens for t in child.subtree):
                return True
    return False


def _object_lemmas(token: Any) -> set[str]:
    """Lemmas that may satisfy a row's object constraint: objects, prepositional objects, predicates."""
    lemmas = set()
    for child in token.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass", "oprd", "attr", "dative"):
            lemmas.add(child.lemma_.lower())
            lemmas.update(c.lemma_.lower() for c in child.conjuncts)
            lemmas.update(g.lemma_.lower() for g in child.children if g.dep_ in ("compound", "oprd", "amod"))
            # "300 tonnes of relief supplies", "a batch of drones": the measured noun counts
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            lemmas.add(pobj.lemma_.lower())
                            lemmas.update(g.lemma_.lower() for g in pobj.children if g.dep_ in ("compound", "amod"))
        elif child.dep_ == "ccomp":
            # small clauses: "allowed IAEA inspectors back", "let inspectors visit"
            lemmas.update(g.lemma_.lower() for g in child.children if g.dep_ == "nsubj")
        elif child.dep_ in ("prep", "agent"):
            lemmas.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "xcomp":
            lemmas.update(g.lemma_.lower() for g in child.children if g.dep_ in ("attr", "dobj", "oprd"))
            lemmas.add(child.lemma_.lower())
    if token.dep_ in ("dobj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN"):
        lemmas.add(token.head.lemma_.lower())
    return lemmas


def _governor(token: Any) -> Any:
    """The verb a nominal trigger hangs from: "talks" in "held talks" -> "held"."""
    current = token
    for _ in range(3):
        if current.dep_ in ("dobj", "nsubjpass", "pobj", "attr", "nsubj", "conj", "appos") and current.head != current:
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                return current
        else:
            break
    return token


def _codes(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.code for m in mentions if m.code))


def _distinct_sides(cand: _Candidate) -> bool:
    """Domestic events (Serbian police vs Serbian protesters) keep a same-state recipient."""
    actor_keys = {m.key for m in cand.actors}
    return any(m.key not in actor_keys and m.kind != "state" for m in cand.recipients)


def _mentions_military(token: Any) -> bool:
    for tok in token.subtree:
        if tok.lemma_.lower() in MILITARY_WORDS and tok.i != token.i:
            return True
    return False


def _event_date(token: Any, sent: Any, dates: DateResolver, future: bool) -> str | None:
    anchor = token if token.pos_ in ("VERB", "AUX") else _governor(token)
    return syntax.clause_date(anchor, sent, dates, future=future)


def _location_mention(token: Any, index: MentionIndex) -> Mention | None:
    """The state of a place named with the event ("in Zurich" -> Switzerland), if any."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for pobj in child.children:
                mention = index.at(pobj.i)
                if mention is not None and mention.kind == "state" and mention.is_place:
                    return mention
    return None


def _location(token: Any, doc: Any) -> str | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                    ent = next((e for e in doc.ents if e.start <= pobj.i < e.end), None)
                    return ent.text if ent is not None else pobj.text
    return None


def _duplicate(event: Event, events: list[Event]) -> bool:
    for other in events:
        if (
            other.evidence.start == event.evidence.start
            and other.type == event.type
            and set(other.actor) == set(event.actor)
            and set(other.recipient) == set(event.recipient)
        ):
            return True
    return False
