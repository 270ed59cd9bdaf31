"""Arms transfers: who supplies which equipment to whom, and how far the transfer has got.

A transfer is found from one of four cues in a sentence: a transfer verb with the goods as
its object ("Hungary delivered 12 Gidran vehicles to Serbia"), goods arriving from a state
("howitzers have reached Ghana from Brazil"), a transfer noun ("the sale of F-16s to
Argentina"), or an interest in goods with no buy verb ("interested in vehicles produced in
Serbia"). Each cue gives the items, the subject's side, the other side and a status;
then every item becomes one record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.defence import grammar
from accord.defence.equipment import EquipmentMention
from accord.defence.grammar import lemma
from accord.defence.rules import DefenceRules
from accord.events import syntax
from accord.events.syntax import Grammar
from accord.records import ArmsTransfer

#: Statuses told before the goods move: the clause's date may be in the future.
_FORWARD_STATUSES = ("interest", "ordered", "offered")
#: Sectors of officials who act for their state (government, military).
_STATE_SECTORS = ("GOV", "MIL")
#: Dependencies of a participle or modifier whose noun is the bought item ("jets bought from Denmark").
_MODIFIER_CLAUSE_DEPS = ("acl", "relcl", "amod")
# the words before a noun that qualify it ("submarine factory", "F-16 training centre")
_MODIFIER_DEPS = ("compound", "amod", "nmod", "nummod", "npadvmod")


@dataclass(frozen=True, slots=True)
class TransferCue:
    """What one cue word says: the items, who stands on the cue's side and on the other."""

    token: Any
    direction: str  # "acquire": ``side`` receives; "supply": ``side`` supplies
    items: list[EquipmentMention]
    all_items: list[EquipmentMention]  # every item named, for a shared origin
    side: list[Mention]
    other: list[Mention]
    status: str | None
    remainder: str | None = None  # "dropped 30 of the frigates it had ordered": the rest of the order keeps this stage
    dated: Any | None = None  # the word whose clause dates the transfer, when not the cue's own ("granted export permits ... in 2019")


