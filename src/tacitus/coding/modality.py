"""Decide whether an event is asserted, negated, hypothetical, future or requested.

"We do not want a foreign government to invade our country" must not yield an asserted invasion: the
invasion is embedded under a negated desiderative, so it is `negated`.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.coding.arguments import clause_head
from tacitus.coding.lexicon import Lexicon
from tacitus.coding.quoted import quoted_imperative
from tacitus.records import Modality

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "'d", "ought"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Subordinators of a clause that tells what happened around the main event, not what it says or wants.
CIRCUMSTANCE_MARKS = frozenset({"after", "since", "because", "as", "when", "while", "once", "although", "though",
                                "whereas"})
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
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Adverbs that state a rare practice, no one event: "sanctions rarely change governments". Not "routinely" or
# "often": "soldiers routinely beat up detainees" reports abuses that human coders (PLOVER GSR) code as events.
HABITUAL = frozenset({"rarely", "seldom"})
# What a report is called when it is denied: "reports that troops were deployed were untrue".
FALSITY = frozenset({"untrue", "false", "baseless", "unfounded", "groundless", "fabricated", "incorrect",
                     "inaccurate", "fake", "lie", "fabrication", "nonsense", "rumour", "rumor"})
# Ordinals that rank the doer of an infinitive's deed: "the first country to ratify" (did ratify).
RANKS = frozenset({"first", "last", "only", "second", "third", "latest"})
# Modifiers of an event noun that has not happened: "the planned offensive", "possible sanctions".
PROSPECTIVE = {word: Modality.FUTURE for word in ("planned", "upcoming", "imminent", "expected", "scheduled",
                                                  "forthcoming", "looming", "impending")} | {
    word: Modality.HYPOTHETICAL for word in ("proposed", "possible", "potential", "threatened", "prospective",
                                             "mooted", "rumoured", "rumored", "hypothetical")}
ALTERNATIVES = frozenset({("instead", "of"), ("rather", "than")})  # "instead of negotiating": not done
# A negative argument negates its predicate: "no troops were deployed", "neither side fired", "arrested no one".
NEGATIVE_WORDS = frozenset({"none", "nobody", "nothing", "neither"})
NEGATIVE_DETS = frozenset({"no", "neither"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# Dependencies by which a noun holding a clause ("denied reports that the army had shelled") hangs under the verb
# that gives the clause its modality.
CONTENT_NOUN_DEPS = frozenset({"dobj"})
# How an event noun hangs under the verb whose modality it takes: as its object or passive subject, or in a phrase
# of content ("hoped for a ceasefire", "called off plans for talks").
ARGUMENT_PATH_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd", "dative"})
ARGUMENT_PREPS = frozenset({"for", "of", "on", "to"})


def own_modality(token: Token, reporting: frozenset[str] = frozenset(), *,
                 inside: Token | None = None) -> tuple[Modality, str] | None:
    """Modality marked on the predicate itself: negation, modal or future auxiliary, conditional. For an event noun
    `inside` one of its arguments, a negative argument around the noun does not deny it ("made no reference to the
    massacre")."""
    for child in token.children:  # negation first: "would not give" is negated, whatever the auxiliary
        if child.dep_ == "neg" or (child.dep_ in {"det", "advmod"} and child.lower_ in {"no", "never"}):
            return Modality.NEGATED, f"negated by '{child.text}'"
    negative = _negative_argument(token)
    if negative is not None and not (inside is not None and inside.i != negative.i
                                     and negative.left_edge.i <= inside.i <= negative.right_edge.i):
        return Modality.NEGATED, f"negative argument '{negative.text}'"
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


def _negative_argument(token: Token) -> Token | None:
    """The subject or object that denies the predicate happened: "no troops", "neither side", "none of them"."""
    for child in token.children:
        if child.dep_ in ARGUMENT_DEPS and (child.lower_ in NEGATIVE_WORDS or any(
                c.dep_ in {"det", "preconj"} and c.lower_ in NEGATIVE_DETS for c in child.children)):
            return child
    return None


def _yes_no_question(token: Token) -> bool:
    """ "Will Iran retaliate?", "Is China preparing to invade Taiwan?": a question asks whether it happens."""
    words = [t for t in token.sent if not t.is_punct or t.text == "?"]
    return len(words) > 1 and words[-1].text == "?" and words[0].pos_ == "AUX"


def _headline_future(clause: Token) -> bool:
    """ "Police to probe deaths of protesters", "EU to slap new sanctions on Russia": a headline's bare infinitive
    announces what is to come."""
    if not _is_infinitive(clause):
        return False
    head = clause.head
    return clause.dep_ == "ROOT" or (clause.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in NOUN_POS
                                     and head.i < clause.i)


def _prospective(noun: Token) -> tuple[Modality, str] | None:
    """ "the planned offensive", "the upcoming visit", "possible sanctions": an event noun whose modifier says it
    has not happened."""
    if noun.pos_ not in NOUN_POS:
        return None
    for child in noun.children:
        mod = PROSPECTIVE.get(child.lower_) if child.dep_ in {"amod", "compound"} and child.i < noun.i else None
        if mod is not None:
            return mod, f"'{child.text} {noun.text}' ({mod.value})"
    return None


def _ahead_of(noun: Token) -> tuple[Modality, str] | None:
    """ "detained activists ahead of talks with the rebels": the event to come."""
    start = noun.left_edge.i
    before = tuple(t.lower_ for t in noun.doc[max(start - 2, 0) : start])
    if noun.pos_ in NOUN_POS and noun.dep_ == "pobj" and before == ("ahead", "of"):
        return Modality.FUTURE, f"'ahead of {noun.text}'"
    return None


def _instead(clause: Token) -> bool:
    """ "attacked the town instead of negotiating", "rather than negotiate": the alternative not taken."""
    start = clause.left_edge.i
    before = tuple(t.lower_ for t in clause.doc[max(start - 2, 0) : start])
    return clause.pos_ in {"VERB", "AUX"} and before in ALTERNATIVES


def _phrasal_modality(clause: Token, lexicon: Lexicon) -> tuple[Modality, str] | None:
    """ "ruled out sending troops", "stopped short of expelling": a verb with its particle (modality.tsv) that
    governs the clause directly or through a preposition."""
    head = clause.head
    if clause.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head.head if head.head.dep_ in {"advmod", "prt"} else head.head  # "stopped short of expelling"
    elif clause.dep_ not in {"xcomp", "advcl", "ccomp"}:
        return None
    if head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    for word in sorted(c.lower_ for c in head.children if c.dep_ in {"prt", "advmod", "prep"} and c.i > head.i):
        mod = lexicon.modality.get(f"{lemma} {word}")
        head_own = own_modality(head)
        if mod is Modality.NEGATED and head_own is not None and head_own[0] is Modality.NEGATED:
            return Modality.HYPOTHETICAL, f"under negated '{head.text} {word}': not ruled out, not asserted"
        if mod is not None:
            return mod, f"under '{head.text} {word}' ({mod.value})"
    return None


def _argument_of(noun: Token, clause: Token) -> bool:
    """Whether an event noun is what its clause's verb is about ("want sanctions", "talks were cancelled", "hoped for
    a ceasefire"), not its active subject ("the riots set the country back") or a circumstance ("bookings were
    postponed after the attack")."""
    node = noun
    for _ in range(MAX_DEPTH):
        if node.head.i == clause.i:
            return node.dep_ in ARGUMENT_PATH_DEPS or (node.dep_ == "prep" and node.lower_ in ARGUMENT_PREPS)
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _noun_path_modality(trigger: Token, clause: Token, lexicon: Lexicon) -> tuple[Modality, str] | None:
    """ "plans for a joint exercise", "calls for a ceasefire", "the threat of sanctions": an event noun inside the
    phrase of a noun of intent, appeal or possibility is not asserted."""
    node = trigger
    for _ in range(MAX_DEPTH):
        if node.i in {clause.i, node.head.i}:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            break  # "the area where the mosque stood before its demolition": a clause of its own
        mod = lexicon.modality.get(node.lemma_.lower()) if node.pos_ in NOUN_POS else None
        if mod is not None:
            return _denied_noun(node) or (mod, f"inside '{node.text}' ({mod.value})")
    return None


def _denied_noun(noun: Token) -> tuple[Modality, str] | None:
    """ "no plans for an offensive", "no intention of invading": the plan itself is denied."""
    negator = next((c for c in noun.children if c.dep_ in {"det", "neg"} and c.lower_ in NEGATIVE_DETS | {"not"}),
                   None)
    return (Modality.NEGATED, f"inside '{negator.text} {noun.text}'") if negator is not None else None


def _gerund_of_noun(clause: Token, lexicon: Lexicon) -> tuple[Modality, str] | None:
    """ "no intention of invading Ukraine", "its plans for attacking": a gerund after a noun of intent takes the
    noun's modality (negated under "no")."""
    prep = clause.head
    if clause.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in {"of", "for"}:
        return None
    noun = prep.head
    mod = lexicon.modality.get(noun.lemma_.lower()) if noun.pos_ in NOUN_POS else None
    if mod is None:
        return None
    return _denied_noun(noun) or (mod, f"'{noun.text} {prep.text} {clause.text}' ({mod.value})")


def _modality_key(verb: Token) -> str:
    """The modality.tsv key of a verb: a verb with a particle is another verb ("called off the arrest" is no call for
    it, "set up to fight" is not "is set to meet"), keyed "lemma particle"."""
    verbal = verb.pos_ in {"VERB", "AUX"}
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None) if verbal else None
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle}" if particle else lemma


