"""Defence records: agreements, arms transfers, joint activities, alliance moves, equipment.

Each extractor reads the dependency parse around a cue word from
``data/patterns/defence.toml`` and takes its parties from the actor mentions, its
status from the governing verb and the clause's modality, its date from the
sentence. Later mentions of an agreement without parties ("the plan formalises the
agreement reached in 2023") add stages to the article's last agreement, which is how
an agreement's history is told.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.defence.equipment import EquipmentMatcher, EquipmentMention
from accord.events import syntax
from accord.records import (
    Activity,
    Actor,
    Agreement,
    AgreementStage,
    Alliance,
    ArmsTransfer,
    Equipment,
    Event,
    Span,
)

def _load_terms() -> dict[str, Any]:
    raw = resources.files("accord.data.patterns").joinpath("defence.toml").read_text(encoding="utf-8")
    return tomllib.loads(raw)


_CODING = _load_terms()["coding"]


def _coding_words(name: str) -> frozenset[str]:
    """A grammar word list of the extractors (``[coding.NAME]`` in defence.toml)."""
    return frozenset(_CODING[name]["words"])


# Verbs by which a plan or agreement lays out activities: what they list is planned.
PLANNING_GOVERNORS = _coding_words("planning_governors")
# Verbs whose subject holds or joins the activity in their object.
ACTIVITY_VERBS = _coding_words("activity_verbs")
AGREEMENT_ORDER = ("proposed", "negotiating", "agreed", "signed", "ratified", "in_force", "suspended", "terminated")


@dataclass(frozen=True, slots=True)
class DefenceRecords:
    agreements: tuple[Agreement, ...] = ()
    arms_transfers: tuple[ArmsTransfer, ...] = ()
    activities: tuple[Activity, ...] = ()
    alliances: tuple[Alliance, ...] = ()
    equipment: tuple[Equipment, ...] = ()


@dataclass
class _AgreementDraft:
    noun: str
    name: str
    parties: list[str]
    signatories: list[str]
    domain: str
    place: str | None
    stages: list[AgreementStage] = field(default_factory=list)




_evidence = syntax.sentence_evidence


class DefenceExtractor:
    """Extracts the defence records of one parsed Doc."""

    def __init__(self, terms: dict[str, Any], equipment: EquipmentMatcher) -> None:
        self.terms = terms
        self.equipment = equipment
        agreements = terms["agreements"]
        self.agreement_nouns = set(agreements["nouns"])
        self.qualified_agreement_nouns = set(agreements["qualified_nouns"])
        self.agreement_qualifiers = set(agreements["qualifiers"])
        self.agreement_stages: dict[str, str] = agreements["stages"]
        self.domains: dict[str, list[str]] = agreements["domains"]
        transfers = terms["transfers"]
        self.acquire_verbs = set(transfers["acquire_verbs"])
        self.supply_verbs = set(transfers["supply_verbs"])
        self.acquire_nouns = set(transfers["acquire_nouns"])
        self.supply_nouns = set(transfers["supply_nouns"])
        self.transfer_status: dict[str, str] = transfers["status_by_verb"]
        activities = terms["activities"]
        self.activity_nouns = set(activities["nouns"])
        self.activity_needs_qualifier = set(activities["needs_qualifier"])
        self.activity_qualifiers = set(activities["qualifiers"])
        self.activity_kinds: dict[str, list[str]] = activities["kinds"]
        self.activity_verbs = set(activities.get("verbs", ()))
        alliances = terms["alliances"]
        self.alliance_nouns = set(alliances["nouns"])
        self.alliance_needs_qualifier = set(alliances["needs_qualifier"])
        self.alliance_qualifiers = set(alliances["qualifiers"])
        self.alliance_stages: dict[str, str] = alliances["stages"]
        self.join_verbs = set(alliances["join_verbs"])
        self.pact_phrases = tuple(alliances["pact_phrases"])
        self.leave_verbs = set(alliances["leave_verbs"])

    @classmethod
    def load(cls, nlp: Any) -> "DefenceExtractor":
        return cls(_load_terms(), EquipmentMatcher(nlp))

    def extract(self, doc: Any, index: MentionIndex, actors: list[Actor], events: list[Event], dates: DateResolver, equipment: list[EquipmentMention] | None = None) -> DefenceRecords:
        if equipment is None:
            equipment = self.equipment.find(doc, index)
        by_head: dict[int, EquipmentMention] = {}
        for mention in equipment:
            for i in range(mention.start, mention.end):
                by_head[i] = mention
        drafts: list[_AgreementDraft] = []
        transfers: list[ArmsTransfer] = []
        activities: list[Activity] = []
        alliances: list[Alliance] = []
        for sent in doc.sents:
            self._agreements(sent, index, dates, drafts, by_head)
            transfers.extend(self._transfers(sent, index, dates, by_head, transfers))
            activities.extend(self._activities(sent, index, dates, drafts, len(activities)))
            alliances.extend(self._alliances(sent, index, len(alliances)))
        _complete_parties(drafts, transfers)
        agreements = _finish_agreements(drafts)
        alliances.extend(self._pacts(agreements, len(alliances)))
        return DefenceRecords(
            agreements=tuple(agreements),
            arms_transfers=tuple(transfers),
            activities=tuple(_merge_activities(activities)),
            alliances=tuple(_merge_alliances(alliances)),
            equipment=tuple(_equipment_records(doc, equipment)),
        )

    # -- agreements -------------------------------------------------------------------

    def _is_agreement_noun(self, token: Any) -> bool:
        if token.pos_ not in ("NOUN", "PROPN"):
            return False
        lemma = token.lemma_.lower()
        if lemma in self.agreement_nouns:
            return not (lemma == "deal" and token.head.lemma_.lower() in ("great", "good"))
        if lemma in self.qualified_agreement_nouns:
            # "defence cooperation plan", "plan of bilateral defence cooperation"
            words = {c.lemma_.lower() for c in token.children if c.dep_ in ("compound", "amod", "nmod")}
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "on")):
                for pobj in prep.children:
                    words.add(pobj.lemma_.lower())
                    words.update(g.lemma_.lower() for g in pobj.children if g.dep_ in ("compound", "amod"))
            return bool(words & self.agreement_qualifiers)
        return False

    def _agreements(self, sent: Any, index: MentionIndex, dates: DateResolver, drafts: list[_AgreementDraft], equipment: dict[int, EquipmentMention]) -> None:
        for token in sent:
            if not self._is_agreement_noun(token):
                continue
            if token.dep_ == "pobj" and self._is_agreement_noun(token.head.head):
                continue  # "memorandum of understanding": one agreement, named by the first noun
            for verb, stage in self._agreement_stages(token):
                self._add_stage(token, verb, stage, sent, index, dates, drafts, equipment)

    def _add_stage(self, token: Any, verb: Any | None, stage: str, sent: Any, index: MentionIndex, dates: DateResolver, drafts: list[_AgreementDraft], equipment: dict[int, EquipmentMention]) -> None:
        """Record one lifecycle stage of the agreement ``token`` names."""
        status = syntax.clause_status(verb) if verb is not None else "occurred"
        if status == "negated":
            return
        if status in ("intended", "proposed") and stage not in ("proposed", "negotiating"):
            stage = "proposed"
        elif status == "planned" and stage in ("signed", "agreed", "ratified"):
            stage = "negotiating"
        parties, signatories = self._agreement_parties(token, verb, index)
        domain = "defence" if any(t.i in equipment for t in sent) else self._domain(token, sent)
        date = syntax.clause_date(verb or token, sent, dates, future=status == "planned")
        place = (_place(verb, index) if verb is not None else None) or _sentence_place(sent, index) or index.dateline_place()
        stage_record = AgreementStage(stage, date, _evidence(sent, verb or token))
        name = _phrase(token)
        target = None
        if drafts and _is_definite(token):
            # "the deal", "the plan": the agreement already told; its parties may grow
            # ("The deal with Hyundai Rotem was signed ...").
            target = _referent(token, verb, drafts)
            target.parties = sorted(set(target.parties) | set(parties))
        elif parties:
            target = next((d for d in drafts if set(d.parties) == set(parties) and d.domain == domain), None)
        if target is None:
            if not parties:
                return
            target = _AgreementDraft(token.lemma_.lower(), name, parties, [], domain, place)
            drafts.append(target)
        if any(s.status == stage_record.status and (s.evidence.start == stage_record.evidence.start or not stage_record.date) for s in target.stages):
            return  # the same stage told again adds nothing unless it brings a date
        target.stages.append(stage_record)
        target.signatories.extend(s for s in signatories if s not in target.signatories)
        target.place = target.place or place
        if len(name) > len(target.name) and parties:
            target.name = name

    def _agreement_stages(self, token: Any) -> list[tuple[Any | None, str]]:
        """Every verb that says what happened to the agreement, with the stage it means:
        participles on the noun ("the agreement reached in 2023", "signed in July 2024") and
        the verb the noun depends on ("... was ratified by the Senate")."""
        stages: list[tuple[Any | None, str]] = []
        for child in token.children:
            if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in self.agreement_stages:
                stages.append((child, self.agreement_stages[child.lemma_.lower()]))
        verb, stage = self._governing_stage(token)
        if stage is not None:
            stages.append((verb, stage))
            for conj in verb.conjuncts if verb is not None else ():
                # "was ratified by the Senate in December and approved by Japan's parliament"
                if conj.lemma_.lower() in self.agreement_stages and conj.i > verb.i:
                    stages.append((conj, self.agreement_stages[conj.lemma_.lower()]))
        return stages

    def _governing_stage(self, token: Any) -> tuple[Any | None, str | None]:
        """The verb above the agreement noun that gives its stage."""
        head = token.head
        hops = 0
        while hops < 3 and head != token:
            lemma = head.lemma_.lower()
            if head.pos_ in ("VERB", "AUX", "NOUN"):
                if lemma in ("enter", "take", "come") and any(c.lower_ in ("force", "effect") for c in head.subtree):
                    return head, "in_force"
                if token.dep_ == "nsubj" and head.pos_ != "NOUN":
                    # "The plan formalises the agreement": the subject acts; the stage is the object's.
                    return None, None
                if lemma in self.agreement_stages:
                    return head, self.agreement_stages[lemma]
                if lemma in ("talk", "negotiation"):
                    return head, "negotiating"
            if head.dep_ in ("pobj", "prep", "dobj", "nsubjpass", "conj") or token.dep_ in ("pobj",):
                token, head = head, head.head
                hops += 1
                continue
            break
        return None, None

    def _agreement_parties(self, noun: Any, verb: Any | None, index: MentionIndex) -> tuple[list[str], list[str]]:
        mentions: list[Mention] = []
        signatories: list[str] = []
        if verb is not None:
            clause_verb = verb if verb.pos_ in ("VERB", "AUX") else syntax.nearest_verb(verb)
            subject, _ = syntax.subject_of(clause_verb) if clause_verb is not None else (None, False)
            if subject is not None:
                subject_mentions = syntax.np_mentions(subject, index, deep=True)
                mentions.extend(subject_mentions)
                if verb.lemma_.lower() in ("sign", "ink", "initial"):
                    signatories.extend(m.actor_id for m in subject_mentions if m.kind == "person")
            for prep in ("with", "between", "among"):
                for pobj in syntax.preposition_objects(verb, prep):
                    mentions.extend(syntax.np_mentions(pobj, index))
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                mentions.extend(m for m in syntax.np_mentions(child, index) if m.kind == "state")
            if child.dep_ == "prep" and child.lower_ in ("with", "between", "among", "by"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        mentions.extend(syntax.np_mentions(pobj, index))
            if child.dep_ in ("acl", "relcl"):
                for sub in child.children:
                    if sub.dep_ == "agent":
                        for pobj in sub.children:
                            mentions.extend(syntax.np_mentions(pobj, index))
                if child.lemma_.lower() not in self.agreement_stages:
                    # "a pact allowing Japanese and Philippine forces to deploy": who it binds
                    for sub in child.subtree:
                        if sub.dep_ in ("dobj", "nsubj") and sub.head.pos_ == "VERB":
                            mentions.extend(m for m in syntax.np_mentions(sub, index) if m.kind != "person")
        parties = sorted({m.code for m in mentions if m.code})
        return parties, signatories

    def _domain(self, noun: Any, sent: Any) -> str:
        phrase = {t.lemma_.lower() for t in noun.subtree}
        for domain, words in self.domains.items():
            if phrase & set(words):
                return domain
        lemmas = {t.lemma_.lower() for t in sent}
        for domain, words in self.domains.items():
            if lemmas & set(words):
                return domain
        return "other"

    # -- arms transfers ---------------------------------------------------------------

    def _transfers(self, sent: Any, index: MentionIndex, dates: DateResolver, equipment: dict[int, EquipmentMention], earlier: list[ArmsTransfer]) -> list[ArmsTransfer]:
        offset = len(earlier)
        found: list[ArmsTransfer] = []
        covered: set[int] = set()  # items a verb already placed: a noun on the same item adds nothing
        for token in sent:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in self.acquire_verbs | self.supply_verbs:
                direction = "acquire" if lemma in self.acquire_verbs else "supply"
                all_items = self._items_of_verb(token, equipment, direction, everything=True)
                items = _top_items(all_items)
                if not items:
                    continue
                subject, _ = syntax.subject_of(token)
                side = syntax.np_mentions(subject, index, deep=True) if subject is not None else []
                # Passive: "vehicles were delivered to Serbia by Hungary" has the supplier as agent.
                other_prep = "from" if direction == "acquire" else "to"
                other: list[Mention] = []
                for pobj in syntax.preposition_objects(token, other_prep):
                    other.extend(syntax.np_mentions(pobj, index, allow_places=True))
                if direction == "supply" and not other:
                    for child in token.children:
                        if child.dep_ in ("dative", "iobj"):
                            other.extend(syntax.np_mentions(child, index))
                    obj = syntax.direct_object(token)
                    if obj is not None and index.at(obj.i) is not None:
                        other.extend(syntax.np_mentions(obj, index))  # "supply Serbia with ..."
                status = self._transfer_status(token)
            elif token.pos_ == "VERB" and lemma in GOODS_ARRIVAL_VERBS and syntax.preposition_objects(token, "from"):
                # "A second batch of TB2 drones has arrived in Kosovo from Turkey"
                subject, _ = syntax.subject_of(token)
                subtree = list(subject.subtree) if subject is not None else []
                items = all_items = _top_items(_distinct([m for t in subtree if (m := equipment.get(t.i)) is not None]))
                if not items:
                    continue
                direction = "acquire"
                side = [m for p in syntax.preposition_objects(token, "in") + syntax.preposition_objects(token, "to") for m in syntax.np_mentions(p, index, allow_places=True)]
                other = [m for p in syntax.preposition_objects(token, "from") for m in syntax.np_mentions(p, index, allow_places=True)]
                status = None if syntax.clause_status(token) in ("negated", "hypothetical") else "delivered"
            elif token.pos_ == "NOUN" and lemma in self.acquire_nouns | self.supply_nouns:
                direction = "acquire" if lemma in self.acquire_nouns else "supply"
                won = lemma in self.acquire_nouns and token.head.lemma_.lower() in WINNING_VERBS
                if won:
                    direction = "supply"  # "won an order from Armenia": the subject sells
                elif token.head.lemma_.lower() in RECEIVING_VERBS:
                    direction = "acquire"  # "took delivery of": the subject receives
                items = self._items_of_noun(token, equipment)
                if not items and token.head.pos_ == "VERB":
                    # "signed a contract with Naval Group for two submarines": the parser may hang
                    # the "for" phrase on the verb
                    items = [m for p in syntax.preposition_objects(token.head, "for") for t in p.subtree if (m := equipment.get(t.i)) is not None]
                    items = _top_items(_distinct(items))
                items = all_items = [i for i in items if i.start not in covered]
                if not items:
                    continue
                side = []
                for child in token.children:
                    if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and index.at(child.i)):
                        side.extend(syntax.np_mentions(child, index))
                    if child.dep_ == "prep" and child.lower_ == "by":
                        for pobj in child.children:
                            side.extend(syntax.np_mentions(pobj, index))
                if not side:
                    governor = syntax.nearest_verb(token)
                    if governor is not None:
                        subject, _ = syntax.subject_of(governor)
                        if subject is not None:
                            side = syntax.np_mentions(subject, index, deep=True)
                other = []
                other_preps = ("from", "with") if direction == "acquire" else (("from",) if won else ("to",))
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in other_preps:
                        for pobj in child.children:
                            other.extend(syntax.np_mentions(pobj, index, allow_places=True))
                status = self._transfer_status(token.head if token.head.pos_ == "VERB" else token)
                if status in ("delivered", "ongoing") and (lemma in self.agreement_nouns or lemma == "order"):
                    status = "ordered"  # a contract, deal or order for goods is an order
            else:
                continue
            if status is None:
                continue
            covered.update(item.start for item in items)
            side_codes = _state_codes(side)
            other_codes = [c for c in _state_codes(other) if c not in side_codes]
            if direction == "acquire" and not side_codes and token.dep_ in ("acl", "relcl", "amod"):
                # "Six F-16 jets bought from Denmark landed ...": the buyer goes unsaid; it is the
                # state the story is written from.
                home = index.home_country()
                if home and home not in other_codes:
                    side_codes = [home]
            shared_origin = next((i.origin for i in (all_items if token.pos_ == "VERB" else items) if i.origin), None)  # "Israeli equipment, including drones"
            for item in items:
                origin = [item.origin or shared_origin] if (item.origin or shared_origin) else []
                if direction == "acquire":
                    recipient, supplier = side_codes, other_codes or [c for c in origin if c not in side_codes]
                else:
                    supplier, recipient = side_codes, other_codes
                if supplier and not recipient and direction == "supply":
                    continue  # "sent a carrier group through the strait": a move, not a transfer
                if not supplier and not recipient:
                    # "The first radar units were handed over in April": a passive with no agent
                    # continues the transfer of the same kind of system told before.
                    before = next((t for t in reversed(earlier + found) if t.category == item.category and item.category), None)
                    if before is None:
                        continue
                    supplier, recipient = list(before.supplier), list(before.recipient)
                found.append(
                    ArmsTransfer(
                        id=f"t{offset + len(found) + 1}",
                        supplier=tuple(supplier),
                        recipient=tuple(recipient),
                        item=item.name,
                        category=item.category,
                        manufacturer=item.manufacturer,
                        quantity=item.quantity,
                        status=status,
                        year=_year(syntax.clause_date(token, sent, dates, future=status in ("interest", "ordered", "offered")) or dates.published),
                        evidence=_evidence(sent, token),
                    )
                )
        return found

    def _items_of_verb(self, verb: Any, equipment: dict[int, EquipmentMention], direction: str, everything: bool = False) -> list[EquipmentMention]:
        heads = []
        obj = syntax.direct_object(verb)
        if obj is not None:
            heads.append(obj)
        elif verb.dep_ == "acl":
            heads.append(verb.head)  # "F-16 jets bought from Denmark": the participle's noun is the item
        if direction == "supply":
            heads.extend(syntax.preposition_objects(verb, "with"))
        items: list[EquipmentMention] = []
        for head in heads:
            for tok in head.subtree:
                mention = equipment.get(tok.i)
                if mention is not None and mention not in items:
                    items.append(mention)
        return items if everything else _top_items(items)

    def _items_of_noun(self, noun: Any, equipment: dict[int, EquipmentMention]) -> list[EquipmentMention]:
        items: list[EquipmentMention] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                for tok in child.subtree:
                    mention = equipment.get(tok.i)
                    if mention is not None and mention not in items:
                        items.append(mention)
            elif child.dep_ == "compound" and child.i in equipment:
                mention = equipment[child.i]
                if mention not in items:
                    items.append(mention)
        return _top_items(items)

    def _transfer_status(self, verb: Any) -> str | None:
        """The transfer's stage, per the annotation guide: offers, pledges and "will supply" are
        `offered`; contracts, orders and purchases without a delivery cue `ordered`; received
        and delivered goods `delivered`; wishes `interest`; present and continuing trade
        `ongoing`. Negated, conditional and prohibited transfers are none (None)."""
        status = syntax.clause_status(verb)
        lemma = verb.lemma_.lower()
        if status in ("negated", "hypothetical"):
            return None
        for head in syntax.governing_chain(verb, limit=3):
            if head.lemma_.lower() in PROHIBITING_WORDS:
                return None  # "barring the sale of weapons", "an end to arms exports"
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("continue", "keep") and status in ("occurred", "ongoing", "planned"):
            return "ongoing"  # "continues to buy", "would continue to buy"
        for head in syntax.governing_chain(verb, limit=3) + ([verb.head] if verb.dep_ in ("acl", "relcl") else []):
            head_lemma = head.lemma_.lower()
            if head_lemma in self.agreement_nouns or head_lemma in ("order", "sign"):
                return "ordered"  # "signed a contract to buy", "a deal to supply"
            if head_lemma in ("negotiate", "talk", "negotiation", "discuss"):
                return "negotiating"
        if status == "intended":
            return "interest"
        if status == "proposed":
            return "offered" if lemma in self.supply_verbs else "interest"
        if lemma in self.transfer_status and status in ("occurred", "ongoing"):
            explicit = self.transfer_status[lemma]
            if explicit == "delivered" and status == "ongoing":
                return "ongoing"
            return explicit
        if status == "planned":
            if lemma in self.supply_verbs:
                return "offered"  # "will supply", "will donate": the supplier's pledge
            return "ordered" if lemma in ("receive", "get", "take") else "interest"
        if status == "ongoing" or verb.tag_ in ("VBZ", "VBP", "VBG"):
            return "ongoing"
        if verb.dep_ == "acl" and verb.head.head.lemma_.lower() in ARRIVAL_VERBS:
            return "delivered"  # "jets bought from Denmark landed at ...": the delivery is told
        if lemma in self.acquire_verbs and lemma not in RECEIVING_VERBS:
            return "ordered"  # "has bought FK-3 systems": bought, delivery not told
        return "delivered"

    # -- activities ---------------------------------------------------------------------

    def _activities(self, sent: Any, index: MentionIndex, dates: DateResolver, drafts: list[_AgreementDraft], offset: int) -> list[Activity]:
        found: list[Activity] = []
        used: set[int] = set()
        lemmas = " " + " ".join(t.lemma_.lower() for t in sent) + " "
        for token in sent:
            lemma = token.lemma_.lower()
            if token.pos_ not in ("NOUN", "PROPN") or lemma not in self.activity_nouns or token.i in used:
                continue
            modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
            if lemma in self.activity_needs_qualifier and not modifiers & self.activity_qualifiers:
                continue
            # One record per phrase: "exercises and training" are kinds of one activity.
            for conj in token.conjuncts:
                used.add(conj.i)
            governor = token.head if token.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj", "attr") else token
            if governor.dep_ == "prep":
                governor = governor.head
            mentions: list[Mention] = []
            # The subject takes part only when the verb is about holding the activity:
            # "responded to the exercise of South Korea and the US" does not make one a party.
            holds = governor.lemma_.lower() in ACTIVITY_VERBS | PLANNING_GOVERNORS
            subject, _ = syntax.subject_of(governor) if governor.pos_ in ("VERB", "AUX") and holds else (None, False)
            if subject is not None:
                mentions.extend(syntax.np_mentions(subject, index, deep=True))
            for child in list(token.children) + (list(governor.children) if governor != token else []):
                if child.dep_ in ("amod", "compound", "poss") and index.at(child.i):
                    mentions.extend(syntax.np_mentions(child, index))
                if child.dep_ == "dobj" and child != token and governor != token:
                    mentions.extend(syntax.np_mentions(child, index))  # "hosts Ukrainian soldiers for training"
                if child.dep_ == "prep" and child.lower_ in ("with", "between", "among", "of", "by"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            mentions.extend(syntax.np_mentions(pobj, index))
            parties = sorted({m.code for m in mentions if m.code and m.kind in ("state", "organization")})
            if len(parties) < 2 and drafts and ({"joint", "bilateral"} & modifiers or subject is not None and subject.lemma_.lower() in self.qualified_agreement_nouns | self.agreement_nouns):
                parties = sorted(set(parties) | set(_referent(subject if subject is not None else token, governor, drafts).parties))
            if len(parties) < 2 and not ({"joint", "bilateral", "multinational", "combined"} & modifiers and parties):
                continue
            kinds = [kind for kind, words in self.activity_kinds.items() if any(f" {w} " in lemmas for w in words)]
            count = next((int(c.text) for c in token.children if c.dep_ == "nummod" and c.text.isdigit()), None)
            status = syntax.clause_status(governor) if governor.pos_ in ("VERB", "AUX") else "occurred"
            if governor.lemma_.lower() in PLANNING_GOVERNORS:
                status = "planned"
            elif governor.lemma_.lower() in ("begin", "start", "launch", "kick") and status == "occurred":
                status = "ongoing"  # "began the joint exercise on Friday"
            if status in ("intended", "proposed"):
                status = "proposed"
            elif status not in ("planned", "ongoing", "occurred"):
                continue
            period = syntax.clause_date(token, sent, dates, future=status == "planned", periods=True) or syntax.clause_date(
                governor, sent, dates, future=status == "planned", periods=True
            )
            same = next((a for a in found if a.parties == tuple(parties)), None)
            if same is not None:
                found[found.index(same)] = replace(same, kinds=tuple(dict.fromkeys(same.kinds + tuple(kinds))) if kinds else same.kinds)
                continue
            found.append(
                Activity(
                    id=f"j{offset + len(found) + 1}",
                    parties=tuple(parties),
                    count=count,
                    kinds=tuple(kinds) or (("exercises",) if lemma in ("exercise", "drill", "manoeuvre", "maneuver", "wargame") else ("other",)),
                    period=period,
                    status=status,
                    evidence=_evidence(sent, token),
                )
            )
        found.extend(self._activity_verbs(sent, index, dates, offset + len(found)))
        return found

    def _activity_verbs(self, sent: Any, index: MentionIndex, dates: DateResolver, offset: int) -> list[Activity]:
        """Training or drilling another state's forces is a joint activity of both states."""
        found: list[Activity] = []
        for token in sent:
            if token.pos_ != "VERB" or token.lemma_.lower() not in self.activity_verbs:
                continue
            subject, _ = syntax.subject_of(token)
            if subject is None:
                continue
            sides = [m for m in syntax.np_mentions(subject, index, deep=True) if m.code]
            others: list[Mention] = []
            obj = syntax.direct_object(token)
            if obj is not None:
                others.extend(syntax.np_mentions(obj, index))
            for pobj in syntax.preposition_objects(token, "with"):
                others.extend(syntax.np_mentions(pobj, index))
            parties = sorted({m.code for m in sides + others if m.code})
            if len(parties) < 2 or not others:
                continue
            status = syntax.clause_status(token)
            if status in ("negated", "hypothetical"):
                continue
            status = {"intended": "proposed"}.get(status, status)
            kind = "training" if token.lemma_.lower() == "train" else "exercises"
            found.append(Activity(f"j{offset + len(found) + 1}", tuple(parties), None, (kind,), syntax.clause_date(token, sent, dates, future=status == "planned", periods=True), status, _evidence(sent, token)))
        return found

    # -- alliances ------------------------------------------------------------------------

    def _pacts(self, agreements: list[Agreement], offset: int) -> list[Alliance]:
        """A signed mutual defence pact is a formal alliance of its parties."""
        found = []
        for agreement in agreements:
            name = agreement.name.lower().replace("-", " ")
            if agreement.status in ("signed", "ratified", "in_force") and len(agreement.parties) >= 2 and any(p in name for p in self.pact_phrases):
                found.append(Alliance(f"al{offset + len(found) + 1}", agreement.parties, "formal", (), agreement.evidence, agreement.name))
        return found

    def _advocates(self, governor: Any, sent: Any, index: MentionIndex) -> list[Mention]:
        """Who wants the alliance: the subject of the nearest wishing or speaking verb above it
        ("he hoped ... would grow into an alliance"; "I would like ...," the president said)."""
        for head in [governor, *syntax.governing_chain(governor, limit=5)]:
            subject, _ = syntax.subject_of(head)
            if subject is None:
                continue
            if subject.lower_ in ("i", "we"):
                speakers = syntax.quote_speaker(sent, index)
                if speakers:
                    return speakers
                continue
            if head.lemma_.lower() in syntax.INTENT_WORDS | syntax.PROPOSAL_WORDS | syntax.REPORTING_VERBS or head == governor:
                found = [m for m in syntax.np_mentions(subject, index, deep=True) if m.code]
                if found and (head != governor or head.lemma_.lower() in self.alliance_stages):
                    return found
        return []

    def _alliances(self, sent: Any, index: MentionIndex, offset: int) -> list[Alliance]:
        found: list[Alliance] = []
        for token in sent:
            lemma = token.lemma_.lower()
            if token.pos_ in ("NOUN", "PROPN") and lemma in self.alliance_nouns:
                modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")}
                if lemma in self.alliance_needs_qualifier and not modifiers & self.alliance_qualifiers:
                    continue
                governor = token.head
                while governor.dep_ in ("prep", "pobj", "dobj") and governor.head != governor and governor.pos_ not in ("VERB", "AUX"):
                    governor = governor.head
                clause = syntax.clause_status(governor)
                if clause == "negated":
                    continue
                status = self.alliance_stages.get(governor.lemma_.lower())
                wished = clause in ("intended", "proposed", "planned", "hypothetical") or bool(modifiers & {"possible", "potential", "future", "proposed"})
                if status is None:
                    status = "proposed" if wished else ("formal" if governor.lemma_.lower() in ("be", "remain", "have") else None)
                elif status == "formal" and wished:
                    status = "proposed"
                if status is None:
                    continue
                advocates = self._advocates(governor, sent, index) if status == "proposed" else []
                members: list[Mention] = []
                subject, _ = syntax.subject_of(governor)
                if subject is not None:
                    members.extend(syntax.np_mentions(subject, index, deep=True))
                members.extend(advocates)
                pobjs = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "of") for p in c.children if p.dep_ == "pobj"]
                pobjs += syntax.preposition_objects(governor, "with")
                for child in token.children:
                    if child.dep_ in ("amod", "compound", "poss") and index.at(child.i):
                        members.extend(syntax.np_mentions(child, index))
                for pobj in pobjs:
                    # np_mentions also resolves "between the two countries"
                    members.extend(syntax.np_mentions(pobj, index))
                codes = sorted({m.code for m in members if m.code})
                if len(codes) < 2:
                    continue
                found.append(
                    Alliance(
                        id=f"al{offset + len(found) + 1}",
                        members=tuple(codes),
                        status=status,
                        advocates=tuple(dict.fromkeys(m.actor_id for m in advocates)),
                        evidence=_evidence(sent, token),
                        name=_phrase(token),
                    )
                )
            elif token.pos_ == "VERB" and lemma in self.join_verbs | self.leave_verbs:
                targets = []
                obj = syntax.direct_object(token)
                if obj is not None:
                    targets = [m for m in syntax.np_mentions(obj, index) if m.key.startswith("org:")]
                if not targets:
                    continue
                org_members = [m for m in targets if _joinable(m)]
                if not org_members:
                    continue
                subject, _ = syntax.subject_of(token)
                joiners = syntax.np_mentions(subject, index, deep=True) if subject is not None else []
                codes = sorted({m.code for m in joiners + org_members if m.code})
                if len(codes) < 2:
                    continue
                clause = syntax.clause_status(token)
                if clause == "negated":
                    continue
                if lemma in self.leave_verbs:
                    status = "dissolved" if clause == "occurred" else "proposed"
                else:
                    status = "formal" if clause in ("occurred", "ongoing") else "proposed"
                found.append(
                    Alliance(
                        id=f"al{offset + len(found) + 1}",
                        members=tuple(codes),
                        status=status,
                        advocates=tuple(m.actor_id for m in joiners) if status == "proposed" else (),
                        evidence=_evidence(sent, token),
                        name=", ".join(m.code or "" for m in org_members),
                    )
                )
        return found


