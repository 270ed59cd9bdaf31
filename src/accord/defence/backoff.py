"""Learned recall back-offs behind the joint-activity and arms-transfer rules.

The activity rules read the parse around a cue word; on phrasing they were not fitted to, most
of what they miss is a sentence where they find no activity at all (README, issue 13). The
back-off is a logistic regression over a sentence's words and its actors' places in the parse,
trained on the dev splits of the gold sets (``scripts/train_defence_backoff.py``; data
statement and figures in ``docs/defence_backoff.md``). Where the rules found no activity in a
sentence naming at least two possible parties (states, intergovernmental organisations), no
veto holds (``ActivityBackoff.vetoed``) and the model's probability clears the threshold chosen
by cross-validation, it proposes one activity between every party named. It never changes a
rule record.

Behind the transfer rules a second set of regressions works the same way (``TransferBackoff``):
where the rules found no transfer in a sentence naming two states and a military item, one
detector says whether a transfer is told, one model each ranks the states as supplier and as
recipient, and one per stage ranks the stages. Its proposals are vetoed wherever the transfer
rules' own readings say there is no transfer (``TransferExtractor.reads_no_transfer``,
``TransferExtractor.goods_named``); its proposals say ``found_by="model"``. It runs when the
model file carries it, as the packaged one does (``docs/defence_backoff.md``, "The transfer
back-off").

The features are computed here, so training and run time read a sentence the same way.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.defence import grammar
from accord.defence.activities import ActivityExtractor, activity_kinds
from accord.defence.grammar import lemma
from accord.defence.rules import ActivityRules, DefenceRules
from accord.events.syntax import Grammar
from accord.errors import ModelError
from accord.defence.equipment import EquipmentMention
from accord.defence.transfers import TransferExtractor
from accord.records import Activity, ArmsTransfer

#: The packaged model (``scripts/train_defence_backoff.py`` writes it).
MODEL_PACKAGE = "accord.data.models"
MODEL_FILE = "defence_backoff.json"
#: Parts of speech whose lemmas are features.
CONTENT_POS = ("VERB", "NOUN", "ADJ", "ADV", "PROPN")


def sentence_candidates(sent: Any, index: MentionIndex, reporting_verbs: frozenset[str] = frozenset()) -> dict[str, list[Mention]]:
    """The possible parties a sentence names, in order, with their mentions: states (by name,
    adjective, capital, place, or through a person or body of theirs) and intergovernmental
    organisations ("NATO", "UN peacekeepers"). Armed groups and news outlets are no party, nor
    is a state named only to describe another ("Chile, a neighbour of Bolivia"), nor one named
    only as the speaker of a report (the subject of one of ``reporting_verbs``) when two others
    remain ("X and Y will drill, a Z official said")."""
    candidates: dict[str, list[Mention]] = {}
    for mention in index.in_range(sent.start, sent.end):
        if mention.kind == "group" or mention.sector == "MED" or _describes_another(sent.doc[mention.end - 1]):
            continue
        code = mention.country or (mention.code if mention.sector == "IGO" else None)
        if code:
            candidates.setdefault(code, []).append(mention)
    speaking = _speakers(sent, reporting_verbs)
    speakers = {code for code, mentions in candidates.items() if all(m.start in speaking for m in mentions)}
    if speakers and len(candidates) - len(speakers) >= 2:
        return {code: mentions for code, mentions in candidates.items() if code not in speakers}
    return candidates


def proposed_parties(sent: Any, index: MentionIndex, candidates: dict[str, list[Mention]], rules: ActivityRules) -> tuple[str, ...]:
    """The parties of a proposal: the candidates less those named only as the side watched or
    fought ("data on Syrian rocket firings", "the bombing campaign against Serbia") or, for an
    organisation, only as what a state is a member of ("after Albania joined NATO", "a fully
    fledged NATO member"); with the leader and host a force's description names ("EUFOR, the EU-led force",
    "MINUSMA, the UN mission in Mali"), which candidates leave out as descriptions. Only the party
    set changes: the model's features read the candidates as they were trained."""
    kept = {code for code, mentions in candidates.items() if not all(_no_party(sent.doc[m.end - 1], m, rules) for m in mentions)}
    for mention in index.in_range(sent.start, sent.end):
        code = mention.country or (mention.code if mention.sector == "IGO" else None)
        if code and mention.kind != "group" and mention.sector != "MED" and _describes_force(sent.doc[mention.end - 1], rules):
            kept.add(code)
    return tuple(sorted(kept))


