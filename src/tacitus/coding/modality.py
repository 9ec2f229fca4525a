"""Decide whether an event is asserted, negated, hypothetical, future or requested.

"We do not want a foreign government to invade our country" must not yield an asserted invasion: the
invasion is embedded under a negated desiderative, so it is `negated`.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.arguments import clause_head
from tacitus.coding.lexicon import Lexicon
from tacitus.records import Modality

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "'d", "ought"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Verbs whose infinitive complement did happen ("managed to flee", "began to shell", "was forced to retreat").
IMPLICATIVE = frozenset({"manage", "begin", "start", "continue", "resume", "proceed", "go", "keep", "dare",
                         "help", "come", "get", "use", "happen", "remain", "stop", "force",
                         "vote"})  # "parliament voted to end the emergency": a body's vote enacts what it votes for
# Roots of the embedding event that make its complement non-asserted (appeal, intent, demand, threaten).
ROOT_MODALITY = {"02": Modality.REQUESTED, "10": Modality.REQUESTED, "03": Modality.FUTURE,
                 "13": Modality.HYPOTHETICAL}
# Lemmas that mark the future only in the progressive: "is going to attack", not "went on strike".
PROGRESSIVE_ONLY = frozenset({"go"})
EMBEDDING_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "parataxis", "acl", "prep", "dobj"})
# Deps climbed only to the verb that frames their content: "accused X of violating" (pcomp -> of -> accused),
# "refrained from attacking", "rejected reports that jets bombed" (acl -> dobj -> rejected).
CONTENT_DEPS = frozenset({"prep", "dobj"})
ALLEGATION_CODE = "112"  # accuse, allege, blame: what X is accused of is alleged, not asserted
# "accused X of attacking", "blamed X for the bombings": what an accusation alleges is the accuser's claim.
ALLEGATION_PREPS = frozenset({"of", "for"})
DISAPPROVE_ROOT = "11"
MAX_DEPTH = 8
PROTEST_ROOT = "14"


def own_modality(token: Token, reporting: frozenset[str] = frozenset()) -> tuple[Modality, str] | None:
    """Modality marked on the predicate itself: negation, modal or future auxiliary, conditional."""
    for child in token.children:  # negation first: "would not give" is negated, whatever the auxiliary
        if child.dep_ == "neg" or (child.dep_ in {"det", "advmod"} and child.lower_ in {"no", "never"}):
            return Modality.NEGATED, f"negated by '{child.text}'"
    for child in token.children:
        low = child.lower_
        if child.dep_ in {"aux", "auxpass"} and low in FUTURE_AUX:
            return Modality.FUTURE, f"future auxiliary '{child.text}'"
        if child.dep_ in {"aux", "auxpass"} and low in {"would", "'d"} and _reported(token, reporting):
            return Modality.FUTURE, f"'{child.text}' in reported speech (future in the past)"
        if child.dep_ in {"aux", "auxpass"} and low in HYPOTHETICAL_AUX:
            return Modality.HYPOTHETICAL, f"modal auxiliary '{child.text}'"
        if child.dep_ == "mark" and low in CONDITIONAL_MARKS:
            return Modality.HYPOTHETICAL, f"conditional '{child.text}'"
        if child.dep_ == "aux" and low == "going" and token.tag_ == "VB":
            return Modality.FUTURE, "'going to'"
    return None


def _reported(token: Token, reporting: frozenset[str]) -> bool:
    """Whether the clause is the complement of a speech verb ("said it would withdraw"), without an if-clause."""
    if any(c.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in c.children) for c in token.children):
        return False
    head = token.head
    return token.dep_ in {"ccomp", "xcomp"} and head.pos_ == "VERB" and head.lemma_.lower() in reporting


def _is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _protest(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb's plain sense (no particle, object or preposition) is a protest (CAMEO 14): "protest",
    "demonstrate", "rally" ("protested to the ambassador" and "rallied support" are other senses)."""
    return any(not (e.particle or e.objects or e.preps) and e.code[:2] == PROTEST_ROOT
               for e in lexicon.verb_entries(verb.lemma_.lower()))


def _embedding_modality(clause: Token, head: Token, lexicon: Lexicon) -> tuple[Modality, str] | None:
    """Modality that the embedding predicate `head` gives to the clause headed by `clause`."""
    lemma = head.lemma_.lower()
    if lemma in PROGRESSIVE_ONLY and head.tag_ != "VBG":
        return None  # "went on hunger strike", "went to the capital to protest" did happen; "going to" is future
    sibling = clause.dep_ == "conj" and clause.head.i == head.i  # "called for calm and demanded": its own act
    if lemma in lexicon.modality and not sibling:
        mod = lexicon.modality[lemma]
        head_own = own_modality(head, lexicon.reporting)
        if head_own and head_own[0] is Modality.NEGATED:
            return Modality.NEGATED, f"under negated '{head.text}' ({head_own[1]})"
        return mod, f"under '{head.text}' ({mod.value})"
    if clause.dep_ in {"xcomp", "ccomp", "advcl"} and head.pos_ in {"VERB", "AUX"}:
        roots = {entry.code[:2] for entry in lexicon.verb_entries(lemma)}
        for root, mod in ROOT_MODALITY.items():
            if roots and roots <= {root}:
                return mod, f"complement of '{head.text}' (CAMEO {root})"
        if clause.dep_ == "advcl" and _is_infinitive(clause) and _protest(clause, lexicon):
            return None  # "took to the streets to protest X": the purpose of a gathering is the protest it is
        if (
            _is_infinitive(clause)
            and lemma not in IMPLICATIVE
            and not (lemma == "have" and head.tag_ == "VBD")  # "police had to open fire": they did
            and lemma not in lexicon.reporting
            and head.pos_ == "VERB"
        ):
            return Modality.HYPOTHETICAL, f"infinitive under '{head.text}'"
    return None