RECEIVING_VERBS = _coding_words("receiving_verbs")
ARRIVAL_VERBS = _coding_words("arrival_verbs")
GOODS_ARRIVAL_VERBS = _coding_words("goods_arrival_verbs")
WINNING_VERBS = _coding_words("winning_verbs")
# Words under which a transfer is barred or opposed, not made ("barring the sale of weapons").
PROHIBITING_WORDS = _coding_words("prohibiting_words")
def _joinable(mention: Mention) -> bool:
    """Organisations a state joins or leaves (NATO, the CSTO, the EU), not armed groups."""
    return mention.key.startswith("org:") and mention.kind == "organization"


def _distinct(items: list[EquipmentMention]) -> list[EquipmentMention]:
    """Each mention once, in order (a mention spans several tokens)."""
    seen: set[int] = set()
    out = []
    for item in items:
        if item.start not in seen:
            seen.add(item.start)
            out.append(item)
    return out


def _top_items(items: list[EquipmentMention]) -> list[EquipmentMention]:
    """Every system in the object ("14 Mi-8 helicopters, along with howitzers and ammunition"),
    but no bare "equipment"/"arms" when something more specific is named beside it."""
    specific = [m for m in items if m.category not in (None, "other")]
    return (specific or items)[:8]


def _state_codes(mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.code for m in mentions if m.code and m.kind in ("state", "organization") and (m.kind == "state" or m.country)))


