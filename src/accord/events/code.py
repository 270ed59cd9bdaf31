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
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.events import syntax
from accord.events.ontology import CodingRules, Ontology, Trigger, load_triggers
from accord.events.syntax import Grammar
from accord.records import FUTURE_STATUSES, Actor, Event, EventStatus, PloverType

_NO_WEAPONS: Mapping[int, str | None] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class _Receipt:
    """An act one side receives from another ("X came under attack from Y"): who gave it, who
    received it, and the verb that receives it."""

    givers: list[Mention]
    receivers: list[Mention]
    verb: Any


@dataclass(slots=True)
class _Candidate:
    token: Any
    rule: Trigger
    actors: list[Mention]
    recipients: list[Mention]
    speakers: list[Mention]
    status: EventStatus
    direct: bool
    committed: bool = False  # the act of an "agreed/pledged/vowed to ..." commitment
    date_anchor: Any = None  # where the event's date is read: the committing verb, if any
    domestic: bool = False  # aimed at the actor's own state ("protested against the government")
    joint: bool = False  # done together by its actors ("X held talks with Y"): no recipient to find


class EventCoder:
    """Codes events in a parsed Doc given its actor mentions."""

    def __init__(self, ontology: Ontology, triggers: dict[tuple[str, str], list[Trigger]], grammar: Grammar, rules: CodingRules) -> None:
        self.ontology = ontology
        self.triggers = triggers
        self.grammar = grammar
        self.words = grammar.lexicon
        self.rules = rules

    @classmethod
    def load(cls, grammar: Grammar | None = None) -> "EventCoder":
        """Read the ontology, the trigger dictionary and the coding rules; ``grammar`` (built on
        the pipeline's lexicon) is shared with the other stages, or loaded here."""
        return cls(Ontology.load(), load_triggers(), grammar or Grammar.load(), CodingRules.load())

    def code(self, doc: Any, index: MentionIndex, actors: list[Actor], dates: DateResolver, equipment: list[Any] | None = None) -> list[Event]:
        """Every event in ``doc``, in text order.

        Args:
            equipment: the military systems found in ``doc`` (``EquipmentMention``); a row whose
                object list names weapons also fires when its object is one of them.
        """
        by_id = {actor.id: actor for actor in actors}
        weapon_tokens = {i: item.category for item in equipment or () for i in range(item.start, item.end)}
        events: list[Event] = []
        for sent in doc.sents:
            recipients_by_trigger: dict[int, list[Mention]] = {}
            for candidate in self.candidates(sent, index, weapon_tokens):
                if not candidate.recipients and not candidate.joint:
                    candidate.recipients = self._main_act_recipients(candidate, recipients_by_trigger)
                if not candidate.recipients and not candidate.joint:
                    candidate.recipients = self._content_recipients(candidate, index)
                if not candidate.recipients and not candidate.joint:
                    candidate.recipients = self._anaphoric_recipients(candidate, events, index)
                recipients_by_trigger[candidate.token.i] = candidate.recipients
                event = self._event(candidate, sent, by_id, dates, len(events) + 1, index)
                if event is not None and not _duplicate(event, events):
                    events.append(event)
        return events

    def _main_act_recipients(self, cand: _Candidate, recipients_by_trigger: Mapping[int, list[Mention]]) -> list[Mention]:
        """"seized a tanker, accusing its crew of smuggling", "expelled a diplomat, accusing him of
        spying": an accusing or blaming participle adjunct whose object is a pronoun, or a crew or
        person noun held by one, speaks of the one the main act was done to, so it has the main
        act's recipients. "praising its navy", "blaming its border guards": the actor's own side."""
        token = cand.token
        if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.i not in recipients_by_trigger:
            return []
        if token.lemma_.lower() not in self.words.blaming_participles:
            return []
        obj = syntax.direct_object(token)
        if obj is None:
            return []
        pronoun = obj if obj.pos_ == "PRON" else next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if pronoun is None or pronoun.lower_ not in self.words.object_pronouns:
            return []
        if pronoun.i != obj.i and pronoun.lower_ in self.words.held_object_pronouns and obj.lemma_.lower() not in self.words.crew_nouns:
            return []  # "blaming its border guards": not the crew of what the main act took
        if any(c.lower_ in self.words.own_words for c in obj.children):
            return []  # "blaming its own police": the actor's own side, not the main act's object
        own = {m.code for m in cand.actors}
        return [m for m in recipients_by_trigger[token.head.i] if m.code not in own]

    def candidates(self, sent: Any, index: MentionIndex, weapon_tokens: Mapping[int, str | None] = _NO_WEAPONS) -> list[_Candidate]:
        """Triggers in one sentence with their actors resolved (before coding)."""
        found: list[_Candidate] = []
        fired: set[int] = set()
        # The speaker of a quote is looked up once per sentence, and only when a "we" needs it.
        quote_speakers = functools.cache(lambda: self.grammar.quote_speaker(sent, index))
        for token in sent:
            pos = _trigger_pos(token)
            rule = self._rule_for(token, pos, fired, weapon_tokens, index) if pos is not None else None
            if rule is None and pos == "VERB" and self._is_obliged(token) and not self._object_has_own_row(token, prepositions=False):
                # "said Malta must return the fishermen": the demand codes even when the act
                # demanded has no row of its own; nothing else is coded for it.
                candidate = self._candidate(token, pos, dataclasses.replace(self.rules.demand, lemma=token.lemma_.lower()), index, quote_speakers)
                if candidate is not None and candidate.token is not token:
                    fired.add(token.i)
                    found.append(candidate)
                continue
            if rule is None:
                continue
            candidate = self._candidate(token, pos, rule, index, quote_speakers)
            if candidate is None and rule.objects and "required" in rule.recipient_via:
                # a row for an object that needs a named recipient gives way to the next row for
                # that object: "sent two frigates to the strait" is a deployment, not military aid
                fallback = self._next_rule(token, pos, rule, weapon_tokens)
                if fallback is not None:
                    candidate = self._candidate(token, pos, fallback, index, quote_speakers)
            if candidate is not None:
                fired.add(token.i)
                found.append(candidate)
        found = [c for c in found if not self._is_condition_of_coded_act(c.token, fired)]
        return self._fold_attack_tolls(index, self._fold_resulting_adjuncts(self._fold_described_acts(self._fold_protest_demands(self._fold_subsumed(self._fold_commitments(found), index)))))

    def _is_condition_of_coded_act(self, token: Any, fired: set[int]) -> bool:
        """"X will cut ties unless Y withdraws": the condition of an act coded in the sentence
        is part of that act (PLOVER manual), not an event of its own."""
        act = self._conditioned_act(token)
        if act is None:
            return False
        if act.dep_ in ("ccomp", "xcomp") and act.head.i in fired:
            return True  # "warned Y it would respond if Y deployed missiles": the warning's content
        return any(i in fired for i in (act.i, *(c.i for c in act.children if c.dep_ in ("dobj", "xcomp"))))

    def _conditioned_act(self, token: Any) -> Any | None:
        """The act ``token``'s clause is the condition of ("if Y attacked", "unless Y withdraws"), if any."""
        return self.grammar.conditioned_act(token if token.pos_ in ("VERB", "AUX") else _governor(token))

    def _rule_for(self, token: Any, pos: str, fired: set[int], weapon_tokens: Mapping[int, str | None], index: MentionIndex) -> Trigger | None:
        """The trigger row ``token`` fires, if any: its lemma's rows whose constraints hold."""
        rules = self.triggers.get((token.lemma_.lower(), pos))
        if not rules and pos == "NOUN":
            rules = self.triggers.get((token.lower_, pos))
        if not rules:
            return None
        if pos == "NOUN" and token.head.i in fired:
            return None  # "held talks": the verb row already coded it
        if pos == "NOUN" and self._coded_by_governor(token, fired):
            return None  # "agreed to US mediation": the verb's row for that object coded it
        if pos == "VERB" and _is_purpose_clause(token):
            return None  # "flew drones to Chad to back the rebels": a purpose, not an act
        if self._describes_a_participant(token if pos == "VERB" else _governor(token)):
            return None  # "the militia that took the town": background on a participant
        if pos == "VERB" and self._carries_coded_act(token):
            return None  # "resumed shelling X": the shelling's own row codes the act and its target
        if pos == "VERB" and _is_reduced_participle(token):
            return None  # "recruits posted along the coast": describes the soldiers
        if self._is_reported_content(token):
            return None  # "allegations that the army killed civilians": claimed, not asserted
        if pos == "NOUN" and _in_name(token, index):
            return None  # "the Gulf Cooperation Council": a word of a name
        if pos == "NOUN" and self._is_thanked_for(token):
            return None  # "thanked X for its assistance": the reason for thanks, no new act
        rule = self._select(rules, token, weapon_tokens)
        if rule is not None and pos == "NOUN" and token.dep_ == "nsubj" and self._verb_codes_type(token.head, rule.type):
            return None  # "US drone attacks killed eight militants": the verb codes the one act
        if rule is not None and pos == "VERB" and rule.recipient_via == ("none",) and self._unnamed_object_with_row(token, rule):
            return None  # "launched rocket fire against X": the object's own row knows the target
        if rule is not None and rule.fallback:
            if self._object_has_own_row(token):
                return None  # "resumed talks": accord's noun row codes it, not the back-off verb row
            if _is_modifier_clause(token):
                return None  # "..., clearing the way", "images analysed by X": left to accord's rows
        return rule

    def _describes_a_participant(self, token: Any) -> bool:
        """``token`` heads a relative clause whose subject is the relative pronoun and whose noun
        is a participant, not an act, and the clause is background. It is background unless the
        participant undergoes the sentence's act, as its object or passive subject, and the
        clause is not perfect: "troops who fired on a crowd were arrested" and "police detained
        the men who torched the office" tell the firing and the torching (why the news happened),
        while "the militia that seized the town killed ten", "fighting with rebels who overran it"
        and "the rebels, who had taken the port, were driven out" tell what a participant once did.
        A clause on an act ("air strikes that killed three") is that act's toll, and one on the
        noun as object ("the shells that X had requested") is told."""
        if token.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in token.children):
            return False
        noun = token.head
        if self.triggers.get((noun.lemma_.lower(), "NOUN")) or self.triggers.get((noun.lower_, "NOUN")):
            return False
        undergoes = noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")
        return not undergoes or syntax.is_perfect(token)

    def _carries_coded_act(self, verb: Any) -> bool:
        """``verb`` is a light verb whose complement is a verb with rows of its own: "resumed
        shelling", "continued bombing", "began fighting"."""
        if verb.lemma_.lower() not in self.words.light_verbs:
            return False
        return any(c.dep_ == "xcomp" and c.pos_ == "VERB" and c.tag_ == "VBG" and self.triggers.get((c.lemma_.lower(), "VERB")) for c in verb.children)

    def _coded_by_governor(self, token: Any, fired: set[int]) -> bool:
        """``token`` hangs (through a preposition) from a verb that fired and has a row naming
        it as its object: the verb's event is the noun's."""
        governor = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else _governor(token)
        if governor == token or governor.i not in fired or governor.pos_ not in ("VERB", "AUX"):
            return False
        lemmas = {token.lemma_.lower(), token.lower_}
        return any(row.objects & lemmas for row in self.triggers.get((governor.lemma_.lower(), "VERB"), ()))

    def _next_rule(self, token: Any, pos: str, rule: Trigger, weapon_tokens: Mapping[int, str | None]) -> Trigger | None:
        """The row with an object list that ``token`` fires among its lemma's rows ranked below
        ``rule``, if any (a generic or back-off row does not take over)."""
        rules = self.triggers.get((token.lemma_.lower(), pos)) or self.triggers.get((token.lower_, pos)) or []
        below = [r for r in rules[rules.index(rule) + 1:] if r.objects and not r.fallback] if rule in rules else []
        return self._select(below, token, weapon_tokens)

    def _verb_codes_type(self, verb: Any, plover_type: str) -> bool:
        """``verb`` has a trigger row of ``plover_type``."""
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in self.words.light_verbs:
            return False
        return any(row.type == plover_type for row in self.triggers.get((verb.lemma_.lower(), "VERB"), ()))

    def _object_has_own_row(self, token: Any, *, prepositions: bool = True) -> bool:
        """An object of ``token`` (with ``prepositions``, also a prepositional object) is a noun
        with a row of accord's own table."""
        heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")]
        if prepositions:
            heads += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for head in heads:
            rows = self.triggers.get((head.lemma_.lower(), "NOUN")) or self.triggers.get((head.lower_, "NOUN")) or ()
            if any(not row.fallback for row in rows):
                return True
        return False

    def _unnamed_object_with_row(self, token: Any, rule: Trigger) -> bool:
        """An object of ``token`` (or a conjunct of it) is a noun with a row of accord's own table
        that ``rule``'s object list does not name: "launched artillery and rocket fire" is the
        fire's act, "delayed the deployment" the delay row's own."""
        for obj in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass")):
            for head in (obj, *obj.conjuncts):
                if _is_word_in(head, rule.objects):
                    continue
                rows = self.triggers.get((head.lemma_.lower(), "NOUN")) or self.triggers.get((head.lower_, "NOUN")) or ()
                if any(not row.fallback for row in rows):
                    return True
        return False

    def _candidate(self, token: Any, pos: str, rule: Trigger, index: MentionIndex, quote_speakers: Callable[[], list[Mention]]) -> _Candidate | None:
        """The event ``rule`` codes at ``token`` with its sides and status, or None when it
        has no actor or lacks the recipient it requires."""
        receipt = self._receipt(token, rule, index) if pos == "NOUN" else None
        if receipt is not None:
            actors, direct = receipt.givers, True
        else:
            actors, direct = self._candidate_actors(token, rule, index, quote_speakers)
        scene: list[Mention] = []
        if not actors and rule.type == PloverType.ASSAULT and pos == "VERB":
            actors, scene = self._unattributed_violence_actors(token, index)
        if not actors:
            return None
        if pos == "VERB" and rule.type == PloverType.MOBILIZE and rule.objects & self.words.alert_words and not self._forces_on_alert(token, actors):
            return None  # "residents stayed on alert": only forces kept on alert are readied
        if rule.type == PloverType.ASSAULT and pos == "VERB" and self._is_unmarked_cause(token, index):
            return None  # "a strike by port workers in X killed one": no attack, no doer of the death
        if rule.type == PloverType.ASSAULT and pos == "VERB" and self._is_accident(token):
            return None  # "a Chilean bus crash killed nine": deaths in an accident are no attack
        if self._object_controlled_wish(token):
            return None  # "Lima wants Quito to retreat": a wish about another's act, not an event
        reciprocal = _is_reciprocal(token) and len({m.code for m in actors}) >= 2
        if receipt is not None:
            recipients = receipt.receivers
        else:
            recipients = [] if reciprocal else self._recipients(token, rule, index, actors)
            taker = [] if reciprocal else self._taker_of_the_thing(token, rule, index, actors)
            if taker:
                # "the loan offered by X", "the radars that X asked for (for Z)": addressed to
                # the side that takes or refuses them; a "for" phrase only names who benefits
                recipients = taker
        if not recipients and not reciprocal and rule.type == PloverType.AID:
            recipients = self._helped_parties(token, index, actors)
        if not recipients and not reciprocal and rule.type in self.rules.opposed_types:
            recipients = self._opposed_states(token, pos, rule, index, actors)
        if "political" in rule.recipient_via and not all(self._political_side(m, index) for m in recipients):
            return None  # "pressured enemy positions", "the national team came under pressure": no demand
        if rule.type == PloverType.SUPPORT and self._reflexive_object(token):
            return None  # "defended itself against criticism from Y": backs no one, not even Y
        if not recipients and "required" in rule.recipient_via and not reciprocal:
            return None  # a weak row ("help") codes nothing unless its recipient is named
        domestic = False
        if rule.type == PloverType.ACCUSE and receipt is None and not reciprocal:
            culprits = self._named_culprits(token, index, actors)
            if culprits:
                # "is looking into abuses by its own militias against migrants": the accused
                # are those who did them, of the actor's own state too, not the victims
                recipients = culprits
                domestic = any(m.code in {a.code for a in actors} for m in culprits)
        if not recipients and scene:
            # "a journalist was killed in Beirut": Lebanon's own; "in Turkish shelling in Syria": Syria
            recipients = [m for m in scene if m.code not in {a.code for a in actors}] or scene
            domestic = recipients is scene
        if not recipients and rule.type == PloverType.PROTEST:
            recipients, domestic = self._protest_target(token, index, actors)
        if not recipients and rule.type in self.rules.yielding_types:
            recipients = self._demanders(token, index, actors)
        if not recipients:
            recipients = self._across_border(token, index, actors)
        if not recipients and rule.type == PloverType.MOBILIZE and pos == "VERB":
            recipients = self._provoking_side(token, index, actors)
        if not recipients:
            recipients = self._told_addressee(token, index, actors)
        if not recipients and rule.cameo in self.rules.mediation_codes:
            recipients = self._mediated_parties(token, index, actors)
        if not recipients and pos == "VERB" and rule.type in (PloverType.COERCE, PloverType.ASSAULT):
            recipients = self._own_targets(token, index, actors)
            domestic = bool(recipients)
        conditioned = self._conditioned_party(token, pos, index, actors)
        if conditioned:
            recipients = conditioned
        rule, actors, recipients = self._recast(token, rule, index, actors, recipients)
        if not recipients and "counterpart" in rule.recipient_via and not reciprocal and _meets_alone(token) and not self._has_counterpart(token, index, actors):
            return None  # "the cabinet met on Sunday": one side meeting on its own consults no one
        status = self._received_status(token, receipt.verb) if receipt is not None else self._status(token, pos, rule)
        speakers = self.grammar.speaker_of(token, index)
        demand = self._demand(token, pos, rule, actors, speakers)
        if demand is not None:
            return demand
        allegation = self._allegation(token, rule, actors, speakers)
        if allegation is not None:
            return allegation
        if self._unowned_claim(token, rule, speakers):
            return None  # "a report alleged that X's troops killed ...": claimed, by no one we can code
        if recipients and not reciprocal and status in (EventStatus.OCCURRED, EventStatus.ONGOING) and rule.cameo in self.words.joint_with_codes and token.lemma_.lower() in self.words.joint_act_lemmas and self._partners_with(token, recipients, index):
            # "held talks with Y", "signed a deal with Y": done together, each side towards the
            # other; an offer or intent to talk ("ready to talk with Y") stays one side's
            joint = syntax.unique_mentions([*actors, *recipients])
            return _Candidate(token, rule, joint, [], speakers, status, direct, joint=True)
        return _Candidate(token, rule, actors, recipients, speakers, status, direct, domestic=domestic)

    def _partners_with(self, token: Any, recipients: list[Mention], index: MentionIndex) -> bool:
        """Whether every recipient is named in a "with" phrase of the act itself or of its
        object ("talks with Y", "signed an agreement with Y"), not deeper in the sentence, and
        the act is not done in a partner's state (docs/annotation.md 5.4: talks without a host)."""
        owners = {token.i} | {c.i for c in token.children if c.dep_ in ("dobj", "attr", "pobj")}
        partners = {m.code for m in recipients}
        named = {(m.start, m.end) for m in recipients}
        clause = token if token.pos_ in ("VERB", "AUX") else _governor(token)
        for word in clause.subtree:
            mention = index.at(word.i) if word.dep_ == "pobj" else None
            if mention is None or mention.kind != "state" or mention.code not in partners or (mention.start, mention.end) in named:
                continue
            if mention.is_place or mention.form == "capital":
                # "held talks with Y in Y's capital", "during a visit to Y's capital": a visit,
                # the visitor's act towards the host
                return False
        for mention in recipients:
            word = token.doc[mention.start]
            while word.dep_ in ("compound", "amod", "poss", "case", "det", "conj", "appos", "nmod") and word.head.i != word.i:
                word = word.head
            if not (word.dep_ == "pobj" and word.head.lower_ == "with" and word.head.head.i in owners):
                return False
        return True

    def _received_status(self, token: Any, verb: Any) -> EventStatus:
        """Whether a received act happened is told by the verb that receives it ("has not come
        under attack", "could come under pressure") and by a "no" on the act itself ("received
        no assurances"), not by the noun of the act."""
        if any(c.dep_ == "det" and c.lower_ in self.words.negating_determiners for c in token.children):
            return EventStatus.NEGATED
        return self.grammar.clause_status(verb)

    def _receipt(self, token: Any, rule: Trigger, index: MentionIndex) -> _Receipt | None:
        """"X received assurances from Y", "X faces pressure from Y", "X came under attack from
        Y": an act that one side receives from another is the giver's act towards the receiver.
        RETURNS the givers, receivers and receiving verb, or None when ``token`` is not so received or either side is
        not named. An act of deeds "faced" ("faces sanctions from the EU") is still to come: none."""
        verb = None
        if token.dep_ == "dobj" and token.head.lemma_.lower() in self.words.receipt_verbs:
            verb = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in self.words.receipt_prepositions and token.head.head.pos_ in ("VERB", "AUX"):
            verb = token.head.head  # "came under pressure from", "is under attack from"
        if verb is None:
            return None
        if verb.lemma_.lower() in self.words.prospect_verbs and rule.type not in self.rules.voiced_types:
            return None
        heads = syntax.preposition_objects(token, "from") or syntax.preposition_objects(verb, "from")
        givers = [m for head in heads for m in self.grammar.np_mentions(head, index) if m.code]
        if not givers and rule.mode in self.rules.jurisdiction_modes:
            # "was placed under investigation in Spain": the state where it runs investigates
            places = syntax.preposition_objects(token, "in") or syntax.preposition_objects(verb, "in")
            givers = [m for head in places for m in self.grammar.np_mentions(head, index, allow_places=True) if m.kind == "state"]
        subject, _ = syntax.subject_of(verb)
        if subject is None:
            subject = syntax.passive_subject(verb)  # "was placed under investigation"
        if not givers or subject is None:
            return None
        receivers = [m for m in self.grammar.np_mentions(subject, index, deep=subject.pos_ != "PROPN") if m.code]
        giver_ids = {m.actor_id for m in givers}
        receivers = [m for m in receivers if m.actor_id not in giver_ids]
        if not receivers:
            return None
        return _Receipt(syntax.unique_mentions(givers), syntax.unique_mentions(receivers), verb)

    def _candidate_actors(self, token: Any, rule: Trigger, index: MentionIndex, quote_speakers: Callable[[], list[Mention]]) -> tuple[list[Mention], bool]:
        """The trigger's actors and whether the parse names them directly; a quoted "we" is
        its speaker's, unnamed protesters the public of their place."""
        actors, direct = self._actors(token, rule, index)
        if not actors:
            subject, _ = syntax.subject_of(token)
            if subject is not None and subject.lower_ in self.words.speech_pronouns:
                actors = [m for m in quote_speakers() if m.code]
            direct = False
        if not actors and rule.type == PloverType.PROTEST:
            actors = self._protesting_public(token, index)
        return actors, direct

    def _unattributed_violence_actors(self, token: Any, index: MentionIndex) -> tuple[list[Mention], list[Mention]]:
        """"A mortar round near a village in X killed two guards", "were killed by a landmine
        on a road in X", "killed in a mortar attack in X": an attack that names no doer is
        coded, as the PLOVER and CAMEO coders do, with the weapon's own state ("in Turkish artillery
        fire"), else the state where it happened. Only violence marked as an attack counts: deaths
        in an accident, a flood or a factory fire are no event. RETURNS the actors and the state of
        the scene (a recipient when the victims have none)."""
        subject, _ = syntax.subject_of(token)
        passive = syntax.passive_subject(token)
        if subject is None and passive is None:
            return [], []  # "soldiers killed in the war", "halted fighting": no clause of its own
        causes = []
        if subject is not None:
            if not self._is_attack(subject) or index.at(subject.i) is not None:
                return [], []
            causes.append(subject)
        elif self._is_attack(passive) and index.at(passive.i) is None:
            causes.append(passive)  # "a rocket was fired from X": the weapon is the clause's subject
        causes += [g for g in syntax.preposition_objects(token, "in") if self._is_attack(g)]
        if not causes:
            return [], []  # "four hikers died in X": nothing says it was an attack
        scene: list[Mention] = []
        # "killed in tank shelling in X": the parser may hang the weapon's phrase as a participle
        manner = [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        for owner in (token, *causes, *manner):
            for child in owner.children:
                if scene or child.dep_ != "prep" or child.lower_ not in self.words.place_prepositions:
                    continue
                # "inside of a camp in X": a two-word preposition
                places = [g for p in (child, *(c for c in child.children if c.dep_ == "prep")) for g in p.children if g.dep_ == "pobj"]
                for pobj in (g for g in places if g not in causes):
                    scene = [m for m in self.grammar.phrase_mentions(pobj, index) if m.code and m.kind == "state"][:1] or scene
        for cause in causes:
            found = [m for m in syntax.modifier_mentions(cause, index) if m.code and not m.is_place]
            if found:
                return found, scene
        # "a rocket was fired at a port from X": where it came from is the doer's side
        for pobj in syntax.preposition_objects(token, "from"):
            found = [m for m in self.grammar.phrase_mentions(pobj, index) if m.code and m.kind == "state"][:1]
            if found:
                return found, []
        return scene, scene

    def _is_unmarked_cause(self, token: Any, index: MentionIndex) -> bool:
        """The subject of ``token`` is a fire, blast, strike or mine that nothing marks as an attack
        and that no state qualifies ("a strike by port workers in X", "a fire at a factory in X");
        "a Russian strike" or "Israel's strike" keeps its state as the doer."""
        subject, _ = syntax.subject_of(token)
        if subject is None or subject.lemma_.lower() not in self.words.attack_marked_causes or index.at(subject.i) is not None:
            return False
        return not self._is_attack(subject) and not any(m.code for m in syntax.modifier_mentions(subject, index))

    def _is_accident(self, token: Any) -> bool:
        """The subject (or "by" agent) of ``token`` is an accident or a disaster ("a bus crash",
        "were killed by an earthquake") that no attack word marks."""
        subject, _ = syntax.subject_of(token)
        return subject is not None and subject.lemma_.lower() in self.words.accident_causes and not self._is_attack(subject)

    def _is_attack(self, cause: Any) -> bool:
        """``cause`` names an attack: a weapon or attack noun ("bomb", "shelling", "ambush"), or
        a fire, blast, strike or mine that an attack word qualifies ("rocket fire", "an air strike",
        "a bomb blast", "a land mine"); "a gas explosion" or "a strike by dock workers" is not."""
        lemma = cause.lemma_.lower()
        if lemma in self.words.attack_causes:
            return True
        if lemma not in self.words.attack_marked_causes:
            return False
        marks = self.words.attack_causes | self.words.attack_modifiers
        level = [cause]
        for _ in range(2):  # "a truck bomb blast": the mark may qualify the qualifier
            level = [c for node in level for c in node.children if c.dep_ in ("compound", "amod", "nmod", "conj") and c.i < cause.i]
            if any(_is_word_in(c, marks) for c in level):
                return True
        return False

    def _own_targets(self, token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """"outlawed a militia in Northern Ireland", "raided offices of the Serbian opposition":
        force or repression whose object is placed in, or belongs to, the actor's own state is
        aimed at that state's own society (a same-state recipient, kept)."""
        obj = syntax.direct_object(token)
        if obj is None or index.at(obj.i) is not None:
            return []
        own = {m.code for m in actors}
        found = [m for m in self.grammar.phrase_mentions(obj, index) if m.code]
        return syntax.unique_mentions(found) if found and all(m.code in own for m in found) else []

    def _opposed_states(self, token: Any, pos: str, rule: Trigger, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """The states an "anti-X" modifier on the act's noun, or on the verb's object, opposes:
        "anti-X sanctions", "imposed new anti-X measures" are aimed at X. A verb's object counts
        only when it names the act itself (a row's object word, or a noun with its own row):
        in "killed an anti-X journalist" the object is the target, X only what they oppose."""
        heads = [token] if pos == "NOUN" else [c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and self._names_the_act(c, rule)]
        own = {m.actor_id for m in actors}
        found = []
        for head in heads:
            for mention in index.attitudes_in_range(head.left_edge.i, head.i):
                if mention.actor_id not in own and self._opposes(index.doc, mention) and _modifies(index.doc[mention.end - 1], head):
                    found.append(mention)
        return syntax.unique_mentions(found)

    def _names_the_act(self, obj: Any, rule: Trigger) -> bool:
        words = {obj.lemma_.lower(), obj.lower_}
        return bool(rule.objects & words) or any(self.triggers.get((word, "NOUN")) for word in words)

    def _opposes(self, doc: Any, mention: Mention) -> bool:
        """Whether the attitude prefix glued before ``mention`` opposes it ("anti-X", not "pro-X")."""
        before = [t.lower_.rstrip("-") for t in doc[max(mention.start - 2, 0) : mention.start] if t.text not in ("-", "–")]
        return bool(before) and before[-1] in self.rules.opposing_prefixes

    def _protest_target(self, token: Any, index: MentionIndex, actors: list[Mention]) -> tuple[list[Mention], bool]:
        """Whom a protest is against: the actors named in what it opposes or demands ("marched
        against the planned drills with the US", "a sit-in to denounce Premier Okafor's
        inaction"); "the government" with no state of its own is the protesters' own (domestic).
        RETURNS the recipients and whether they are the protesters' own state."""
        own = frozenset(m.code for m in actors if m.code)
        # ("following a demonstration": the parser makes a participle preposition's object a dobj)
        heads = [g for c in token.children if c.dep_ == "prep" and c.lower_ not in self.words.place_prepositions for g in c.children if g.dep_ in ("pobj", "dobj")]
        obj = syntax.direct_object(token)
        if obj is not None:
            heads.append(obj)
        # the purpose it is staged for: "to protest X", "to demand X", "demanding X"; for a noun
        # also the purpose of the verb that starts it ("started a sit-in to protest X")
        governor = _governor(token)
        for child in (*token.children, *(governor.children if governor != token else ())):
            if child.dep_ in ("advcl", "xcomp") and child.pos_ == "VERB":
                heads.extend(c for c in child.children if c.dep_ in ("dobj", "ccomp", "prep"))
        # what a protest noun says it is for: "a demonstration calling for X's removal", "a rally
        # demanding the closure of X's base" (the noun the act is, or the one it is staged after)
        nouns = [token, *heads]  # the direct object is among the heads
        heads.extend(g for noun in nouns if noun.pos_ == "NOUN" for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" for g in c.children if g.dep_ in ("dobj", "ccomp", "prep"))
        stand_ins = {noun: actors[0] for noun in self.words.government_nouns} if actors else {}
        for head in heads:
            found = [m for m in self.grammar.phrase_mentions(head, index, stand_ins=stand_ins) if m.code]
            foreign = [m for m in found if m.code not in own]
            if foreign:
                return syntax.unique_mentions(foreign), False
            if found:
                return syntax.unique_mentions(found), True  # "President Assad": the protesters' own leader
        return [], False

    def _demanders(self, token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """"agreed to postpone the launch after pleas from Tokyo", "yielding to calls
        from the port's fishermen": a concession is aimed at whoever demanded it."""
        own = frozenset(m.code for m in actors if m.code)
        for owner in (token, *syntax.governing_chain(token, limit=2)):
            nouns = [g for c in owner.children if c.dep_ in ("prep", "advcl") for g in (*c.children, c) if g.dep_ in ("pobj", "dobj") or g == c]
            nouns += [g for c in owner.children if c.dep_ == "advcl" for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            for noun in nouns:
                if noun.lemma_.lower() not in self.words.demand_nouns:
                    continue
                found = [m for m in self.grammar.phrase_mentions(noun, index, exclude=own) if m.code]
                if found:
                    domestic = [m for m in found if m.code in own]
                    return syntax.unique_mentions([m for m in found if m.code not in own] or domestic)
        return []

    def _told_addressee(self, token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """"informed Canberra it would end the accord": an act announced to
        someone is aimed at the one told."""
        verb = token if token.pos_ in ("VERB", "AUX") else _governor(token)
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in self.words.addressing_verbs:
            return []
        own = {m.code for m in actors}
        told = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
        return [m for t in told for m in self.grammar.np_mentions(t, index) if m.code and m.code not in own]

    def _across_border(self, token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """"massed tanks on the frontier with Togo", "sealed the Latvian border": an act
        at a shared border is aimed at the neighbour across it."""
        own = {m.code for m in actors}
        obj = syntax.direct_object(token)
        places = [obj] if obj is not None else []
        places += [g for c in syntax.prepositions(token) for g in c.children if g.dep_ == "pobj"]
        # "moved divisions from the front to its border with X": the border noun may sit deeper
        # in the phrase than the verb's own preposition
        borders = [t for place in places for t in place.subtree if t.lemma_.lower() in self.words.border_nouns and (t == place or t.dep_ == "pobj")]
        for place in borders:
            for neighbour in syntax.preposition_objects(place, "with"):
                found = [m for m in self.grammar.phrase_mentions(neighbour, index, exclude=frozenset(own)) if m.code and m.code not in own]
                if found:
                    return found
        return []

    def _provoking_side(self, token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """"put its air bases on alert after Turkish jets were spotted", "scrambled fighters
        following Russian incursions": forces readied in answer to another state's act face
        that state, the one named as doing it (the subject of the "after" clause, or the
        doer of the act a "following"/"amid" phrase names)."""
        own = {m.code for m in actors}
        phrases = []
        for child in token.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.words.provocation_marks for m in child.children):
                phrases += [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
            elif child.dep_ == "prep" and child.lower_ in self.words.provocation_marks:
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    if pobj.pos_ in ("VERB", "AUX"):
                        phrases += [c for c in pobj.children if c.dep_ in ("nsubj", "nsubjpass")]
                    else:
                        phrases.append(pobj)
        for phrase in phrases:
            found = [m for m in self.grammar.np_mentions(phrase, index) if m.code and m.code not in own and m.kind in ("state", "group")]
            if found:
                return syntax.unique_mentions(found)
        return []

    def _conditioned_party(self, token: Any, pos: str, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """"may send troops into Chad unless the militias disarm": an act held
        over the other side is aimed at whoever the condition asks to act."""
        verb = token if pos == "VERB" else _governor(token)
        clause = self.grammar.condition_clause(verb, self.words.threat_condition_marks)
        if clause is None:
            return []
        subject, _ = syntax.subject_of(clause)
        if subject is None:
            return []
        own = {m.code for m in actors}
        return [m for m in self.grammar.np_mentions(subject, index, deep=subject.pos_ != "PROPN") if m.code and m.code not in own]

    def _mediated_parties(self, token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """"traded detainees in a deal Qatar arranged", "stopped shelling in a ceasefire
        Norway negotiated": a mediator's recipients are the parties to the act its participle
        describes, the subject of the verb that act hangs from."""
        if token.dep_ != "acl":
            return []
        verb = syntax.nearest_verb(token.head)
        subject = None
        for _ in range(3):  # "stopped shelling in a ceasefire X negotiated": up to the clause's verb
            if verb is None:
                return []
            subject, _ = syntax.subject_of(verb)
            if subject is not None:
                break
            verb = syntax.nearest_verb(verb)
        if subject is None:
            return []
        own = {m.code for m in actors}
        return [m for m in self.grammar.np_mentions(subject, index) if m.code and m.code not in own]

    def _told_subjects(self, token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """The sides a statement's clause is about: "Croatia is failing ..., X protested"."""
        own = {m.actor_id for m in actors}
        found = [m for c in token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                 for m in self.grammar.np_mentions(s, index) if m.code and m.actor_id not in own]
        return syntax.unique_mentions(found)

    def _has_counterpart(self, token: Any, index: MentionIndex, actors: list[Mention]) -> bool:
        """Two sides act together ("X and Y met"), or they meet in another state, which hosts them
        ("Putin and Xi met in Beijing", "NATO ministers met in Brussels")."""
        codes = {m.code for m in actors}
        if len(codes) >= 2:
            return True
        place = _location_mention(token, index)
        return place is not None and place.code is not None and place.code not in codes

    def _eases_measure(self, verb: Any, rule: Trigger) -> bool:
        """``verb``'s object is a noun that undoes the measure of ``rule``'s object list it
        names ("sanctions relief", "the easing of sanctions", "tariff exemptions"); relief that
        is itself the row's object ("blocked relief for X") is no easing."""
        obj = syntax.direct_object(verb)
        if obj is None or not _is_word_in(obj, self.words.relief_nouns) or _is_word_in(obj, rule.objects):
            return False
        named = [c for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]
        named += [p for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in ("of", "on", "to") for p in prep.children if p.dep_ == "pobj"]
        return any(_is_word_in(word, rule.objects) for word in named)

    def _relieved(self, verb: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """Who a relief is for: "sanctions relief for X", "the easing of sanctions on X"."""
        own = {m.code for m in actors}
        obj = syntax.direct_object(verb)
        pobjs = [p for prep in obj.subtree if prep.dep_ == "prep" and prep.lower_ in ("for", "on", "against", "to") for p in prep.children if p.dep_ == "pobj"]
        found = [m for p in pobjs for m in self.grammar.np_mentions(p, index) if m.code and m.code not in own]
        return syntax.unique_mentions(found)

    def _recast(self, token: Any, rule: Trigger, index: MentionIndex, actors: list[Mention], recipients: list[Mention]) -> tuple[Trigger, list[Mention], list[Mention]]:
        """Readings the sides change: a deployment to another state, a delivery received."""
        if rule.type == PloverType.MOBILIZE and not recipients and not rule.objects & self.words.alert_words:
            # (forces put or kept on alert somewhere are ready there, not sent to protect it)
            hosts = _foreign_destination(token, index, actors, self.words.vicinity_prepositions)
            if hosts:
                # Troops or jets sent to another state are military protection for it (074).
                abroad = self.rules.deployment_abroad
                rule = dataclasses.replace(rule, type=abroad.type, mode=abroad.mode, context=abroad.context, cameo=abroad.cameo)
                recipients = hosts
        if rule.type == PloverType.PROTEST and rule.pos == "VERB" and any(c.dep_ == "ccomp" for c in token.children):
            # "X is failing its refugees, a rights group protested": a protest in words, which
            # is the verb's row of accusation
            voiced = next((r for r in self.triggers.get((rule.lemma, "VERB"), ()) if r.type == PloverType.ACCUSE), None)
            if voiced is not None:
                rule = voiced
                if not recipients:
                    recipients = self._told_subjects(token, index, actors)
        if rule.type == PloverType.SANCTION and rule.pos == "VERB" and self._eases_measure(token, rule):
            # "announced sanctions relief for X", "approved the easing of sanctions": undone, not imposed
            eased = self.rules.eased_sanctions
            rule = dataclasses.replace(rule, type=eased.type, mode=eased.mode, context=eased.context, cameo=eased.cameo)
            if not recipients:
                recipients = self._relieved(token, index, actors)
        if rule.type in (PloverType.ASSAULT, PloverType.COERCE) and self._by_protesters(token):
            # "the consulate was torched by protesters": a violent protest, not an attack
            riot = self.rules.violent_protest
            rule = dataclasses.replace(rule, type=riot.type, mode=riot.mode, context=riot.context, cameo=riot.cameo)
        if rule.type == PloverType.ASSAULT and self._in_exercise(token):
            # "sailors shelled a target hulk during naval manoeuvres": force used in an
            # exercise is the exercise, joint (cooperation) or alone (a display of might).
            if len({m.code for m in actors}) >= 2:
                joint = self.rules.joint_exercise
                rule = dataclasses.replace(rule, type=joint.type, mode=joint.mode, context=joint.context, cameo=joint.cameo)
                recipients = []
            else:
                solo = self.rules.solo_exercise
                rule = dataclasses.replace(rule, type=solo.type, mode=solo.mode, context=solo.context, cameo=solo.cameo)
        if rule.type == PloverType.COOPERATE and not recipients and len({m.code for m in actors}) == 1 and self._is_exercise(token):
            # "Peru is staging war games", "ASEAN plans a yearly drill": an exercise
            # with no partner is a display of might, not cooperation.
            solo = self.rules.solo_exercise
            rule = dataclasses.replace(rule, type=solo.type, mode=solo.mode, context=solo.context or rule.context, cameo=solo.cameo)
        if rule.type == PloverType.COOPERATE and token.lemma_.lower() in self.words.receiving_verbs and recipients:
            # "Ghana received trucks from Brazil": the delivery is Brazil's act.
            actors, recipients = recipients, actors
        if rule.type == PloverType.COOPERATE and rule.cameo == self.rules.aid_marked_from and self._arms_to_groups(token, recipients):
            # "the rebels received rifles from X": arms handed to an armed group or to
            # protesters are no trade between states but military aid (CAMEO 072).
            aid = self.rules.aid_marked
            rule = dataclasses.replace(rule, type=aid.type, mode=aid.mode, context=aid.context or rule.context, cameo=aid.cameo)
        if rule.type == PloverType.COOPERATE and rule.cameo == self.rules.aid_marked_from and self._aid_marked(token):
            # "gave Moldova two radars, funded out of its defence assistance
            # fund": a delivery the sentence marks as aid is AID (docs/annotation.md).
            aid = self.rules.aid_marked
            rule = dataclasses.replace(rule, type=aid.type, mode=aid.mode, context=aid.context or rule.context, cameo=aid.cameo)
        return rule, actors, recipients

    def _by_protesters(self, token: Any) -> bool:
        """The doer of ``token``'s act is protesters ("demonstrators", "a protestor") and no weapon
        is named in it ("demonstrators fired rockets at X" stays an attack)."""
        subject, _ = syntax.subject_of(token) if token.pos_ in ("VERB", "AUX") else (None, False)
        if subject is None or subject.lemma_.lower() not in self.words.protester_nouns:
            return False
        weapons = self.words.attack_causes | self.words.weapon_objects
        own = {t.i for t in subject.subtree} | {token.i}
        return not any(_is_word_in(t, weapons) for t in token.subtree if t.i not in own)

    def _is_exercise(self, token: Any) -> bool:
        """``token`` names a military exercise ("exercises", "drills"), or is the verb whose object does."""
        nouns = [token] + [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(n.lemma_.lower() in self.words.exercise_nouns for n in nouns)

    def _arms_to_groups(self, token: Any, recipients: list[Mention]) -> bool:
        """Every recipient of the delivery at ``token`` is a non-state group and nothing in its
        clause says the goods were sold."""
        if not recipients or any(m.kind != "group" for m in recipients):
            return False
        return not any(t.lemma_.lower() in self.words.sale_words for t in token.subtree) and token.lemma_.lower() not in self.words.sale_words

    def _aid_marked(self, token: Any) -> bool:
        """The act's phrase (not its subject) names it as aid: "funded out of its defence
        assistance fund", "as a gift", "donated"."""
        subject, _ = syntax.subject_of(token)
        skip = set(t.i for t in subject.subtree) if subject is not None else set()
        return any(t.lemma_.lower() in self.words.aid_words for t in token.subtree if t.i not in skip and t.i != token.i)

    def _in_exercise(self, token: Any) -> bool:
        """``token``'s clause is set "in" or "during" a military exercise."""
        for preposition in ("in", "during"):
            for pobj in syntax.preposition_objects(token, preposition):
                if pobj.lemma_.lower() in self.words.exercise_nouns:
                    return True
        return False

    def _status(self, token: Any, pos: str, rule: Trigger) -> EventStatus:
        status = self.grammar.clause_status(token if pos == "VERB" else _governor(token))
        if rule.type == PloverType.AGREE and token.lemma_.lower() in self.words.proposal_words:
            status = EventStatus.PROPOSED  # offers and proposals are AGREE `proposed` (docs/annotation.md)
        if pos == "NOUN" and _is_in_talks(token):
            status = EventStatus.ONGOING  # "Nepal is in discussions with Bhutan"
        return status

    def _allegation(self, token: Any, rule: Trigger, actors: list[Mention], speakers: list[Mention]) -> _Candidate | None:
        """"X said Y attacked Z" reports a claim: X accuses Y (CAMEO 112), the attack itself is
        not asserted. "Y attacked Z, X said" attributes a fact and codes the attack."""
        if rule.type not in self.rules.alleged_types or self._conditioned_act(token) is not None:
            return None  # "said it would retaliate if Y attacked": a condition claims no act
        verb = self.grammar.reporting_verb(token)
        if verb is None or verb.i > token.i or self._is_circumstance(token, verb):
            return None
        speaker_codes = {m.code for m in speakers if m.code}
        actor_codes = {m.code for m in actors}
        if not speaker_codes or speaker_codes & actor_codes or self._is_media_report(verb, speakers):
            return None  # a news agency reporting an attack accuses no one: the attack is told
        accusation = dataclasses.replace(self.rules.allegation, lemma=verb.lemma_.lower())
        status = self.grammar.clause_status(verb)
        return _Candidate(verb, accusation, [m for m in speakers if m.code], actors, [], status, True)

    def _is_media_report(self, verb: Any, speakers: list[Mention]) -> bool:
        """The speaker of ``verb`` is the news medium telling the story ("an agency
        correspondent said", "the newspaper reported", "an editor at the state news agency
        said"), not a side in it."""
        if any(m.sector in self.words.media_sectors for m in speakers):
            return True
        subject, _ = syntax.subject_of(verb)
        if subject is None:
            return False
        heads = [subject, *(g for p in subject.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "for", "with") for g in p.children if g.dep_ == "pobj")]
        return any(h.lemma_.lower() in self.words.media_nouns for h in heads)

    def _unowned_claim(self, token: Any, rule: Trigger, speakers: list[Mention]) -> bool:
        """``token``'s act is the content of an allegation ("alleged that", "claimed that") whose
        speaker names no actor: neither asserted nor anyone's accusation."""
        if rule.type not in self.rules.alleged_types or any(m.code for m in speakers):
            return False
        # "alleged that X knew of it, and that its troops later shelled the villages":
        # the claim may hold the act several clauses down
        verb = next((h for h in syntax.governing_chain(token, limit=6) if h.lemma_.lower() in self.words.reporting_verbs and h.pos_ in ("VERB", "AUX")), None)
        return verb is not None and verb.i < token.i and verb.lemma_.lower() in self.words.allegation_verbs and not self._is_circumstance(token, verb)

    def _is_circumstance(self, token: Any, verb: Any) -> bool:
        """``token``'s clause hangs from ``verb`` itself as its time or cause ("announced ... a day
        after X shot down a jet"): a fact the sentence states, not what was reported. A cause
        clause inside the reported content ("said the talks ended because X attacked") is still
        the speaker's claim."""
        current = token
        while current.i != verb.i and current.head.i != current.i:
            if (
                current.dep_ == "advcl"
                and current.head.i == verb.i
                and any(c.dep_ == "mark" and c.lower_ in self.words.circumstance_marks for c in current.children)
            ):
                return True
            current = current.head
        return False

    def _demand(self, token: Any, pos: str, rule: Trigger, actors: list[Mention], speakers: list[Mention]) -> _Candidate | None:
        """"X said Y must / should withdraw" is X's demand on Y (PLOVER manual: REQUEST by X),
        not Y's act; an actor's word about itself ("said it should act") stays its own act."""
        act = token if pos == "VERB" else _governor(token)  # "should open talks": the light verb
        if act == token and pos != "VERB":
            return None
        if not self._is_obliged(act):
            return None
        verb = self.grammar.reporting_verb(act)
        if verb is None:
            return None
        speaker_codes = {m.code for m in speakers if m.code}
        if not speaker_codes or speaker_codes & {m.code for m in actors}:
            return None
        cameo = self.rules.demand_codes.get(rule.type, self.rules.demand.cameo)
        demand = dataclasses.replace(self.rules.demand, lemma=verb.lemma_.lower(), cameo=cameo)
        return _Candidate(verb, demand, [m for m in speakers if m.code], actors, [], self.grammar.clause_status(verb), True)

    def _is_obliged(self, verb: Any) -> bool:
        """``verb`` carries a modal of obligation ("must withdraw", "should return")."""
        return any(c.dep_ == "aux" and c.lower_ in self.words.obligation_words for c in verb.children)

    def _actors(self, token: Any, rule: Trigger, index: MentionIndex) -> tuple[list[Mention], bool]:
        if rule.pos == "NOUN":
            return self._noun_actors(token, rule, index)
        subject, _ = syntax.subject_of(token, self.words.means_verbs)
        if subject is None and token.lemma_.lower() in self.words.stance_participles:
            subject = syntax.passive_subject(token)  # "X is opposed to Y's plan": X's stance
        if subject is None:
            return [], False
        found = [m for m in self.grammar.np_mentions(subject, index, deep=subject.pos_ != "PROPN") if m.code]
        if not found and token.lemma_.lower() in self.words.reporting_verbs:
            found = self.grammar.report_author(subject, index)  # "a report issued in Kigali alleged that ..."
        return found, True

    def _noun_actors(self, token: Any, rule: Trigger, index: MentionIndex) -> tuple[list[Mention], bool]:
        """A nominal trigger's own actor: "Serbia's condemnation", "a visit by Vucic", "the
        Serbian purchase", or the subject of its light verb ("Serbia held talks")."""
        for child in token.children:
            if child.pos_ == "PRON":
                continue  # "its own war": too weak to code an event on
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and index.at(child.i)):
                found = [m for m in self.grammar.np_mentions(child, index) if m.code]
                if found:
                    return found, True
            if child.dep_ == "compound" and not index.at(child.i):
                # "Israeli tank shelling", "US Predator attacks": the actor modifies the modifier
                found = [m for m in syntax.modifier_mentions(child, index) if m.code and not m.is_place]
                if found:
                    return found, True
            if child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    found = [m for m in self.grammar.np_mentions(pobj, index) if m.code]
                    if found:
                        return found, True
        governor = _governor(token)
        held = _is_in_talks(token)
        if held:
            governor = token.head.head  # "X is in talks with Y"
        readied = rule.type == PloverType.ASSAULT and governor.lemma_.lower() in self.words.preparation_words
        engaged = token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_.lower() in self.words.engagement_verbs
        engaged = engaged or (
            # "prisoners have been / remain on hunger strike"
            rule.type == PloverType.PROTEST and token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.head.lemma_.lower() in self.words.protest_stance_verbs
        )
        if engaged:
            governor = token.head.head  # "militias are engaged in mass killings of X"
        if governor != token and (governor.lemma_.lower() in self.words.light_verbs or held or readied or engaged):
            subject, _ = syntax.subject_of(governor)
            if subject is None and engaged:
                subject = syntax.passive_subject(governor)
            if subject is not None and subject.i != token.i:
                found = [m for m in self.grammar.np_mentions(subject, index, deep=subject.pos_ != "PROPN") if m.code]
                if found:
                    return found, True
        if "prep:between" in rule.recipient_via:
            # "Talks between Ghana and Benin are nearly over": a
            # joint act names both sides as its actors.
            for pobj in syntax.preposition_objects(token, "between"):
                found = [m for m in self.grammar.np_mentions(pobj, index) if m.code]
                if len({m.code for m in found}) >= 2:
                    return syntax.unique_mentions(found), True
        if token.lemma_.lower() in self.words.agentive_nouns:
            # "the visit of the Serbian president to Budapest", "the withdrawal of Russian troops"
            for pobj in (p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
                found = [m for m in self.grammar.np_mentions(pobj, index, deep=True) if m.code]
                if found:
                    return found, True
        if rule.type in (PloverType.COOPERATE, PloverType.AID) and token.lemma_.lower() in self.words.supply_nouns:
            # "Shipments of Swedish howitzers to Chile": the goods' origin supplies them.
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        found = [m for m in self.grammar.np_mentions(pobj, index) if m.code and m.kind == "state"]
                        if found:
                            return found, False
        return [], False

    def _recipients(self, token: Any, rule: Trigger, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """The recipients along the row's routes, tried in order, else along the prepositions
        that mark a recipient for this kind of act."""
        actor_ids = {m.actor_id for m in actors}
        # acts aimed at a people ("ethnic cleansing against the Rohingya in X"): a place in the
        # victims' phrase is where they live, not a side
        people_targeted = self.rules.people_context in rule.context
        if rule.pos == "VERB":
            answered = self._answered_act(token, rule, index, actor_ids)
            if answered:
                return answered
        for via in rule.recipient_via:
            if via == "none":
                return []
            if via in ("required", "subject", "political", "counterpart", "head"):
                continue
            if via == "dobj" and self._reflexive_object(token):
                return []  # "armed themselves": aimed at the actor itself, at no other side
            heads = self._route_heads(token, rule, via, index)
            found = []
            for head in heads:
                places = (via.startswith("prep:") or via == "dobj") and not people_targeted
                found.extend(m for m in self.grammar.np_mentions(head, index, deep=True, allow_places=places) if m.code)
            if via == "dobj" and not found and heads:
                found = self._stranded_linked_mentions(token, heads[0], index)
            found = [m for m in syntax.unique_mentions(found) if m.actor_id not in actor_ids]
            if not found and (via == "dobj" or via.startswith("prep:")) and rule.type != PloverType.PROTEST and not people_targeted:
                # "urged the factions in the war in Yemen to ...": named deeper in the phrase
                own = frozenset(m.code for m in actors if m.code)
                found = [m for head in heads for m in self.grammar.phrase_mentions(head, index, exclude=own) if m.code and m.actor_id not in actor_ids][:4]
                if not found and via == "dobj" and heads and index.at(heads[0].i) is None:
                    # "urged the factions in the war in Sudan to ...": the parser hung the
                    # object's own phrase on the verb; read the phrase right after the object
                    found = [m for m in self._stranded_phrase_mentions(token, heads[0], index, own) if m.actor_id not in actor_ids][:4]
            if found:
                return found
        if "none" in rule.recipient_via:
            return []
        return self._fallback_recipients(token, rule, index, actor_ids)

    def _named_culprits(self, token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """Who did the deeds an accusation or investigation is about, as its object names them
        with "by": "investigating crimes by X", "a probe into killings committed by X". Each
        conjoined doer counts, and one marked as the actor's "own" ("raids by its own police and
        by X") is the actor's side."""
        if token.pos_ in ("VERB", "AUX"):
            deed = syntax.direct_object(token)
        else:
            deed = next((p for c in token.children if c.dep_ == "prep" and c.lower_ in self.words.inquiry_prepositions for p in c.children if p.dep_ == "pobj"), None)
        if deed is None or deed.lemma_.lower() not in self.words.misdeed_nouns:
            return []
        doer_phrases = [c for c in deed.children if c.dep_ == "prep" and c.lower_ in self.words.doer_prepositions]
        doer_phrases += [a for c in deed.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children if a.dep_ == "agent"]
        doer_phrases += [conj for c in doer_phrases for conj in c.conjuncts]  # "by X and by Y"
        agents = [p for c in doer_phrases for p in c.children if p.dep_ == "pobj"]
        agents += [conj for agent in agents for conj in agent.conjuncts]
        found = []
        for agent in agents:
            if any(c.lower_ in self.words.own_words for c in agent.children):
                found += [m for m in actors if m.code]  # "its own troops": the actor's side
            else:
                found += [m for m in self.grammar.np_mentions(agent, index, deep=True) if m.code]
        return syntax.unique_mentions(found)

    def _taker_of_the_thing(self, token: Any, rule: Trigger, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """Whom an offer or a request told in a clause on the thing offered or asked for is
        addressed to: the subject of the clause that takes, refuses or weighs that thing
        ("Oslo turned down the radars that Riga asked for", "Quito is weighing the boats offered
        by Madrid"), or, for a request, that grants it ("shipped the vaccines X had asked for").
        The governing word must be one of those (``taking_or_refusing_verbs``,
        ``granting_verbs``): who praises, blocks or discusses the thing was not offered it. None
        when the offer or request names its own addressee ("offered to Peru", "requested from
        Chile"), or when the noun is the relative clause's subject ("the state that requested
        arms" did the asking)."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.words.offering_and_asking_verbs:
            return []
        if token.dep_ == "relcl":
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in syntax.RELATIVE_PRONOUNS for c in token.children):
                return []
        elif token.dep_ != "acl" or token.tag_ != "VBN":
            return []
        if any(c.dep_ in ("dative", "iobj") or (c.dep_ == "prep" and c.lower_ in self.words.addressee_prepositions) for c in token.children):
            return []
        thing = token.head
        if thing.dep_ == "dobj":
            governor = thing.head
        elif thing.dep_ == "pobj" and thing.head.dep_ == "prep":
            governor = thing.head.head  # "keen on the boats", "opted for the loan"
        else:
            return []
        takers = self.words.taking_or_refusing_verbs
        if rule.type == PloverType.REQUEST:
            takers = takers | self.words.granting_verbs
        if not syntax.in_word_list(governor, takers):
            return []  # "criticised the aid that X promised": no taking, refusing or weighing
        if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
            governor = governor.head  # "was not interested in": the clause of the adjective
        if governor.pos_ not in ("VERB", "AUX"):
            return []
        subject, _ = syntax.subject_of(governor)
        if subject is None:
            return []
        own_ids = {m.actor_id for m in actors}
        own_codes = {m.code for m in actors}
        found = [m for m in self.grammar.np_mentions(subject, index) if m.code and m.actor_id not in own_ids and m.code not in own_codes]
        return syntax.unique_mentions(found)

    def _helped_parties(self, token: Any, index: MentionIndex, actors: list[Mention]) -> list[Mention]:
        """The side an aid act is for, named by a help verb: its own ("is willing to help defend
        Albania") or that of its purpose clause ("sent equipment to help defend Poland")."""
        helpers = [token] if token.lemma_.lower() in self.words.help_verbs else []
        helpers += [c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in self.words.help_verbs]
        own = {m.actor_id for m in actors}
        for helper in helpers:
            objects = [c for c in helper.children if c.dep_ == "dobj"]
            objects += [g for c in helper.children if c.dep_ in ("xcomp", "ccomp") for g in c.children if g.dep_ in ("dobj", "nsubj")]
            found = [m for obj in objects for m in self.grammar.np_mentions(obj, index) if m.code and m.actor_id not in own]
            if found:
                return syntax.unique_mentions(found)
        return []

    def _political_side(self, mention: Mention, index: MentionIndex) -> bool:
        """``mention`` names a side that can be pressed to act: the phrase it stands in is headed
        by the actor itself ("Kyiv", "the Ukrainian government") or by a noun of a polity or its
        people in office ("Ukrainian leaders"), not by positions, lines or a sports team
        merely of that state ("Ukrainian positions", "the Serbian national team")."""
        head = index.doc[mention.end - 1]
        while head.dep_ in ("amod", "compound", "poss", "nmod") and head.head.i != head.i and index.at(head.head.i) in (None, mention):
            head = head.head
        if mention.start <= head.i < mention.end:
            return True
        return _is_word_in(head, self.words.political_nouns)

    def _forces_on_alert(self, token: Any, actors: list[Mention]) -> bool:
        """Who is on alert at ``token`` are armed forces: the object put on alert ("put its
        troops on alert"), else the subject kept so ("the navy remained on standby"), named by a
        noun of forces or coded as a military or police actor."""
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if objects:
            return True  # the row's own object names what is put on alert
        subject, _ = syntax.subject_of(token)
        if subject is None:
            return False
        if _is_word_in(subject, self.words.force_nouns):
            return True
        return any(m.sector in self.words.force_sectors for m in actors)

    def _reflexive_object(self, token: Any) -> bool:
        """``token``'s direct object is the actor itself ("defended itself")."""
        return any(c.dep_ == "dobj" and c.lower_ in self.words.reflexive_pronouns for c in token.children)

    def _answered_act(self, token: Any, rule: Trigger, index: MentionIndex, actor_ids: set[str]) -> list[Mention]:
        """"accepted Swiss arbitration", "turned down an offer from Quito", "declined a Dutch proposal":
        an act that answers another's act (a noun of the trigger table as its object) is aimed
        at whoever did that act. The object of the row's own particle is what the act asks for,
        not an act it answers: "called for EU sanctions against X" is aimed at X."""
        nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        nouns += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for") and c.lower_ != rule.particle for g in c.children if g.dep_ == "pobj"]
        for noun in nouns:
            rows = self.triggers.get((noun.lemma_.lower(), "NOUN"))
            if not rows or index.at(noun.i) is not None:
                continue
            found, _ = self._noun_actors(noun, rows[0], index)
            if not found:
                for pobj in syntax.preposition_objects(noun, "from"):
                    found = [m for m in self.grammar.np_mentions(pobj, index) if m.code]
                    if found:
                        break
            found = [m for m in found if m.actor_id not in actor_ids]
            if found and not (_governor(noun) is token and noun.dep_ == "dobj" and token.lemma_.lower() in self.words.light_verbs):
                return syntax.unique_mentions(found)
        return []

    def _route_heads(self, token: Any, rule: Trigger, via: str, index: MentionIndex) -> list[Any]:
        """The tokens heading the phrases one ``recipient_via`` route names."""
        if via == "dobj":
            if rule.pos == "NOUN":
                if token.lemma_.lower() in self.words.agentive_nouns:
                    return syntax.preposition_objects(token, "against")  # "of X" is its doer
                return syntax.preposition_objects(token, "of") + syntax.preposition_objects(token, "against")
            # Passive: "Albania was condemned by Serbia" - the subject is the recipient.
            obj = syntax.direct_object(token)
            if obj is None:
                # A small clause: "let the monitors return", "recruits posted in X"
                obj = next((g for c in token.children if c.dep_ == "ccomp" and not _has_mark(c) for g in c.children if g.dep_ == "nsubj"), None)
                if obj is None:
                    obj = next((c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN")), None)
            return [obj] if obj is not None else []
        if via == "iobj":
            heads = [c for c in token.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
            obj = syntax.direct_object(token)
            if not heads and obj is not None and index.at(obj.i) is not None:
                heads = [obj]  # "provided Ukraine with helicopters": the object is the recipient
            return heads
        if via == "poss":
            return [c for c in token.children if c.dep_ == "poss"]
        if via == "attr":
            return [c for c in token.children if c.dep_ == "attr"]  # "became the bloc's newest member"
        if via.startswith("prep:"):
            heads = syntax.preposition_objects(token, via[5:])
            governor = _governor(token)
            if token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_.lower() in self.words.engagement_verbs:
                governor = token.head.head  # "were engaged in mass killings ... against X"
            carrier = governor.lemma_.lower() in self.words.light_verbs or governor.lemma_.lower() in self.words.engagement_verbs
            if not heads and rule.pos == "NOUN" and governor != token and carrier:
                # "held naval exercises with Egypt", "engaged in killings ... against X": the
                # phrase hangs from the verb that carries the noun
                heads = [p for p in syntax.preposition_objects(governor, via[5:]) if p.i != token.i]
            return heads
        return []

    def _stranded_linked_mentions(self, token: Any, obj: Any, index: MentionIndex) -> list[Mention]:
        """"called the declaration by Albania and Kosovo a provocation": the parser hung the
        object's "by"/"of" phrase on the verb; read it where it stands."""
        found: list[Mention] = []
        edge = obj.right_edge.i
        for child in token.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in self.words.linking_prepositions and child.i == edge + 1:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found.extend(m for m in self.grammar.np_mentions(pobj, index) if m.code)
        return found

    def _stranded_phrase_mentions(self, token: Any, obj: Any, index: MentionIndex, own: frozenset[str]) -> list[Mention]:
        """The actors in a prepositional phrase of ``token`` that directly follows its object."""
        for child in token.children:
            if child.dep_ == "prep" and child.i == obj.right_edge.i + 1:
                return [m for g in child.children if g.dep_ == "pobj" for m in self.grammar.phrase_mentions(g, index, exclude=own) if m.code]
        return []

    def _fallback_recipients(self, token: Any, rule: Trigger, index: MentionIndex, actor_ids: set[str]) -> list[Mention]:
        """The row's own routes found nothing: try the prepositions that mark a recipient for
        this kind of act ("fired ... at Russia", "endorsed an agreement with the EU")."""
        quad = self.ontology.cameo(rule.cameo)
        conflict = quad is not None and quad.quad_class >= 3
        for preposition in self.words.conflict_prepositions if conflict else self.words.cooperation_prepositions:
            found = []
            for head in syntax.preposition_objects(token, preposition):
                found.extend(m for m in self.grammar.np_mentions(head, index, deep=True, allow_places=True) if m.code and m.actor_id not in actor_ids)
            if found:
                return syntax.unique_mentions(found)
        if not conflict and rule.pos == "VERB":
            # "acquiring Turkish drones", "frigates bought from Italy": the object names
            # the other side.
            obj = syntax.direct_object(token)
            if obj is not None:
                found = [m for m in self.grammar.np_mentions(obj, index, deep=True) if m.code and m.actor_id not in actor_ids and m.kind == "state"]
                if found:
                    return syntax.unique_mentions(found)
        return self._nested_recipients(token, rule, index, actor_ids)

    def _nested_recipients(self, token: Any, rule: Trigger, index: MentionIndex, actor_ids: set[str]) -> list[Mention]:
        """The last resort: the actors named anywhere inside the phrases the act is done to,
        nearest first: "bombed three depots in Syria", "scrapped a contract for four Korean
        jets", "warned citizens off trips to Haiti"."""
        heads = []
        obj = syntax.direct_object(token) if rule.pos == "VERB" else None
        if obj is not None:
            heads.append(obj)
        # "labelling the claims a hoax spread by Moscow": the predicate of the object
        heads += [c for c in token.children if c.dep_ == "oprd"]
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ not in self.words.place_prepositions:
                heads.extend(g for g in child.children if g.dep_ == "pobj")
        for head in heads:
            own = frozenset(m.code for m in index.mentions if m.actor_id in actor_ids and m.code)
            found = [m for m in self.grammar.phrase_mentions(head, index, exclude=own) if m.code and m.actor_id not in actor_ids]
            if found:
                return syntax.unique_mentions(found)
        if obj is None or obj.lower_ == "what":
            return self._described_target(token, index, actor_ids)
        return []

    def _described_target(self, token: Any, index: MentionIndex, actor_ids: set[str]) -> list[Mention]:
        """"hit what the ministry said was a militia arms store", "shelled what Kyiv called a
        Ukrainian plant": the act's object is a free relative told by a speaker; the target is what the
        clause names, not the speaker."""
        for clause in (c for c in token.children if c.dep_ in ("ccomp", "dobj") and c.left_edge.lower_ == "what"):
            speakers = {t.i for v in clause.subtree if v.pos_ in ("VERB", "AUX") for s in v.children if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "what" for t in s.subtree}
            found = [m for t in clause.subtree if t.i not in speakers and (m := index.at(t.i)) is not None and m.code and m.actor_id not in actor_ids]
            if found:
                return syntax.unique_mentions(found)[:1]  # the target itself, not where it stands
        return []

    def _event(self, cand: _Candidate, sent: Any, actors: dict[str, Actor], dates: DateResolver, number: int, index: MentionIndex) -> Event | None:
        rule = cand.rule
        context = list(rule.context)
        if self.rules.military_context not in context and self._mentions_military(cand.token):
            context.append(self.rules.military_context)
        plover_type, cameo = self._recode(cand, context, index)
        plover_type = str(plover_type)  # the record holds the type's name, as a plain string
        entry = self.ontology.cameo(cameo)
        actor_codes = _codes(cand.actors)
        recipient_codes = [c for c in _codes(cand.recipients) if c not in actor_codes or _distinct_sides(cand)]
        if not actor_codes:
            return None
        if not context and entry is not None:
            context = list(entry.context)
        location_mention = _location_mention(cand.token, index)
        if not recipient_codes and not cand.joint and rule.type in self.rules.hosted_types and location_mention is not None and location_mention.code not in actor_codes and not _names_adversary(cand.token) and self.rules.people_context not in rule.context:
            # "meet in Zurich", "staged a protest in Beijing": the host state is the recipient;
            # not where the act names whom it is against ("cleansing against a minority in X"),
            # nor for an act aimed at a people ("ethnic cleansing in X"): its victims are no state
            recipient_codes = [location_mention.code]
            cand.recipients = [location_mention]
        future = cand.status in FUTURE_STATUSES
        anchor = _date_anchor(cand.date_anchor if cand.date_anchor is not None else cand.token)
        date = self.grammar.clause_date(anchor, sent, dates, future=future and not cand.committed)
        if date is None and cand.status in (EventStatus.OCCURRED, EventStatus.ONGOING):
            date = dates.published
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
            location=_location(cand.token, sent.doc),
            evidence=syntax.sentence_evidence(sent, cand.token),
            confidence=round(min(confidence, 0.95), 2),
            speaker_ids=tuple(dict.fromkeys(m.actor_id for m in cand.speakers)),
        )

    def _recode(self, cand: _Candidate, context: list[str], index: MentionIndex) -> tuple[str, str]:
        """The type and code the event takes: a refusal of an act by the actor itself is REJECT; an
        act to come is the single category it amounts to (``Ontology.intention``)."""
        plover_type, cameo = cand.rule.type, cand.rule.cameo
        if cand.status == EventStatus.NEGATED and self._refuses(cand.token):
            refusal = self.ontology.refusal(plover_type)
            if refusal is not None:
                # "stated it would not give help to Serbia": a refusal, which happened.
                plover_type, cameo, cand.status = PloverType.REJECT, refusal, EventStatus.OCCURRED
            else:
                # "is not prepared to attack X", "will not strike X": harm disowned is no refusal
                # of anything asked; it is the announcement the affirmative would be ("will
                # attack X" is THREATEN), negated (PLOVER: negation is an auxiliary mode).
                intent = self.ontology.intention(plover_type, context)
                if intent is not None:
                    plover_type, cameo = self.ontology.plover_type(intent) or plover_type, intent
        preparation = self._preparation_of(cand.token) if plover_type == PloverType.ASSAULT else None
        if preparation is not None:
            # "prepared to resume shelling X": the readying is the event, and it is MOBILIZE
            row = self.rules.armed_preparation
            cand.status = self.grammar.clause_status(preparation)
            return PloverType(row.type), row.cameo
        condition = self.grammar.condition_of(cand.token if cand.rule.pos == "VERB" else _governor(cand.token))
        threat = condition in self.words.threat_condition_marks and cand.status != EventStatus.NEGATED
        own_condition = condition is not None and cand.status == EventStatus.HYPOTHETICAL and self._states_own_condition(cand, index)
        if cand.status in FUTURE_STATUSES or cand.committed or threat or own_condition:
            # An act held over the other side ("could strike unless ...") is one to come. So is
            # an act the actor makes conditional itself ("could strike if the talks collapse",
            # "may resume deliveries if the EU pays"): PLOVER codes a hypothetical act as the
            # single category it amounts to (THREATEN for force, AGREE for cooperation). Told
            # by a third party ("analysts said X could strike if ..."), it stays hypothetical.
            intent = self.ontology.intention(plover_type, context)
            if intent is not None:
                cameo = intent
                plover_type = self.ontology.plover_type(intent) or plover_type
        if threat and plover_type != PloverType.THREATEN:
            row = self.rules.conditional_threat  # "X will cut ties unless Y ...": a threat
            plover_type, cameo = PloverType(row.type), row.cameo
        if threat and plover_type == PloverType.THREATEN and self._states_own_condition(cand, index):
            # "X said it would blockade the port unless Y paid": the actor stating its own
            # condition made the threat (docs/annotation.md 6.3); an analyst's estimate stays hypothetical
            cand.status = EventStatus.OCCURRED
        return plover_type, cameo

    def _refuses(self, token: Any) -> bool:
        """"will not" / "would not" / "is not willing to" / "is unwilling to": the actor's own
        refusal of a future act (annotation guide 6.3: declining to act is REJECT)."""
        for tok in (token, *syntax.governing_chain(token, limit=1)):
            children = list(tok.children)
            if any(c.dep_ == "neg" for c in children) and any(c.lower_ in syntax.FUTURE_AUX | {"would"} for c in children if c.dep_ == "aux"):
                return True
        head = token.head
        if token.dep_ != "xcomp" or head.dep_ != "acomp":
            return False
        lemma = head.lemma_.lower()
        if lemma in self.words.readiness_words:
            return syntax.predicate_negated(head)
        return lemma in self.words.reluctance_words and not syntax.predicate_negated(head)

    def _preparation_of(self, token: Any) -> Any | None:
        """The word under which the force of ``token`` is readied rather than used: "prepared"
        in "prepared to resume shelling X", "is preparing an offensive against X"."""
        node = token
        for _ in range(3):
            if node.dep_ not in ("xcomp", "dobj") or node.head == node:
                return None
            node = node.head
            if node.lemma_.lower() in self.words.preparation_words:
                return node
        return None

    def _states_own_condition(self, cand: _Candidate, index: MentionIndex) -> bool:
        """The conditional act at ``cand`` is told by its actor and no one else: its sentence
        attributes it ("X said", "..., its minister said", "according to X") and every
        attribution is the actor's own side. Told by no one ("X could strike if ...") or by a
        third party ("analysts said", "according to analysts"), it is someone's estimate of a
        possible act, not the actor's own condition."""
        actors = {m.code for m in cand.actors}
        sources = []
        for token in cand.token.sent:
            if token.pos_ == "VERB" and token.lemma_.lower() in self.words.reporting_verbs:
                sources.append(syntax.subject_of(token)[0])
            elif token.lower_ in self.words.attribution_words:
                sources.extend(syntax.preposition_objects(token, "to") or [None])  # "according to X"
        if not sources:
            return False
        for source in sources:
            if source is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in source.children):
                continue  # "its foreign minister said": the actor's own official
            speakers = {m.code for m in self.grammar.np_mentions(source, index) if not m.is_place} if source is not None else set()
            if not speakers or not speakers <= actors:
                return False
        return True

    def _content_recipients(self, cand: _Candidate, index: MentionIndex) -> list[Mention]:
        """A warning, demand or proposal aimed through its content: "cautioned it would retaliate
        against the drills of Japan and Australia" is a threat to Japan and Australia;
        "proposed that Uzbekistan and Kyrgyzstan join" is a proposal to them."""
        if cand.rule.pos != "VERB":
            return []
        if cand.rule.type not in self.rules.reaction_types and not (cand.rule.type == PloverType.AGREE and cand.token.lemma_.lower() in self.words.proposal_words):
            return []
        own = {m.code for m in cand.actors}
        for child in cand.token.children:
            if child.dep_ not in ("ccomp", "xcomp"):
                continue
            found = []
            for tok in child.subtree:
                if tok.dep_ in ("dobj", "pobj", "nsubj") and tok.pos_ in ("NOUN", "PROPN"):
                    found.extend(m for m in self.grammar.np_mentions(tok, index, deep=True) if m.code and m.code not in own)
            if found:
                return syntax.unique_mentions(found)
        if cand.rule.type == PloverType.THREATEN:
            # "threatened to impose a curfew in its capital": a threat whose content falls on the
            # actor's own state has that state as recipient (PLOVER manual)
            for child in (c for c in cand.token.children if c.dep_ in ("ccomp", "xcomp")):
                places = [tok for tok in child.subtree if tok.dep_ == "pobj" and tok.head.lower_ in self.words.place_prepositions]
                home = [m for tok in places for m in self.grammar.np_mentions(tok, index, allow_places=True) if m.code in own and m.kind == "state"]
                if home:
                    cand.domestic = True
                    return syntax.unique_mentions(home)[:1]
        return []

    def _anaphoric_recipients(self, cand: _Candidate, events: list[Event], index: MentionIndex) -> list[Mention]:
        """"Lisbon deplored the sale", "Oslo dismissed the complaint": a reaction to "the"
        act just told is directed at those who took part in it."""
        if cand.rule.type not in self.rules.reaction_types:
            return []
        obj = syntax.direct_object(cand.token)
        responds = any(c.dep_ == "ccomp" and c.lemma_.lower() in self.words.response_verbs for c in cand.token.children)
        pointing = obj is not None and obj.pos_ == "PRON" and obj.lower_ in self.words.act_pronouns
        head = cand.token.head
        if cand.token.dep_ == "relcl" and (obj is None or obj.lower_ in syntax.RELATIVE_PRONOUNS) and head.lemma_.lower() in self.words.anaphoric_nouns and index.at(head.i) is None:
            # "..., a move Athens denounced as reckless", "a step which X criticised": the
            # relative clause reacts to the noun it modifies, which sums up the act just told
            obj, pointing = head, True
        if not responds and not pointing:
            # "cautioned it would retaliate": a response to what was just told
            if obj is None or obj.lemma_.lower() not in self.words.anaphoric_nouns or index.at(obj.i) is not None:
                return []
            if not any(c.lower_ in self.words.definite_determiners for c in obj.children):
                return []
        own = {m.code for m in cand.actors}
        by_id = {m.actor_id: m for m in index.mentions}
        said = obj is not None and obj.lemma_.lower() in self.words.speech_act_nouns
        # What "the move" points back to happened: unrealised acts are not referred to this way.
        for previous in [e for e in events if e.status not in (EventStatus.HYPOTHETICAL, EventStatus.NEGATED)][-3:][::-1]:
            if said:
                # "rejected the criticism": aimed at whoever voiced it
                if previous.type not in self.rules.voiced_types:
                    continue
                ids = previous.actor_ids
            else:
                ids = previous.actor_ids + previous.recipient_ids
            if not said and previous.quad_class == 4:
                # "condemned the attack": aimed at the attacker, not its victim
                ids = [i for i in previous.actor_ids if i in by_id and by_id[i].code not in own] or ids
            found = syntax.unique_mentions(by_id[i] for i in ids if i in by_id and by_id[i].code not in own)
            if found:
                return found
        if said or events:
            return []
        return self._previous_subject(cand.token, index, own)

    def _previous_subject(self, token: Any, index: MentionIndex, own: set[str | None]) -> list[Mention]:
        """"Russian warships sailed close to the coast. Riga condemned the manoeuvre": with no
        event told before, "the" act is the one the previous sentence's subject did."""
        sent = token.sent
        if sent.start == 0:
            return []
        previous = token.doc[sent.start - 1].sent
        subject, _ = syntax.subject_of(previous.root)
        if subject is None:
            return []
        return [m for m in self.grammar.np_mentions(subject, index, deep=True) if m.code and m.code not in own]

    def _protesting_public(self, token: Any, index: MentionIndex) -> list[Mention]:
        """"Crowds marched in Lisbon": unnamed protesters are the public of the place
        they protest in (a state, capital or seat of government named with "in")."""
        subject, _ = syntax.subject_of(token)
        if subject is None or subject.lemma_.lower() not in self.words.public_nouns:
            return []
        for pobj in syntax.preposition_objects(token, "in"):
            mention = index.at(pobj.i)
            if mention is not None and mention.kind == "state":
                return [mention]
        # "blocked the entrance of a shipyard near <town>", "rallied outside the parliament in
        # Rome": the place may close the phrase of the site they protest at
        for place in self._protest_site_places(token):
            mention = index.at(place.i)
            if mention is not None and mention.kind == "state" and mention.is_place:
                return [mention]
        return []

    def _protest_site_places(self, token: Any) -> list[Any]:
        """Objects of the place prepositions ("near", "at", "outside", "in" ...) on the protest
        verb, on its object, and down the "of"/place phrases of those, nearest first; no
        clause below them is entered (what a demand is about is no site)."""
        heads = [token]
        obj = syntax.direct_object(token)
        if obj is not None and obj.i != token.i:
            heads.append(obj)
        found = []
        while heads:
            head = heads.pop(0)
            for child in head.children:
                if child.dep_ != "prep" or (child.lower_ != "of" and child.lower_ not in self.words.place_prepositions):
                    continue
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    if child.lower_ != "of":
                        found.append(pobj)
                    heads.append(pobj)
        return found

    def _object_controlled_wish(self, token: Any) -> bool:
        """"Lima wants Quito to retreat": the wisher and the would-be actor differ."""
        if token.dep_ not in ("xcomp", "ccomp") or token.head.lemma_.lower() not in self.words.intent_words:
            return False
        subject, _ = syntax.subject_of(token)
        if subject is None:
            return False
        if subject.dep_ == "dobj" and subject.head == token.head:
            return True
        return subject.head == token and syntax.to_infinitive(token)

    def _is_thanked_for(self, token: Any) -> bool:
        """``token`` names what someone is thanked or praised for: "expressed appreciation for
        X's assistance", "thanked X for its help and support"."""
        token = syntax.first_conjunct(token)
        if token.dep_ != "pobj" or token.head.lower_ != "for":
            return False
        owner = token.head.head
        # "voiced appreciation for X's help": the phrase may hang on the verb of the thanks
        thanks = [owner, *(c for c in owner.children if c.dep_ == "dobj")] if owner.pos_ in ("VERB", "AUX") else [owner]
        return any(t.lemma_.lower() in self.words.gratitude_words for t in thanks)

    def _is_reported_content(self, token: Any) -> bool:
        """A clause that spells out an allegation, a report or a claim noun: its content is not asserted."""
        for head in syntax.governing_chain(token, limit=3):
            if head.pos_ == "NOUN" and head.lemma_.lower() in self.words.report_nouns:
                return True
        # The parser often hangs the content clause on its noun as a clausal modifier
        # ("allegations that the army killed ..."): "that" marks it as content, where a relative
        # clause ("the report that was released") would have "that" as its subject.
        for clause in (token, *syntax.governing_chain(token, limit=3)):
            noun = clause.head
            if clause.dep_ == "acl" and noun.pos_ == "NOUN" and noun.lemma_.lower() in self.words.report_nouns and any(c.dep_ == "mark" for c in clause.children):
                return True
        return False

    def _fold_subsumed(self, candidates: list[_Candidate], index: MentionIndex) -> list[_Candidate]:
        """Acts that are only the content of a threat, a request or talks are not events of their
        own: "threatened to sanction US companies" is one THREATEN, "asked Eritrea to withdraw its
        soldiers" one REQUEST, "in discussions with Oman on acquiring jets" one CONSULT. The content
        lends the governing event its recipient when that has none."""
        kept = []
        by_token = {c.token.i: c for c in candidates}
        for cand in candidates:
            if cand.rule.type in self.rules.subsuming_types and not cand.recipients and not cand.joint:
                cand.recipients = self._addressees(cand, index)
        owners = {}
        for cand in candidates:
            for head in syntax.complement_chain(cand.token, limit=3):
                found = by_token.get(head.i)
                if found is not None and found.rule.type in self.rules.subsuming_types and found is not cand:
                    owners[cand.token.i] = found
                    break
        reporters = {owner.token.i for i, owner in owners.items() if self._reports_readied_force(owner, by_token[i])}
        for cand in candidates:
            if cand.token.i in reporters:
                continue
            owner = owners.get(cand.token.i)
            if owner is None or owner.token.i in reporters:
                kept.append(cand)
                continue
            if not owner.recipients and not owner.joint:
                # "demanded that the US match the EU's support": whoever is asked to act is the
                # recipient; an act of the owner's own ("threatened to sanction X") lends its recipient.
                own_ids = {a.actor_id for a in owner.actors}
                own_codes = {a.code for a in owner.actors}
                addressed = [m for m in cand.actors if m.actor_id not in own_ids and m.code not in own_codes] if cand.token.head == owner.token else []
                owner.recipients = addressed or [m for m in cand.recipients or cand.actors if m.actor_id not in own_ids]
        return kept

    def _reports_readied_force(self, owner: _Candidate, content: _Candidate) -> bool:
        """"X is poised to attack Y, Z warned": a warning that tells of force another side readies
        reports that readying (MOBILIZE by X, as told unattributed); it is no threat by Z."""
        if owner.token.lemma_.lower() not in self.words.reporting_verbs or content.rule.type != PloverType.ASSAULT:
            return False
        own = {m.code for m in owner.actors}
        others = {m.code for m in content.actors}
        return bool(others) and not others & own and self._preparation_of(content.token) is not None

    def _addressees(self, cand: _Candidate, index: MentionIndex) -> list[Mention]:
        """"insisted that Brazil equal ...": the subject of the clause a demand, a
        threat or a refusal governs, when it is not the actor itself, is whom it is aimed at."""
        own = {m.code for m in cand.actors}
        for child in cand.token.children:
            if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in child.children if c.dep_ in syntax.SUBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS), None)
            if subject is None or subject.pos_ == "PRON":
                continue
            found = [m for m in self.grammar.np_mentions(subject, index) if m.code and m.code not in own]
            if found:
                return found
        return []

    def _fold_described_acts(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """"took delivery of three cutters donated by Spain": a participle describing the goods of a
        delivery already coded, by the same side, is that delivery, not a second event."""
        deliveries = [c for c in candidates if c.rule.type in (PloverType.COOPERATE, PloverType.AID)]
        kept = []
        for cand in candidates:
            if cand.token.dep_ == "acl" and cand.rule.type in (PloverType.COOPERATE, PloverType.AID):
                codes = {m.code for m in cand.actors}
                if any(other is not cand and cand.token.head in other.token.subtree and codes <= {m.code for m in other.actors} for other in deliveries):
                    continue
            kept.append(cand)
        return kept

    def _fold_resulting_adjuncts(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """"X withdrew from Y, ending its presence in Z": a participle set off by a comma that tells
        what the coded act it hangs on brought about, of the same type and by the same side, is
        that act told again, not a second event."""
        kept = []
        for cand in candidates:
            token = cand.token
            if token.tag_ == "VBG" and token.dep_ == "advcl" and token.i > 0 and token.doc[token.i - 1].text == ",":
                codes = {m.code for m in cand.actors}
                if codes and any(
                    other is not cand and other.token.i == token.head.i and other.rule.type == cand.rule.type and codes <= {m.code for m in other.actors}
                    for other in candidates
                ):
                    continue
            kept.append(cand)
        return kept

    def _fold_attack_tolls(self, index: MentionIndex, candidates: list[_Candidate]) -> list[_Candidate]:
        """"shelled the town, killing 20", "launched rocket fire on the camps, wounding 50": the
        toll a participle adds to an attack already coded is that attack, not a second one, and so
        is the way the same side carried it out ("killed 30 when they detonated their vests at X");
        it lends the attack its recipient when the attack has none."""
        attacks: dict[int, _Candidate] = {}
        for cand in candidates:
            if cand.rule.type == PloverType.ASSAULT:
                attacks.setdefault(cand.token.i, cand)
                attacks.setdefault(_governor(cand.token).i, cand)
        kept = []
        for cand in candidates:
            is_toll = cand.rule.type == PloverType.ASSAULT and cand.token.dep_ in ("advcl", "conj") and cand.token.tag_ == "VBG"
            # "killed 30 people when they detonated their vests at X": the manner of the same attack
            is_manner = cand.rule.type == PloverType.ASSAULT and cand.token.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in cand.token.children)
            # "killed three policemen and wounded five others": a further toll of the same attack
            # on victims it does not name is that attack ("... and shelled Y" names its own target)
            is_further_toll = cand.rule.type == PloverType.ASSAULT and cand.token.dep_ == "conj" and self._object_names_no_one(cand.token, index)
            owner = attacks.get(cand.token.head.i) if is_toll or is_manner or is_further_toll else None
            if owner is not None and (is_manner or is_further_toll) and not {m.code for m in cand.actors} <= {m.code for m in owner.actors}:
                owner = None  # "killed two when soldiers returned fire": another side's act
            if owner is None or owner is cand:
                kept.append(cand)
                continue
            if not owner.recipients:
                owner.recipients = [m for m in cand.recipients if m.code not in {a.code for a in owner.actors}]
            place = _location_mention(cand.token, index) if not owner.recipients and owner.token.pos_ in ("VERB", "AUX") else None
            if place is not None and place.code not in {m.code for m in owner.actors}:
                owner.recipients = [place]  # "... when they detonated their vests at X": where it struck
        return kept

    def _object_names_no_one(self, verb: Any, index: MentionIndex) -> bool:
        """``verb`` has a direct object and it names no actor: "wounded five others", "injured
        a third"."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return bool(objects) and not any(self.grammar.np_mentions(obj, index, deep=True) for obj in objects)

    def _fold_protest_demands(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """"Activists blockaded the factory, demanding an end to arms exports", "began a hunger
        strike to protest X", "marched in protest against X's refusal": what a protest demands or opposes is its content, not a second
        event; it lends the protest its recipient."""
        protests = {}
        for cand in candidates:
            if cand.rule.type == PloverType.PROTEST:
                protests[cand.token.i] = cand
                protests.setdefault(_governor(cand.token).i, cand)
        kept = []
        for cand in candidates:
            owner = protests.get(cand.token.head.i) if cand.token.dep_ in ("advcl", "xcomp") else None
            if owner is None and cand.token.dep_ == "pobj" and cand.token.head.dep_ == "prep":
                # "a sit-in in protest at X's refusal", "marched in protest against X's ban"
                opposed_by = cand.token.head.head
                owner = protests.get(opposed_by.i)
                if owner is None and self._is_protest_noun(opposed_by) and opposed_by.dep_ == "pobj":
                    owner = protests.get(opposed_by.head.head.i)
            if owner is None or owner is cand or cand.rule.type not in self.rules.protest_content_types:
                kept.append(cand)
                continue
            if not owner.recipients:
                # a demand voiced is aimed at its addressee; an act protested against, at its doer
                aimed_at = cand.actors if cand.token.dep_ == "pobj" else cand.recipients
                owner.recipients = [m for m in aimed_at if m.actor_id not in {a.actor_id for a in owner.actors}]
                owner.domestic = owner.domestic or bool(owner.recipients and {m.code for m in owner.recipients} <= {a.code for a in owner.actors})
        return kept

    def _is_protest_noun(self, token: Any) -> bool:
        return token.pos_ == "NOUN" and any(row.type == PloverType.PROTEST for row in self.triggers.get((token.lemma_.lower(), "NOUN"), ()))

    def _fold_commitments(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """"Oslo agreed to ease the embargo": the commitment and its content are one event,
        coded by the content ("lift" -> its intent code) and `occurred`, since the committing
        happened (docs/annotation.md, statuses)."""
        dropped: set[int] = set()
        for cand in candidates:
            for head in syntax.complement_chain(cand.token, limit=2):
                if head.lemma_.lower() not in self.words.commitment_words:
                    continue
                owner = next((c for c in candidates if c.token.i == head.i), None)
                if owner is None or cand.status not in FUTURE_STATUSES:
                    continue
                if not {m.code for m in owner.actors} & {m.code for m in cand.actors}:
                    continue  # "Peru accepted Swiss arbitration": agreeing to another's act is its own event
                dropped.add(owner.token.i)
                cand.committed = True
                cand.date_anchor = owner.token
                cand.status = owner.status  # the committing verb says whether it happened
                break
        return [c for c in candidates if c.token.i not in dropped]

    def _select(self, rules: list[Trigger], token: Any, weapon_tokens: Mapping[int, str | None] = _NO_WEAPONS) -> Trigger | None:
        # "called off the strike on Tuesday": a preposition of a date is no particle ("call on X")
        particles = {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "agent", "dative") and not _is_date_phrase(c)}
        # "stepped down", "pulled back": the small model often takes the particle for an adverb
        particles |= {c.lower_ for c in token.children if c.dep_ == "advmod" and c.pos_ in ("ADV", "ADP") and not list(c.children)}
        objects = _object_lemmas(token, self.words.circumstance_prepositions, self.words.force_nouns, self.words.two_word_preposition_leads)
        armed = None  # computed on demand: does the object name a military system?
        kinetic = None  # computed on demand: does a weapon or armed force do the act?
        # A row that names the object outright ("send warships") beats one that takes it only
        # as a piece of equipment ("send weapons"): the first is the more specific reading.
        by_category: Trigger | None = None
        for rule in rules:
            if by_category is not None and not (rule.objects and rule.objects & objects):
                continue
            if rule.particle and rule.particle not in particles:
                continue
            if rule.mode == self.rules.cyber_mode and "subject" not in rule.recipient_via:
                # "jets attacked X's cyber command": a cyber target hit by force is an assault;
                # the target's words make it a cyber attack only when no kinetic means is named
                if kinetic is None:
                    kinetic = self._kinetic_means(token, weapon_tokens)
                if kinetic:
                    continue
            if "head" in rule.recipient_via and not self._object_head_fits(token, rule):
                continue  # "joined NATO exercises": the row's word only modifies the object
            if rule.objects and "subject" in rule.recipient_via:
                # "peacekeepers arrived in X": the row's object list names who moves
                if not rule.objects & _subject_lemmas(token):
                    continue
                return rule
            if rule.objects and not (rule.objects & objects):
                weapons = rule.objects & self.words.weapon_objects
                if not weapons:
                    continue
                if weapons <= self.words.drone_objects:
                    # a drone row needs a drone: "launched two rockets at X" is no drone strike
                    if not _object_is_equipment(token, weapon_tokens, self.words.drone_categories):
                        continue
                    return rule
                if armed is None:
                    armed = _object_is_equipment(token, weapon_tokens)
                if not armed:
                    continue
                by_category = by_category or rule
                continue
            return rule
        return by_category

    def _object_head_fits(self, token: Any, rule: Trigger) -> bool:
        """The head noun of ``token``'s object or predicate, not a modifier of it, is a word of
        ``rule``'s list ("joined the alliance", not "joined alliance drills" or "joined the bloc's
        summit"), and it is no seat on a body that elects its members ("became a rotating member
        of the council"): the rows of joining an alliance are keyed so."""
        heads = [h for c in token.children if c.dep_ in ("dobj", "attr") for h in (c, *c.conjuncts)]
        fitting = [h for h in heads if _is_word_in(h, rule.objects)]
        return bool(fitting) and not any(self._is_a_seat(h) for h in fitting)

    def _is_a_seat(self, noun: Any) -> bool:
        """``noun`` ("member") is told as a seat on a body: a word of ``seat_words`` modifies it
        or names what it belongs to ("a permanent member", "a member of the commission")."""
        words = {g.lemma_.lower() for g in noun.children if g.dep_ in ("amod", "compound", "poss")}
        words |= {o.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"}
        return bool(words & self.words.seat_words)

    def _kinetic_means(self, token: Any, weapon_tokens: Mapping[int, str | None]) -> bool:
        """The act's doer is a weapon or an armed force ("jets", "drones", "troops"), or a
        "with"/"by" phrase names one ("with tank fire", "by missiles")."""
        heads = [token] if token.pos_ not in ("NOUN", "PROPN") else [token, _governor(token)]
        for head in heads:
            for child in head.children:
                if child.dep_ in ("nsubj", "agent") or (child.dep_ == "prep" and child.lower_ in ("with", "by")):
                    phrase = [child] if child.dep_ == "nsubj" else [g for g in child.children if g.dep_ == "pobj"]
                    for root in phrase:
                        for tok in (root, *root.conjuncts):
                            words = {tok.lemma_.lower(), *(g.lemma_.lower() for g in tok.children if g.dep_ in ("compound", "amod"))}
                            if words & self.words.kinetic_means or tok.i in weapon_tokens:
                                return True
        return False

    def _mentions_military(self, token: Any) -> bool:
        for tok in token.subtree:
            if tok.lemma_.lower() in self.words.military_words and tok.i != token.i:
                return True
        return False


def _foreign_destination(token: Any, index: MentionIndex, actors: list[Mention], vicinity: frozenset[str]) -> list[Mention]:
    """Where a deployment goes ("to Haiti", "in Poland"): a state other than the actor's own,
    else the international mission it joins. A state named only as what the place is near
    ("to waters near X", "into the sea off X's coast") is not where the forces go."""
    actor_codes = {m.code for m in actors}
    states: list[Mention] = []
    bodies: list[Mention] = []
    for preposition in ("to", "in", "into"):
        for pobj in syntax.preposition_objects(token, preposition):
            # "to the EU battlegroup it heads in Estonia", "to the UN mission in Cyprus"
            nearby = {t.i for p in pobj.subtree if p.dep_ == "prep" and p.lower_ in vicinity for t in p.subtree}
            for tok in pobj.subtree:
                if tok.i in nearby:
                    continue
                mention = index.at(tok.i)
                if mention is None or mention.code is None or mention.code in actor_codes or mention.kind == "person":
                    continue
                if _describes_a_people(mention, index):
                    continue  # "to the Greek-majority south", "the Russian-speaking east": who lives there
                (states if mention.kind == "state" else bodies).append(mention)
    return syntax.unique_mentions(states or [m for m in bodies if m.key.startswith("org:")])


def _describes_a_people(mention: Mention, index: MentionIndex) -> bool:
    """``mention`` is the first half of a hyphenated modifier whose second half names no actor
    ("Greek-majority", "Russian-speaking", "Kurdish-held"): it says who lives in or holds a place,
    not which state it is ("the Polish-Belarusian border" names two states)."""
    doc = index.doc
    if mention.end + 1 >= len(doc) or doc[mention.end].text != "-":
        return False
    return index.at(mention.end + 1) is None


def _meets_alone(token: Any) -> bool:
    """A meeting verb with no other side in its clause: no object ("met Xi", "met reporters"),
    no "with" / "between" / "among" party, and one body as its subject, neither conjoined nor
    plural ("the cabinet met", not "X and Y met" or "ministers met")."""
    if any(c.dep_ in ("dobj", "obj", "dative") for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "amongst") for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(not s.conjuncts and s.tag_ not in ("NNS", "NNPS") for s in subjects)


def _names_adversary(token: Any) -> bool:
    """The act, or the verb that carries its noun, names whom it is "against"."""
    heads = {token, _governor(token)} if token.pos_ in ("NOUN", "PROPN") else {token}
    return any(c.dep_ == "prep" and c.lower_ == "against" and any(g.dep_ == "pobj" for g in c.children) for head in heads for c in head.children)


def _is_word_in(token: Any, words: Any) -> bool:
    """``token``'s lemma or its own form is in ``words`` (the small model's lemmas miss some
    plurals and proper-noun forms, so a list is matched both ways)."""
    return token.lemma_.lower() in words or token.lower_ in words


def _modifies(word: Any, head: Any) -> bool:
    """Whether ``word`` premodifies ``head``, directly or through a compound ("anti-X trade curbs")."""
    for _ in range(3):
        if word.dep_ not in ("amod", "compound", "nmod") or word.head.i <= word.i:
            return False
        word = word.head
        if word == head:
            return True
    return False


def _in_name(token: Any, index: MentionIndex) -> bool:
    """``token`` is a capitalised word inside the name of an organisation or body, not the
    first word of its sentence: "Cooperation" in "the Organization for Security and
    Cooperation in Europe"."""
    mention = index.at(token.i)
    if mention is None or mention.form not in ("organization", "institution") or token.is_sent_start:
        return False
    return token.is_title and mention.end - mention.start > 1

def _trigger_pos(token: Any) -> str | None:
    """The trigger dictionary's POS class of ``token``: VERB (verbs, auxiliaries) or NOUN."""
    if token.pos_ in ("VERB", "AUX"):
        return "VERB"
    if token.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    return None


def _is_in_talks(token: Any) -> bool:
    """"X is in talks with Y": a nominal act held by being in it."""
    return token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.lemma_ == "be"


def _is_modifier_clause(token: Any) -> bool:
    """A participle or infinitive that modifies a noun or the clause around it ("attempts to
    resolve", "images analysed by", ", barring the sale"), not a predication of its own."""
    return token.dep_ == "acl" or (token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN"))


def _is_reciprocal(token: Any) -> bool:
    """"blamed each other", "met one another": the actors act on each other (a joint act)."""
    for child in token.children:
        if child.dep_ in ("dobj", "pobj", "prep") and child.lower_ in ("other", "another"):
            return True
        if child.dep_ == "prep" and any(g.lower_ in ("other", "another") for g in child.children):
            return True
    return False


def _has_mark(verb: Any) -> bool:
    return any(c.dep_ == "mark" for c in verb.children)


def _is_reduced_participle(token: Any) -> bool:
    """A past participle the parser took for a clause ("new recruits posted along
    the coast"): no auxiliary, no subordinator, no agent; it describes its "subject"."""
    if token.dep_ != "ccomp" or token.tag_ != "VBN":
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark", "agent") for c in token.children)


def _is_purpose_clause(token: Any) -> bool:
    """An infinitive of purpose ("... to back the rebels", "a unit to combat smugglers"), or
    the complement of one ("offered troops to help him oust X")."""
    for _ in range(3):
        if token.dep_ in ("advcl", "acl") and syntax.to_infinitive(token):
            return True
        # up through a complement, also a bare small clause ("to help him oust X")
        if not (token.dep_ == "xcomp" or (token.dep_ == "ccomp" and not _has_mark(token))) or token.head == token:
            return False
        token = token.head
    return False


def _object_is_equipment(token: Any, weapon_tokens: Mapping[int, str | None], categories: frozenset[str] | None = None) -> bool:
    """The object (or the "with"/"of" complement) contains a recognised military system
    (of one of ``categories``, when given): "sell four Type-31 frigates", "take delivery of
    Gripen fighters"."""
    if not weapon_tokens:
        return False
    for child in token.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass", "prep", "dative"):
            if any(t.i in weapon_tokens and (categories is None or weapon_tokens[t.i] in categories) for t in child.subtree):
                return True
    return False


def _subject_lemmas(token: Any) -> set[str]:
    """Lemmas of the subject of ``token`` with its modifiers: "the Kenyan peacekeeping contingent"."""
    lemmas = set()
    for child in token.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            for head in (child, *child.conjuncts):
                lemmas.add(head.lemma_.lower())
                lemmas.update(g.lemma_.lower() for g in head.children if g.dep_ in ("compound", "amod"))
                # "the first group of Kenyan peacekeepers": the measured noun counts
                for pobj in (g for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
                    lemmas.add(pobj.lemma_.lower())
                    lemmas.update(g.lemma_.lower() for g in pobj.children if g.dep_ in ("compound", "amod"))
    return lemmas


def _object_lemmas(token: Any, circumstances: frozenset[str] = frozenset(), doers: frozenset[str] = frozenset(), leads: frozenset[str] = frozenset()) -> set[str]:
    """Lemmas that may satisfy a row's object constraint: objects, prepositional objects (not those
    of the ``circumstances`` prepositions: "after an attack"), predicates. A passive's agent that
    is one of the ``doers`` (forces) did the act and is not what it acts on: "crimes committed by
    X's forces" commits no forces; "struck by drones" keeps its instrument. A preposition of the
    ``leads`` with no object of its own passes on the object of the one hung on it ("out of")."""
    lemmas = set()
    partner = syntax.shared_partner(token)
    # "donated and delivered medicine": the object the two verbs share is the first's too
    children = [*token.children, *(c for c in partner.children if c.dep_ in ("dobj", "obj", "prep"))] if partner is not None else list(token.children)
    for child in children:
        if child.dep_ in ("dobj", "obj", "nsubjpass", "oprd", "attr", "dative"):
            lemmas.add(child.lemma_.lower())
            lemmas.update(c.lemma_.lower() for c in child.conjuncts)
            lemmas.update(g.lemma_.lower() for g in child.children if g.dep_ in ("compound", "oprd", "amod"))
            # "40 crates of medical kits", "a batch of drones": the measured noun counts
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            lemmas.add(pobj.lemma_.lower())
                            lemmas.update(g.lemma_.lower() for g in pobj.children if g.dep_ in ("compound", "amod"))
        elif child.dep_ == "ccomp":
            # small clauses: "let the monitors return", "let inspectors visit"; verbless, the
            # parser may head the clause by its noun ("allowed UN monitors into X")
            lemmas.update(g.lemma_.lower() for g in child.children if g.dep_ == "nsubj")
            if child.pos_ in ("NOUN", "PROPN"):
                lemmas.add(child.lemma_.lower())
        elif child.dep_ in ("prep", "agent") and child.lower_ not in circumstances:
            pobjs = [g for g in child.children if g.dep_ == "pobj"]
            if not pobjs and child.lower_ in leads:
                # "pulled out of the deal": the parser hangs the second preposition of a two-word
                # one on the first, which has no object; not so "according to" (a rule followed)
                pobjs = [o for g in child.children if g.dep_ == "prep" for o in g.children if o.dep_ == "pobj"]
            for pobj in pobjs:
                if child.dep_ == "agent" and pobj.lemma_.lower() in doers:
                    continue
                lemmas.add(pobj.lemma_.lower())
                if child.lower_ == "of":
                    # "the deployment of peacekeeping troops": what kind of troops counts
                    lemmas.update(g.lemma_.lower() for g in pobj.children if g.dep_ == "compound")
        elif child.dep_ == "xcomp":
            lemmas.update(g.lemma_.lower() for g in child.children if g.dep_ in ("attr", "dobj", "oprd"))
            lemmas.add(child.lemma_.lower())
    if token.dep_ in ("dobj", "nsubjpass") and token.pos_ in ("NOUN", "PROPN"):
        lemmas.add(token.head.lemma_.lower())
    if token.pos_ in ("NOUN", "PROPN"):
        # "a hunger strike", "a general strike": the noun's own modifiers say which event it is
        lemmas.update(c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod", "nmod"))
        # "the doctors' strike", "teachers extended their strike": who holds it says which it is
        lemmas.update(c.lemma_.lower() for c in token.children if c.dep_ == "poss")
        if token.dep_ == "dobj" and any(c.dep_ == "poss" for c in token.children):
            lemmas.update(_subject_lemmas(token.head))
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
    """Domestic events (Serbian police vs Serbian protesters, a protest against the
    protesters' own government) keep a same-state recipient."""
    if cand.domestic:
        return True
    actor_keys = {m.key for m in cand.actors}
    if any(m.key not in actor_keys and m.kind != "state" for m in cand.recipients):
        return True
    # "Italian truckers will block Rome": a group of the society against its state's seat.
    if any(a.kind == "group" for a in cand.actors):
        sectors = {a.sector for a in cand.actors}
        return any(m.key not in actor_keys and m.sector and m.sector not in sectors for m in cand.recipients)
    return False


def _is_date_phrase(prep: Any) -> bool:
    """``prep`` heads a date: "on Tuesday", "in March"."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _date_anchor(token: Any) -> Any:
    """Where an event's date is read: its verb, or the verb a nominal trigger hangs from."""
    return token if token.pos_ in ("VERB", "AUX") else _governor(token)


def _location_mention(token: Any, index: MentionIndex) -> Mention | None:
    """The state of a place named with the event ("in Zurich" -> Switzerland, "checkpoints in
    Gaza", "a summit in Portugal"), if any: on the trigger, the verb a nominal trigger
    hangs from, or the trigger's object."""
    owners = [token]
    if token.pos_ not in ("VERB", "AUX") and _governor(token) is not token:
        owners.append(_governor(token))
    obj = syntax.direct_object(token)
    if obj is not None:
        owners.append(obj)
    # "killed nine people when they detonated a bomb at a market in Haifa": a clause of the same doers
    # ("they") telling when the act happened tells where
    verb = token if token.pos_ in ("VERB", "AUX") else _governor(token)
    owners += [c for c in verb.children if c.dep_ == "advcl" and _is_when_clause_of_same_doer(c)]
    for owner in owners:
        for child in owner.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at", "inside"):
                for pobj in child.children:
                    mention = index.at(pobj.i)
                    if mention is not None and mention.kind == "state" and (mention.is_place or mention.form == "name"):
                        return mention
    return None


def _is_when_clause_of_same_doer(clause: Any) -> bool:
    """``clause`` opens with "when" and its subject is a pronoun ("when they stormed the base")."""
    if not any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in clause.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.children)


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