class TransferExtractor:
    """Finds the arms transfers of a sentence."""

    def __init__(self, rules: DefenceRules, grammar: Grammar) -> None:
        self.syntax = grammar  # the clause grammar the event coder reads (status, mentions, dates)
        self.rules = rules.transfers
        self.words = rules.grammar  # "his country": the speaker's own state
        self.agreement_nouns = rules.agreements.nouns
        self.agreeing_governors = rules.agreements.agreeing_governors  # "decided to cancel": the decision takes the act's place
        self.company_nouns = rules.agreements.company_nouns
        self.first_person = rules.alliances.first_person
        self.word_numbers = rules.equipment.word_numbers  # "six of the jets"

    def find(self, sent: Any, index: MentionIndex, dates: DateResolver, equipment: dict[int, EquipmentMention], earlier: list[ArmsTransfer]) -> list[ArmsTransfer]:
        """The transfers told in ``sent``; ``earlier`` ones (of the article) continue agentless ones."""
        found: list[ArmsTransfer] = []
        told: set[tuple[Any, ...]] = set()  # "received the drones donated by China" tells one transfer
        covered: set[int] = set()  # items a verb already placed: a noun on the same item adds nothing
        cued: set[int] = set()  # verbs that told a transfer
        recorded: set[int] = set()  # cues that gave a record
        for token in sent:
            if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i in cued:
                continue  # "buys tanks from Germany in an arms deal": the deal is that purchase
            share = self._share_of_which(token, found, sent, dates) or self._arrival_of_goods_told(token, found, sent, dates, equipment) or self._deal_called_off(token, found, sent, dates, index, equipment)
            if share is not None:
                found.append(replace(share, id=f"t{len(earlier) + len(found) + 1}"))
                continue
            cue = self._military(self.cue(token, index, equipment, covered), sent.doc)
            if cue is None and self._transfer_verb(token):
                for more in self._more_of_goods_told(token, index, sent, dates, earlier + found):
                    same = next((n for n, t in enumerate(found) if (t.supplier, t.recipient, t.item, t.status) == (more.supplier, more.recipient, more.item, more.status)), None)
                    if same is not None and more.quantity is None:
                        continue  # "sold 12 tanks to Qatar and delivered them": that transfer again, its count kept
                    if same is not None:
                        # "will send tanks to X, with Oslo providing 12 of the vehicles": the count of that transfer
                        found[same] = replace(found[same], quantity=more.quantity)
                    else:
                        found.append(replace(more, id=f"t{len(earlier) + len(found) + 1}"))
            if cue is None and token.pos_ == "NOUN" and lemma(token) in self.rules.supply_nouns:
                share = self._share_named_by_noun(token, earlier + found, sent, dates)
                if share is not None:
                    found.append(replace(share, id=f"t{len(earlier) + len(found) + 1}"))
            if cue is not None and cue.status is None and cue.token.pos_ == "NOUN":
                covered.update(item.start for item in cue.items)  # "rejected claims that X had signed a contract for the purchase of tanks": none, nor the nouns within
            if cue is None or cue.status is None:
                continue
            if cue.direction == "acquire" and cue.token.dep_ == "acl" and not cue.side and cue.token.head.dep_ == "dobj" and all(item.start in covered for item in cue.items):
                continue  # "has inducted two drones leased from a US firm": the participle only names the source
            subject = syntax.passive_subject(cue.token) if cue.token.pos_ == "VERB" else None
            if subject is not None and subject.i in recorded and not any(c.dep_ == "agent" for c in cue.token.children):
                continue  # "Japan's gift of helicopters was handed over": the noun told that transfer at this verb's stage
            side, other = self._sides(cue, index)
            if cue.direction == "supply" and side and not other:
                continue  # "pledged an arms package for Chad": the noun may name the recipient the verb does not
            covered.update(item.start for item in cue.items)
            cued.add(cue.token.i)
            stages = [cue] + ([replace(cue, status=cue.remainder)] if cue.remainder and cue.status == "cancelled" else [])
            contracted = self._contract_date(cue, sent, dates) if cue.status in ("delivered", "ongoing", "ordered") else None
            for staged in stages:
                for item, supplier, recipient in (
                    (item, s, r) for item, suppliers, recipients in self._parties_per_item(staged, side, other, earlier + found, index) for s, r in _dyads(suppliers, recipients)
                ):
                    key = (item.start, tuple(supplier), tuple(recipient), staged.status)
                    if key not in told:
                        told.add(key)
                        recorded.add(cue.token.i)
                        record = self._record(staged, item, supplier, recipient, sent, dates, f"t{len(earlier) + len(found) + 1}")
                        if contracted is not None and staged.status == "ordered":
                            record = replace(record, year=grammar.year(contracted))  # "will deliver jets under a deal signed in 2019": ordered then
                        found.append(record if staged is cue else replace(record, quantity=None))  # the rest's count goes untold
                        order = (item.start, tuple(supplier), tuple(recipient), "ordered")
                        if contracted is not None and staged is cue and cue.status != "ordered" and order not in told:
                            # "handed over 24 jets under a deal sealed in 2019": the order is a stage told with its year
                            told.add(order)
                            found.append(replace(record, id=f"t{len(earlier) + len(found) + 1}", status="ordered", quantity=None, year=grammar.year(contracted)))
                        bought = self._order_behind(item, cue.token) if staged is cue and cue.status in ("delivered", "ongoing") else None
                        if bought is not None and order not in told:
                            # "the Gripens bought from Sweden landed": the purchase the goods are
                            # described by is the order the delivery presupposes, a stage of its own
                            told.add(order)
                            when = self.syntax.clause_date(bought, sent, dates, future=False)
                            found.append(replace(record, id=f"t{len(earlier) + len(found) + 1}", status="ordered", quantity=_count(item, sent.doc) or None, year=grammar.year(when) if when else None))
        rest = self._rest_to_follow(sent, equipment)
        delivered = next((t for t in reversed(found) if t.status == "delivered"), None) if rest is not None else None
        if delivered is not None and not any((t.supplier, t.recipient, t.item, t.status) == (delivered.supplier, delivered.recipient, delivered.item, "offered") for t in found):
            # "handed over four patrol boats, with two more to follow": the rest is pledged, a stage of its own;
            # "the remaining six are due from X": the rest comes from X, who pledges it
            source = sorted({m.code for p in grammar.prepositional_objects(rest, set(self.rules.arrival_supplier_prepositions)) for m in self.syntax.np_mentions(p, index) if m.code and m.kind in grammar.STATE_KINDS})
            supplier = tuple(source) if source and not set(source) & set(delivered.recipient) else delivered.supplier
            found.append(replace(delivered, id=f"t{len(earlier) + len(found) + 1}", supplier=supplier, status="offered", quantity=None, year=grammar.year(dates.published), evidence=grammar.evidence(sent, rest)))
        return found

    def _rest_to_follow(self, sent: Any, equipment: dict[int, EquipmentMention]) -> Any | None:
        """The verb of goods still to follow in a "with" phrase ("with two more to follow", "with the
        remainder of the guns to follow next month"), if ``sent`` has one; what follows is
        a count, the rest, or goods ("with talks to follow" is none)."""
        for token in sent:
            if token.pos_ != "VERB" or lemma(token) not in self.rules.following_verbs or not syntax.to_infinitive(token):
                continue
            heads = _heads(token, 5)
            # "with" above the verb (the parser's "with a fifth to follow") or marking it ("with the rest to follow")
            marked = any(c.lower_ == "with" and c.dep_ in ("mark", "prep") for c in token.children) or any(h.lower_ == "with" and h.dep_ == "prep" for h in heads)
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            holder = subject or next((h for h, above in zip([token, *heads], heads) if above.lower_ == "with" and above.dep_ == "prep"), None)
            if marked and holder is not None and (holder.like_num or lemma(holder) in self.rules.following_shares or holder.i in equipment):
                return token
        return None

    def reads_no_transfer(self, sent: Any, index: MentionIndex, equipment: dict[int, EquipmentMention]) -> bool:
        """Whether a cue word of ``sent`` is read by these rules as telling no transfer: a sale
        objected to, refused, denied, prohibited, negated or only hypothetical (no stage), or
        goods that are civilian or relief ("donated rice and tents"). The learned back-off
        proposes nothing where the rules know why there is none."""
        for token in sent:
            raw = self.cue(token, index, equipment)
            if raw is None:
                continue
            cue = self._military(raw, sent.doc)
            if cue is None or cue.status is None:
                return True
        return False

    def domestic_procurement(self, sent: Any, index: MentionIndex) -> bool:
        """Whether ``sent`` tells goods got "from" the receiver's own industry: a maker of the
        subject's state ("the X army took delivery of tanks from state-owned <X company>") or one
        called domestic with no state named ("from domestic maker Y", "from a local shipyard").
        That is a state's own production (docs/annotation.md 9.2), no transfer, whatever other
        state the sentence mentions."""
        for token in sent:
            if token.dep_ != "pobj" or token.head.lower_ != "from":
                continue
            verb = syntax.nearest_verb(token)
            subject = syntax.subject_of(verb)[0] if verb is not None else None
            if subject is None:
                continue
            own = {m.country for t in subject.subtree if (m := index.at(t.i)) is not None and m.country and not m.is_place}
            phrase = [t for t in token.subtree]
            named = [m for t in phrase if (m := index.at(t.i)) is not None]
            makers = {m.country for m in named if m.form == "company" and m.country}
            if makers:
                if own and makers <= own:
                    return True
                continue
            if own and not any(m.country and m.form != "company" for m in named) and any(t.lower_ in self.rules.domestic_maker_words for t in phrase):
                return True
        return False

    def goods_named(self, sent: Any, equipment: dict[int, EquipmentMention]) -> list[EquipmentMention]:
        """The items of ``sent`` that these rules count as military goods: not civilian ("medical
        equipment"), not a facility the goods word only qualifies ("a submarine factory"), not
        vague support ("material support")."""
        items = list({id(m): m for i, m in sorted(equipment.items()) if sent.start <= i < sent.end}.values())
        return [item for item in self._goods(items, sent.doc) if not self._civilian(item, sent.doc)]

    def _military(self, cue: TransferCue | None, doc: Any) -> TransferCue | None:
        """The cue without civilian goods ("rice and medical equipment"); None when nothing is left."""
        if cue is None:
            return None
        if cue.direction == "supply" and self._relief_sender(cue.token):
            return None  # "the disaster agency sent 20 trucks": relief, not arms
        if self._armed_recipient(cue):
            return cue  # "gave two rescue helicopters to the Kenyan air force": goods for an armed force
        items = [item for item in cue.items if not self._civilian(item, doc)]
        if not items:
            return None
        return replace(cue, items=items, all_items=[item for item in cue.all_items if not self._civilian(item, doc)]) if len(items) < len(cue.items) else cue

    def _armed_recipient(self, cue: TransferCue) -> bool:
        """Whether the goods go to an armed force: "to the navy", "gave the army ..."."""
        if cue.direction != "supply":
            return False
        prepositions = set(self.rules.supply_verb_other) | set(self.rules.supply_noun_other)
        heads = self._all_prepositional_objects(cue.token, prepositions) + [c for c in cue.token.children if c.dep_ == "dative"]
        return any(lemma(head) in self.rules.armed_body_nouns for head in heads)

    def _civilian(self, item: EquipmentMention, doc: Any) -> bool:
        """A generic item qualified as civilian: "medical equipment", "relief supplies"; or vehicles
        that only carry a civilian load ("30 lorries of flour", "planes loaded with tents")."""
        head = doc[item.head]
        if self._civilian_load(head):
            return True
        if item.system is not None:
            return False
        words = [t for t in doc[item.start : item.end]] + [c for c in head.children if c.dep_ in ("amod", "compound")]
        return any(t.lower_ in self.rules.civilian_modifiers for t in words)

    def _civilian_load(self, head: Any) -> bool:
        """Whether ``head`` names vehicles by a load that is all civilian goods: its "of" phrase, or
        the goods of a carrying participle on it ("trucks carrying rice", "ships laden with fuel")."""
        loads = grammar.prepositional_objects(head, {"of"})
        for verb in (c for c in head.children if c.dep_ in ("acl", "relcl", "amod") and lemma(c) in self.rules.load_carrying_verbs):
            loads += [c for c in verb.children if c.dep_ == "dobj"] + grammar.prepositional_objects(verb, self.rules.load_prepositions)
        loads = [t for load in loads for t in (load, *load.conjuncts)]
        return bool(loads) and all(self._civilian_goods(load) for load in loads)

    def _civilian_goods(self, noun: Any) -> bool:
        """Food, tents, fuel and the like, or goods qualified as civilian ("relief supplies"); goods
        qualified as military ("military supplies", "army rations") are not."""
        words = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))]
        if any(t.lower_ in self.rules.military_load_modifiers for t in words[1:]):
            return False
        return lemma(noun) in self.rules.civilian_load_nouns or noun.lower_ in self.rules.civilian_load_nouns or any(t.lower_ in self.rules.civilian_modifiers for t in words)

    def _relief_sender(self, verb: Any) -> bool:
        """Whether the verb's subject is a body for relief or disasters ("the disaster agency",
        "its humanitarian aid organisation", named or not): it sends relief, not arms."""
        subject, _ = syntax.subject_of(verb)
        if subject is None:
            return False
        heads = [subject, *(c for c in subject.children if c.dep_ in ("compound", "appos"))]
        return any(
            lemma(h) in self.rules.relief_body_nouns and any(c.dep_ in ("amod", "compound") and c.lower_ in self.rules.relief_body_modifiers for c in h.children) for h in heads
        )

    def cue(self, token: Any, index: MentionIndex, equipment: dict[int, EquipmentMention], covered: set[int] = frozenset()) -> TransferCue | None:
        """The transfer ``token`` tells, if it is a transfer verb, an arrival or a transfer noun."""
        word = lemma(token)
        if self._transfer_verb(token):
            return self._verb_cue(token, index, equipment)
        if token.pos_ == "VERB" and word in self.rules.goods_arrival_verbs and (self._from_objects(token) or self._goods_sources(token)):
            return self._arrival_cue(token, index, equipment)
        if self._transfer_noun(token):
            return self._noun_cue(token, index, equipment, covered)
        if token.pos_ == "NOUN" and word in self.rules.goods_talks_nouns:
            talked = self._goods_talks_cue(token, index, equipment, covered)
            if talked is not None:
                return talked
        if token.pos_ == "ADJ" and token.lower_ in self.rules.interest_adjectives or token.pos_ == "NOUN" and word in self.rules.interest_nouns:
            return self._interest_cue(token, index, equipment, covered)
        built = self._building_cue(token, index, equipment) if token.pos_ == "VERB" and word in self.rules.building_verbs else None
        if built is not None:
            return built
        if token.pos_ == "VERB" and word in self.rules.origin_participles and self._licence(token) is not None:
            return self._licence_cue(token, index, equipment, covered)
        if token.pos_ == "NOUN" and word in self.rules.production_nouns and self._licensed(token):
            return self._licence_cue(token, index, equipment, covered)
        if token.pos_ == "NOUN" and word in self.rules.export_permit_nouns:
            permitted = self._export_permit_cue(token, index, equipment, covered)
            if permitted is not None:
                return permitted
        if token.pos_ == "VERB" and word in self.rules.asking_verbs:
            return self._request_cue(token, index, equipment)
        if token.pos_ == "VERB" and word in self.rules.cancelling_words:
            return self._part_cancelled_cue(token, index, equipment)
        return None

    def _more_of_goods_told(self, verb: Any, index: MentionIndex, sent: Any, dates: DateResolver, before: list[ArmsTransfer]) -> list[ArmsTransfer]:
        """"Kenya then bought 20 of the aircraft": a number of goods named before by a generic
        noun ("the aircraft", "these drones") is that item again, in the latest transfer to the
        buyer (or from the seller), at this verb's stage and with this count."""
        obj = syntax.direct_object(verb)
        if obj is not None and lemma(obj) in self.rules.supply_nouns:
            # "took delivery of the initial four": the goods hang on the noun of receipt
            obj = next(iter(grammar.prepositional_objects(obj, set(self.rules.goods_prepositions_of_receipt))), obj)
        count = _number_of(obj, self.word_numbers) if obj is not None and obj.like_num else None
        nouns = [p for p in grammar.prepositional_objects(obj, {"of"}) if lemma(p) in self.rules.back_reference_nouns and any(c.dep_ == "det" and c.lower_ in self.rules.back_reference_determiners for c in p.children)] if count is not None else []
        if count is not None and not nouns and self._ordinal_share(obj):
            nouns = [obj]  # "ordered 12 jets and received the first six": a share of goods told before
        if obj is not None and _plural_pronoun(obj):
            nouns = [obj]  # "asked Berlin to send tanks, but Berlin sent them only in March": the goods again, at this stage
        if obj is not None and not nouns and self._more_of_the_same(obj):
            nouns = [obj]  # "after receiving the first drones, it ordered more", "bought 12 more": the same goods again
        status = self.status(verb) if nouns else None
        if status is None:
            return []
        direction = self._direction(verb)
        side, _ = self._sides(TransferCue(verb, direction, [], [], self._subject_side(verb, index), [], status), index)
        if direction == "acquire":
            previous = next((t for t in reversed(before) if side and set(side) <= set(t.recipient) and t.supplier), None)
        else:
            previous = next((t for t in reversed(before) if side and set(side) <= set(t.supplier) and t.recipient), None)
        if previous is None:
            return []
        if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and previous.status is not None and lemma(verb) not in self.rules.status_by_verb:
            # "will send vehicles, with Oslo providing six of them": the share is at the whole's
            # stage; a verb with a stage of its own keeps it ("received two trucks, with Ankara pledging six more")
            status = previous.status
        date = self.syntax.clause_date(verb, sent, dates, future=status in _FORWARD_STATUSES)
        # "Norway and Finland will send howitzers, with Oslo providing eight of them": the subject's share
        narrowed = {"recipient": tuple(side)} if direction == "acquire" else {"supplier": tuple(side)}
        if nouns == [obj] and _plural_pronoun(obj):
            count = previous.quantity  # "them": all of the goods
        return [replace(previous, **narrowed, quantity=count, status=status, year=grammar.year(date or dates.published), evidence=grammar.evidence(sent, verb))]

    def _share_of_which(self, verb: Any, found: list[ArmsTransfer], sent: Any, dates: DateResolver) -> ArmsTransfer | None:
        """"ordered 24 howitzers from X, of which six have arrived", "six of which were delivered":
        a count of the goods this sentence ordered reaching the buyer is a second stage, delivered."""
        if verb.pos_ != "VERB" or not found:
            return None
        receipt = lemma(verb) in self.rules.arrival_verbs | self.rules.receiving_verbs or self.rules.status_by_verb.get(lemma(verb)) == "delivered" or self._supplies(verb)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.like_num), None)
        if not receipt or subject is None:
            return None
        relative = [p for node in (verb, subject) for p in grammar.prepositional_objects(node, {"of"}) if p.tag_ in ("WDT", "WP")]
        count = _number_of(subject, self.word_numbers)
        previous = found[-1]
        if not relative or count is None or previous.status not in ("ordered", "offered"):
            return None
        status = self._status_from_clause(verb, self.syntax.clause_status(verb))
        if lemma(verb) in self.rules.arrival_verbs and status == "ongoing":
            status = "delivered"  # "of which six have arrived"
        if status not in ("delivered", "ongoing"):
            return None  # "of which six are due next year": no new stage
        date = self.syntax.clause_date(verb, sent, dates, future=False)
        return replace(previous, status=status, quantity=count, year=grammar.year(date or dates.published), evidence=grammar.evidence(sent, verb))

    def _deal_called_off(self, verb: Any, found: list[ArmsTransfer], sent: Any, dates: DateResolver, index: MentionIndex, equipment: dict[int, EquipmentMention]) -> ArmsTransfer | None:
        """"X shipped the launchers to Y, two years after X had suspended the deal": a deal
        with no goods of its own, called off by one of the sides of a transfer this sentence
        told, is that transfer's deal: a stage of its own, cancelled."""
        if verb.pos_ != "VERB" or not found or not self._cancels(verb):
            return None
        deal = syntax.direct_object(verb)
        if deal is None or lemma(deal) not in self.rules.called_off_deal_nouns:
            return None
        if grammar.items_in([deal], equipment) or grammar.prepositional_objects(deal, self.rules.own_deal_prepositions):
            return None  # "froze the contract for jets", "suspended the deal with X": a deal of its own
        if not (grammar.is_definite(deal, self.words) or any(c.dep_ == "poss" for c in deal.children)):
            return None  # "froze a contract": some deal, not this transfer's
        if grammar.prepositional_objects(verb, self.rules.deal_partner_prepositions):
            return None  # "cancelled a deal with Cuba", the parser hanging the partner on the verb
        if not self._clause_joined(verb):
            return None  # "X delivered jets to Y; separately, Y cancelled the order": a new clause of its own
        if self.status(verb) != "cancelled" or self.syntax.clause_status(verb) not in ("occurred", "ongoing"):
            return None  # "urged Moscow to freeze the contract": still on
        previous = found[-1]
        if previous.status not in ("delivered", "ongoing", "ordered") or not previous.supplier or not previous.recipient:
            return None
        cancellers = set(grammar.state_codes(self._subject_side(verb, index)))
        if not cancellers or not cancellers <= set(previous.supplier) | set(previous.recipient):
            return None  # called off by a third state, or by no one named
        if any((t.supplier, t.recipient, t.item, t.status) == (previous.supplier, previous.recipient, previous.item, "cancelled") for t in found):
            return None
        date = self.syntax.clause_date(verb, sent, dates, future=False)
        return replace(previous, status="cancelled", quantity=None, year=grammar.year(date) if date else None, evidence=grammar.evidence(sent, verb))

    def _clause_joined(self, verb: Any) -> bool:
        """Whether ``verb``'s clause hangs on another clause of the sentence (subordinate to it, or
        conjoined with it with no semicolon between them): not the sentence's main clause, nor a
        clause set beside it after a semicolon or as a parenthetical."""
        link = verb
        while link.dep_ != "ROOT" and link.head.i != link.i:
            if link.dep_ == "parataxis":
                return False
            if link.dep_ == "conj" and any(t.lower_ in self.rules.clause_breaks for t in link.doc[min(link.head.i, link.i) + 1 : max(link.head.i, link.i)] if t.head.i in (link.head.i, link.i)):
                return False  # "...; Y cancelled the order": a new sentence in all but name
            link = link.head
        # "..., six years after Minsk froze the deal": a clause marked subordinate is one, even where
        # the parser made it the sentence's root
        return link.i != verb.i or any(c.dep_ == "mark" for c in verb.children)

    def _arrival_of_goods_told(self, verb: Any, found: list[ArmsTransfer], sent: Any, dates: DateResolver, equipment: dict[int, EquipmentMention]) -> ArmsTransfer | None:
        """"Three of the 12 radars Quito bought from X were unloaded ...", "the submarines
        Hanoi ordered from Moscow have arrived": goods this sentence told ordered (or offered),
        arriving as the subject of an arrival verb, are a second stage: delivered, with the share's count."""
        if verb.pos_ != "VERB" or not (self._arrives(verb) or self._received_goods(verb)) or not found:
            return None
        subject = syntax.passive_subject(verb) if self._received_goods(verb) else syntax.subject_of(verb)[0]
        if subject is None:
            return None
        names = {equipment[t.i].name: t for t in subject.subtree if t.i in equipment and equipment[t.i].head == t.i}
        previous = next((t for t in reversed(found) if t.item in names and t.status in ("ordered", "offered")), None)
        if previous is None:
            return None
        status = self._status_from_clause(verb, self.syntax.clause_status(verb))
        status = "delivered" if status == "ongoing" and verb.tag_ != "VBG" else status
        if status not in ("delivered", "ongoing"):
            return None  # "are expected to land in 2028": no new stage
        if any((t.supplier, t.recipient, t.item, t.status) == (previous.supplier, previous.recipient, previous.item, status) for t in found):
            return None  # "landed at the base to join the air force": one arrival
        goods = names[previous.item]
        # "three of the 12 radars": the number before the "of" that holds the goods
        share = [t for t in subject.subtree if t.i < goods.i and t.like_num and t.i + 1 < len(sent.doc) and sent.doc[t.i + 1].lower_ == "of"]
        count = _number_of(share[0], self.word_numbers) if share else None
        date = self.syntax.clause_date(verb, sent, dates, future=False)
        return replace(previous, status=status, quantity=count, year=grammar.year(date or dates.published), evidence=grammar.evidence(sent, verb))

    def _order_behind(self, item: EquipmentMention, cue: Any) -> Any | None:
        """The participle or relative clause of a purchase on goods ``cue`` tells delivered ("Gripens
        bought from Sweden landed", "deliveries of the howitzers that Lima purchased in 2019",
        "a frigate sold to Chile by Britain arrived"): a purchase already made, told in the past, neither
        negated nor still to come. The purchase word as the cue itself tells the delivery only
        through an arrival ("the tanks Germany sold to Qatar were upgraded" is one stage)."""
        head = _phrase_head(cue.doc[item.head])  # "Gripen fighters bought from Sweden": the clause hangs on the phrase
        for clause in (c for c in head.children if c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD")):
            # "three of eight trainers, leased by Oman from a Brazilian maker, reached Muscat": a lease is an order told as a
            # stage of its own only for a share of the goods (a whole lease delivered is one stage)
            shared = lemma(clause) in self.rules.share_order_participles and self._share_of_more(head)
            if lemma(clause) not in self.rules.order_participles and not shared:
                continue
            if clause.i == cue.i and not (clause.dep_ == "acl" and self._arrives(clause.head.head)):
                continue
            if any(c.dep_ in ("neg", "aux") and c.lower_ not in self.rules.past_auxiliaries for c in clause.children):
                continue  # "the jets it will not buy", "the tanks it would order": no purchase made
            return clause
        return None

    def _share_of_more(self, goods: Any) -> bool:
        """Goods told as a share of a larger number: "two of 14 jets" (the parser may hang "two
        of" on the 14), "the first five of the 14 jets", "three of the jets"."""
        if any(c.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ == "of" for q in c.children) for c in goods.children):
            return True
        share = _share_word(goods)
        return share is not None and (share.like_num or share.lower_ in self.rules.share_ordinals)

    def _arrives(self, verb: Any) -> bool:
        """A verb of arriving, alone or phrasal ("landed", "touched down")."""
        particle = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
        return lemma(verb) in self.rules.arrival_verbs or particle is not None and f"{lemma(verb)} {particle.lower_}" in self.rules.arrival_verbs

    def _received_goods(self, verb: Any) -> bool:
        """"the first batch was received by the navy", "were handed to the coast guard": goods that
        are the passive subject of a verb of receipt or supply."""
        return syntax.passive_subject(verb) is not None and (self._receives(verb) or lemma(verb) in self.rules.supply_verbs)

    def _with_parts(self, kept: list[EquipmentMention], items: list[EquipmentMention], doc: Any) -> list[EquipmentMention]:
        """The items kept, and spare parts named beside them ("shells and spare parts"), and
        goods of no specific category conjoined with a kept item ("jeeps and signals
        equipment", "helicopters, weapons and ammunition"): goods of their own, not a general
        word standing for the specific ones ("equipment, including drones")."""
        kept_heads = {doc[m.head] for m in kept}
        conjoined = {c.i for head in kept_heads for c in head.conjuncts if not any(w.lower_ in self.rules.accessory_modifiers for w in c.children if w.dep_ in ("amod", "compound"))}
        return kept + [m for m in items if m not in kept and (m.system is None and lemma(doc[m.head]) in self.rules.part_nouns or m.head in conjoined and not self._umbrella_goods(m, doc))]

    def _umbrella_goods(self, item: EquipmentMention, doc: Any) -> bool:
        """A bare word for goods in general ("other equipment", "military hardware"), not a kind of them."""
        words = doc[item.start : item.end]
        return lemma(doc[item.head]) in self.rules.umbrella_goods_nouns and all(t.lower_ in self.rules.umbrella_goods_modifiers for t in words if t.i != item.head)

    def _deliverers(self, goods: Any, index: MentionIndex) -> list[Mention]:
        """The supplier of the supply noun whose goods ``goods`` are ("deliveries of the rifles")."""
        if goods.dep_ != "pobj" or goods.head.lower_ not in self.rules.goods_prepositions_of_receipt:
            return []
        noun = goods.head.head
        if noun.pos_ != "NOUN" or lemma(noun) not in self.rules.supply_nouns:
            return []
        above = syntax.nearest_verb(noun)
        if above is not None and self._cancels(above) or self._cancelling_noun(noun) is not None or self._cancelling_modifier(noun) is not None:
            return []  # "halted the delivery of jets that Ankara ordered": the halted delivery is the one record
        return [m for m in self._noun_side(noun, index) if m.kind in grammar.STATE_KINDS]

    def _share_named_by_noun(self, noun: Any, before: list[ArmsTransfer], sent: Any, dates: DateResolver) -> ArmsTransfer | None:
        """"the shipment of the final three is proceeding": a supply noun whose goods are a share
        of goods told before ("the remaining two", "the last four") continues that transfer, at
        the stage its verb tells."""
        shares = [p for p in grammar.prepositional_objects(noun, set(self.rules.goods_prepositions_of_receipt)) if p.like_num and self._ordinal_share(p)]
        previous = next((t for t in reversed(before) if t.supplier and t.recipient), None)
        if not shares or previous is None:
            return None
        verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
        if verb is None or noun.dep_ not in ("nsubj", "nsubjpass"):
            return None  # "took delivery of the initial four": the verb's own share (_more_of_goods_told)
        status = self.status(verb) if lemma(verb) in self.rules.continuing_verbs | self.rules.verbs else None
        if lemma(verb) in self.rules.continuing_verbs and status is not None:
            status = "ongoing"  # "is continuing on schedule"
        if status not in ("delivered", "ongoing"):
            return None
        date = self.syntax.clause_date(verb, sent, dates, future=False)
        return replace(previous, status=status, quantity=_number_of(shares[0], self.word_numbers), year=grammar.year(date or dates.published), evidence=grammar.evidence(sent, noun))

    def _more_of_the_same(self, obj: Any) -> bool:
        """An object that is only "more" of goods told before: "ordered more", "12 more", "another 20";
        not a sum of money ("has given the army more than $30 million in support")."""
        if grammar.prepositional_objects(obj, {"of"}) or obj.dep_ == "compound" or obj.ent_type_ == "MONEY":
            return False
        if obj.lower_ in self.rules.more_words and obj.pos_ in ("ADJ", "ADV", "PRON", "NOUN") and not any(c.dep_ in ("compound", "amod") for c in obj.children):
            return True  # "ordered more"
        return obj.like_num and any(c.lower_ in self.rules.more_words for c in obj.children if c.dep_ in ("amod", "advmod", "det"))

    def _ordinal_share(self, number: Any) -> bool:
        """A number standing alone for goods told before: "the first six", "the remaining four"."""
        determiners = any(c.dep_ == "det" and c.lower_ in self.rules.back_reference_determiners for c in number.children)
        ordinal = any(c.dep_ in ("amod", "advmod") and c.lower_ in self.rules.back_reference_ordinals for c in number.children)
        return determiners and ordinal and not grammar.prepositional_objects(number, {"of"})

    def _part_cancelled_cue(self, verb: Any, index: MentionIndex, equipment: dict[int, EquipmentMention]) -> TransferCue | None:
        """"Chile scrapped 14 of the 40 tanks it had on order from Germany":
        the goods named are called off, the rest of the order stays ordered."""
        obj = syntax.direct_object(verb)
        if obj is None:
            return None
        items = [m for m in grammar.distinct([equipment[obj.i]] if obj.i in equipment else []) if m.head == obj.i]
        orders = [p for p in grammar.prepositional_objects(obj, {"of"}) if lemma(p) in self.rules.order_nouns | self.agreement_nouns]
        if not items or not orders:
            return None
        other = [m for order in orders for p in grammar.prepositional_objects(order, set(self.rules.acquire_noun_other)) for m in self.syntax.np_mentions(p, index, allow_places=True)]
        return TransferCue(verb, "acquire", items, items, self._subject_side(verb, index), other, self.status(verb), remainder="ordered")

    # -- the three cues ---------------------------------------------------------------

    def _building_cue(self, verb: Any, index: MentionIndex, equipment: dict[int, EquipmentMention]) -> TransferCue | None:
        """"Italy was to build four corvettes for Qatar", "will build frigates for the Greek navy":
        goods a state builds for another are sold to it; the build presupposes the order, so a
        pledge, a build under way or done is `ordered` (an offer to build stays `offered`)."""
        if verb.dep_ in ("ccomp", "xcomp") and lemma(verb.head) in self.rules.building_helping_verbs:
            return None  # "Iran is helping Russia build drones": the helped state builds for itself
        objects = self._objects(verb)
        # the object itself is the goods ("four corvettes", "frigates and submarines"), not a word
        # deeper in its phrase ("a plant that makes shells")
        heads = {t.i for obj in objects for t in (obj, *obj.conjuncts, *grammar.prepositional_objects(obj, {"of"}))}
        items = grammar.top_items([m for m in self._goods(grammar.items_in(objects, equipment), verb.doc) if m.head in heads])
        if not items:
            return None
        prepositions = self.rules.building_recipient_prepositions
        buyers = [m for node in (verb, *objects) for p in grammar.prepositional_objects(node, prepositions) for m in self._buyer_named(p, index)]
        if not buyers:
            return None  # "builds drones for export", "for its own navy", "for the war in X": no buyer state
        status = self.status(verb)
        if status in ("delivered", "ongoing") or status == "offered" and self.syntax.clause_status(verb) == "planned":
            status = "ordered"
        if status is not None and verb.dep_ in ("xcomp", "ccomp", "advcl") and lemma(verb.head) in self.rules.choosing_verbs:
            status = "interest"  # "chose Navantia to build three frigates for its navy": the maker chosen, no order yet
        return TransferCue(verb, "supply", items, items, self._subject_side(verb, index), buyers, status)

    def _buyer_named(self, pobj: Any, index: MentionIndex) -> list[Mention]:
        """The state a "for" phrase on a build names as the buyer: the state itself ("for Qatar")
        or its armed force ("for the Greek navy", "for Greece's navy"); not one deeper in a purpose
        ("for its war in Ukraine", "for the campaign against X")."""
        states = [m for m in self.syntax.np_mentions(pobj, index, allow_places=True) if m.kind in grammar.STATE_KINDS]
        direct = [m for m in states if m.start <= pobj.i < m.end]
        if direct or lemma(pobj) not in self.rules.armed_body_nouns:
            return direct
        owners = {c.i for c in pobj.children if c.dep_ in ("poss", "amod", "compound", "nmod")} | {p.i for p in grammar.prepositional_objects(pobj, {"of"})}
        return [m for m in states if any(m.start <= i < m.end for i in owners)]

    def _verb_cue(self, verb: Any, index: MentionIndex, equipment: dict[int, EquipmentMention]) -> TransferCue | None:
        """"Peru acquired howitzers from Spain", "Hungary supplied Serbia with vehicles"."""
        if verb.dep_ == "acl" and lemma(verb) in self.rules.pledging_verbs:
            return None  # "received the tanks promised by Germany": the participle only names the supplier
        if any(self._names_approval(obj) for obj in self._objects(verb)):
            return None  # "gave its approval for the export of rifles": the export's noun tells it (offered)
        if any(self._request_document(obj) is not None for obj in self._objects(verb)):
            return None  # "handed X its letter of request for radars": the request's noun tells it (interest)
        direction = self._direction(verb)
        all_items = self.items_of_verb(verb, equipment, direction)
        if not all_items and direction == "supply":
            all_items = self._defence_goods(verb, index)
        items = self._with_parts(grammar.top_items(all_items), all_items, verb.doc)
        if not items:
            return None
        if direction == "supply" and (self._with_crews(verb) or self._to_a_mission(verb)):
            return None  # "sent warplanes and pilots", "offered aircraft for the UN mission": forces, not a sale
        side = self._subject_side(verb, index)
        if direction == "supply" and not grammar.state_codes(side) and syntax.passive_subject(verb) is not None and not any(c.dep_ == "agent" for c in verb.children):
            # "four patrol boats built in Turkey were handed over to the navy", "a frigate
            # donated by Italy was transferred to ...": with no agent, the goods' own
            # phrase names who gives them
            side = self._giver_of_goods(items, verb.doc, index) or self._makers(self._objects(verb), index)
        if direction == "acquire" and not grammar.state_codes(side) and self._receives(verb):
            side = self._orderers(items, verb.doc, index)  # "the army took the first lot of the 20 tanks bought by Chile"
        passive = self._passive_supply(verb, index) if direction == "supply" else None
        if passive is not None:
            return TransferCue(verb, direction, items, all_items, passive[0], passive[1], self.status(verb))
        # Passive: "vehicles were delivered to Serbia by Hungary" has the supplier as agent.
        prepositions = self.rules.acquire_verb_other if direction == "acquire" else self.rules.supply_verb_other
        other = [m for prep in prepositions for pobj in _with_conjoined_phrases(syntax.preposition_objects(verb, prep)) for m in self._mentions_or_home(_antecedent(pobj), index)]
        if direction == "supply" and not other:
            other = self._recipient_on_goods(verb, index)
        if direction == "supply" and not other:
            other = self._supplied(verb, index) or self._defended(verb, index) or self._offered_to(verb, index, side) or self._requesters(verb, index)
        if direction == "acquire" and not other and _relative_object(verb):
            # "continued deliveries of the rifles that Caracas bought": the seller is who delivers them
            other = self._deliverers(verb.head, index)
            if not other:
                return None  # "replace Russian-made systems that the navy bought": goods described by a purchase, no seller told
        if direction == "acquire" and not other:
            other = self._goods_suppliers(items, verb.doc, index) or self._makers(self._objects(verb), index)
        if direction == "acquire" and not other and self._shares_the_deal(verb) and lemma(verb.head) in self.rules.supply_verbs:
            # "will supply Cyprus with howitzers and, in return, receive patrol boats": from the partner
            other = [m for p in syntax.preposition_objects(verb.head, "to") for m in self.syntax.np_mentions(p, index)] or self._supplied(verb.head, index)
        if direction == "supply" and not other and verb.dep_ == "acl":
            other = self._destination_of_goods(verb, index)  # "howitzers donated by Spain have reached Niger"
        if direction == "supply" and not other and not _names_a_recipient(verb):
            other = self._orderers(items, verb.doc, index)  # "handed over the second of four frigates ordered by the Omani navy"
        askers = self._askers(verb, index) if direction == "supply" else []
        if not other:
            other = askers  # "Kyiv asked Berlin to supply Taurus missiles": to the asker
        if not other:
            other = self._talks_partners(verb, index)  # "in discussions with Oman on acquiring"
        status = self.status(verb)
        if status is not None and set(grammar.state_codes(askers)) & set(grammar.state_codes(other)):
            status = "interest"  # the buyer asks for the goods
        return TransferCue(verb, direction, items, all_items, side, other, status)

    def _recipient_on_goods(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """"donated rifles, machine guns and shells to Kyiv", "shipped pistols and a batch of
        mortar rounds to the police", "handed over tanks worth $5 million to Uganda": the parser may hang
        the recipient's "to" on the last of the goods, on their "of" phrase, or on a modifier of the
        object; it is still the verb's recipient."""
        goods = [h for obj in self._objects(verb) if obj.i > verb.i for h in (obj, *obj.conjuncts)]
        holders = goods + [p for g in goods for p in grammar.prepositional_objects(g, {"of"})]
        holders += [c for c in verb.children if c.pos_ == "ADJ" and c.dep_ in ("oprd", "advmod", "acomp") and goods and c.i > goods[0].i]
        holders += [t for g in goods for t in g.subtree if self._value_modifier(t)]  # "gave equipment worth $5 million to Uganda"
        pobjs = [p for h in holders for prep in self.rules.supply_verb_other for p in syntax.preposition_objects(h, prep)]
        return [m for pobj in _with_conjoined_phrases(pobjs) for m in self._mentions_or_home(_antecedent(pobj), index) if m.kind in grammar.STATE_KINDS]

    def _askers(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """Who asks a state to supply: "Ukraine asked Germany to send tanks" (the subject of an
        asking verb over the supply); a head of state or government asks for his state."""
        if verb.dep_ not in ("xcomp", "ccomp") or lemma(verb.head) not in self.rules.asking_verbs | self.rules.requesting_words:
            return []
        subject, _ = syntax.subject_of(verb.head)
        if subject is None:
            return []
        return [m for m in _officials_as_states(self.syntax.np_mentions(subject, index, deep=True)) if m.kind in grammar.STATE_KINDS]

    def _passive_supply(self, verb: Any, index: MentionIndex) -> tuple[list[Mention], list[Mention]] | None:
        """"Ukraine was supplied with Patriot systems by the United States": a passive whose
        subject is the recipient (the goods come after "with"), and the "by" phrase, which the
        parser may hang on the goods, the supplier; (suppliers, recipients) or None."""
        passive = syntax.passive_subject(verb)
        goods = [p for prep in self.rules.supply_goods_prepositions for p in syntax.preposition_objects(verb, prep)]
        goods += [c for c in verb.children if c.dep_ == "dobj"]  # "Kenya was sold six helicopters by Italy": the second object stays
        if passive is None or not goods:
            return None
        recipients = [m for m in self.syntax.np_mentions(passive, index) if m.kind in grammar.STATE_KINDS]
        agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        agents += [p for g in goods for p in grammar.prepositional_objects(g, self.rules.noun_agent_prepositions)]
        suppliers = [m for p in agents for m in self.syntax.np_mentions(p, index) if m.kind in grammar.STATE_KINDS]
        return (suppliers, recipients) if recipients else None

    def _direction(self, verb: Any) -> str:
        """"acquire" when the verb's subject receives the goods, "supply" when it gives them. A
        verb of either sense ("lease", "rent") supplies when it names a recipient ("leased two
        aircraft to Pakistan") and no source ("leased jets from Italy")."""
        word = lemma(verb)
        if word in self.rules.two_way_verbs:
            source = any(syntax.preposition_objects(verb, prep) for prep in self.rules.acquire_verb_other)
            recipient = any(c.dep_ in ("dative", "iobj") for c in verb.children) or any(syntax.preposition_objects(verb, prep) for prep in self.rules.supply_verb_other)
            return "supply" if recipient and not source else "acquire"
        return "acquire" if self._verb_key(verb) in self.rules.acquire_verbs else "supply"

    def _verb_key(self, verb: Any) -> str:
        """The verb's lemma, with its particle for a phrasal transfer verb ("look at", "fly in")."""
        particle = self._phrasal_particle(verb) if verb.pos_ == "VERB" else None
        return f"{lemma(verb)} {particle.lower_}" if particle is not None else lemma(verb)

    def _transfer_verb(self, token: Any) -> bool:
        """A verb of supplying or acquiring, alone or phrasal ("flew in military equipment")."""
        return token.pos_ == "VERB" and (lemma(token) in self.rules.verbs or self._phrasal_particle(token) is not None)

    def _phrasal_particle(self, verb: Any) -> Any | None:
        """The particle right after a phrasal transfer verb ("flew in"); the parser may read it as
        a preposition that holds the goods."""
        return next((c for c in verb.children if c.dep_ in ("prt", "prep") and c.i == verb.i + 1 and f"{lemma(verb)} {c.lower_}" in self.rules.verbs), None)

    def _acquires(self, token: Any) -> bool:
        """Whether ``token`` is a word of acquiring, in this clause's sense."""
        if lemma(token) in self.rules.two_way_verbs and token.pos_ == "VERB":
            return self._direction(token) == "acquire"
        return lemma(token) in self.rules.acquire_verbs

    def _supplies(self, token: Any) -> bool:
        """Whether ``token`` is a word of supplying, in this clause's sense."""
        if lemma(token) in self.rules.two_way_verbs and token.pos_ == "VERB":
            return self._direction(token) == "supply"
        phrasal = token.pos_ == "VERB" and self._phrasal_particle(token) is not None and self._verb_key(token) in self.rules.supply_verbs  # "fly in" supplies, "sign for" does not
        return lemma(token) in self.rules.supply_verbs or lemma(token) in self.rules.building_verbs or phrasal

    def _mentions_or_home(self, pobj: Any, index: MentionIndex) -> list[Mention]:
        """The actors a phrase names; for people named by no state, the state they are in:
        "sent tanks to its friends in Greece"."""
        found = self.syntax.np_mentions(pobj, index, allow_places=True) or self._leaders(pobj, index)
        if found or pobj.pos_ != "NOUN":
            return found
        if lemma(pobj) in self.rules.own_force_nouns and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children):
            return []  # "sent weapons to its forces in Syria": the supplier's own forces abroad
        return [m for p in grammar.prepositional_objects(pobj, {"in"}) for m in self.syntax.np_mentions(p, index, allow_places=True) if m.kind == "state"]

    def _contract_date(self, cue: TransferCue, sent: Any, dates: DateResolver) -> str | None:
        """The date of the contract a delivery is made under, when the text gives one: "under a
        deal inked in 2016", "under a 2019 deal"; None when the contract goes undated."""
        token = cue.token
        nodes = [token, *([token.head] if token.pos_ == "NOUN" and token.head.pos_ == "VERB" else []), *self._objects(token)]
        contracts = [p for node in nodes for p in grammar.prepositional_objects(node, self.rules.contract_prepositions) if lemma(p) in self.agreement_nouns]
        for contract in contracts:
            signed = [c for c in contract.children if c.dep_ == "acl" and lemma(c) in self.rules.contract_signing_participles]
            date = next((d for node in signed or [contract] if (d := self.syntax.clause_date(node, sent, dates, future=False))), None)
            if date is not None:
                return date
        return None

    def _buyers_of_goods(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """The states a relative clause on the goods says bought them: "the delivery of jets that
        Egypt ordered" goes to Egypt."""
        goods = self._all_prepositional_objects(noun, self.rules.noun_goods_prepositions)
        clauses = [c for g in goods for c in g.children if c.dep_ == "relcl" and self._acquires(c)]
        subjects = [subject for c in clauses for subject in [syntax.subject_of(c)[0]] if subject is not None]
        return [m for s in subjects for m in self.syntax.np_mentions(s, index) if m.kind in grammar.STATE_KINDS]

    def _leaders(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """Who leads a group of makers: "a consortium led by Airbus" sells as Airbus (and its state)."""
        if grammar.lemma(noun) not in self.rules.leading_nouns:
            return []
        agents = [p for acl in noun.children if acl.dep_ == "acl" for a in acl.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        return [m for p in agents for m in self.syntax.np_mentions(p, index)]

    def _offered_to(self, verb: Any, index: MentionIndex, side: list[Mention]) -> list[Mention]:
        """"Quito turned down the frigates proposed by Paris": goods a participle
        says a state supplies are put to the subject of the clause that holds them."""
        if verb.dep_ != "acl" or not any(c.dep_ == "agent" for c in verb.children):
            return []
        holder = syntax.nearest_verb(verb.head)
        subject, _ = syntax.subject_of(holder) if holder is not None else (None, False)
        if subject is None:
            return []
        suppliers = set(grammar.state_codes(side))
        return [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.kind in grammar.STATE_KINDS and m.code not in suppliers]

    def _requests_answered(self, verb: Any) -> list[Any]:
        """The requests a supply answers: "at Kabul's request", "responding to a request from
        Kinshasa" (request nouns in the verb's phrases and clauses), "after Bamako asked for help"
        (an asking clause on the verb)."""
        found: list[Any] = []
        for child in verb.children:
            if child.dep_ == "advcl" and lemma(child) in self.rules.asking_verbs:
                found.append(child)
            elif child.dep_ in ("prep", "advcl"):
                found.extend(t for t in child.subtree if t.pos_ == "NOUN" and lemma(t) in self.rules.requesting_words)
        return found

    def _requesters(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """The states whose request a supply answers: "shipped equipment at Chad's request" goes to Chad."""
        found: list[Mention] = []
        for request in self._requests_answered(verb):
            if request.pos_ == "VERB":
                heads = [s for s in (syntax.subject_of(request)[0],) if s is not None]
            else:
                heads = [c for c in request.children if c.dep_ == "poss"] + grammar.prepositional_objects(request, {"of", *self.rules.asked_state_prepositions})
            found.extend(m for head in heads for m in self.syntax.np_mentions(head, index) if m.kind in grammar.STATE_KINDS)
        return found

    def _defence_goods(self, verb: Any, index: MentionIndex) -> list[EquipmentMention]:
        """"stands ready to ship hardware so as to help protect Oman": plain goods sent to defend a state are
        arms (a generic item named by the object)."""
        obj = syntax.direct_object(verb)
        if obj is None or lemma(obj) not in self.rules.plain_goods_nouns or not self._defended(verb, index):
            return []
        return [EquipmentMention(obj.i, obj.i + 1, obj.text, None, "other", None, (), None)]

    def _defended(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """"ready to ship equipment to help protect Oman": the state the goods are sent to defend receives them."""
        found: list[Mention] = []
        owners = [verb]
        if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
            owners.append(verb.head.head)  # "is ready to ship equipment to help protect Poland": the parser may hang the purpose on "is"
        clauses = [c for owner in owners for c in owner.children if c.dep_ in ("advcl", "xcomp") and lemma(c) in self.rules.purpose_verbs]
        clauses += [g for c in clauses for g in c.children if g.dep_ in ("xcomp", "ccomp") and lemma(g) in self.rules.purpose_verbs]
        for clause in clauses:
            obj = syntax.direct_object(clause)
            if obj is not None:
                found.extend(m for m in self.syntax.np_mentions(obj, index) if m.kind == "state")
        return found

    def _with_crews(self, verb: Any) -> bool:
        """"flew helicopters and their crews to Chad", "flew in troops and equipment": equipment
        sent with the people who use it is a deployment of forces, not a transfer (goods as the
        object, after "with", or on a phrasal verb's particle)."""
        heads = self._goods_heads(verb, "supply")
        supplied_with = [p for prep in self.rules.supply_goods_prepositions for p in syntax.preposition_objects(verb, prep)]
        if supplied_with:
            heads = [h for h in heads if h not in self._objects(verb)]  # "equipped its air force with jets": the object receives
        return self._crews_among(heads)

    def _crews_among(self, heads: list[Any]) -> bool:
        """Whether crews or troops are among the goods phrases ``heads`` name."""
        return any(lemma(t) in self.rules.crew_nouns for head in heads for t in syntax.conjuncts(head))

    def _to_a_mission(self, verb: Any) -> bool:
        """"offered aircraft for the UN mission": goods sent to a mission support it, no state receives them."""
        return any(
            lemma(t) in self.rules.mission_nouns for prep in self.rules.mission_prepositions for pobj in syntax.preposition_objects(verb, prep) for t in pobj.subtree
        )

    @staticmethod
    def _objects(verb: Any) -> list[Any]:
        """Every direct object ("acquiring Turkish Bayraktar drones" may parse as two), else the passive subject."""
        objects = [_antecedent(c) for c in verb.children if c.dep_ in ("dobj", "obj")]  # "the tanks, which Berlin sold": the tanks
        if not objects:
            passive = syntax.passive_subject(verb)
            objects = [passive] if passive is not None else []
        return objects

    def _under_contract(self, verb: Any, nouns: frozenset[str] | None = None) -> bool:
        """"supply fighters under a contract", "buys tanks in an arms deal", "as part of a 2020 deal":
        an agreement noun (or one of ``nouns``) in a contract phrase on the verb or its goods."""
        nodes = [verb, *self._objects(verb), *(p for prep in self.rules.supply_goods_prepositions for p in grammar.prepositional_objects(verb, {prep}))]
        # "will supply X with tanks, trucks and shells under a 2020 deal": the parser may hang the contract on the last of the goods
        nodes += [c for node in nodes[1:] for c in node.conjuncts if c.i > node.i]
        heads = [p for node in nodes for p in grammar.prepositional_objects(node, self.rules.contract_prepositions)]
        # "as part of the deal": the deal is the share's whole
        shares = [p for node in nodes for p in grammar.prepositional_objects(node, self.rules.share_of_deal_prepositions) if lemma(p) in self.rules.share_of_deal_nouns]
        heads += [p for share in shares for p in grammar.prepositional_objects(share, self.rules.share_of_deal_links)]
        return any(lemma(p) in self.agreement_nouns or lemma(p) in (nouns or ()) for p in heads)

    def _deal_signed_beside(self, verb: Any) -> bool:
        """"will take in six tugs from X, having signed the deal in May", "after signing a contract":
        an agreement signed (or ordered) before, in a clause on the verb, arranges the receipt; one
        still to sign ("once they sign the deal", "before signing it") does not."""
        before = self.rules.signed_before_words
        clauses = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in ("VBD", "VBN") and (c.tag_ == "VBN" or any(m.dep_ == "mark" and m.lower_ in before for m in c.children))]
        clauses += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in before for p in c.children if p.dep_ == "pcomp"]
        return any(lemma(c) in self.rules.ordering_words and any(lemma(o) in self.agreement_nouns for o in self._objects(c)) for c in clauses)

    def _talks(self, token: Any) -> Any | None:
        """The talks a transfer is negotiated in: "Nepal is in discussions with Bhutan on acquiring",
        "deep in negotiations with Egypt about an order"."""
        for node in [token, *syntax.governing_chain(token, limit=3)]:
            for pobj in grammar.prepositional_objects(node, self.rules.talks_prepositions):
                if lemma(pobj) in self.rules.negotiating_words:
                    return pobj
        if token.dep_ == "pobj" and token.head.lower_ in self.rules.goods_talks_prepositions and token.head.head.pos_ in grammar.VERB_TAGS and not self._talks_ended(token.head.head):
            # "talks are continuing on the sale of jets": the talks are the subject of the verb the noun hangs on
            subject, _ = syntax.subject_of(token.head.head)
            if subject is None:  # "talks are stalled on the sale": a passive's subject
                subject = next((c for c in token.head.head.children if c.dep_ == "nsubjpass"), None)
            if subject is not None and lemma(subject) in self.rules.negotiating_words:
                return subject
        return None

    def _talks_ended(self, verb: Any) -> bool:
        """Talks the verb says fell through ("collapsed", "failed"); stalled talks are still held."""
        return lemma(verb) in self.rules.collapsing_verbs and lemma(verb) not in self.rules.stalling_verbs

    def _talks_partners(self, token: Any, index: MentionIndex) -> list[Mention]:
        talks = self._talks(token)
        if talks is None:
            return []
        return [m for pobj in grammar.prepositional_objects(talks, self.rules.talks_partner_prepositions) for m in self.syntax.np_mentions(pobj, index, allow_places=True)]

    def _subject_side(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """Who the verb's subject is: the subject of the main clause for an implicit one ("after
        purchasing systems from Moscow, Belgrade ..."); the quoted speaker's state for "we"."""
        if self._completes_noun(verb):
            return self._noun_side(verb.head, index)  # "its plan to sell", "cancelled a deal to deliver": the plan's owner
        # "Peru signed contracts to buy jets": the signer buys, not the contracts (read as an object controlling the infinitive)
        subject, _ = syntax.subject_of(verb.head if verb.dep_ == "xcomp" and self._purpose_of_a_deal(verb) else verb)
        if subject is None and self._past_marker(verb) is not None:
            # "after buying jets from Moscow, Ankara was expelled": the main clause's subject, passive or not
            main = self._past_marker(verb).head
            subject = syntax.subject_of(main)[0] or syntax.passive_subject(main)
        if subject is None and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in (*grammar.VERB_TAGS, "ADJ"):
            subject, _ = syntax.subject_of(verb.head.head)  # "if Italy pressed on with shipping frigates", "interested in buying"
        if subject is None and verb.dep_ == "xcomp" and verb.head.dep_ == "amod" and verb.head.lower_ in self.rules.readiness_words:
            subject = verb.head.head  # a headline's "Ankara ready to sell drones": the state the adjective qualifies
        if subject is None:
            return []
        side = _officials_as_states(self.syntax.np_mentions(subject, index, deep=True))
        if not grammar.state_codes(side) and subject.pos_ == "PRON" and self._past_marker(verb) is not None:
            # "After it purchased jets from Russia, Algeria ...": the pronoun points ahead to the main subject
            main = self._past_marker(verb).head
            if main.head.pos_ in grammar.VERB_TAGS:
                ahead = syntax.subject_of(main.head)[0] or syntax.passive_subject(main.head)
                side = self.syntax.np_mentions(ahead, index, deep=True) if ahead is not None else []
        if not grammar.state_codes(side) and subject.lower_ in self.first_person:
            side = [m for m in self.syntax.quote_speaker(subject.sent, index) if m.kind in grammar.STATE_KINDS]
        if not grammar.state_codes(side):
            # "the minister said his country was willing to sell": the speaker's state
            speakers = grammar.speakers_country(subject, subject.sent, index, self.syntax, self.words)
            side = [m for m in (replace(m, kind="state") if m.kind == "person" else m for m in speakers) if m.kind in grammar.STATE_KINDS] or side
        return side

    @staticmethod
    def _completes_noun(verb: Any) -> bool:
        """An infinitive on a noun: "a plan to sell", "the deal to deliver"."""
        return verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN" and syntax.to_infinitive(verb)

    def _purpose_of_a_deal(self, verb: Any) -> bool:
        """"Spain cancelled its deal to sell bombs to X": the parser hangs the infinitive that
        completes the deal (or plan, order) on the verb above it, as a purpose (or, "signed
        contracts to buy jets", as its complement)."""
        if verb.dep_ not in ("advcl", "xcomp") or not syntax.to_infinitive(verb):
            return False
        if verb.head.pos_ != "VERB":
            return False
        # "cancelled its deal to sell", "backed out of its agreement to buy", "withdrew from its plan to buy"
        objects = [syntax.direct_object(verb.head)] + [p for prep in verb.head.children if prep.dep_ == "prep" for p in (*grammar.prepositional_objects(prep, {"of"}), *(c for c in prep.children if c.dep_ == "pobj"))]
        return any(obj is not None and obj.i < verb.i and lemma(obj) in self.agreement_nouns | self.rules.intention_nouns | self.rules.order_nouns for obj in objects)

    def _cancels(self, token: Any) -> bool:
        """A cancelling word, or a phrasal one ("call off")."""
        return syntax.in_word_list(token, self.rules.cancelling_words, ("prt", "prep", "advmod"))  # "backed out of", "walked away": the parser may read the particle as a preposition or adverb

    def _cancelling_noun(self, noun: Any) -> Any | None:
        """The noun that calls off the transfer ``noun`` names: "the suspension of deliveries"."""
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        return holder if holder is not None and holder.pos_ == "NOUN" and self._cancels(holder) else None

    def _cancelling_modifier(self, noun: Any) -> Any | None:
        """A word on the transfer noun itself that calls it off: "the frozen sale", "a suspended
        delivery", a headline's "US halt sale of jets" (the parser makes the verb a noun modifier)."""
        for child in noun.children:
            if child.dep_ not in ("amod", "compound") or child.i > noun.i:
                continue
            if child.lower_ in self.rules.cancelled_adjectives or child.pos_ == "NOUN" and self._cancels(child):
                return child
            if child.pos_ == "VERB" and child.tag_ == "VBG" and self._cancels(child):
                return child  # "a decree banning exports of jets": the parser may read the participle as the noun's modifier
        return None

    def _proceeds(self, verb: Any) -> bool:
        """"went ahead with", "pressed ahead with", "proceeded with"."""
        return syntax.in_word_list(verb, self.rules.proceeding_verbs, ("advmod", "prt"))

    def _past_marker(self, verb: Any) -> Any | None:
        """The "after" that makes a verb's clause past: "after purchasing", "since buying"."""
        for node in (verb, verb.head):
            if node.lower_ in self.rules.past_markers and node.dep_ in ("prep", "mark"):
                return node
            for child in node.children:
                # "having bought jets from X, Y ...": the perfect participle's auxiliary
                if (child.dep_ == "mark" or child.dep_ == "aux" and verb.dep_ == "advcl") and child.lower_ in self.rules.past_markers and node.i == verb.i:
                    return child
        return None

    def _licensed(self, noun: Any) -> bool:
        """"licensed production", "licence production" (the parser may make "licensed" a verb over the noun)."""
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound")] + ([noun.head] if noun.dep_ == "dobj" else [])
        return any(lemma(m) in self.rules.licensed_modifiers for m in modifiers)

    def _licence(self, verb: Any) -> Any | None:
        """The licence a verb of making works under: "builds Su-30s under licence"."""
        # "under licence", "under a licence agreement it concluded with a Korean maker"
        return next((p for p in grammar.prepositional_objects(verb, self.rules.contract_prepositions) if lemma(p) in self.rules.licence_nouns or lemma(p) in self.agreement_nouns and any(c.dep_ == "compound" and lemma(c) in self.rules.licence_nouns for c in p.children)), None)

    def _licence_deal(self, licence: Any, verb: Any) -> Any | None:
        """The agreement a licensed production is made under: "under a licence agreement", or a
        deal named beside the licence ("builds jets under licence, under a deal signed in May"), or
        the deal signed for it ("concluded an accord with an Austrian firm to build pistols under licence":
        the licence bought, as a contract for goods is)."""
        if lemma(licence) in self.agreement_nouns:
            return licence
        beside = next((p for p in grammar.prepositional_objects(verb, self.rules.contract_prepositions) if p.i != licence.i and lemma(p) in self.agreement_nouns), None)
        if beside is not None:
            return beside
        deal, signing = self._deal_signed_for(verb)
        return deal if signing is not None and self.syntax.clause_status(signing) in ("occurred", "ongoing") else None

    def _deal_signed_for(self, verb: Any) -> tuple[Any | None, Any | None]:
        """(deal, signing verb) when ``verb`` is what a deal is signed for: "signed a deal with X to
        produce rifles" (the parser hangs the infinitive on the deal or on the verb)."""
        if self._purpose_of_a_deal(verb):
            deal = syntax.direct_object(verb.head)
        elif self._completes_noun(verb) and verb.head.dep_ == "dobj":
            deal = verb.head
        else:
            return None, None
        if deal is None or lemma(deal) not in self.agreement_nouns or deal.head.pos_ != "VERB" or lemma(deal.head) not in self.rules.ordering_words:
            return None, None
        return deal, deal.head

    def _licensors(self, deal: Any, index: MentionIndex) -> list[Mention]:
        """Who a licence agreement is signed with: "the licence agreement it reached with Saab" (on the
        agreement or its participle)."""
        nodes = [deal, *(c for c in deal.children if c.dep_ in ("acl", "relcl"))]
        if deal.dep_ == "dobj":
            nodes.append(deal.head)  # "agreed a contract with Brazil's Embraer to assemble trainers under licence": "with" on the signing verb
        pobjs = [p for node in nodes if node is not None for p in grammar.prepositional_objects(node, self.rules.talks_partner_prepositions)]
        return [m for p in pobjs for m in self.syntax.np_mentions(p, index, deep=True) if m.code and (m.kind in grammar.STATE_KINDS or m.form == "company")]

    def _licence_cue(self, token: Any, index: MentionIndex, equipment: dict[int, EquipmentMention], covered: set[int]) -> TransferCue | None:
        """Licensed production: "Brazil will build Gripen fighters under licence from Sweden", "began
        licensed production of K9 howitzers": the licensee acquires the system from the licensor
        (named "from X", else the system's origin)."""
        if token.pos_ == "VERB":
            heads, side, licence = self._objects(token), self._subject_side(token, index), self._licence(token)
            other = [m for p in grammar.prepositional_objects(licence, set(self.rules.acquire_verb_other)) for m in self.syntax.np_mentions(p, index, allow_places=True)]
            deal = self._licence_deal(licence, token) if licence is not None else None
            if not other and deal is not None and (side or deal.i == licence.i):
                # the licensor the deal is signed with (read only with a licensee named: a sale
                # with one side is no record, and would hide the back-off's reading)
                other = self._licensors(deal, index)
            clause = token
        else:
            heads, side, other = self._all_prepositional_objects(token, self.rules.noun_goods_prepositions), self._noun_side(token, index), []
            deal = None
            clause = syntax.nearest_verb(token) or token
        items = grammar.top_items([i for i in grammar.items_in(heads, equipment) if i.start not in covered])
        if not items:
            return None
        status = self.syntax.clause_status(clause)
        signing = self._deal_signed_for(token)[1] if token.pos_ == "VERB" else None
        if status in ("negated", "hypothetical") or signing is not None and self.syntax.clause_status(signing) in ("negated", "hypothetical"):
            return None  # "did not sign a deal to produce rifles under licence": no licence bought
        if status in ("planned", "intended", "proposed") or token.pos_ == "VERB" and deal is not None:
            stage = "ordered"  # a licence agreed (or production under a licence deal): the system is bought, not yet made
        elif token.pos_ == "NOUN" or status == "ongoing" or token.tag_ in ("VBZ", "VBP", "VBG"):
            stage = "ongoing"  # production under way
        else:
            stage = "delivered"
        return TransferCue(token, "acquire", items, items, side, other, stage)

    def _export_permit_cue(self, noun: Any, index: MentionIndex, equipment: dict[int, EquipmentMention], covered: set[int]) -> TransferCue | None:
        """"Export permits for Lisbon's mortars, destined for Dakar, were withdrawn by the cabinet",
        "approval of re-export licences for rifles to Lima": an export permit for goods clears that sale.
        Granted (or issued), the goods are cleared for export (offered); suspended, revoked or
        cancelled, the sale is called off (cancelled). A permit refused, sought or only talked of
        tells no stage. The supplier is the state that grants or withdraws the permit, else the
        goods' maker; the recipient is where the goods go ("to X", "headed for X", "mounted
        on X's tanks"). Negated, only possible, denied or only demanded, a grant or withdrawal tells
        no stage; its year is its clause's."""
        if not any(c.dep_ in ("compound", "amod") and lemma(c) in self.rules.export_permit_modifiers for c in noun.children):
            return None  # "a building permit", "a licence agreement": not a permit to export
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in self.rules.export_permit_act_links and noun.head.head.pos_ == "NOUN" else None
        # "the renewal of an export licence for mortars": the parser may hang the goods on the act
        # (or, "Brussels froze its export permits for rifles", on the verb of which the permits are the object)
        above = holder if holder is not None else noun.head if noun.dep_ == "dobj" else None
        goods = grammar.prepositional_objects(noun, self.rules.export_permit_goods_prepositions) or (grammar.prepositional_objects(above, self.rules.export_permit_goods_prepositions) if above is not None else [])
        found = self._goods(grammar.items_in(goods, equipment), noun.doc)
        # the goods the permits are for, not goods named in a phrase on them ("sensors fitted to drones")
        named = [m for m in found if any(m.head == g.i for p in goods for g in (p, *p.conjuncts))]
        items = [m for m in (named or grammar.top_items(found)) if m.start not in covered and not self._civilian(m, noun.doc)]
        if not items:
            return None
        governor = holder if holder is not None else syntax.nearest_verb(noun)
        if governor is None:
            return None
        status = self.status(noun)
        if status is None or self.syntax.clause_status(governor) not in ("occurred", "ongoing"):
            return None  # negated, conditional, refused, prohibited; "will not grant", "may grant", "denied it had granted", "urged X to revoke"
        if any(lemma(head) in self.rules.export_permit_doubting_words for head in list(governor.ancestors)[:4]):
            return None  # "denied reports that it had granted permits", "demanded that X revoke them": not done
        if self._cancels(governor) or holder is not None and self._cancelling_noun(noun) is not None:
            stage = status
        elif lemma(governor) in self.rules.permit_granting_words:
            stage = "offered"
        else:
            return None  # "applied for export licences", "refused export licences": no stage
        if stage not in ("cancelled", "offered"):
            return None
        if holder is not None:
            side = self._noun_side(holder, index)
        elif governor.pos_ == "VERB":
            side = self._subject_side(governor, index)
        else:
            side = []
        side = [m for m in side if m.kind in grammar.STATE_KINDS]
        heads = [noun.doc[m.head] for m in items]
        places = [noun, *heads, *(g for p in goods for g in (p, *p.conjuncts)), *([above] if above is not None else [])]
        recipients = self.rules.export_permit_recipient_prepositions
        targets = [p for node in places for p in grammar.prepositional_objects(node, recipients)]
        # "issued export permits for rifles to Lusaka": the parser may read the "to" as a dative
        targets += [p for node in places for c in node.children if c.dep_ == "dative" and c.lower_ in recipients for p in c.children if p.dep_ == "pobj"]
        # "rifles headed for Lima", "gearboxes mounted on a Chilean tank": a participle on the goods
        # (the parser may hang it on the permits)
        clauses = [c for node in (noun, *heads) for c in node.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        targets += [p for clause in clauses for p in grammar.prepositional_objects(clause, self.rules.export_permit_destination_prepositions)]
        sides = set(grammar.state_codes(side))
        other = [m for p in targets for m in self.syntax.np_mentions(p, index, deep=True) if m.kind in grammar.STATE_KINDS and m.code not in sides]
        if not other:
            return None
        return TransferCue(noun, "supply", items, found, side, other, stage, dated=governor)

    def _interest_cue(self, adjective: Any, index: MentionIndex, equipment: dict[int, EquipmentMention], covered: set[int]) -> TransferCue | None:
        """"Hungary is interested in 20 vehicles produced in Serbia": a wish to buy, no buy verb."""
        heads = [p for prep in self.rules.interest_prepositions for p in grammar.prepositional_objects(adjective, {prep})]
        items = grammar.top_items([i for i in grammar.items_in(heads, equipment) if i.start not in covered])
        if not items:
            return None
        clause = adjective.head if adjective.dep_ in ("acomp", "amod", "xcomp", "dobj") else adjective  # "has shown interest in"
        subject, _ = syntax.subject_of(clause)
        side = self.syntax.np_mentions(subject, index, deep=True) if subject is not None else []
        status = self.syntax.clause_status(clause)
        if status in ("negated", "hypothetical") or any(c.dep_ == "neg" or c.lower_ in self.rules.negating_determiners for c in adjective.children):
            return None  # "not interested in the Gripens"
        return TransferCue(adjective, "acquire", items, items, side, self._makers(heads, index), "interest")

    def _goods_suppliers(self, items: list[EquipmentMention], doc: Any, index: MentionIndex) -> list[Mention]:
        """The supplier the goods' own phrase names: "trucks donated by China", "28 Typhoons from Italy"."""
        found = self._participle_suppliers(items, doc, index)
        if not found:
            found = [m for item in items for p in grammar.prepositional_objects(_phrase_head(doc[item.head]), self.rules.acquire_verb_other) for m in self.syntax.np_mentions(p, index, allow_places=True)]
        return found

    def _destination_of_goods(self, participle: Any, index: MentionIndex) -> list[Mention]:
        """Where goods a participle names as given end up: "the second of the boats donated by
        Spain has reached Niger", "trucks donated by Japan are now in Laos", "howitzers sent by
        Serbia were taken into the Army of Chad" (the clause the goods are subject of)."""
        top = participle.head
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ in ("ADJ", "NUM", "NOUN"):
            top = top.head.head  # "the second of the four boats ..."
        if top.dep_ not in ("nsubj", "nsubjpass"):
            return []
        predicate = top.head
        word = lemma(predicate)
        if word in self.rules.arrival_verbs:
            heads = [c for c in predicate.children if c.dep_ in ("dobj", "obj")]
        elif word == "be" or word in self.rules.entering_verbs:
            heads = []
        else:
            return []
        heads += grammar.prepositional_objects(predicate, set(self.rules.entering_prepositions))
        return [m for head in heads for m in self.syntax.np_mentions(head, index, deep=True, allow_places=True) if m.country and (m.kind in grammar.STATE_KINDS or m.sector in _STATE_SECTORS)]

    def _orderers(self, items: list[EquipmentMention], doc: Any, index: MentionIndex) -> list[Mention]:
        """The buyer a participle of ordering on the goods names by its agent: "the second of four
        frigates ordered by the Omani navy" (a state, or its armed force); or the subject of a relative
        clause of ordering on them: "the drones that Niger bought in 2022", "the jets Oman had ordered"."""
        verbs = self.rules.acquire_verbs - self.rules.receiving_verbs
        return self._participle_agents(items, doc, index, verbs) or self._relative_buyers(items, doc, index, verbs)

    def _relative_buyers(self, items: list[EquipmentMention], doc: Any, index: MentionIndex, verbs: frozenset[str]) -> list[Mention]:
        """The states (or their armed forces) that are the subject of a relative clause of one of
        ``verbs`` on the goods ("the frigates that Oman ordered", "that the Omani navy had
        bought"), the clause told as done (not negated, not to come)."""
        clauses = [c for item in items for c in _phrase_head(doc[item.head]).children if c.dep_ == "relcl" and lemma(c) in verbs and _told_as_done(c)]
        subjects = [s for clause in clauses for s in clause.children if s.dep_ == "nsubj"]
        mentions = [m for s in subjects for m in _officials_as_states(self.syntax.np_mentions(s, index, deep=True))]
        return [m for m in mentions if m.country and (m.kind in grammar.STATE_KINDS or m.sector in _STATE_SECTORS)]

    def _receives(self, verb: Any) -> bool:
        """A verb of receipt: "received", "took delivery of", "commissioned"."""
        return lemma(verb) in self.rules.receiving_verbs or self.rules.status_by_verb.get(lemma(verb)) == "delivered"

    def _giver_of_goods(self, items: list[EquipmentMention], doc: Any, index: MentionIndex) -> list[Mention]:
        """The giver a participle on the goods names by its agent: "a frigate donated by the
        Italian navy", "trucks donated by Japan" (a state, or its armed force)."""
        return self._participle_agents(items, doc, index, self.rules.supply_verbs | self.rules.pledging_verbs)

    def _participle_agents(self, items: list[EquipmentMention], doc: Any, index: MentionIndex, verbs: frozenset[str]) -> list[Mention]:
        """The states (or their armed forces) named as the agent of a participle of one of
        ``verbs`` hung on the goods ("frigates ordered by the Omani navy")."""
        clauses = [c for item in items for c in doc[item.head].children if c.dep_ == "acl" and lemma(c) in verbs]
        agents = [p for clause in clauses for agent in clause.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]
        # "helicopters donated by King Abdullah": a head of state or official gives for his state
        return [m for p in agents for m in _officials_as_states(self.syntax.np_mentions(p, index, deep=True)) if m.country and (m.kind in grammar.STATE_KINDS or m.sector in _STATE_SECTORS)]

    def _participle_suppliers(self, items: list[EquipmentMention], doc: Any, index: MentionIndex) -> list[Mention]:
        """The supplier a participle on the goods names: "trucks donated by China" (the agent of
        a supply or pledging verb), "frigates bought from Italy" ("from" on an acquire verb)."""
        found: list[Mention] = []
        for item in items:
            # "jeeps and other vehicles gifted by Japan": the participle may hang on a conjunct;
            # "three patrol boats, used vessels purchased from Norway": or on an apposition
            head = doc[item.head]
            renamings = [c for c in head.children if c.dep_ == "appos"]
            if head.dep_ == "dobj":
                renamings += [c for c in head.head.children if c.dep_ == "dobj" and c.i > head.i]  # the parser may read it as a second object
            for clause in (c for node in (head, *head.conjuncts, *renamings) for c in node.children if c.dep_ == "acl"):
                word = lemma(clause)
                if word in self.rules.supply_verbs or word in self.rules.pledging_verbs:  # "tanks promised by Germany"
                    pobjs = [p for agent in clause.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]
                elif word in self.rules.acquire_verbs:
                    pobjs = [p for prep in self.rules.acquire_verb_other for p in syntax.preposition_objects(clause, prep)]
                else:
                    continue
                found.extend(m for p in pobjs for m in self.syntax.np_mentions(p, index, allow_places=True))
        return found

    def _request_cue(self, verb: Any, index: MentionIndex, equipment: dict[int, EquipmentMention]) -> TransferCue | None:
        """"Kyiv asked Berlin for two Patriot systems", "requested howitzers from France": the
        asker's interest in goods from the state asked."""
        heads = [p for prep in self.rules.asked_goods_prepositions for p in syntax.preposition_objects(verb, prep)]
        obj = syntax.direct_object(verb)
        asked: list[Mention] = []
        if obj is not None:
            if index.at(obj.i) is not None:
                asked.extend(self.syntax.np_mentions(obj, index))  # "asked Berlin for"
            else:
                heads.append(obj)  # "requested howitzers"
        # the goods asked for are the phrase itself, not something in a clause on it
        # ("requested talks to review missile defence" asks for no missile defence)
        phrases = {t.i for head in heads for t in (head, *head.conjuncts)}
        items = grammar.top_items([m for m in grammar.items_in(heads, equipment) if m.head in phrases or verb.doc[m.head].head.i in phrases and verb.doc[m.head].dep_ == "compound"])
        if not items:
            return None
        side = self._subject_side(verb, index)
        if any(set(grammar.state_codes(self._helped(verb.doc[item.head], index))) - set(grammar.state_codes(side)) for item in items):
            return None  # "asked Congress for an aid package to help Israel": the asker's offer, told by the noun
        asked.extend(m for prep in self.rules.asked_state_prepositions for p in syntax.preposition_objects(verb, prep) for m in self.syntax.np_mentions(p, index))
        status = self.syntax.clause_status(verb)
        if status in ("negated", "hypothetical"):
            return None
        if any(lemma(head) in self.syntax.lexicon.denial_words for head in _heads(verb, 3)):
            return None  # "denied claims that Accra sought helicopters from Paris"
        return TransferCue(verb, "acquire", items, items, side, asked, "interest")

    def _makers(self, heads: list[Any], index: MentionIndex) -> list[Mention]:
        """The state that makes the goods: "vehicles produced in Serbia", "a howitzer which Serbia
        produces (with a company)" – named ahead of the maker's home country."""
        found: list[Mention] = []
        for head in heads:
            for clause in (c for t in head.subtree for c in t.children if c.dep_ in ("acl", "relcl") and lemma(c) in self.rules.origin_participles):
                if clause.dep_ == "relcl":
                    subject, _ = syntax.subject_of(clause)
                    if subject is not None:
                        found.extend(m for m in self.syntax.np_mentions(subject, index) if m.kind == "state")
                for pobj in grammar.prepositional_objects(clause, self.rules.origin_prepositions) + [
                    p for agent in clause.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"
                ]:
                    # "made by Germany's KMW": a maker the gazetteer does not know, named with its state
                    for node in (pobj, *(c for c in pobj.children if c.dep_ == "poss")):
                        found.extend(m for m in self.syntax.np_mentions(node, index, allow_places=True) if m.kind == "state" or m.is_place)
        return found

    def _maker_companies(self, heads: list[Any], index: MentionIndex) -> list[Mention]:
        """The companies (with a home state) a participle of making on the goods names: "howitzers
        built by Denel", "drones made by Baykar"."""
        found: list[Mention] = []
        for head in heads:
            for clause in (c for c in head.children if c.dep_ == "acl" and lemma(c) in self.rules.origin_participles):
                agents = [p for agent in clause.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]
                found.extend(m for p in agents for m in self.syntax.np_mentions(p, index, deep=True) if m.form == "company" and m.country)
        return found

    def _supplied(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """The recipient of a supply verb without "to X": "gave Ukraine ...", "supply Serbia with ..."."""
        other: list[Mention] = []
        for child in verb.children:
            if child.dep_ in ("dative", "iobj"):
                other.extend(self.syntax.np_mentions(child, index))
        obj = syntax.direct_object(verb)
        if obj is not None and index.at(obj.i) is not None:
            # a state supplied with goods; not goods the resolver takes for a group ("14 fighters")
            other.extend(m for m in self.syntax.np_mentions(obj, index) if m.kind in grammar.STATE_KINDS)
        if not other and obj is not None:
            # "gave Ukraine 14 jets": the parser may read the first object as a modifier of the second
            first = [c for c in obj.children if c.dep_ == "nmod" and c.i < obj.i and c.i == obj.left_edge.i]
            other.extend(m for c in first if (m := index.at(c.i)) is not None and m.kind == "state" and m.form in ("name", "capital"))  # "lend Kyiv 40 missiles"
        if not other and obj is not None:
            # "offered the Chilean navy six frigates": a state or its armed force named
            # inside the object, right before the count
            doc = obj.doc
            other.extend(
                m for m in index.in_range(obj.left_edge.i, obj.i)
                if m.end < len(doc) and doc[m.end].like_num and m.country and (m.kind == "state" and not m.is_place or m.kind == "organization" and m.sector in _STATE_SECTORS)
            )
        return other

    def _arrival_cue(self, verb: Any, index: MentionIndex, equipment: dict[int, EquipmentMention]) -> TransferCue | None:
        """"A third shipment of howitzers has reached Ghana from Brazil"."""
        subject, _ = syntax.subject_of(verb)
        subtree = list(subject.subtree) if subject is not None else []
        items = grammar.top_items(grammar.distinct([m for t in subtree if (m := equipment.get(t.i)) is not None]))
        if not items:
            return None
        side = self._mentions_after(verb, self.rules.arrival_recipient_prepositions, index)
        other = self._mentions_after(verb, self.rules.arrival_supplier_prepositions, index)
        other = other or [m for p in self._goods_sources(verb) for m in self.syntax.np_mentions(p, index, allow_places=True)]
        shows = [p for t in verb.subtree if t.dep_ == "prep" and t.lower_ in self.rules.mission_prepositions for p in t.children if p.dep_ == "pobj"]
        if any(lemma(t) in self.rules.mission_nouns for p in shows for t in p.subtree):
            return None  # "tanks from X arrived in Minsk for the parade": shown, not handed over
        status = None if self.syntax.clause_status(verb) in ("negated", "hypothetical") else "delivered"
        return TransferCue(verb, "acquire", items, items, side, other, status)

    def _noun_cue(self, noun: Any, index: MentionIndex, equipment: dict[int, EquipmentMention], covered: set[int]) -> TransferCue | None:
        """"the sale of F-16s to Argentina", "took delivery of", "secured a contract from Chile"."""
        document = self._request_document(noun)
        word = lemma(noun) if document is None else lemma(document)
        if word in self.rules.option_nouns and not (noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" and self._verb_key(noun.head) in self.rules.exercising_verbs):
            return None  # "holds an option on 6 more ships": held, not taken up
        if noun.dep_ == "compound" and lemma(noun.head) in self.agreement_nouns:
            return None  # "a joint procurement agreement": the agreement's subject, no transfer yet
        direction = "acquire" if word in self.rules.acquire_nouns else "supply"
        won = word in self.rules.acquire_nouns and lemma(noun.head) in self.rules.winning_verbs
        if won:
            direction = "supply"  # "secured a contract from Chile": the subject sells
        elif lemma(noun.head) in self.rules.receiving_verbs and noun.dep_ == "dobj":
            direction = "acquire"  # "took delivery of": the subject receives (not "the handover took place")
        items = [i for i in self._noun_items(noun, equipment) if i.start not in covered]
        if not items:
            return None
        if direction == "supply" and self._crews_among(self._all_prepositional_objects(noun, self.rules.noun_goods_prepositions)):
            return None  # "the airlift of troops and equipment to Chad": forces deployed
        helped = self._helped(noun, index) if direction == "supply" else []
        if all(item.head == noun.i for item in items) and not self._gives_goods(noun) and not helped:
            return None  # "a scheme to organise defence assistance": no one gives or gets it
        if direction == "acquire":
            # "a request to Rome for helicopters": the state asked supplies
            other_prepositions = self.rules.acquire_noun_other | set(self.rules.asked_state_prepositions) if word in self.rules.request_nouns else self.rules.acquire_noun_other
        else:
            other_prepositions = self.rules.won_noun_other if won else self.rules.supply_noun_other
        other = [m for pobj in self._all_prepositional_objects(noun, other_prepositions) for m in self.syntax.np_mentions(pobj, index, allow_places=True) or self._leaders(pobj, index)]
        if not other and direction == "acquire":
            # "the contract for two corvettes being built in Spain": the maker's state sells
            other = self._goods_suppliers(items, noun.doc, index) or self._makers([noun.doc[item.head] for item in items], index)
        if not other and direction == "supply":
            # "the sale of corvettes to Riyadh": the parser may hang "to X" on the goods
            goods = self._all_prepositional_objects(noun, self.rules.noun_goods_prepositions)
            other = [m for head in goods for pobj in self._all_prepositional_objects(head, other_prepositions) for m in self.syntax.np_mentions(pobj, index, allow_places=True)]
        if not other and direction == "supply":
            other = self._buyers_of_goods(noun, index)  # "halted the delivery of jets that Egypt ordered"
        if not other:
            other = helped  # "proposed a military aid package to help Jordan defend itself"
        if not other:
            other = self._talks_partners(noun, index)  # "in negotiations with Egypt about an order of"
        holder = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" else None
        if not other and holder is not None:
            # "suspended its sale of tanks to Saudi Arabia", "notified Congress of a sale of
            # missiles to Kuwait": the parser may hang "to X" on the verb
            # (as a preposition or, "suspended the delivery of bombs to Israel", as a dative)
            pobjs = self._all_prepositional_objects(holder, other_prepositions) + [p for c in holder.children if c.dep_ == "dative" and c.lower_ in other_prepositions for p in c.children if p.dep_ == "pobj"]
            if word in self.rules.request_nouns:
                pobjs += [c for c in holder.children if c.dep_ == "dative" and c.pos_ == "PROPN"]  # "sent Washington a request": the state asked
            other = [m for pobj in pobjs if pobj.i != noun.i for m in self.syntax.np_mentions(pobj, index, allow_places=True)]
        if not other and direction == "supply":
            other = self._asker(noun, index)  # "Manila pressed Canberra to hurry the shipments"
        status = self.status(noun.head if noun.head.pos_ == "VERB" else noun)
        if status is None and word in self.rules.supply_nouns and self._opposed_sale_of_another(noun, index):
            status = "offered"  # a sale owned by one state and opposed by another: the seller's sale stands, no stage told
        if status is None and word in self.rules.supply_nouns and noun.dep_ == "pobj" and self._names_approval(noun.head.head) and self._opposed_sale_of_another(noun.head.head, index):
            status = "offered"  # a sale that is the "of" phrase of an approval another state opposes: cleared for export
        if word in self.rules.supply_nouns and status not in (None, "cancelled"):
            status = self._stage_from_predicate(noun, status)
        if word in self.rules.supply_nouns and self._called_off_by_adjective(noun):
            status = "cancelled"  # "the planned sale of jets was frozen"
        if status is not None and self._cancelling_modifier(noun) is not None:
            # "the frozen sale of jets": called off as told; "demands US halt sale": asked, still on offer
            asked = any(lemma(head) in self.rules.requesting_words for head in syntax.governing_chain(noun, limit=3))
            status = "offered" if asked else "cancelled"
        if status in ("delivered", "ongoing") and word in self.rules.supply_nouns and self._talked_about(noun):
            status = "offered"  # "warned Seoul of the sale of missiles": talked about, no stage told
        if status in ("delivered", "ongoing") and (word in self.agreement_nouns or word in self.rules.order_nouns):
            status = "ordered"  # a contract, deal or order for goods is an order
        if status in ("delivered", "ongoing") and word in self.rules.supply_nouns and noun.head.pos_ == "VERB" and lemma(noun.head) in self.rules.ordering_words:
            status = "ordered"  # "France's sale of fighters to Serbia was signed": the sale contracted
        if status not in (None, "cancelled") and word in self.rules.supply_nouns and self._under_an_agreement(noun):
            status = "ordered"  # "the agreement calls for the delivery of 12 jets": contracted
        if status in ("delivered", "ongoing", "interest") and helped and other is helped:
            status = "offered"  # a package meant to help a state, asked for or prepared: put forward, not sent
        if status not in (None, "cancelled", "negotiating") and word in self.rules.supply_nouns and any({lemma(c), c.lower_} & (self.rules.wish_modifiers | self.rules.offering_governors) for c in noun.children if c.dep_ == "amod"):
            status = "offered"  # "cleared a possible sale of helicopters", "a newly approved package": cleared for export, not sold (talks on a possible sale stay talks)
        if status in ("delivered", "ongoing") and word in self.rules.supply_nouns and lemma(syntax.nearest_verb(noun) or noun) in self.rules.offering_governors:
            status = "offered"  # "approved the sale of jets to Kuwait", "announced a military aid package": pledged, not sent
        if status not in (None, "cancelled") and word in self.rules.supply_nouns and noun.dep_ == "pobj" and self._approving(noun.head.head):
            status = "offered"  # "its approval for the export of rifles to Chad": cleared for export, not sold
        if status == "delivered" and lemma(noun.head) in self.rules.continuing_verbs:
            status = "ongoing"  # "continued its military assistance to Jordan": still under way
        if status == "delivered" and any(c.dep_ == "amod" and c.lower_ in self.rules.ongoing_modifiers for c in noun.children):
            status = "ongoing"  # "is continuing deliveries" read as a modifier, "the ongoing shipments of shells"
        if status == "ongoing" and word in self.rules.supply_nouns and noun.dep_ == "dobj" and syntax.in_word_list(noun.head, self.rules.completing_verbs) and noun.head.tag_ != "VBG":
            status = "delivered"  # a headline's "Norway completes delivery of jets": done, told in the present
        if status == "delivered" and word in self.rules.supply_nouns and noun.dep_ == "dobj" and lemma(noun.head) in self.rules.beginning_verbs:
            status = "ongoing"  # "began deliveries of tanks to Poland": under way
        if word in self.rules.supply_nouns and noun.dep_ == "dobj" and syntax.in_word_list(noun.head, self.rules.completing_verbs) and self.syntax.clause_status(noun.head) == "planned":
            status = "ongoing"  # "will finish deliveries of the last frigates next year": begun, still going on
        if status is not None and lemma(noun.head) in self.rules.accelerating_verbs:
            status = "ongoing"  # "pressed Canberra to hurry the shipments": they are under way
        if direction == "supply" and status == "interest":
            status = "offered"  # "promised to continue arms supplies to Mozambique": the supplier's pledge
        if status not in (None, "cancelled") and word in self.rules.offer_nouns:
            status = "offered"  # "Moscow's offer of fighters to Jakarta": put forward, whatever the verb above
        if status not in (None, "cancelled") and word in self.rules.request_nouns:
            # "Lima's request for jets from Madrid": wanted; a request the supplier approves is an offer
            status = "offered" if lemma(syntax.nearest_verb(noun) or noun) in self.rules.offering_governors else "interest"
        if word in self.rules.offer_nouns | self.rules.request_nouns and self._refuses(syntax.nearest_verb(noun) or noun):
            status = None  # "Berlin rejected Kyiv's request for missiles": an intent turned down
        if word in self.rules.offer_nouns | self.rules.request_nouns and self._request_blocked(noun):
            status = None  # "Washington blocked Lima's request for jets": refused before any order
        if status == "delivered" and word in self.rules.acquire_nouns and not self._tells_receipt(noun):
            status = "ordered"  # "fostered ... Japanese purchases of US equipment": bought, no delivery told
        side = self._noun_side(noun, index)
        if direction == "supply" and not grammar.state_codes(side):
            # "approved the export to X of howitzers built by Denel": the maker's state supplies
            side = self._maker_companies([noun.doc[item.head] for item in items], index) or side
        if direction == "acquire" and _companies_only(side) and grammar.state_codes(other) and not any(m.form == "company" for m in other):
            # "Naval Group signed a contract with Brazil for submarines": a maker that signs for its
            # goods sells them; the state it signs with buys
            side, other = other, side
        if direction == "acquire" and not other:
            # "a contract for 30 howitzers was signed by Romania's ministry and Korea's Hanwha", "the
            # Greek air force and the French maker Dassault signed the contract": the maker among
            # the signers sells, the other signer buys
            side, other = _buyer_and_maker(side, _origin_codes(items))
        if direction == "supply" and status not in (None, "cancelled") and self._talked_over_by_others(noun, items, side):
            # "Tokyo and Canberra talked about the sale of Chinese drones to Iran": the talkers are
            # not the seller (the goods' maker is); talked about, no stage told
            side, status = [], "offered"
        discussed = self._discussed_between(noun, items, other, index) if status not in (None, "cancelled") else None
        if discussed is not None:
            # "India and Russia discussed the supply of S-400s": the two sides talk it over
            suppliers, recipients = discussed
            side, other = (suppliers, recipients) if direction == "supply" else (recipients, suppliers)
            status = "negotiating"
        if direction == "supply" and status == "cancelled":
            side = self._seller_of_a_blocked_sale(noun, items, side, index)
        if direction == "acquire" and not grammar.state_codes(side):
            # "the contract for the delivery of 36 jets to India": the recipient an inner supply noun names
            inner = [p for p in self._all_prepositional_objects(noun, self.rules.noun_goods_prepositions) if lemma(p) in self.rules.supply_nouns]
            side = [m for p in inner for pobj in self._all_prepositional_objects(p, self.rules.supply_noun_other) for m in self.syntax.np_mentions(pobj, index, allow_places=True)]
        return TransferCue(noun, direction, items, items, side, other, status)

    def _goods_talks_cue(self, talks: Any, index: MentionIndex, equipment: dict[int, EquipmentMention], covered: set[int]) -> TransferCue | None:
        """"Peru is in talks with Seoul over K2 tanks", "negotiations between Lima and Seoul
        about buying howitzers resumed", "negotiations with Oslo over a contract for frigates": talks whose
        topic is goods, or a transfer noun for goods, between a buyer and a
        seller are the transfer negotiated. The seller is the side the goods come from, else the
        side talked with; the buyer the side a sale goes to, else the other. None when the sides
        are not both named or the talks are told not to be held."""
        topics = [t for p in grammar.prepositional_objects(talks, set(self.rules.goods_talks_prepositions)) for t in (p, *p.conjuncts)]
        items: list[EquipmentMention] = []
        named_buyers: list[Mention] = []
        for topic in topics:
            if self._transfer_noun(topic):
                items += self._noun_items(topic, equipment)
                named_buyers += [m for p in self._all_prepositional_objects(topic, self.rules.supply_noun_other) for m in self.syntax.np_mentions(p, index, allow_places=True)]
            else:
                items += [m for m in grammar.items_in([topic], equipment) if m.head == topic.i or _phrase_head(topic.doc[m.head]).i == topic.i]
        items = [i for i in grammar.top_items(self._goods(grammar.distinct(items), talks.doc)) if i.start not in covered]
        # "talks on the missiles Ankara already owns": goods the buyer holds are not sold in the talks
        items = [i for i in items if not any(c.dep_ == "relcl" and ({lemma(c)} | {a.lower_ for a in c.children if a.dep_ == "advmod"}) & self.rules.held_goods_verbs for c in _phrase_head(talks.doc[i.head]).children)]
        if not items:
            return None
        verb = syntax.nearest_verb(talks)
        if verb is None or self.syntax.clause_status(verb) in ("negated", "hypothetical") or self._talks_ended(verb):
            return None  # "there were no talks on jets", "talks on the sale collapsed"
        partners = [m for p in grammar.prepositional_objects(talks, self.rules.talks_partner_prepositions) for m in self.syntax.np_mentions(p, index, allow_places=True)]
        holders = self._subject_side(verb, index)
        sides = [m for m in holders + partners if m.kind in grammar.STATE_KINDS or m.country]
        codes = set(grammar.state_codes(sides))
        origins = _origin_codes(items)
        buyer_codes = set(grammar.state_codes(named_buyers))
        if len(codes) < 2 and not (buyer_codes and codes - buyer_codes):
            return None  # one side alone ("officials held talks on the sale")
        if buyer_codes:
            sellers, buyers = [m for m in sides if m.code not in buyer_codes], named_buyers
        elif origins & codes:
            sellers, buyers = [m for m in sides if m.code in origins], [m for m in sides if m.code not in origins]
        elif partners and holders and not origins:
            sellers, buyers = partners, holders  # "Lima is in talks with Seoul over tanks": the buyer seeks the seller
        else:
            return None  # "Lima and Santiago are in talks on Russian jets": who sells is not told
        return TransferCue(talks, "supply", items, items, sellers, buyers, "negotiating")

    def _seller_of_a_blocked_sale(self, noun: Any, items: list[EquipmentMention], side: list[Mention], index: MentionIndex) -> list[Mention]:
        """Who sells goods whose sale a state blocks: the seller the phrase names ("the
        export of tanks by Spain ... was blocked by Berlin", the parser hanging "by" on the
        goods), else, when the blocker made none of the goods, their maker ("Washington blocked the
        sale of Israeli-made drones to Ecuador": the Israeli sale, stopped); else the blocker, who
        calls off its own sale ("Ottawa blocked the sale of Canadian-made armoured vehicles")."""
        governor = syntax.nearest_verb(noun)
        if governor is None or lemma(governor) not in self.rules.blocking_words:
            return side
        phrases = [noun, *(_phrase_head(noun.doc[item.head]) for item in items)]
        named = [m for head in phrases for p in self._all_prepositional_objects(head, self.rules.noun_agent_prepositions) for m in self.syntax.np_mentions(p, index) if m.kind in grammar.STATE_KINDS]
        if grammar.state_codes(named):
            return named
        origins = _origin_codes(items)
        if origins and not origins & set(grammar.state_codes(side)):
            return []  # the goods' maker supplies (the agentless reading of the noun)
        return side

    def _talked_over_by_others(self, noun: Any, items: list[EquipmentMention], side: list[Mention]) -> bool:
        """Whether the states that talk about a supply noun ("discussed the sale", "talked about
        the delivery") cannot be its seller: the goods come from another state."""
        governor = syntax.nearest_verb(noun)
        talking = self.rules.negotiating_words | self.rules.discussing_verbs | self.rules.stance_verbs
        if governor is None or lemma(governor) not in talking or noun.head.i != governor.i and noun.head.lower_ not in self.rules.topic_prepositions:
            return False
        origins = _origin_codes(items)
        codes = set(grammar.state_codes(side))
        return bool(origins and codes) and not codes & origins

    def _discussed_between(self, noun: Any, items: list[EquipmentMention], other: list[Mention], index: MentionIndex) -> tuple[list[Mention], list[Mention]] | None:
        """(suppliers, recipients) when the states that discuss a transfer noun are its two sides:
        "Israel and India discussed the sale of Heron drones", "Russia discussed with Egypt the
        supply of Su-35s" (the subject and "with X"); the supplier is the one the goods come from.
        None when a side is missing or someone else talks about it ("officials discussed the sale");
        the noun may be what the talks are over ("has held talks with Seoul over buying ...")."""
        over = noun.dep_ == "pobj" and noun.head.lower_ in self.rules.goods_talks_prepositions
        verb = noun.head.head if over else noun.head
        if noun.dep_ != "dobj" and not over or verb.pos_ != "VERB" or lemma(verb) not in self.rules.discussing_verbs:
            return None
        subject, _ = syntax.subject_of(verb)
        heads = ([subject] if subject is not None else []) + grammar.prepositional_objects(verb, self.rules.talks_partner_prepositions)
        parties = [m for head in heads for m in self.syntax.np_mentions(head, index, deep=True) if m.kind in grammar.STATE_KINDS]
        codes = set(grammar.state_codes(parties))
        origins = _origin_codes(items)
        suppliers = [m for m in parties if m.code in origins]
        recipients = [m for m in parties if m.code not in origins]
        if len(codes) < 2 or not suppliers or not recipients:
            return None
        if not set(grammar.state_codes(other)) <= codes:
            return None  # "Beijing and Moscow discussed the sale of F-16s to Taiwan": talked about by others
        return suppliers, recipients

    def _helped(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """"a military aid package to help Israel defend itself", "an assistance package to assist
        Belarus": the states a package is meant to help (the object of the purpose, or the subject
        of the clause under it)."""
        found: list[Mention] = []
        # the parser may hang the purpose on the verb whose object the package is
        clauses = [*noun.children, *(noun.head.children if noun.dep_ == "dobj" else ())]
        purposes = [c for c in clauses if c.dep_ in ("acl", "relcl", "advcl") and lemma(c) in self.rules.purpose_verbs and syntax.to_infinitive(c)]
        for purpose in purposes:
            helped = [c for c in purpose.children if c.dep_ in ("dobj", "obj")]
            helped += [s for clause in purpose.children if clause.dep_ in ("ccomp", "xcomp") for s in clause.children if s.dep_ == "nsubj"]
            found.extend(m for head in helped for m in self.syntax.np_mentions(head, index) if m.kind in grammar.STATE_KINDS)
        return found

    def _under_an_agreement(self, noun: Any) -> bool:
        """A transfer noun an agreement provides for: the subject of the verb over it is a
        contract or deal ("the deal provides for the supply of tanks")."""
        governor = syntax.nearest_verb(noun)
        subject, _ = syntax.subject_of(governor) if governor is not None else (None, False)
        return subject is not None and lemma(subject) in self.agreement_nouns

    def _opposed_sale_of_another(self, noun: Any, index: MentionIndex) -> bool:
        """A supply noun under a verb that opposes it, naming a seller of its own that is not the
        opposer (a possessive or modifier state: "Lima condemned Madrid's frigate sale")."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or lemma(verb) not in self.rules.prohibiting_words:
            return False
        named = [m for c in noun.children if c.dep_ in ("poss", "amod", "compound") and c.pos_ != "PRON" for m in self.syntax.np_mentions(c, index) if m.kind in grammar.STATE_KINDS]
        # a passive with two "by" phrases, the seller's on the sale and the opposer's on the verb
        named += [m for pobj in self._all_prepositional_objects(noun, ("by",)) for m in self.syntax.np_mentions(pobj, index) if m.kind in grammar.STATE_KINDS]
        if noun.dep_ == "dobj":
            subject, _ = syntax.subject_of(verb)
            opposer_heads = [subject] if subject is not None else []
        else:
            opposer_heads = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        opposers = {m.code for head in opposer_heads for m in self.syntax.np_mentions(head, index)}
        return any(m.code not in opposers for m in named)

    def _predicate(self, noun: Any) -> Any | None:
        """The verb a transfer noun is the subject or object of ("the sale angered X", "postponed the delivery")."""
        if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ == "VERB":
            return noun.head
        return None

    def _stage_from_predicate(self, noun: Any, status: str) -> str:
        """A supply noun takes its stage from the verb it is the subject or object of: a verb that
        only reacts to it or talks about it tells no stage (offered at most); a postponed one stays
        at its stage (a delivery presupposes a deal: ordered; a sale: offered)."""
        verb = self._predicate(noun)
        if verb is None:
            return status
        if syntax.in_word_list(verb, self.rules.stance_verbs):
            return "offered" if status in ("delivered", "ongoing", "ordered") else status
        if syntax.in_word_list(verb, self.rules.postponing_verbs) and status in ("delivered", "ongoing"):
            return "ordered" if lemma(noun) in self.rules.contracted_supply_nouns else "offered"
        return status

    def _called_off_by_adjective(self, noun: Any) -> bool:
        """"the planned sale was frozen": the parser may read the participle as an adjective on "be"."""
        if noun.dep_ != "nsubj" or lemma(noun.head) != "be":
            return False
        return any(c.dep_ == "acomp" and c.lower_ in self.rules.cancelled_adjectives and not any(n.dep_ == "neg" for n in noun.head.children) for c in noun.head.children)

    def _talked_about(self, noun: Any) -> bool:
        """"warned Seoul of the sale", "complained about the shipment": a supply noun only
        spoken of by a verb that is no transfer word."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in self.rules.topic_prepositions:
            return False
        verb = noun.head.head
        return verb.pos_ == "VERB" and lemma(verb) not in self.rules.verbs and lemma(verb) not in self.rules.receiving_verbs and lemma(verb) not in self.rules.status_by_verb

    def _urged(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """"pressed Canberra to hurry the shipments": the state asked to act is the one the
        transfer noun's clause is about (the object of the asking verb)."""
        governor = syntax.nearest_verb(noun)
        if governor is None or governor.dep_ != "xcomp" or lemma(governor.head) not in self.rules.requesting_words:
            return []
        obj = syntax.direct_object(governor.head)
        urged = [obj] if obj is not None else grammar.prepositional_objects(governor.head, self.rules.urged_prepositions)  # "called on Washington to"
        return [m for head in urged for m in self.syntax.np_mentions(head, index) if m.kind in grammar.STATE_KINDS]

    def _asker(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """Who asks a state to supply: the subject of the asking verb over the noun's clause."""
        governor = syntax.nearest_verb(noun)
        if governor is None or governor.dep_ != "xcomp" or lemma(governor.head) not in self.rules.requesting_words:
            return []
        subject, _ = syntax.subject_of(governor.head)
        return self.syntax.np_mentions(subject, index, deep=True) if subject is not None else []

    def _makers_involved(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """"sanctions on US companies involved in a package of missiles for Taiwan": the state
        of the companies that take part in a sale is its seller."""
        if noun.dep_ != "pobj" or lemma(noun) not in self.rules.supply_nouns:
            return []
        clause = noun.head.head
        if clause.dep_ != "acl" or lemma(clause.head) not in self.company_nouns:
            return []
        found = [m for c in clause.head.children if c.dep_ in ("amod", "compound", "poss") for m in self.syntax.np_mentions(c, index)]
        found = found or [m for m in self.syntax.np_mentions(clause.head, index) if m.form != "company"]  # "US defence companies" read as one institution
        return [replace(m, kind="state") for m in found if m.country and m.kind in grammar.STATE_KINDS]

    def _gives_goods(self, noun: Any) -> bool:
        """Whether the verb over a noun that is itself the goods ("military aid") tells it given,
        pledged, continued or cut: "pledged to keep up defence assistance to Malawi"."""
        if self._cancelling_noun(noun) is not None:
            return True  # "the suspension of the arms sale to X": a named sale called off
        verb = syntax.nearest_verb(noun)
        return verb is not None and lemma(verb) in self.rules.verbs | self.rules.continuing_verbs | self.rules.pledging_verbs | self.rules.cancelling_words

    def _tells_receipt(self, noun: Any) -> bool:
        """Whether the verb over a purchase noun tells the goods' receipt ("received the
        purchase"), not some other act about it."""
        verb = noun.head if noun.head.pos_ == "VERB" else syntax.nearest_verb(noun)
        return verb is not None and (lemma(verb) in self.rules.receiving_verbs or self.rules.status_by_verb.get(lemma(verb)) == "delivered")

    def _noun_items(self, noun: Any, equipment: dict[int, EquipmentMention]) -> list[EquipmentMention]:
        items = self.items_of_noun(noun, equipment)
        holder = _holding_verb(noun)
        if not items and holder is not None:
            # "signed a contract with Naval Group for two submarines", "pulled out of its order for
            # 11 fighters": the parser may hang the "for" phrase on the verb
            pobjs = [p for prep in self.rules.verb_goods_prepositions for p in syntax.preposition_objects(holder, prep)]
            items = grammar.top_items(grammar.distinct([m for p in pobjs for t in p.subtree if (m := equipment.get(t.i)) is not None]))
        return items

    def _noun_side(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """Whose purchase or sale it is: "Poland's purchase", "the sale by France", else the
        subject of the verb above ("Poland signed a contract ...")."""
        urged = self._urged(noun, index)
        side: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ == "PRON" and urged:
                continue  # "urged Paris to scrap its planned sale": "its" is the state urged
            if child.dep_ == "poss" and child.pos_ == "PRON" and noun.dep_ == "dobj" and self._clause_subject_states(noun.head, index):
                side.extend(self._clause_subject_states(noun.head, index))  # "Washington should scrap its plans": its = the subject's
                continue
            if child.dep_ == "compound" and noun.pos_ == "PROPN":
                continue  # "a Foreign Military Sale": the words of the programme's name, no party
            if child.dep_ == "poss" or (child.dep_ in ("amod", "compound") and index.at(child.i)):
                side.extend(self.syntax.np_mentions(child, index))
            if child.dep_ == "prep" and child.lower_ in self.rules.noun_agent_prepositions:
                for pobj in child.children:
                    side.extend(self.syntax.np_mentions(pobj, index))
        if not side and lemma(noun) in self.rules.supply_nouns:
            # "the transfer of F-16s from Denmark to Ukraine": the source of a supply is its supplier
            # (the parser may hang "from X" on the goods)
            heads = [noun, *self._all_prepositional_objects(noun, self.rules.noun_goods_prepositions)]
            side.extend(m for head in heads for p in self._all_prepositional_objects(head, set(self.rules.acquire_verb_other)) for m in self.syntax.np_mentions(p, index) if m.kind in grammar.STATE_KINDS)
        # "the sale of tanks to Qatar, which Germany approved": who approved it makes it (the
        # parser may hang the clause on the phrase's last noun)
        phrase = [noun, *(p for prep in noun.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")]
        for owner in phrase:
            for clause in (c for c in owner.children if c.dep_ == "relcl" and (owner.i == noun.i or lemma(c) in self.rules.pledging_verbs | self.rules.ordering_words) and not (owner.i != noun.i and self._acquires(c))):
                subject, _ = syntax.subject_of(clause)
                if subject is not None and subject.i != owner.i:
                    side.extend(m for m in self.syntax.np_mentions(subject, index) if m.kind in grammar.STATE_KINDS)
        if side:
            return side
        if urged:
            return urged
        makers = self._makers_involved(noun, index)
        if makers:
            return makers
        governor = syntax.nearest_verb(noun)
        if governor is not None and lemma(governor) in self.rules.requesting_words and self._cancelling_noun(noun) is not None:
            return []  # "Beijing demanded the cancellation of the sale": who asks is not the seller
        canceller = self._cancelling_noun(noun)
        if canceller is not None:
            # "the suspension of the sale of jets by Madrid": who calls off a sale is its seller
            named = [m for c in canceller.children if c.dep_ == "poss" and c.pos_ != "PRON" for m in self.syntax.np_mentions(c, index)]
            named += [m for p in self._all_prepositional_objects(canceller, self.rules.noun_agent_prepositions) for m in self.syntax.np_mentions(p, index)]
            if grammar.state_codes(named):
                return named
        if noun.dep_ == "pobj" and self._names_approval(noun.head.head):
            # "Lima's green light for the sale of frigates", "the approval by Lima of ...": the state
            # that approves a sale is its seller, whoever then praises or opposes the approval
            approval = noun.head.head
            named = [m for c in approval.children if c.dep_ == "poss" and c.pos_ != "PRON" or c.dep_ in ("amod", "compound") and index.at(c.i) for m in self.syntax.np_mentions(c, index)]
            named += [m for p in self._all_prepositional_objects(approval, self.rules.noun_agent_prepositions) for m in self.syntax.np_mentions(p, index)]
            if grammar.state_codes(named):
                return [m for m in named if m.kind in grammar.STATE_KINDS]
        if governor is not None and self._completes_noun(governor):
            return self._noun_side(governor.head, index)  # "Denmark's decision to suspend exports of weapons"
        if governor is not None and governor.dep_ == "acl" and self._cancels(governor):
            # "issued an edict banning the sale of jets to X": the act that calls the sale off
            # is its seller's, named on the act ("a Senate resolution") or by who made it
            act = governor.head
            side = [m for m in self.syntax.np_mentions(act, index) if m.kind in grammar.STATE_KINDS]
            if not side and act.dep_ in ("dobj", "nsubjpass") and act.head.pos_ == "VERB":
                subject, _ = syntax.subject_of(act.head)
                side = _officials_as_states(self.syntax.np_mentions(subject, index, deep=True)) if subject is not None else []
            if grammar.state_codes(side):
                return side
        subject, _ = syntax.subject_of(governor) if governor is not None else (None, False)
        side = _officials_as_states(self.syntax.np_mentions(subject, index, deep=True)) if subject is not None else []
        if not grammar.state_codes(side) and governor is not None and governor.dep_ == "xcomp" and lemma(governor.head) in self.rules.requesting_words:
            # "Biden asked lawmakers to approve a military aid package": the asker's state
            asker, _ = syntax.subject_of(governor.head)
            side = _officials_as_states(self.syntax.np_mentions(asker, index, deep=True)) if asker is not None else []
        return side

    def _clause_subject_states(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """The states the subject of ``verb`` names."""
        subject, _ = syntax.subject_of(verb) if verb.pos_ == "VERB" else (None, False)
        return [m for m in self.syntax.np_mentions(subject, index) if m.kind in grammar.STATE_KINDS] if subject is not None else []

    # -- items ------------------------------------------------------------------------

    def items_of_verb(self, verb: Any, equipment: dict[int, EquipmentMention], direction: str) -> list[EquipmentMention]:
        """Every item a transfer verb moves: its object, the noun of a participle, "supply X with"."""
        heads = self._goods_heads(verb, direction)
        if heads:
            heads += _goods_phrases_hung_on(verb, equipment)  # "bought tanks and six drones" with the drones hung on the verb
        items = self._goods(grammar.items_in(heads, equipment), verb.doc)
        if verb.pos_ == "VERB" and " " in self._verb_key(verb) and self._verb_key(verb) in self.rules.weighing_verbs:
            # "is looking at the Rafale": the goods are the phrase looked at, not something in a
            # clause on it ("looking at ways to repair its drones", "at the wreck of a drone")
            phrases = {t.i for head in self._goods_heads(verb, direction) for t in (head, *head.conjuncts)}
            items = [m for m in items if m.head in phrases or verb.doc[m.head].head.i in phrases and verb.doc[m.head].dep_ in ("compound", "nummod", "appos")]
        return items

    def _goods_heads(self, verb: Any, direction: str) -> list[Any]:
        """The phrases naming what a transfer verb moves: its objects, "supply X with", the
        particle's object of a phrasal verb ("flew in military equipment")."""
        heads = self._objects(verb)
        if not heads:
            heads = self._object_after_a_date(verb)  # "received on Friday twelve tanks"
        heads += self._accompanying(verb)  # "buy frigates from Spain, together with helicopters"
        if not heads and (verb.dep_ == "acl" or _object_relative(verb)):
            # "F-16 jets bought from Denmark", "the 30 jets it ordered": the clause's noun is the item
            heads.append(verb.head)
            if verb.dep_ == "acl" and verb.head.dep_ == "conj":
                # "trucks, rifles and two helicopters donated by China": a participle on the last
                # of conjoined goods is said of them all
                heads.extend(c for c in verb.head.conjuncts if c.i < verb.head.i)
        if direction == "acquire" and verb.dep_ in ("acl", "pcomp"):
            heads.extend(self._goods_of_a_share(verb))
        if direction == "supply":
            heads.extend(p for prep in self.rules.supply_goods_prepositions for p in syntax.preposition_objects(verb, prep))
        particle = self._phrasal_particle(verb)
        if particle is not None and particle.dep_ == "prep":
            heads.extend(c for c in particle.children if c.dep_ == "pobj")  # "flew in equipment", "is looking at the Rafale"
        if self._verb_key(verb) in self.rules.weighing_verbs:
            # "evaluating the Akinci alongside the Wing Loong", "weighing X against Y": each is weighed
            heads.extend(p for node in [verb, *heads] for p in grammar.prepositional_objects(node, self.rules.compared_goods_prepositions))
        return heads

    @staticmethod
    def _object_after_a_date(verb: Any) -> list[Any]:
        """"received on Friday twelve tanks": the parser may read the object after a day as the
        object of the day's preposition ("on ... jets"); that phrase, when its head is no date
        but the word after the preposition is, is the verb's object."""
        found = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i and c.i + 1 < len(verb.doc)):
            after = verb.doc[prep.i + 1]
            found += [p for p in prep.children if p.dep_ == "pobj" and p.ent_type_ != "DATE" and after.ent_type_ == "DATE" and after.i < p.i]
        return found

    def _goods_of_a_share(self, participle: Any) -> list[Any]:
        """"the first three helicopters of the 18 bought from France", "a tanker, the second of four
        purchased from Spain", "six radars, out of 30 acquired from Israel": a participle of buying
        on a bare count (or ordinal, or "out of") stands for the goods the share is of, the noun
        the count's phrase hangs on (or the object of the verb it hangs on: "received four jets
        of the 20 bought from X")."""
        anchor = participle.head
        if not (anchor.like_num or anchor.lower_ in self.rules.share_ordinals or anchor.dep_ == "prep" and participle.dep_ == "pcomp"):
            return []
        node = anchor
        for _ in range(4):
            if node.dep_ not in ("pobj", "prep", "appos") or node.head.i == node.i:
                return []
            node = node.head
            if node.pos_ in ("NOUN", "PROPN") and not node.like_num:
                return [node]
            if node.pos_ == "VERB":
                return [o for o in self._objects(node) if o.i < anchor.i]
        return []

    def _goods(self, items: list[EquipmentMention], doc: Any) -> list[EquipmentMention]:
        """The items that are goods: a term that only qualifies support ("material support",
        "military aid support") names none (vague support is no transfer)."""
        def qualifies_support(item: EquipmentMention) -> bool:
            head = doc[item.head]
            return head.dep_ in ("amod", "compound") and head.head.i >= item.end and lemma(head.head) in self.rules.vague_support_nouns

        def names_a_facility(item: EquipmentMention) -> bool:
            # "a submarine factory", "a tank repair plant", "an F-16 training centre": the goods
            # word only qualifies the noun the phrase is about
            node = doc[item.head]
            while node.dep_ in _MODIFIER_DEPS and node.head.i > node.i:
                node = node.head
                if lemma(node) in self.rules.facility_nouns:
                    return True
            return False
        return [item for item in items if not qualifies_support(item) and not names_a_facility(item)]

    def items_of_noun(self, noun: Any, equipment: dict[int, EquipmentMention]) -> list[EquipmentMention]:
        """The items of a transfer noun: "sale of drones", "contract for submarines", "F-16 purchase"."""
        items: list[EquipmentMention] = []
        own = equipment.get(noun.i)
        if own is not None and own.head == noun.i and lemma(noun) in self.rules.goods_transfer_nouns:
            items.append(own)  # "continued military aid to Mozambique": the aid is the goods
        for child in self._children_and_value_phrases(noun):
            if child.dep_ == "prep" and child.lower_ in self.rules.noun_goods_prepositions:
                found = [m for m in grammar.items_in([child], equipment) if m not in items]
                if not found and child.lower_ == "of" and any(c.dep_ == "pobj" for c in child.children):
                    return []  # "the transfer of technology to India for the jet programme": not of goods
                items.extend(found)
            elif child.dep_ == "compound" and child.i in equipment and equipment[child.i] not in items:
                items.append(equipment[child.i])
            elif child.dep_ in ("nummod", "amod") and child.i in equipment and equipment[child.i].head == child.i:
                items.append(equipment[child.i])  # "F-35 deliveries": the parser may read the name as a number
        if items:
            items.extend(m for m in grammar.items_in(_goods_phrases_hung_on(noun, equipment), equipment) if m not in items)
        # "approved the sale of tanks along with shells": the parser may hang "along with" on the verb
        alongside = self._accompanying(noun) + (self._accompanying(noun.head) if noun.dep_ == "dobj" else [])
        items.extend(m for m in grammar.items_in(alongside, equipment) if m not in items)
        if not items and lemma(noun) in self.rules.supply_nouns:
            # "the sale to Norway of 40 missiles": the parser hangs the goods on the recipient named first
            # (or on the verb that holds the noun: "cleared the sale to X of ...")
            holder = [noun.head] if noun.dep_ == "dobj" else []
            recipients = [r for node in [noun, *holder] for r in self._all_prepositional_objects(node, self.rules.supply_noun_other) if r.i > noun.i]
            items.extend(m for r in recipients for m in grammar.items_in([c for c in r.children if c.dep_ == "prep" and c.lower_ in self.rules.recipient_first_prepositions], equipment) if m not in items)
            if recipients and holder:
                # "cleared a sale to Oman of 12 howitzers": both phrases hung on the verb
                items.extend(m for m in grammar.items_in([c for c in holder[0].children if c.dep_ == "prep" and c.lower_ in self.rules.recipient_first_prepositions and c.i > recipients[0].i], equipment) if m not in items)
        goods = self._goods(items, noun.doc)  # not "the sale of a tank factory"
        return self._with_parts(grammar.top_items(goods), goods, noun.doc)

    # -- sides and records ------------------------------------------------------------

    def _sides(self, cue: TransferCue, index: MentionIndex) -> tuple[list[str], list[str]]:
        """The state codes on the cue's side and on the other side."""
        side = grammar.state_codes(cue.side)
        other = [c for c in grammar.state_codes(cue.other) if c not in side]
        if cue.direction == "acquire" and not side and cue.token.dep_ in ("acl", "relcl") and lemma(cue.token.head.head) in self.rules.goods_prepositions_of_receipt:
            # "took in a second pair of the frigates bought from Italy", "received 10 of the 30
            # jets it ordered": the buyer is who took delivery
            receiver = syntax.nearest_verb(cue.token.head)
            subject, _ = syntax.subject_of(receiver) if receiver is not None else (None, False)
            inside = {t.i for t in cue.token.subtree}  # not the seller named in the participle itself
            side = grammar.state_codes([m for m in self.syntax.np_mentions(subject, index, deep=True) if m.start not in inside]) if subject is not None else []
        unsaid_buyer = cue.token.dep_ in _MODIFIER_CLAUSE_DEPS or cue.token.dep_ == "pcomp" and self._goods_of_a_share(cue.token)
        # "QUITO - The purchase of 9 radars from Spain was sealed": a purchase noun with no buyer named
        unsaid_buyer = unsaid_buyer or cue.token.pos_ == "NOUN" and lemma(cue.token) in self.rules.acquire_nouns and bool(other)
        unsaid_buyer = unsaid_buyer or self._home_force_buys(cue, other, index)
        if cue.direction == "acquire" and not side and unsaid_buyer:
            # "Four frigates purchased from Spain docked ...": the buyer goes unsaid; it is the
            # state the story is written from.
            home = index.home_country()
            if home and home not in other:
                side = [home]
        return side, other

    def _home_force_buys(self, cue: TransferCue, other: list[str], index: MentionIndex) -> bool:
        """"LUSAKA - The army has bought helicopters from Russia": an armed force named by no state
        buys; it is the force of the state the story is written from, unless the story so far names
        a state other than the home and the seller ("Sudanese officials said", "for Ukraine's forces")."""
        if cue.token.pos_ != "VERB" or cue.direction != "acquire" or cue.side:
            return False
        subject, by_agent = syntax.subject_of(cue.token)
        if subject is None or by_agent or subject.dep_ != "nsubj" or subject.head != cue.token:
            return False
        return self._is_home_force_name(subject) and not self._other_state_named(cue, other, index)

    def _is_home_force_name(self, noun: Any) -> bool:
        """"the army", "the air force", "the armed forces": "the" and a listed armed body's name,
        with no owner or qualifier of its own ("the rebel army", "its navy")."""
        before = [c for c in noun.children if c.i < noun.i]
        if not before or before[0].dep_ != "det" or before[0].lower_ != "the":
            return False
        words = [c.lower_ for c in before[1:] if c.dep_ in ("amod", "compound")]
        if len(words) != len(before) - 1:
            return False  # "the army's", "the country's navy"
        return " ".join([*words, lemma(noun)]) in self.rules.home_force_names

    def _other_state_named(self, cue: TransferCue, other: list[str], index: MentionIndex) -> bool:
        """Whether the story up to the end of the cue's sentence names a state other than the
        home state, the seller and the goods' maker: the force may then be that state's."""
        known = {index.home_country(), *other, *(i.origin for i in cue.all_items if i.origin)}
        return any(m.country and m.country not in known for m in index.in_range(0, cue.token.sent.end))

    def _parties_per_item(self, cue: TransferCue, side: list[str], other: list[str], before: list[ArmsTransfer], index: MentionIndex) -> list[tuple[EquipmentMention, list[str], list[str]]]:
        """(item, supplier, recipient) for each item that makes a transfer."""
        shared_origin = next((i.origin for i in cue.all_items if i.origin), None)  # "Israeli equipment, including drones"
        gapped = _gapped_sides(cue)
        out = []
        for item in cue.items:
            origin = item.origin or shared_origin
            if gapped is not None:
                other = [c for c in gapped[item.start] if c not in side]  # "missiles to India and drones to Azerbaijan"
            joint = _joint_makers(item, cue.token.doc, index)
            origins = self._origins(item, joint, cue.token.doc, index) if cue.direction == "acquire" and not other and item.origin and side else []
            if set(joint) & set(side):
                origins = []  # "Italy bought Anglo-Italian helicopters": partly its own make, no seller told
            acted_on = cue.direction == "acquire" and len(joint) > 1 and not other and bool(_states_acting_on(item, cue.token.doc, index, side))
            if acted_on:
                origins = []  # "received Franco-Italian batteries donated by Germany": the donor supplies, not the makers
            if len(origins) > 1:
                # "purchases of French and US weapons": one transfer from each state named as the origin
                out.extend((item, [code], side) for code in origins if code not in side)
                continue
            if cue.direction == "acquire":
                # "Chile will buy Swedish-British missiles": each maker's state named sells, unless the buyer is one
                makers = joint if joint and not set(joint) & set(side) else [origin] if origin else []
                if acted_on:
                    makers = []
                recipient, supplier = side, other or [c for c in makers if c not in side]
            else:
                supplier, recipient = side, other
                agentless = cue.token.pos_ in ("NOUN", "PROPN") or syntax.passive_subject(cue.token) is not None and not any(c.dep_ == "agent" for c in cue.token.children)
                # "Korean-built howitzers delivered to Egypt": a participle with no agent
                agentless = agentless or cue.token.dep_ == "acl" and not any(c.dep_ == "agent" for c in cue.token.children)
                if not supplier and recipient and agentless and origin and origin not in recipient:
                    # "the agreement calls for the delivery of 12 Rafale jets to Croatia",
                    # "Chinese-made drones were delivered to the UAE": the goods' maker supplies
                    # ("Franco-Italian missiles delivered to X": each maker's state)
                    supplier = [origin] if set(joint) & set(recipient) else joint or [origin]
                owner = item.former_owner
                if not supplier and recipient and agentless and owner and owner not in recipient and not _states_acting_on(item, cue.token.doc, index, [*recipient, owner]):
                    # "a decommissioned Dutch Navy frigate was handed over to X": the force's state,
                    # its former owner, hands it over when no other state bought or held it since
                    supplier = [owner]
            if supplier and not recipient and cue.direction == "supply":
                continue  # "sent a carrier group through the strait": a move, not a transfer
            if cue.direction == "acquire" and recipient and not supplier and _definite(item, cue.token.doc, self.rules.back_reference_determiners):
                # "Chile later bought eight of the drones": the drones sold to it before, from the same seller
                previous = next((t for t in reversed(before) if t.category == item.category and set(recipient) <= set(t.recipient) and t.supplier), None)
                supplier = list(previous.supplier) if previous is not None else supplier
            if cue.direction == "acquire" and recipient and not supplier and origin in recipient:
                continue  # "received 50 Altay tanks from a domestic maker": a state's own production, no transfer
            if not supplier and not recipient:
                # "The initial sonar sets were transferred in June": a passive with no agent
                # continues the transfer of the same kind of system told before.
                previous = next((t for t in reversed(before) if t.category == item.category and item.category), None)
                if previous is None:
                    continue
                supplier, recipient = list(previous.supplier), list(previous.recipient)
            out.append((item, supplier, recipient))
        return out

    @staticmethod
    def _origins(item: EquipmentMention, joint: list[str], doc: Any, index: MentionIndex) -> list[str]:
        """The states an item's origin adjectives name, conjoined ones too ("French and US
        weapons"); the item's own origin alone when no other is conjoined with it."""
        codes: list[str] = []
        for child in doc[item.head].children:
            if child.dep_ in ("amod", "compound", "nmod"):
                for token in (child, *child.conjuncts):
                    mention = index.at(token.i)
                    if mention is not None and mention.kind == "state" and mention.country and not mention.is_place and mention.country not in codes:
                        codes.append(mention.country)
        if len(joint) > 1 and not codes[1:]:
            return joint  # "Swedish-British missiles": a system two states make together
        return codes if item.origin in codes and len(codes) > 1 else [item.origin]

    def _record(self, cue: TransferCue, item: EquipmentMention, supplier: list[str], recipient: list[str], sent: Any, dates: DateResolver, record_id: str) -> ArmsTransfer:
        date = self.syntax.clause_date(cue.dated if cue.dated is not None else cue.token, sent, dates, future=cue.status in _FORWARD_STATUSES)
        if date is None and cue.status == "ordered" and cue.token.pos_ in ("NOUN", "PROPN") and cue.token.dep_ in ("dobj", "nsubjpass") and cue.token.head.pos_ in grammar.VERB_TAGS:
            # "in 2012 the two states signed a contract for corvettes": the order's date is the one
            # its verb is told with, not the publication's (a number in the goods' name is no date)
            told = (e for e in self.syntax.clause_dates(cue.token.head, sent) if e.end <= item.start or e.start >= item.end)
            date = next((v for v in (dates.resolve(e.text, future=False) for e in told) if v), None)
        lot = self._lot_share(item, cue.token)
        quantity = _share(item, cue.token) or (lot if lot is not None else _count(item, sent.doc))
        if cue.direction == "acquire" and cue.token.dep_ in ("acl", "pcomp") and self._goods_of_a_share(cue.token):
            # "two jets of the 24 bought from X", "the first of 24 bought from X": the order is 24
            anchor = cue.token.head
            counts = [_number_of(t, self.word_numbers) for t in (anchor, *grammar.prepositional_objects(anchor, {"of"}))]
            quantity = next((c for c in counts if c is not None), None)
        return ArmsTransfer(
            id=record_id,
            supplier=tuple(supplier),
            recipient=tuple(recipient),
            item=item.name,
            category=item.category,
            manufacturer=item.manufacturer,
            quantity=quantity or None,
            status=cue.status,
            year=grammar.year(date or dates.published),
            evidence=grammar.evidence(sent, cue.token),
        )

    def _approving(self, token: Any) -> bool:
        """A noun of approval ("the ministry's approval for exporting rifles"), or a verb that gives one
        ("gave its approval for the export", the parser hanging the "for" on the verb)."""
        if self._names_approval(token):
            return True
        return token.pos_ == "VERB" and any(c.dep_ == "dobj" and self._names_approval(c) for c in token.children)

    def _names_approval(self, noun: Any) -> bool:
        """A noun of approval, alone ("approval") or with its modifier ("the green light")."""
        word = lemma(noun)
        return word in self.rules.approving_nouns or any(f"{c.lower_} {word}" in self.rules.approving_nouns for c in noun.children if c.dep_ in ("amod", "compound") and c.i == noun.i - 1)

    def _accompanying(self, node: Any) -> list[Any]:
        """Goods named "along with" or "together with" on ``node``: "the sale of tanks along with shells"."""
        words = [c for c in node.children if c.dep_ in ("prep", "advmod") and c.lower_ in self.rules.accompanying_words]
        # the parser may hang the goods on "along" itself, or on its "with"
        return [p for c in words for w in (c, *(w for w in c.children if w.dep_ == "prep" and w.lower_ == "with")) for p in w.children if p.dep_ == "pobj"]

    def _lot_share(self, item: EquipmentMention, cue: Any) -> int | None:
        """The count of a share the cue moves named by a word, not a number: "handed over the
        second of four frigates" (1); "took the first lot of the 20 tanks" (0: untold,
        but the whole order's count is not the share's). None when the goods are no such share."""
        word = _share_word(cue.doc[item.head])  # not a figure ("10 of the 30 jets": _share); spaCy counts "first" as like_num
        if word is None:
            return None
        governor = word.head.head if word.head.dep_ == "prep" else word.head
        if governor.i != cue.i:
            return None
        if word.lower_ in self.rules.share_ordinals:
            return 1
        return 0 if lemma(word) in self.rules.lot_nouns else None

    # -- status -----------------------------------------------------------------------

    def _request_document(self, noun: Any) -> Any | None:
        """The request a document noun is of ("its letter of request covering radars"): the document
        stands for the request, its phrases ("for jets", "to Washington") are the request's."""
        if lemma(noun) not in self.rules.request_document_nouns:
            return None
        return next((p for p in grammar.prepositional_objects(noun, {"of"}) if lemma(p) in self.rules.request_nouns), None)

    def _transfer_noun(self, token: Any) -> bool:
        """A transfer noun, or one capitalised as the head of a programme's name ("a possible
        Foreign Military Sale to Oman of ..."), which the parser tags as a proper noun."""
        if token.pos_ == "NOUN":
            return lemma(token) in self.rules.nouns or self._request_document(token) is not None
        named = token.pos_ == "PROPN" and token.dep_ != "compound" and any(c.dep_ == "compound" for c in token.children)
        return named and token.lower_ in self.rules.supply_nouns

    def status(self, verb: Any) -> str | None:
        """The transfer's stage, per the annotation guide: offers, pledges and "will supply" are
        `offered`; contracts, orders and purchases without a delivery cue `ordered`; received
        and delivered goods `delivered`; wishes `interest`; present and continuing trade
        `ongoing`. Negated, conditional and prohibited transfers are none (None)."""
        if self._shares_the_deal(verb) and self.syntax.clause_status(verb.head) in ("planned", "intended", "proposed"):
            # "will give Cyprus howitzers and, in exchange, get patrol boats": one exchange
            # promised, one stage (a past exchange keeps each verb's own)
            return self.status(verb.head)
        if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and self._proceeds(verb.head.head):
            return "ordered"  # "should Rome press ahead with shipping frigates": the deal is made, the delivery pending
        if self._cancels(verb) and any(c.dep_ == "aux" and c.lower_ in self.rules.demanding_modals for c in verb.children):
            return "offered"  # "Washington should cancel the planned sale": a demand; the sale is still on offer
        status = self.syntax.clause_status(verb)
        if lemma(verb) in self.rules.reconsidering_verbs and verb.pos_ == "VERB" and status != "negated":
            return "offered"  # "Paris should reconsider the sale", "is reviewing the sale": under review, still on offer
        if status in ("negated", "hypothetical") or _conditional(verb) or _in_an_if_clause(verb, self.rules.condition_marks):
            return None
        if _inverted_conditional(verb, self.words):
            return None  # "Had the tender been approved, X would have shipped ...": a condition never met
        if status == "occurred" and verb.dep_ == "ROOT" and syntax.to_infinitive(verb):
            status = "planned"  # a headline's "Serbia to sell howitzers to Cyprus": will sell
        if status in ("occurred", "ongoing") and verb.dep_ == "xcomp" and lemma(verb.head) in self.rules.readiness_words:
            status = "intended"  # "is prepared to provide patrol boats": an offer
        chain = _within_subordinate_clause(verb, syntax.governing_chain(verb, limit=3))
        if any(lemma(head) in self.rules.prohibiting_words for head in chain):
            return None  # "barring the sale of weapons", "an end to arms exports"
        if verb.pos_ == "VERB" and lemma(verb) in self.rules.prohibiting_words and not self._cancels(verb):
            return None  # a sale that is the object of an opposing verb, no seller named: the verb opposes it
        if self._completes_noun(verb) and self._refused(verb.head):
            return None  # "rejected a proposal to send tanks", "its refusal to send": no transfer
        if verb.pos_ == "VERB" and any(head.pos_ == "VERB" and self._refuses(head) for head in _heads(verb, 4)):
            return None  # "denied reports that it had agreed to sell jets": told only to be denied
        if self._negated_intent(verb):
            return None  # "has no plans to buy tanks": no intent, no transfer
        if self._alleged(verb):
            return None  # "accused X of supplying shells to Y": only alleged, never a fact (nor the accuser's sale)
        arranged = self._arranged(verb)
        if arranged == "planned":
            return self._status_from_clause(verb, arranged)  # "is to send": offered; "is to buy": interest
        if arranged is not None:
            return arranged or None
        cancelling = verb if self._cancels(verb) else None
        if cancelling is None and (verb.pos_ == "NOUN" or self._completes_noun(verb)):
            # "backed out of the intended purchase", "abandoned its plan to sell": the verb
            # above the noun's phrase
            above = syntax.nearest_verb(verb if verb.pos_ == "NOUN" else verb.head)
            cancelling = above if above is not None and self._cancels(above) else None
        if cancelling is None and verb.pos_ == "NOUN":
            cancelling = self._cancelling_noun(verb)  # "Spain's cancellation of a sale of bombs", "the suspension of deliveries"
        if cancelling is None and self._purpose_of_a_deal(verb) and self._cancels(verb.head):
            cancelling = verb.head  # "cancelled its deal to sell bombs", the infinitive hung on the verb
        if cancelling is not None:
            # "suspended its sale of tanks": called off; "demanded that X cancel its planned
            # sale": the sale is still on offer
            asked = any(lemma(head) in self.rules.requesting_words for head in syntax.governing_chain(cancelling, limit=3))
            asked = asked or any(c.dep_ == "aux" and c.lower_ in self.rules.demanding_modals for c in cancelling.children)  # "Berlin must call off the sale"
            asked = asked or self._called_for(cancelling)
            # "lawmakers moved to block the sale": only attempted; the sale stays on offer
            attempted = cancelling.dep_ == "xcomp" and lemma(cancelling.head) in self.rules.attempting_words
            clause = cancelling if cancelling.pos_ == "VERB" else syntax.nearest_verb(cancelling) or cancelling  # a noun's stage is its verb's
            if clause.dep_ == "xcomp" and lemma(clause.head) in self.agreeing_governors:
                clause = clause.head  # "decided to cancel the purchase", "agreed to cancel the sale": the decision's stage is the cancellation's
            return "cancelled" if not (asked or attempted) and self.syntax.clause_status(clause) in ("occurred", "ongoing") else "offered"
        if lemma(verb) in self.rules.weighing_verbs or verb.pos_ == "VERB" and self._verb_key(verb) in self.rules.weighing_verbs:
            return "interest"  # "would keep evaluating the Gripen", "is looking at the Rafale": a buyer weighing goods
        if verb.dep_ == "xcomp" and lemma(verb.head) in self.rules.choosing_verbs and self._acquires(verb):
            return "interest"  # "opting to buy Swedish Gripens instead": chosen, not yet bought
        if verb.pos_ == "VERB" and lemma(verb) in self.rules.choosing_verbs and self._acquires(verb):
            # "Peru has picked the K2 tank": chosen, not yet bought; "picked the K2 but later scrapped the
            # order": the choice reversed by a conjunct on the same goods (or its order, or the decision)
            chosen = syntax.direct_object(verb)
            # "..., then scrapped the purchase": the parser may hang the second verb as a bare dependent
            for other in (*verb.conjuncts, *(c for c in verb.children if c.dep_ == "dep" and c.i > verb.i)):
                if other.pos_ != "VERB" or not self._cancels(other) or self.syntax.clause_status(other) not in ("occurred", "ongoing"):
                    continue
                target = syntax.direct_object(other)
                words = self.rules.acquire_nouns | self.rules.supply_nouns | self.rules.intention_nouns
                if target is None or target.pos_ == "PRON" or chosen is not None and lemma(target) == lemma(chosen):
                    return "cancelled"
                if lemma(target) in words and not _names_others(target, chosen):
                    return "cancelled"  # "cancelled the order": the choice's own; not "cancelled plans to buy Mirages from France"
            return "interest"
        if self._past_marker(verb) is not None and self._acquires(verb):
            # "after purchasing systems from Moscow": bought, delivery not told; "after receiving
            # the first jets": delivered
            received = lemma(verb) in self.rules.receiving_verbs or self.rules.status_by_verb.get(lemma(verb)) == "delivered"
            return "delivered" if received else "ordered"
        if self._talks(verb) is not None:
            return "negotiating"  # "is in discussions with Oman on acquiring"
        if verb.dep_ == "xcomp" and lemma(verb.head) in self.rules.continuing_verbs and status in ("occurred", "ongoing", "planned"):
            return "ongoing"  # "continues to buy", "would continue to buy"
        holder = syntax.nearest_verb(verb.head) if self._completes_noun(verb) and lemma(verb.head) in self.rules.request_nouns else None
        if holder is not None and lemma(holder) not in self.rules.offering_governors:
            # "submitted a request to buy jets from X": wanted, asked for, not bought; "will not
            # make a request to buy": none ("approved X's request to buy" is the approver's sale)
            return None if self.syntax.clause_status(holder) in ("negated", "hypothetical") else "interest"
        infinitive = verb.dep_ == "xcomp" or verb.dep_ == "advcl" and syntax.to_infinitive(verb)  # the parser may read "cleared X to sell" as a purpose
        allowed = self.syntax.clause_status(verb.head) if infinitive and verb.head.pos_ == "VERB" and lemma(verb.head) in self.rules.offering_governors else None
        if allowed is None and self._permitted(verb):
            allowed = self.syntax.clause_status(verb.head)  # "has not allowed the maker to export tanks", "would not let it sell"
        if allowed is None and self._way_cleared(verb):
            allowed = self.syntax.clause_status(verb.head.head)  # "the vote cleared the way for Berlin to sell tanks"
        if allowed in ("negated", "hypothetical"):
            return None  # "will not authorise the shipyard to export corvettes": no transfer
        if allowed in ("occurred", "ongoing"):
            # "authorised a shipyard to export corvettes to X": allowed, cleared for export, not yet sold
            return self._status_from_clause(verb, "intended")
        if self._completes_noun(verb) and lemma(verb.head) in self.rules.intention_nouns:
            # "Britain's decision to send tanks", "its pledge to deliver": offered; "a decision to buy": interest
            return self._status_from_clause(verb, "intended")
        governed = self._status_from_governor(verb)
        if governed is not None:
            return governed or None
        stage = self._status_from_clause(verb, status)
        if stage == "delivered" and verb.dep_ == "xcomp" and lemma(verb.head) in self.rules.beginning_verbs:
            stage = "ongoing"  # "started to receive howitzers last month": the first have come, more follow
        if stage == "ongoing" and verb.pos_ == "VERB" and self._supplies(verb) and self._requests_answered(verb):
            return "delivered"  # "is shipping tents to X at its government's request": the request met
        if stage == "ongoing" and verb.pos_ == "VERB" and self._arrival_told(verb):
            return "delivered"  # "has begun exporting fighters, with the first four arriving this week"
        if stage == "ongoing" and self._one_deal_in_present(verb):
            return "ordered"  # a headline's "Hungary buys 44 tanks from Germany": one deal told as news
        forward = stage in ("offered", "interest") or stage == "ongoing" and self._acquires(verb)
        if forward and verb.pos_ == "VERB" and self._under_contract(verb):
            # "will deliver ten jets under a 2019 agreement", "buys tanks in a deal":
            # ordered; a delivery under a contract stays delivered
            return "ordered"
        return stage

    def _permitted(self, verb: Any) -> bool:
        """A transfer verb whose clause a permitting verb allows ("allowed X to export tanks", "let X
        sell tanks"): the parser may read the clause as an xcomp, a ccomp or an advcl; a "that"
        clause is said, not permitted."""
        head = verb.head
        if verb.pos_ != "VERB" or head.pos_ != "VERB" or head == verb or lemma(head) not in self.rules.permitting_verbs:
            return False
        if verb.dep_ not in ("xcomp", "ccomp", "advcl") or any(c.dep_ == "mark" for c in verb.children):
            return False
        return verb.dep_ == "xcomp" or syntax.to_infinitive(verb) or lemma(head) == "let"

    def _way_cleared(self, verb: Any) -> bool:
        """A transfer verb in a "for X to ..." clause on a way a verb clears ("cleared the way for
        Berlin to sell tanks", "paved the way for the maker to export"): permitted, not done."""
        way = verb.head
        if verb.pos_ != "VERB" or verb.dep_ not in ("relcl", "acl", "advcl") or lemma(way) not in self.words.way_nouns:
            return False
        return way.head.pos_ == "VERB" and grammar.opened_way(way, self.words) and syntax.to_infinitive(verb)

    def _one_deal_in_present(self, verb: Any) -> bool:
        """A purchase or sale in the simple present of a counted lot ("buys 44 tanks", "sells 12
        howitzers"): news of one deal, as headlines write it, not a trade that goes on ("buys arms")."""
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") or lemma(verb) not in self.rules.dealing_verbs:
            return False
        if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
            return False
        obj = syntax.direct_object(verb)
        return obj is not None and any(c.dep_ == "nummod" and c.like_num for c in obj.children)

    def _called_for(self, clause: Any) -> bool:
        """A clause a noun of demand asks for: "calls for Berlin to halt the sale" (the clause on the
        noun), "calls grew for Berlin to halt it" (the clause on the verb the noun is subject of)."""
        if clause.pos_ != "VERB" or clause.dep_ not in ("acl", "advcl", "relcl"):
            return False
        holders = [clause.head, *(s for s in clause.head.children if s.dep_ in ("nsubj", "nsubjpass"))]
        return any(h.pos_ == "NOUN" and lemma(h) in self.rules.requesting_words for h in holders)

    def _refused(self, noun: Any) -> bool:
        """A noun carrying the intent (a proposal, a plan, calls) turned down or denied ("rejected
        a proposal", "reports of a plan were denied"), or a noun of refusal itself ("Germany's refusal")."""
        if lemma(noun) in self.rules.refusing_nouns:
            return True
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and lemma(noun.head.head) in self.rules.refusing_nouns:
            return True  # "its rejection of a request to deliver howitzers"
        if self._request_blocked(noun):
            return True  # "vetoed Oslo's bid to buy tanks", "blocked a request to buy jets": refused before any order
        above = syntax.nearest_verb(noun)
        if above is None:
            return False
        # "rejected calls to send tanks", "turned down a request to buy" too; "reports of a plan to sell
        # jets were false and were denied": a refusing verb coordinated with the holder's own
        if any(self._refuses(v) for v in (above, *above.conjuncts)):
            return True
        # "reports of a plan to sell jets were pure fabrication": the holder's predicate dismisses it
        return any(c.dep_ in ("attr", "acomp") and lemma(c) in self.rules.dismissing_nouns for c in above.children)

    def _request_blocked(self, noun: Any) -> bool:
        """A request or bid to buy that a verb blocks or calls off ("blocked the request", "halted
        Ankara's bid"): a refusal before any order, no transfer; a blocked sale stays cancelled."""
        if lemma(noun) not in self.rules.asking_nouns:
            return False
        above = syntax.nearest_verb(noun)
        return above is not None and above.pos_ == "VERB" and (self._cancels(above) or lemma(above) in self.rules.prohibiting_words)

    def _refuses(self, token: Any) -> bool:
        """A refusing word, or a phrasal one ("turned down", "knocked back")."""
        return syntax.in_word_list(token, self.rules.refusing_words, ("prt", "prep", "advmod"))

    def _alleged(self, verb: Any) -> bool:
        """A transfer verb told as what an alleging verb alleges: "accused X of supplying ..."
        (on "of"), "alleged that X had sold ..." (its clause), or conjoined with one; not a
        clause beside the allegation ("accused X of breaking the truce after Y supplied tanks")."""
        if verb.pos_ != "VERB":
            return False
        verb = syntax.first_conjunct(verb)
        if not (verb.dep_ == "pcomp" and verb.head.lower_ == "of" or verb.dep_ == "ccomp"):
            return False
        above = next((head for head in _heads(verb, 5) if head.pos_ == "VERB"), None)
        return above is not None and lemma(above) in self.rules.alleging_verbs

    def _negated_intent(self, verb: Any) -> bool:
        """An intent to buy or sell that is denied: "has no plans to buy", "had no intention of
        selling", "does not have any plans to sell" (the nearest noun of intent above the verb,
        with "no" or under a negated verb)."""
        for head in _heads(verb, 3):
            if head.pos_ == "NOUN" and lemma(head) in self.rules.intention_nouns | self.rules.interest_nouns:
                if any(c.dep_ == "det" and c.lower_ in self.rules.negating_determiners for c in head.children):
                    return True
                holder = syntax.nearest_verb(head)
                return holder is not None and self.syntax.clause_status(holder) == "negated"
        return False

    def _arranged(self, verb: Any) -> str | None:
        """"Russia was to deliver S-400s to India": a transfer arranged, not made, is ordered; told
        in a clause on a deal ("the deal under which Russia was to deliver ... was suspended"), it
        shares the deal's fate; "" when the clause says it was never made (a condition, a collapse);
        "planned" when told in the present ("is to send"): a plan, no arrangement yet."""
        if not (verb.pos_ == "VERB" and verb.dep_ == "xcomp" and lemma(verb.head) == "be" and syntax.to_infinitive(verb)):
            return None
        holder = verb.head
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in syntax.CONDITIONAL_MARKS for m in c.children) for c in holder.children):
            return ""  # "If the deal had gone ahead, X was to deliver ...": never arranged
        # "X was to sell jets, but talks collapsed": the arrangement fell through; with a trailing
        # reporter ("..., but the talks failed, an official said") the parser may hang the collapse
        # on the reporter, beside the arrangement or under a reporter joined to it
        after = [conj for conj in holder.conjuncts for conj in (conj, *(x for x in conj.children if x.dep_ == "ccomp"))]
        if holder.dep_ == "ccomp" and any(c.dep_ == "cc" for c in holder.children):
            after += [x for x in holder.head.children if x.dep_ == "ccomp" and x.i > holder.i]
        if any(lemma(c) in self.rules.collapsing_verbs for c in after):
            return ""
        if holder.dep_ in ("relcl", "acl") and lemma(holder.head) in self.agreement_nouns:
            above = holder.head.head
            if above.pos_ == "VERB" and self._cancels(above) and self.syntax.clause_status(above) in ("occurred", "ongoing"):
                return "cancelled"
            if self._called_off_by_adjective(holder.head):
                return "cancelled"  # "the contract under which X was to sell ... was frozen": the participle read as an adjective
            return "ordered"  # "the contract under which X is to deliver ...": the deal arranges it, whatever the tense
        if holder.tag_ in ("VBZ", "VBP"):
            return "planned"  # "X is to send four helicopters to Y": a plan announced, not an arrangement made
        return "ordered"

    def _arrival_told(self, verb: Any) -> bool:
        """Whether the goods' arrival hangs on the transfer verb ("with the initial two helicopters landing")."""
        nodes = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]  # "has begun exporting ..., with"
        # "with the rest due to land next spring": an infinitive arrival is still to come
        return any(lemma(t) in self.rules.goods_arrival_verbs and t.pos_ == "VERB" and not syntax.to_infinitive(t) for node in nodes for p in grammar.prepositional_objects(node, {"with"}) for t in p.subtree)

    def _shares_the_deal(self, verb: Any) -> bool:
        """A transfer verb coordinated with another, with no auxiliary or subject of its own: the
        two are one exchange ("will supply X with tanks and receive drones")."""
        return (
            verb.pos_ == "VERB"
            and verb.dep_ == "conj"
            and verb.head.pos_ == "VERB"
            and lemma(verb.head) in self.rules.verbs
            and not any(c.dep_ in ("aux", "auxpass", "neg", "nsubj", "nsubjpass") for c in verb.children)
        )

    def _status_from_governor(self, verb: Any) -> str | None:
        """"signed a contract to buy", "a deal to supply": ordered; "talks to buy": negotiating; "" for
        talks that fell through ("talks on the sale collapsed"): no transfer."""
        if self._purpose_of_a_deal(verb) and lemma(verb.head) not in self.rules.negotiating_words | self.rules.discussing_verbs:
            deal = syntax.direct_object(verb.head)
            if deal is not None and lemma(deal) in self.agreement_nouns:
                # "sealed a deal on Friday to supply howitzers": the parser hangs the infinitive on the verb
                return self._stage_of_a_deal(verb, deal, verb.head)
        for head in self._own_clause_chain(verb) + ([verb.head] if verb.dep_ in ("acl", "relcl") else []):
            word = lemma(head)
            if word in self.agreement_nouns or word in self.rules.ordering_words:
                if head.pos_ == "NOUN":
                    return self._stage_of_a_deal(verb, head, syntax.nearest_verb(head))
                return self._stage_of_a_deal(verb, None, head)
            if word in self.rules.negotiating_words:
                if head.pos_ == "NOUN" and self._talks_ended(syntax.nearest_verb(head) or head):
                    return ""  # "talks on the sale of tanks collapsed": the talks fell through, no stage
                return "negotiating"
        return None

    def _stage_of_a_deal(self, verb: Any, deal: Any | None, governor: Any | None) -> str:
        """The stage a deal noun (or an ordering verb) above the transfer gives it, read off the
        clause of the verb that governs the deal: made ("has signed contracts to buy") is `ordered`;
        denied ("has not signed", "never signed", "signed no contracts") or imagined ("would sign")
        is none (""); planned, still to come ("will sign a contract to buy", "is expected to sign"),
        it is a deal the two sides are concluding, `negotiating` (guide 9.2); only wished or
        proposed ("wants to sign a deal to buy"), the stage the transfer's clause gives a wish
        (`interest` for the buyer, `offered` for the seller)."""
        if deal is not None and any(c.dep_ == "det" and c.lower_ in self.rules.negating_determiners for c in deal.children):
            return ""
        if governor is None or governor.pos_ not in grammar.VERB_TAGS:
            return "ordered"  # "a contract to buy jets", a headline's noun with no verb over it
        status = self.syntax.clause_status(governor)
        if status in ("negated", "hypothetical"):
            return ""
        if status == "planned":
            return "negotiating"
        if status in ("intended", "proposed"):
            return self._status_from_clause(verb, status)
        if lemma(verb) in self.rules.gift_verbs:
            return "offered"  # "has agreed to donate jets", "signed a deal to gift boats": a gift pledged, no sale
        return "ordered"

    @staticmethod
    def _own_clause_chain(verb: Any) -> list[Any]:
        """The words above ``verb`` up to a coordinated clause: in "Oslo ordered frigates, and
        Lima said it would acquire corvettes", the order is not the purchase's."""
        chain: list[Any] = []
        link = verb
        for head in syntax.governing_chain(verb, limit=3):
            if link.dep_ == "conj":
                break
            chain.append(head)
            link = head
        return chain

    def _status_from_clause(self, verb: Any, status: str) -> str:
        """The stage the verb and its clause's modality give."""
        word = self._verb_key(verb) if verb.pos_ == "VERB" else lemma(verb)  # "signed for jets": ordered
        supplies = self._supplies(verb)
        if status == "intended":
            return "offered" if supplies else "interest"  # "willing to provide"
        if status == "proposed":
            return "offered" if supplies else "interest"
        if word in self.rules.status_by_verb and status in ("occurred", "ongoing"):
            explicit = self.rules.status_by_verb[word]
            return "ongoing" if explicit == "delivered" and status == "ongoing" else explicit
        if status == "planned":
            if supplies:
                return "offered"  # "will supply", "will donate": the supplier's pledge
            if word in self.rules.pledged_receipt_verbs and not self._under_contract(verb, self.rules.arrangement_nouns) and not self._deal_signed_beside(verb):
                return "offered"  # "the navy is to get two tugs from X": the supplier's pledge, seen from the recipient
            return "ordered" if word in self.rules.planned_receipt_verbs else "interest"
        if status == "ongoing" or verb.tag_ in ("VBZ", "VBP", "VBG"):
            return "ongoing"
        if verb.dep_ == "acl" and lemma(verb.head.head) in self.rules.arrival_verbs:
            return "delivered"  # "frigates purchased from Spain docked at ...": the delivery is told
        if word in self.rules.acquire_verbs and not supplies and word not in self.rules.receiving_verbs:
            return "ordered"  # "has bought FK-3 systems": bought, delivery not told
        return "delivered"

    # -- helpers ------------------------------------------------------------------------

    def _from_objects(self, verb: Any) -> list[Any]:
        return [p for prep in self.rules.arrival_supplier_prepositions for p in syntax.preposition_objects(verb, prep)]

    def _goods_sources(self, verb: Any) -> list[Any]:
        """"The first tanks from Germany have arrived": the source the arriving goods' phrase names."""
        subject, _ = syntax.subject_of(verb)
        return grammar.prepositional_objects(subject, set(self.rules.arrival_supplier_prepositions)) if subject is not None else []

    def _mentions_after(self, verb: Any, prepositions: tuple[str, ...], index: MentionIndex) -> list[Mention]:
        return [m for prep in prepositions for p in syntax.preposition_objects(verb, prep) for m in self.syntax.np_mentions(p, index, allow_places=True)]

    def _all_prepositional_objects(self, noun: Any, prepositions: Any) -> list[Any]:
        """Every child of the prepositions on ``noun`` (as the parser hangs them), also those hung
        on its value word (the "for" of a contract read as the value's)."""
        return _with_conjoined_phrases([pobj for child in self._children_and_value_phrases(noun) if child.dep_ == "prep" and child.lower_ in prepositions for pobj in child.children])

    def _children_and_value_phrases(self, noun: Any) -> list[Any]:
        """The children of ``noun`` and the phrases the parser hangs on its value modifier (a "with"
        or "for" after "worth millions" is the contract's, as in the value's absence)."""
        children = list(noun.children)
        return children + [c for v in children if self._value_modifier(v) for c in v.children if c.dep_ == "prep"]

    def _value_modifier(self, token: Any) -> bool:
        """A value word modifying a noun ("trucks worth millions", "an order valued at 40 million pesos")."""
        return token.lower_ in self.rules.value_modifiers and token.dep_ in ("amod", "acl") and token.head.pos_ in ("NOUN", "PROPN")


def _joint_makers(item: EquipmentMention, doc: Any, index: MentionIndex) -> list[str]:
    """The makers' states of a jointly made system that may sell it: the one of them the sentence
    names elsewhere ("Franco-Italian batteries bought from Italy": Italy), else each of them; []
    for a system of one origin."""
    joint = list(item.joint_origins)
    if len(joint) < 2:
        return joint
    sent = doc[item.start].sent
    named = {m.country for m in index.mentions if sent.start <= m.start and m.end <= sent.end and m.kind == "state" and m.form == "name" and not item.start - 5 <= m.start < item.end}
    told = [code for code in joint if code in named]
    return told if len(told) == 1 else joint


def _states_acting_on(item: EquipmentMention, doc: Any, index: MentionIndex, known: list[str]) -> set[str]:
    """The states other than ``known`` that the goods' own phrase tells as acting on them: the
    owner before them ("Chile's ... frigate") or a state in a participle or relative clause on them
    ("batteries donated by Germany", "a frigate, bought by Chile in 2001, ...", "jets that Oman paid for")."""
    head = doc[item.head]
    while head.dep_ in ("compound", "nmod", "amod") and head.head.pos_ in ("NOUN", "PROPN") and head.head.i > head.i:
        head = head.head  # "SAMP/T batteries": the phrase's head noun
    actors = [c for c in head.children if c.dep_ == "poss"]
    for clause in (c for c in head.children if c.dep_ in ("acl", "relcl")):
        # the clause's agent ("by Germany") or subject ("that Oman paid for"), not a place it names ("stationed in Romania")
        actors += [t for t in clause.subtree if t.dep_ in ("nsubj", "nsubjpass") and t.head == clause or t.dep_ == "pobj" and t.head.dep_ == "agent"]
    spans = [(t.left_edge.i, t.right_edge.i + 1) for t in actors]
    return {m.country for m in index.mentions if m.kind == "state" and m.country and m.country not in known and not m.is_place and any(a <= m.start and m.end <= b for a, b in spans)}


def _origin_codes(items: list[EquipmentMention]) -> set[str]:
    """The states the goods come from: each maker's state of a jointly made system ("the Franco-Italian SAMP/T")."""
    return {code for item in items for code in (item.joint_origins or ((item.origin,) if item.origin else ()))}


def _goods_phrases_hung_on(word: Any, equipment: dict[int, EquipmentMention]) -> list[Any]:
    """Two goods phrases joined by "and" after a transfer noun or verb, the second with a number of
    its own ("the purchase of jets and four drones"): the parser may hang the second on the
    transfer word (a conjunct of the noun or verb) rather than on the first; a noun phrase conjoined so, whose own words (not its
    prepositional phrases) name goods, is goods of the same transfer."""
    return [c for c in word.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > word.i and any(t.i in equipment for t in c.doc[c.left_edge.i : c.i + 1])]


def _names_others(noun: Any, chosen: Any) -> bool:
    """An order or plan noun whose own phrase names goods or sides of its own ("plans to buy
    Mirages from France"): another deal than the one over ``chosen`` (its names, not ``chosen``'s)."""
    own = {t.i for t in chosen.subtree} if chosen is not None else set()
    return any(t.pos_ == "PROPN" and t.i not in own for c in noun.children if c.dep_ in ("acl", "prep", "relcl") for t in c.subtree)


def between_states(transfers: list[ArmsTransfer]) -> list[ArmsTransfer]:
    """The article's transfers that name both sides, numbered again: "Hungary bought 44 tanks"
    with no seller named, like an agreement with one party, is no record between states (a
    one-sided one still serves, while the article is read, to continue a later mention)."""
    kept = [t for t in transfers if t.supplier and t.recipient]
    return [replace(t, id=f"t{n}") for n, t in enumerate(kept, 1)]


def _dyads(suppliers: list[str], recipients: list[str]) -> list[tuple[list[str], list[str]]]:
    """One (supplier, recipient) pair per record, as the guide expands compound parties ("Norway
    and Finland will send howitzers to X": NOR -> X, FIN -> X); a transfer with
    one side unnamed stays as it is."""
    if not suppliers or not recipients:
        return [(suppliers, recipients)]
    return [([s], [r]) for s in suppliers for r in recipients]


def _conditional(verb: Any) -> bool:
    """"would restart shipments if Brussels pays": a modal verb with an if-clause is a condition,
    not an offer."""
    modal = any(c.dep_ == "aux" and c.lower_ in syntax.HYPOTHETICAL_AUX for c in verb.children)
    condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in syntax.CONDITIONAL_MARKS for m in c.children) for c in verb.children)
    return modal and condition


def _in_an_if_clause(verb: Any, marks: Any) -> bool:
    """"If Quito pressed ahead with the purchase of drones, ...", "if Hanoi were to order jets, ...":
    the transfer is the condition's (guide 9.2: under a condition it is none), however deep in the
    if-clause (its subordinator one of ``marks``) the parser hangs it: through a complement, a
    preposition or an object, or as the subject of the clause's own verb ("if the sale goes
    through"). The subject of a copular or evaluative if-clause is a fact the clause weighs, not a
    condition ("if last year's delivery of tanks is any guide", "if the delivery was slow")."""
    node = verb
    for _ in range(5):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "prep", "pobj", "pcomp", "dobj", "nsubj", "nsubjpass") or node.head == node:
            return False
        if node.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("attr", "acomp") for c in node.head.children):
            return False  # the subject of "is any guide", "was slow": told as a fact
        node = node.head
    return False


def _inverted_conditional(verb: Any, words: Any) -> bool:
    """"Had the deal gone ahead, X would have delivered jets", "Were the sale approved, X would
    ship tanks": a modal verb with a fronted clause told as a condition by inversion (the auxiliary
    before its subject, ``grammar.inverted_condition`` with the ``GrammarWords`` ``words``) is a
    condition, not a stage (docs/annotation.md 9.2)."""
    if not any(c.dep_ == "aux" and c.lower_ in syntax.HYPOTHETICAL_AUX for c in verb.children):
        return False
    return any(grammar.inverted_condition(clause, words) for clause in verb.children if clause.dep_ == "advcl" and clause.i < verb.i)


def _officials_as_states(mentions: list[Mention]) -> list[Mention]:
    """"Defence Minister Ana Ruiz has pledged to keep up defence assistance": with no state
    named, a government or military official's act is the state's."""
    if grammar.state_codes(mentions):
        return mentions
    return [replace(m, kind="state") if m.kind == "person" and m.country and m.sector in _STATE_SECTORS else m for m in mentions]


def _antecedent(token: Any) -> Any:
    """The noun a relative pronoun stands for ("the drones that Turkey supplied", "Ukraine, to
    which Sweden promised jets"); any other token as it is."""
    clause = next((h for h in (token.head, token.head.head) if h.dep_ == "relcl"), None)
    if token.tag_ in ("WDT", "WP") and clause is not None:
        return clause.head
    return token


def _within_subordinate_clause(verb: Any, chain: list[Any]) -> list[Any]:
    """The heads of ``chain`` up to a subordinate clause's own verb: "After Oslo sent jets to Kyiv,
    Moscow protested" tells the protest after the transfer, not against it."""
    kept: list[Any] = []
    link = verb
    for head in chain:
        if link.dep_ == "advcl" and any(c.dep_ == "mark" for c in link.children):
            break
        kept.append(head)
        link = head
    return kept


def _relative_object(verb: Any) -> bool:
    """Whether the verb's object is a relative pronoun ("the jets that Chile bought")."""
    return verb.dep_ == "relcl" and any(c.dep_ in ("dobj", "obj") and c.tag_ in ("WDT", "WP") for c in verb.children)


def _buyer_and_maker(signers: list[Mention], origins: set[str]) -> tuple[list[Mention], list[Mention]]:
    """(buyers, makers) of the signers of a contract for goods: the companies, with the
    mentions of their states ("the French maker Dassault"), against the signers of other states;
    when only companies sign ("Hanwha and a Polish works signed a K9 licence-production
    contract"), the makers are those of the goods' state.
    (signers, []) unless both kinds are there."""
    makers = {m.code for m in signers if m.form == "company" and m.code}
    if all(m.form == "company" for m in signers):
        makers &= origins
    states = set(grammar.state_codes(signers))
    if not makers and len(states) > 1 and len(states & origins) == 1:
        makers = states & origins  # "Russia and Algeria signed a contract for Su-30 fighters": the goods' state sells
    buyers = [m for m in signers if m.code and m.code not in makers]
    if not makers or not grammar.state_codes(buyers):
        return signers, []
    return buyers, [m for m in signers if m.code in makers]


def _companies_only(mentions: list[Mention]) -> bool:
    """Whether ``mentions`` name companies and nothing else ("Naval Group", "Hanwha and Hyundai")."""
    return bool(mentions) and all(m.form == "company" for m in mentions)


def _plural_pronoun(token: Any) -> bool:
    """A plural personal pronoun ("them"): the goods a transfer named before."""
    return token.pos_ == "PRON" and "Prs" in token.morph.get("PronType") and "Plur" in token.morph.get("Number")


def _count(item: EquipmentMention, doc: Any) -> int | None:
    """How many items: none when the number read is part of the name ("Leopard 2 tanks" is
    one model, not two tanks)."""
    if item.quantity is None:
        return None
    in_name = any(t.like_num and t.text == str(item.quantity) for t in doc[item.start + 1 : item.end])
    before = item.start > 0 and doc[item.start - 1].like_num
    return None if in_name and not before else item.quantity


def _share_word(goods: Any) -> Any | None:
    """The word goods are the "of" phrase of: the share told ("10" in "10 of the 30 jets", "second"
    in "the second of four frigates", "lot" in "the first lot of the tanks"), or None."""
    return goods.head.head if goods.dep_ == "pobj" and goods.head.lower_ == "of" else None


def _share(item: EquipmentMention, cue: Any) -> int | None:
    """The count of a share the cue moves: "received 10 of the 30 jets" (10, not 30)."""
    number = _share_word(cue.doc[item.head])
    if number is None or not number.like_num:
        return None
    governor = number.head.head if number.head.dep_ == "prep" else number.head
    cleaned = number.text.replace(",", "")
    return int(cleaned) if governor.i == cue.i and cleaned.isdigit() else None


def _with_conjoined_phrases(pobjs: list[Any]) -> list[Any]:
    """The objects and those of the same preposition coordinated with theirs: "to Kyiv and to
    Warsaw" (the parser hangs the second "to" on the first)."""
    found = list(pobjs)
    for pobj in pobjs:
        preposition = pobj.head
        for conj in preposition.conjuncts:
            if conj.lower_ == preposition.lower_:
                found.extend(c for c in conj.children if c.dep_ == "pobj" and c not in found)
    return found


def _gapped_sides(cue: TransferCue) -> dict[int, list[str]] | None:
    """"sold missiles to India and drones to Azerbaijan", "bought tanks from Germany and jets from
    France": each item with the other side named after it and before the next item, when every
    item has one; None otherwise (one side shared by all items)."""
    items = sorted(cue.items, key=lambda item: item.start)
    if len(items) < 2:
        return None
    sides: dict[int, list[str]] = {}
    for item, after in zip(items, [*items[1:], None]):
        named = [m for m in cue.other if m.start >= item.end and (after is None or m.start < after.start)]
        codes = grammar.state_codes(named)
        if not codes:
            return None
        sides[item.start] = codes
    return sides if len({tuple(c) for c in sides.values()}) > 1 else None


def _object_relative(verb: Any) -> bool:
    """A relative clause with a subject of its own and no object: its noun is the object ("the
    jets it ordered", "drones Turkey sold")."""
    if verb.dep_ != "relcl" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False
    subject, _ = syntax.subject_of(verb)
    return subject is not None and subject.tag_ not in ("WDT", "WP") and subject.lower_ != "that" and subject.i < verb.i


def _definite(item: EquipmentMention, doc: Any, determiners: Any) -> bool:
    """"the drones", "these jets": goods the article has already told of."""
    return any(c.dep_ == "det" and c.lower_ in determiners for c in doc[item.head].children)


def _number_of(token: Any, word_numbers: Any) -> int | None:
    """The value of a number ("12", "1,200", "six"), None otherwise."""
    cleaned = token.text.replace(",", "")
    return int(cleaned) if cleaned.isdigit() else word_numbers.get(token.lower_)


def _holding_verb(noun: Any) -> Any | None:
    """The verb a noun's phrase hangs on, as object or through prepositions ("pulled out of its order")."""
    if noun.dep_ not in ("dobj", "pobj"):
        return None
    node = noun.head
    # "walked away from its deal for 24 jets": through the particle of a phrasal verb too
    while (node.pos_ == "ADP" and node.dep_ == "prep" or node.pos_ in ("ADV", "ADP") and node.dep_ in ("advmod", "prt")) and node.head != node:
        node = node.head
    return node if node.pos_ == "VERB" else None


def _phrase_head(token: Any) -> Any:
    """The noun a modifier belongs to: "Gripen" in "16 Gripen fighters from Sweden"."""
    while token.dep_ in ("compound", "amod", "nmod") and token.head != token:
        token = token.head
    return token


def _heads(token: Any, limit: int) -> list[Any]:
    """The words above ``token``, nearest first, up to ``limit`` of them."""
    heads: list[Any] = []
    while token.head != token and len(heads) < limit:
        token = token.head
        heads.append(token)
    return heads


def _told_as_done(clause: Any) -> bool:
    """A clause told as done: a past verb ("that Niger bought") or a perfect ("that Niger had
    bought"), not negated and with no other auxiliary ("that Niger will buy", "could buy")."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "neg")]
    if clause.tag_ == "VBD":
        return not auxiliaries
    return clause.tag_ == "VBN" and len(auxiliaries) == 1 and lemma(auxiliaries[0]) == "have"


def _names_a_recipient(verb: Any) -> bool:
    """Whether a verb of supply names its recipient by a dative or a "to" phrase ("sold Kenya the
    fighters that Oman ordered", even one the parser hangs on the goods' clause): the goods'
    first buyer is then not it."""
    clauses = [verb, *(c for c in verb.subtree if c.dep_ == "relcl")]
    return any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for clause in clauses for c in clause.children)