def _referent(token: Any, verb: Any | None, drafts: list[_AgreementDraft]) -> _AgreementDraft:
    """The agreement a definite phrase refers to: "the plan" -> the last plan, else the last one.

    In "the plan formalises the agreement reached in 2023" the subject names the referent.
    """
    lemmas = [token.lemma_.lower()]
    for head in (verb, token.head):
        if head is None or head.pos_ not in ("VERB", "AUX"):
            continue
        subject, _ = syntax.subject_of(head)
        if subject is not None and subject.i != token.i:
            lemmas.insert(0, subject.lemma_.lower())
    for lemma in lemmas:
        for draft in reversed(drafts):
            if draft.noun == lemma:
                return draft
    return drafts[-1]


def _is_definite(token: Any) -> bool:
    return any(c.lower_ in ("the", "this", "that", "these") for c in token.children if c.dep_ == "det")


def _phrase(token: Any) -> str:
    """The noun phrase naming a record: modifiers, the noun and an "of/on" complement
    ("plan of bilateral defence cooperation"), without determiners or dates."""
    left = [t for t in token.lefts if t.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod") and t.pos_ != "DET"]
    start = min([token.i] + [t.left_edge.i for t in left])
    end = token.i + 1
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "on") and prep.i == end:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "GPE") and pobj.i - token.i <= 6:
                end = pobj.i + 1
        break
    words = [t for t in token.doc[start:end] if t.dep_ != "det" and t.tag_ != "POS" and t.dep_ != "poss"]
    return " ".join(t.text for t in words) or token.text