def _no_party(head: Any, mention: Mention, rules: ActivityRules) -> bool:
    """A mention (by its last token) named as the side an activity watches or fights (inside the
    phrase of a watched noun, or "against" it) or, an organisation, as what a state is a member of."""
    if not mention.country:
        joined = head.head if head.dep_ == "dobj" else head.head.head if head.dep_ == "pobj" else None
        if head.dep_ in ("compound", "poss", "nmod") and lemma(head.head) in rules.organisation_membership_nouns or joined is not None and lemma(joined) in rules.membership_verbs:
            return True
    node = head
    for _ in range(8):
        parent = node.head
        if parent.i == node.i or node.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
            return False
        if node.dep_ == "pobj" and parent.lower_ in rules.enemy_prepositions:
            return True
        if node.dep_ == "pobj" and parent.lower_ in ("by", "with", "alongside", "between", "among"):
            return False  # "strikes by X and Y jets": the actors of the deed
        # "on Syrian rocket firings": the parser may tag the noun a verb; its place tells
        nominal = parent.pos_ in ("NOUN", "PROPN") or parent.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        if nominal and lemma(parent) in rules.watched_nouns:
            return True
        if not nominal and parent.pos_ in ("VERB", "AUX"):
            return False
        node = parent
    return False


def _describes_force(token: Any, rules: ActivityRules) -> bool:
    """``token`` lies in an apposition describing a force or mission ("EUFOR, the EU-led
    stabilisation force", "MINUSMA, the UN mission in Mali")."""
    while token.head.i != token.i:
        if token.dep_ == "appos":
            return lemma(token) in rules.described_force_nouns
        token = token.head
    return False


def sentence_states(sent: Any, index: MentionIndex) -> list[str]:
    """The states among a sentence's candidates (``sentence_candidates``)."""
    return [code for code, mentions in sentence_candidates(sent, index).items() if mentions[0].country]


def sentence_features(sent: Any, index: MentionIndex, told: frozenset[str] = frozenset()) -> list[str]:
    """The features of one sentence: ``w=`` content lemmas outside actor mentions, ``b=`` pairs of
    a word and its syntactic head, ``neg`` and ``md=`` modals, ``states=`` how many states,
    ``told=`` the other kinds of record the rules found in it (``told``: some of "agreements",
    "arms_transfers", "alliances"; a sentence telling a sale seldom tells an exercise too), ``r=`` the root, ``p=`` and ``pg=`` the prepositions actors hang on (and
    what those hang on), ``a=`` and ``g=`` how other actors hang on their head, and the head."""
    inside = {i for m in index.in_range(sent.start, sent.end) for i in range(m.start, m.end)}
    features: set[str] = set()
    for token in sent:
        if token.dep_ == "neg":
            features.add("neg")
        if token.tag_ == "MD":
            features.add(f"md={lemma(token)}")
        if token.i in inside or token.is_stop or not token.is_alpha or token.pos_ not in CONTENT_POS:
            continue
        word = lemma(token)
        features.add(f"w={word}")
        head = token.head
        if head.i != token.i and head.i not in inside and head.is_alpha and not head.is_stop:
            features.add(f"b={lemma(head)}>{word}")
    features.add(f"states={min(len(sentence_states(sent, index)), 3)}")
    features.update(f"told={kind}" for kind in told)
    features.add(f"r={lemma(sent.root)}")
    for mention in index.in_range(sent.start, sent.end):
        head = sent.doc[mention.end - 1]
        if head.dep_ == "pobj":
            features.add(f"p={head.head.lower_}")
            features.add(f"pg={head.head.lower_}|{lemma(head.head.head)}")
        else:
            features.add(f"a={head.dep_}")
            if head.head.i != head.i and head.head.i not in inside:
                features.add(f"g={lemma(head.head)}")
    return sorted(features)