def _content_clause(clause: Token) -> bool:
    """Whether a clause under a noun says what the noun holds ("reports that the army had shelled"), unlike a
    participle that describes the noun ("the soldiers killed by rebels")."""
    return clause.dep_ in {"acl", "ccomp"} and any(c.dep_ in {"mark", "aux"} for c in clause.children)


def _reported(token: Token, reporting: frozenset[str]) -> bool:
    """Whether the clause is the complement of a speech verb ("said it would withdraw"), without an if-clause."""
    if any(c.dep_ == "advcl" and any(m.lower_ in CONDITIONAL_MARKS for m in c.children) for c in token.children):
        return False
    head = token.head
    return token.dep_ in {"ccomp", "xcomp"} and head.pos_ == "VERB" and head.lemma_.lower() in reporting


def _is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _perfect(clause: Token) -> bool:
    """A perfect infinitive ("to have seized") tells of a past event."""
    return any(c.dep_ == "aux" and c.lower_ == "have" for c in clause.children)


def _protest(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb's plain sense (no particle, object or preposition) is a protest (CAMEO 14): "protest",
    "demonstrate", "rally" ("protested to the ambassador" and "rallied support" are other senses)."""
    return any(not (e.particle or e.objects or e.preps) and e.code[:2] == PROTEST_ROOT
               for e in lexicon.verb_entries(verb.lemma_.lower()))


def _embedding_modality(clause: Token, head: Token, lexicon: Lexicon) -> tuple[Modality, str] | None:
    """Modality that the embedding predicate `head` gives to the clause headed by `clause`."""
    lemma = head.lemma_.lower()
    if clause.dep_ == "conj" and clause.pos_ in {"VERB", "AUX"} and not any(
            c.dep_ in {"xcomp", "ccomp"} for c in head.children):
        # "set afire and damaged", "rejected the plan and said": a verb with no complement of its own gives its
        # conjunct nothing ("refused to negotiate and withdraw" may share the refusal)
        return None
    if lemma in PROGRESSIVE_ONLY and head.tag_ != "VBG":
        return None  # "went on hunger strike", "went to the capital to protest" did happen; "going to" is future
    if clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in clause.children):
        return None  # "warned X after its coast guard fired on a vessel": the circumstance is told as a fact
    if _modality_key(head) in lexicon.modality:
        mod = lexicon.modality[_modality_key(head)]
        head_own = own_modality(head, lexicon.reporting)
        if head_own and head_own[0] is Modality.NEGATED and mod is Modality.NEGATED:
            # "did not deny that troops had shelled", "did not rule out sending troops": left open
            return Modality.HYPOTHETICAL, f"under negated '{head.text}' ({head_own[1]}): not denied, not asserted"
        if head_own and head_own[0] is Modality.NEGATED:
            return Modality.NEGATED, f"under negated '{head.text}' ({head_own[1]})"
        return mod, f"under '{head.text}' ({mod.value})"
    if lemma in {"be", "have"} and _is_infinitive(clause) and any(c.lower_ == "yet" for c in head.children):
        return Modality.NEGATED, f"'{head.text} yet to {clause.text}': not (yet) done"
    if lemma == "be" and clause.dep_ == "xcomp" and _is_infinitive(clause):
        # "the president is to visit Uganda" (arranged); "was to have met" (it did not happen)
        if _perfect(clause):
            return Modality.HYPOTHETICAL, f"'{head.text} to have {clause.text}': planned, not done"
        return Modality.FUTURE, f"'{head.text} to {clause.text}': arranged"
    if clause.dep_ in {"xcomp", "ccomp", "advcl"} and head.pos_ in {"VERB", "AUX"}:
        roots = {entry.code[:2] for entry in lexicon.verb_entries(lemma)}
        for root, mod in ROOT_MODALITY.items():
            if roots and roots <= {root}:
                return mod, f"complement of '{head.text}' (CAMEO {root})"
        if clause.dep_ == "advcl" and _is_infinitive(clause) and _protest(clause, lexicon):
            return None  # "took to the streets to protest X": the purpose of a gathering is the protest it is
        if (
            _is_infinitive(clause)
            and not _perfect(clause)  # "appear to have seized", "is alleged to have killed": a hedged past event
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
    if _yes_no_question(trigger):
        return Modality.HYPOTHETICAL, "a yes/no question"
    if quoted_imperative(trigger):
        return Modality.REQUESTED, f"a quoted imperative ('{trigger.text} ...'): a demand, not a report"
    found = own_modality(trigger, lexicon.reporting) or _prospective(trigger) or _ahead_of(trigger)
    if found:
        return found
    habit = _habitual(clause_head(trigger) if trigger.pos_ not in {"VERB", "AUX"} else trigger)
    if habit is not None:
        return Modality.HYPOTHETICAL, f"a rare practice ('{habit.text}'): no one event"
    accuser = _accuser(trigger, lexicon)
    if accuser is not None:
        return Modality.HYPOTHETICAL, f"alleged by '{accuser.text}': the accuser's claim"
    clause = clause_head(trigger) if trigger.pos_ not in {"VERB", "AUX"} else trigger
    found = _clause_marker(clause, lexicon)
    if found:
        return found
    if clause is not trigger:
        found = _noun_in_clause(trigger, clause, lexicon)
        if found:
            return found
    return _embedded(clause, lexicon)


def _habitual(clause: Token) -> Token | None:
    """The adverb that makes a clause a statement of rare practice ("sanctions rarely work"), or None."""
    return next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ in HABITUAL), None)


def _ranked(clause: Token) -> Token | None:
    """The noun ranked by an ordinal that the infinitive names the deed of: "became the fiftieth country to
    ratify", "the first leader to visit" (the deed is done), or None."""
    head = clause.head
    noun = head if clause.dep_ == "acl" else next(
        (c for c in head.children if c.dep_ in {"attr", "dobj", "oprd"} and c.i < clause.i), None)
    if noun is None or noun.pos_ not in NOUN_POS or not _is_infinitive(clause):
        return None
    ranked = any(c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in RANKS) for c in noun.children)
    return noun if ranked else None