def _place(verb: Any, index: MentionIndex) -> str | None:
    """The place named by "in X"/"at X" on the verb or its object."""
    heads = [verb]
    obj = syntax.direct_object(verb)
    if obj is not None:
        heads.append(obj)
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "prep" and child.lower_ in ("in", "at"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    mention = index.at(pobj.i)
                    if mention is not None and mention.is_place:
                        return pobj.doc[mention.start : mention.end].text
                    if pobj.ent_type_ in ("GPE", "LOC", "FAC"):
                        return pobj.text
    return None


def _sentence_place(sent: Any, index: MentionIndex) -> str | None:
    """A city or capital named as a place anywhere in the sentence ("during a visit to Colombo")."""
    for mention in index.in_range(sent.start, sent.end):
        if mention.is_place and mention.form in ("capital", "metonym"):
            return sent.doc[mention.start : mention.end].text
    return None


def _year(value: str | None) -> int | None:
    if value and value[:4].isdigit():
        return int(value[:4])
    return None


def _complete_parties(drafts: list[_AgreementDraft], transfers: list[ArmsTransfer]) -> None:
    """A one-party contract ("Poland signed a contract to buy K2 tanks") takes the other side of
    the transfer it buys, told in the same sentence."""
    for draft in drafts:
        if len(draft.parties) != 1:
            continue
        sentences = {stage.evidence.start for stage in draft.stages}
        for transfer in transfers:
            sides = set(transfer.supplier) | set(transfer.recipient)
            if transfer.evidence.start in sentences and draft.parties[0] in sides:
                draft.parties = sorted(set(draft.parties) | sides)


def _merge_activities(activities: list[Activity]) -> list[Activity]:
    """Planned activities of the same parties are one programme told over several sentences
    ("84 joint activities" ... "the plan covers exercises, training ..."): one record."""
    merged: list[Activity] = []
    for activity in activities:
        same = next((m for m in merged if m.status == "planned" == activity.status and m.parties == activity.parties), None)
        if same is None:
            merged.append(activity)
            continue
        kinds = tuple(k for k in dict.fromkeys(same.kinds + activity.kinds) if k != "other") or ("other",)
        merged[merged.index(same)] = replace(same, kinds=kinds, count=same.count or activity.count, period=same.period or activity.period)
    return [replace(a, id=f"j{n}") for n, a in enumerate(merged, 1)]


def _merge_alliances(alliances: list[Alliance]) -> list[Alliance]:
    """The same alliance move told twice (a hope, then a quote) is one record with every advocate."""
    merged: list[Alliance] = []
    for alliance in alliances:
        same = next((m for m in merged if m.members == alliance.members and m.status == alliance.status), None)
        if same is None:
            merged.append(alliance)
            continue
        merged[merged.index(same)] = replace(same, advocates=tuple(dict.fromkeys(same.advocates + alliance.advocates)))
    return [replace(a, id=f"al{n}") for n, a in enumerate(merged, 1)]


def _finish_agreements(drafts: list[_AgreementDraft]) -> list[Agreement]:
    agreements = []
    for n, draft in enumerate(drafts, 1):
        stages = draft.stages
        latest = max(stages, key=lambda s: AGREEMENT_ORDER.index(s.status))
        agreements.append(
            Agreement(
                id=f"ag{n}",
                name=draft.name,
                parties=tuple(draft.parties),
                signatories=tuple(draft.signatories),
                status=latest.status,
                date=latest.date,
                place=draft.place,
                domain=draft.domain,
                evidence=latest.evidence,
                history=tuple(sorted(stages, key=lambda s: (s.date or "9999", AGREEMENT_ORDER.index(s.status)))),
            )
        )
    return agreements


def _equipment_records(doc: Any, mentions: list[EquipmentMention]) -> list[Equipment]:
    records: dict[str, dict[str, Any]] = {}
    for mention in mentions:
        name = mention.system.name if mention.system else mention.name
        span = doc[mention.start : mention.end]
        entry = records.setdefault(
            name.lower(),
            {"name": name, "category": mention.category, "origin": mention.origin, "manufacturer": mention.manufacturer, "kind": mention.kind, "mentions": []},
        )
        entry["origin"] = entry["origin"] or mention.origin
        entry["mentions"].append(Span(span.start_char, span.end_char, span.text))
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