def candidate_features(mentions: list[Mention], sent: Any) -> list[str]:
    """The features of one state in a sentence, for telling its role in a transfer: how it is
    written (``form=``, ``place``), how its mentions hang in the parse (``dep=``, ``prep=``,
    ``gov=``, ``depgov=``: the relation, the preposition and the governing word's lemma) and
    whether it opens the sentence."""
    features: set[str] = set()
    for mention in mentions:
        head = sent.doc[mention.end - 1]
        features.add(f"form={mention.form}")
        if mention.is_place:
            features.add("place")
        if mention.start == sent.start:
            features.add("first")
        relation, governor = head.dep_, head.head
        if relation == "pobj":
            features.add(f"prep={governor.lower_}")
            relation, governor = f"pobj:{governor.lower_}", governor.head
        features.add(f"dep={relation}")
        features.add(f"gov={lemma(governor)}")
        features.add(f"depgov={relation}|{lemma(governor)}")
    return sorted(features)


@dataclass(frozen=True)
class LinearDetector:
    """A binary logistic regression over sparse binary features."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, "threshold": self.threshold, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LinearDetector":
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]), float(data["threshold"]))


class ActivityBackoff:
    """Proposes the activity of a sentence the rules found none in (module docstring)."""

    def __init__(self, detector: LinearDetector, rules: DefenceRules, syntax: Grammar) -> None:
        self.detector = detector
        self.rules = rules.activities
        self.syntax = syntax
        # the activity rules' reading of a clause's stage and of civilian and police bodies
        self.rule_reader = ActivityExtractor(rules, syntax)

    def propose(self, sent: Any, index: MentionIndex, dates: DateResolver, told: frozenset[str] = frozenset()) -> Activity | None:
        """One activity between the parties ``sent`` names, when the model finds one told there
        (``told``: the kinds of record the rules found in ``sent``)."""
        candidates = self.candidates(sent, index)
        if self.vetoed(sent, candidates, index) or self.detector.probability(sentence_features(sent, index, told)) < self.detector.threshold:
            return None
        trigger = _trigger(self.detector, sent, index)
        status = self.rule_reader.verb_status(_governor(trigger))
        if status is None:
            return None  # a negated, hypothetical or ended clause tells no activity
        parties = proposed_parties(sent, index, candidates, self.rules)
        if len(parties) < 2:
            return None  # one party left once the watched side and memberships are set apart: no joint activity
        kinds = activity_kinds(sent, self.rules.kinds) or self.rule_reader.default_kinds(trigger)
        period = self.syntax.clause_date(_governor(trigger), sent, dates, future=status == "planned", periods=True)
        return Activity("", parties, None, kinds, period, status, grammar.evidence(sent, trigger), found_by="model")

    def candidates(self, sent: Any, index: MentionIndex) -> dict[str, list[Mention]]:
        """The sentence's possible parties (``sentence_candidates``, speakers of reports left out)."""
        return sentence_candidates(sent, index, self.syntax.lexicon.reporting_verbs)

    def vetoed(self, sent: Any, candidates: dict[str, list[Mention]], index: MentionIndex) -> bool:
        """Where no proposal is made, whatever the model says: fewer than two parties named as
        actors (a state named only as a place tells no host's consent: "X's soldiers landed in
        Y"), a sentence that denies something (the back-off reads no scope), or a subject that is
        a civilian body or police only ("the customs services of X and Y held a drill", "a
        police unit from X flew to Y", as the activity rules read them), or a clause the activity
        rules read and declined (``ActivityExtractor.declined_deployment``, ``trains_police_only``,
        ``reacts_to_anothers_activity``): forces sent or arriving without the host's consent,
        police trained, an activity the states named only react to."""
        if sum(1 for mentions in candidates.values() if any(not m.is_place for m in mentions)) < 2:
            return True
        if _negated(sent, self.rules.negating_determiners):
            return True
        if any(t.dep_ in ("nsubj", "nsubjpass") and (self.rule_reader.civilian_body(t) or self.rule_reader.police_only(t)) for t in sent):
            return True
        # a clause the activity rules read and declined: forces sent or arriving without the host's
        # consent, police trained, an activity the subject only reacts to
        return self.rule_reader.declined_deployment(sent, index) or self.rule_reader.trains_police_only(sent) or self.rule_reader.reacts_to_anothers_activity(sent, index)