def _clause_marker(clause: Token, lexicon: Lexicon) -> tuple[Modality, str] | None:
    """Modality that the shape of the predicate's clause marks: a headline infinitive, "instead of", a phrasal
    negator, a noun of intent, an infinitive after a noun."""
    ranked = _ranked(clause)
    if ranked is not None:
        return Modality.ASSERTED, f"the deed of the ranked '{ranked.text}' ('the first country to ratify')"
    if _headline_future(clause):
        return Modality.FUTURE, f"headline infinitive 'to {clause.text}'"
    if _instead(clause):
        return Modality.NEGATED, f"'{clause.text}' is the alternative not taken"
    found = _phrasal_modality(clause, lexicon) or _gerund_of_noun(clause, lexicon)
    if found:
        return found
    if clause.dep_ == "acl" and clause.head.pos_ in {"NOUN", "PROPN"} and _is_infinitive(clause):
        # "pressure to help Iran", "the decision to withdraw": the infinitive has not happened
        return Modality.HYPOTHETICAL, f"infinitive after the noun '{clause.head.text}'"
    return None


def _noun_in_clause(trigger: Token, clause: Token, lexicon: Lexicon) -> tuple[Modality, str] | None:
    """Modality of an event noun from the clause it sits in: the clause's own marks, a noun of intent above it,
    or the clause verb's lemma ("want sanctions", "talks were cancelled")."""
    found = own_modality(clause, lexicon.reporting, inside=trigger)
    if found:
        return found
    lemma = clause.lemma_.lower()
    path = _noun_path_modality(trigger, clause, lexicon)
    if path and lexicon.modality.get(lemma) is not Modality.NEGATED:
        return path
    if _modality_key(clause) in lexicon.modality and _argument_of(trigger, clause) and not (
            lemma in lexicon.light_verbs and trigger.dep_ in {"dobj", "obj"}):
        # "want sanctions" is only wished for; "ordered an investigation" (light verb) did happen
        return _embedding_modality(trigger, clause, lexicon) or (Modality.ASSERTED, "")
    return None