def _accuser(trigger: Token, lexicon: Lexicon) -> Token | None:
    """The accusing word whose "of"/"for" phrase holds the trigger: "accused Israel of attacking a tanker", "blamed
    Kabul for a wave of bombings", "accusations of torture"; not "charged with murder" (legal action) nor
    "condemned X for the killing" (criticism of an act that happened)."""
    node = trigger
    while node.dep_ == "conj" and node.head is not node:  # "accused X of torturing and raping"
        node = node.head
    for _ in range(3):
        prep = node.head
        if node.dep_ not in {"pobj", "pcomp"} or prep.dep_ != "prep" or prep.lower_ not in ALLEGATION_PREPS:
            return None
        word = prep.head
        lemma = word.lemma_.lower()
        senses = lexicon.verb_entries(lemma) if word.pos_ == "VERB" else lexicon.noun_entries(lemma)
        if senses and all(e.code.startswith(DISAPPROVE_ROOT) for e in senses) \
                and any(e.code.startswith(ALLEGATION_CODE) for e in senses):
            return word
        node = word  # "for a wave of bombings": up through the noun the phrase belongs to
    return None


def _content_modality(inner: Token, clause: Token, head: Token, lexicon: Lexicon) -> tuple[Modality, str] | None:
    """The modality a verb gives to its preposition's or object noun's content: "accused the army of shelling"
    (alleged), "refrained from attacking", "rejected reports that its jets bombed" (negated), "called for
    deploying troops" (requested)."""
    if clause.dep_ == "prep" and clause.lower_ == "of" and any(
            e.code == ALLEGATION_CODE and not (e.particle or e.objects or e.preps)
            for e in lexicon.verb_entries(head.lemma_.lower())):
        return Modality.HYPOTHETICAL, f"alleged: '{head.text} ... of'"
    framing = lexicon.modality.get(head.lemma_.lower())
    if clause.dep_ == "dobj" and not _is_clause(inner):
        return None  # "called up an officer claiming responsibility": the participle describes the object
    plain = own_modality(head, lexicon.reporting) is None and not any(c.tag_ == "MD" for c in head.children)
    if framing is Modality.NEGATED and (clause.dep_ == "dobj" or clause.lower_ == "from") and plain:
        # "refrained from attacking"; not "nothing can prevent them from arresting"
        return Modality.NEGATED, f"content of '{head.text}' (negated)"
    if framing is Modality.REQUESTED and (clause.dep_ == "dobj" or clause.lower_ == "for"):
        # "an appeal for deploying troops", "demanded an admission that its forces murdered"
        return Modality.REQUESTED, f"content of '{head.text}' (requested)"
    return None


def _is_clause(token: Token) -> bool:
    """A clause with its own subject or an infinitive ("reports that its jets bombed", "a plan to attack")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "aux" and c.lower_ == "to") for c in token.children)


def modality_of(trigger: Token, lexicon: Lexicon) -> tuple[Modality, str]:
    """The modality of the event whose predicate is `trigger`, with the reason for `explain`."""
    found = own_modality(trigger, lexicon.reporting)
    if found:
        return found
    accuser = _accuser(trigger, lexicon)
    if accuser is not None:
        return Modality.HYPOTHETICAL, f"alleged by '{accuser.text}': the accuser's claim"
    clause = clause_head(trigger) if trigger.pos_ not in {"VERB", "AUX"} else trigger
    if clause.dep_ == "acl" and clause.head.pos_ in {"NOUN", "PROPN"} and _is_infinitive(clause):
        # "pressure to help Iran", "the decision to withdraw": the infinitive has not happened
        return Modality.HYPOTHETICAL, f"infinitive after the noun '{clause.head.text}'"
    if clause is not trigger:
        found = own_modality(clause, lexicon.reporting)
        if found:
            return found
        lemma = clause.lemma_.lower()
        if lemma in lexicon.modality and not (lemma in lexicon.light_verbs and trigger.dep_ in {"dobj", "obj"}):
            # "want sanctions" is only wished for; "ordered an investigation" (light verb) did happen
            return _embedding_modality(trigger, clause, lexicon) or (Modality.ASSERTED, "")
    inner = trigger
    for _ in range(MAX_DEPTH):
        if clause.dep_ not in EMBEDDING_DEPS or clause.head is clause:
            break
        head = clause.head
        if clause.dep_ in CONTENT_DEPS:
            return _content_modality(inner, clause, head, lexicon) or (Modality.ASSERTED, "asserted")
        found = _embedding_modality(clause, head, lexicon)
        if found:
            return found
        if clause.dep_ == "conj":
            found = own_modality(head, lexicon.reporting)
            if found and found[0] is not Modality.NEGATED:
                return found
        else:
            found = own_modality(head, lexicon.reporting)
            if found and found[0] is Modality.NEGATED and head.lemma_.lower() not in lexicon.reporting:
                return found
            if found and found[0] is not Modality.NEGATED:
                return found
        inner, clause = clause, head
    return Modality.ASSERTED, "asserted"