class TransferBackoff:
    """Proposes the arms transfer of a sentence the transfer rules found none in (module docstring)."""

    def __init__(self, detector: LinearDetector, supplier: LinearDetector, recipient: LinearDetector, statuses: dict[str, LinearDetector], rules: DefenceRules, syntax: Grammar) -> None:
        self.detector = detector
        self.supplier = supplier
        self.recipient = recipient
        self.statuses = statuses  # one detector per stage; the most probable stage is taken
        self.syntax = syntax
        self.negating_determiners = rules.activities.negating_determiners
        # the transfer rules' own readings of cues and goods: where they say "no transfer", none
        self.rule_reader = TransferExtractor(rules, syntax)

    def states(self, sent: Any, index: MentionIndex) -> dict[str, list[Mention]]:
        """The states among the sentence's possible parties (``sentence_candidates``) named at
        least once as an actor, not only as a place: a state named only where goods are built or
        based ("to be built at X") is no side of a transfer."""
        candidates = sentence_candidates(sent, index, self.syntax.lexicon.reporting_verbs)
        return {code: mentions for code, mentions in candidates.items() if mentions[0].country and any(not m.is_place for m in mentions)}

    def vetoed(self, sent: Any, index: MentionIndex, states: dict[str, list[Mention]], equipment: dict[int, EquipmentMention]) -> bool:
        """Where no proposal is made, whatever the model says: fewer than two states; no military
        goods named, as the rules count goods (a facility built for a state, civilian or relief
        goods, vague support); a sentence that denies something (the back-off reads no scope);
        or a cue the rules read as telling no transfer (objected to, refused, prohibited, only
        hypothetical, civilian: ``TransferExtractor.reads_no_transfer``)."""
        if len(states) < 2 or not self.rule_reader.goods_named(sent, equipment):
            return True
        if _negated(sent, self.negating_determiners):
            return True
        return self.rule_reader.reads_no_transfer(sent, index, equipment)

    def roles(self, states: dict[str, list[Mention]], sent: Any) -> tuple[str, str]:
        """The supplier and the recipient: the states the role models rank first (two apart)."""
        return ranked_roles({code: candidate_features(mentions, sent) for code, mentions in states.items()}, self.supplier, self.recipient)

    def stage(self, features: list[str]) -> str:
        """The stage the stage models rank first."""
        return ranked_stage(features, self.statuses)

    def propose(self, sent: Any, index: MentionIndex, dates: DateResolver, told: frozenset[str], equipment: dict[int, EquipmentMention]) -> ArmsTransfer | None:
        """One transfer between two states ``sent`` names, when the model finds one told there
        (``told``: the kinds of record the rules found in ``sent``; ``equipment``: the equipment
        mentions by token, whose first military item in ``sent`` is the item)."""
        states = self.states(sent, index)
        if self.vetoed(sent, index, states, equipment):
            return None
        features = sentence_features(sent, index, told)
        if self.detector.probability(features) < self.detector.threshold:
            return None
        trigger = _trigger(self.detector, sent, index)
        if str(self.syntax.clause_status(_governor(trigger))) in ("negated", "hypothetical"):
            return None
        supplier, recipient = self.roles(states, sent)
        item = self.rule_reader.goods_named(sent, equipment)[0]
        year = grammar.year(self.syntax.clause_date(_governor(trigger), sent, dates, future=False) or dates.published)
        return ArmsTransfer(
            "", (supplier,), (recipient,), item.name, item.category, item.manufacturer, item.quantity, self.stage(features), year, grammar.evidence(sent, trigger),
            found_by="model",
        )