def _embedded(clause: Token, lexicon: Lexicon) -> tuple[Modality, str]:
    """Modality given by the predicates the clause is embedded in, walking up complements and conjuncts."""
    inner = clause
    for _ in range(MAX_DEPTH):
        content_noun = clause.pos_ in NOUN_POS and clause.dep_ in CONTENT_NOUN_DEPS and _content_clause(inner)
        if clause.dep_ == "nsubj" and _called_false(clause.head):  # "reports" may be tagged a verb
            return Modality.NEGATED, f"'{clause.text}' said to be false"
        if (clause.dep_ not in EMBEDDING_DEPS and not content_noun) or clause.head is clause:
            break
        head = clause.head
        if clause.dep_ in CONTENT_DEPS:
            return _content_modality(inner, clause, head, lexicon) or (Modality.ASSERTED, "asserted")
        found = _embedding_modality(clause, head, lexicon)
        if found:
            return found
        found = own_modality(head, lexicon.reporting)
        if clause.dep_ == "conj":
            if found and found[0] is not Modality.NEGATED:
                return found
        else:
            if found and found[0] is Modality.NEGATED and head.lemma_.lower() not in lexicon.reporting:
                return found
            if found and found[0] is not Modality.NEGATED:
                return found
        inner, clause = clause, head
    return Modality.ASSERTED, "asserted"


def _called_false(verb: Token) -> bool:
    """ "reports that troops were deployed were untrue": the copula calls its subject's content false."""
    return verb.lemma_.lower() in {"be", "prove"} and any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in FALSITY for c in verb.children)


def states_a_count(token: Token, lexicon: Lexicon) -> bool:
    """Whether a casualty predicate states its count: asserted, or denied only by its count ("no one was killed"
    states a toll of zero)."""
    if modality_of(token, lexicon)[0] is Modality.ASSERTED:
        return True
    denied = any(c.dep_ == "neg" or (c.dep_ in {"det", "advmod"} and c.lower_ in {"no", "never"})
                 for c in token.children)
    return not denied and _negative_argument(token) is not None