@dataclass(frozen=True)
class DefenceBackoff:
    """The packaged back-off models (``None`` for a kind the package carries no model of)."""

    activities: ActivityBackoff | None = None
    transfers: TransferBackoff | None = None

    @classmethod
    def load(cls, rules: DefenceRules, syntax: Grammar) -> "DefenceBackoff":
        """Read the packaged model file once; an empty back-off when the package carries none."""
        try:
            raw = resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_text(encoding="utf-8")
        except (FileNotFoundError, ModuleNotFoundError):
            return cls()
        try:
            model = json.loads(raw)
            detector = LinearDetector.from_dict(model["activities"]) if "activities" in model else None
            transfers = _transfer_models(model["arms_transfers"]) if "arms_transfers" in model else None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ModelError(f"the defence back-off model {MODEL_FILE} is malformed ({error!r}); reinstall accord or retrain it with scripts/train_defence_backoff.py") from error
        return cls(
            ActivityBackoff(detector, rules, syntax) if detector is not None else None,
            TransferBackoff(*transfers, rules, syntax) if transfers is not None else None,
        )


def ranked_roles(features: dict[str, list[str]], supplier: LinearDetector, recipient: LinearDetector) -> tuple[str, str]:
    """The supplier and the recipient among states given by their ``candidate_features``: the
    one each role model ranks first, the recipient another state than the supplier (the training
    script ranks held-out sentences through this too)."""
    chosen = max(features, key=lambda code: supplier.probability(features[code]))
    return chosen, max((code for code in features if code != chosen), key=lambda code: recipient.probability(features[code]))


def ranked_stage(features: list[str], statuses: dict[str, LinearDetector]) -> str:
    """The stage whose model ranks the sentence's features highest (ties: the first by name)."""
    return max(sorted(statuses), key=lambda stage: statuses[stage].probability(features))


def _transfer_models(part: dict[str, Any]) -> tuple[LinearDetector, LinearDetector, LinearDetector, dict[str, LinearDetector]]:
    """The transfer back-off's detector, role models and stage models, as the model file holds them."""
    statuses = {str(stage): LinearDetector.from_dict(d) for stage, d in part["status"].items()}
    return LinearDetector.from_dict(part["detector"]), LinearDetector.from_dict(part["supplier"]), LinearDetector.from_dict(part["recipient"]), statuses


def _trigger(detector: LinearDetector, sent: Any, index: MentionIndex) -> Any:
    """The word that weighs most for the record: its evidence and its clause."""
    inside = {i for m in index.in_range(sent.start, sent.end) for i in range(m.start, m.end)}
    best, best_weight = sent.root, -math.inf
    for token in sent:
        if token.i in inside or not token.is_alpha:
            continue
        weight = detector.weights.get(f"w={lemma(token)}", -math.inf)
        if weight > best_weight:
            best, best_weight = token, weight
    return best


def _speakers(sent: Any, reporting_verbs: frozenset[str]) -> set[int]:
    """The tokens of the subjects of the sentence's reporting verbs ("an official said")."""
    found: set[int] = set()
    for token in sent:
        if token.lemma_.lower() in reporting_verbs and token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    found.update(t.i for t in child.subtree)
    return found


def _describes_another(token: Any) -> bool:
    """``token`` lies in an apposition: a description of something named before it."""
    while token.head.i != token.i:
        if token.dep_ == "appos":
            return True
        token = token.head
    return False


def _negated(sent: Any, negating_determiners: Any) -> bool:
    """The sentence denies something ("did not hold", "no frigates joined"): a back-off reads
    no scope, so it proposes nothing there."""
    return any(t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ in negating_determiners) for t in sent)


def _governor(token: Any) -> Any:
    """The verb whose clause tells ``token`` (itself for a verb; the root if none)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token
