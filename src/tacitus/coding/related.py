"""Events read off other events of the same sentence: claims of force, visits of the hosted, and restatements
that are not events of their own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from tacitus.coding import arguments as args
from tacitus.coding.lexicon import Lexicon
from tacitus.coding.mentions import EventMention, Trace, drop
from tacitus.records import Actor, Modality

Resolver = Callable[[Sequence[Token]], list[Actor]]
# "X claimed that Y attacked Z": a claim that someone else used force is an accusation of Y (CAMEO 112), a claim
# of one's own force is a claim of responsibility (015).
CLAIM_VERBS = frozenset({"claim"})
CLAIMED_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
ACCUSE_CODE, CLAIM_CODE = "112", "015"
HOST_CODE, VISIT_CODE = "043", "042"
# Dependencies by which an adjunct, purpose or consequence clause hangs under the event it continues.
SUBORDINATE_DEPS = frozenset({"advcl", "xcomp", "prep", "pobj", "pcomp", "conj"})
# Roots of words, not deeds (statements, appeals, intents, demands, disapproval, rejection, threats).
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "09", "10", "11", "12", "13"})
INJURY_CODE = "182"  # wounding: a casualty of the attack it is coordinated with
# Reactions that are aimed at the doer of the act they are about: comments and denials, praise and defence,
# criticism and accusation, rejection (not "signed the deal": an agreement is an act of its own).
REACTION_CODES = ("01", "051", "052", "11", "12")
REACTION_PREPS = ("of", "over", "about", "against", "for")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Nouns that stand for whatever the story's actor just did: "condemned the decision", "welcomed the move".
GENERIC_ACTS = frozenset({"decision", "move", "step", "measure", "order", "action", "ban", "policy"})
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
MAX_BACK = 3  # sentences before a reaction in which its act may have been told


def claims(sent: Span, index: int, coded: Sequence[EventMention], resolve: Resolver,
           cited: str | None) -> list[EventMention]:
    """ "The US claimed that ISIL attacked Iraq": the US accuses ISIL (112); "claimed that it attacked" is 015."""
    out: list[EventMention] = []
    doc = sent.doc
    for inner in coded:
        clause = doc[inner.trigger_start]
        clause = args.clause_head(clause) if clause.pos_ != "VERB" else clause
        verb = clause.head
        if (clause.dep_ != "ccomp" or verb.lemma_.lower() not in CLAIM_VERBS or inner.code[:2] not in CLAIMED_ROOTS
                or inner.modality is not Modality.ASSERTED or not inner.source):
            continue
        claimant = resolve(args.subjects(verb))
        if not claimant:
            continue
        own = {a.code for a in inner.source} <= {a.code for a in claimant}
        code, target = (CLAIM_CODE, inner.target) if own else (ACCUSE_CODE, inner.source)
        if not target:
            continue
        why = (f"'{verb.text} that ... {clause.text}' of its own CAMEO {inner.code}: a claim of responsibility"
               if own else f"'{verb.text} that {inner.source[0].text} ... {clause.text}': an accusation (CAMEO 112)")
        out.append(EventMention(sentence=index, trigger_start=verb.i, trigger_end=verb.i + 1, code=code,
                                source=tuple(claimant), target=tuple(target), modality=Modality.ASSERTED,
                                speaker=None, according_to=cited, specific=False, evidence=(why,),
                                derived="claim"))
    return out


def responsibility(mentions: list[EventMention], doc: Doc) -> list[EventMention]:
    """ "Al-Shabab claimed responsibility for the attack on a mall in Nairobi": the claimant carried out the attack
    (its source when the text names none), and the claim targets whom or where the attack hit."""
    out = list(mentions)
    for k, claim in enumerate(out):
        if claim.code != CLAIM_CODE or not claim.source or claim.modality is not Modality.ASSERTED:
            continue
        trigger = doc[claim.trigger_start]
        claimed = {p.i for o in [trigger, *args.direct_objects(trigger)] for p in args.prep_objects(o, ("for",))}
        claimed |= {o.i for o in args.direct_objects(trigger)}  # "claimed the bombing"
        for n, event in enumerate(out):
            if event is claim or event.trigger_start not in claimed or event.code[:2] not in CLAIMED_ROOTS:
                continue
            if not event.source:
                why = f"carried out by {claim.source[0].text}, who claimed responsibility"
                event = out[n] = replace(event, source=claim.source, evidence=(*event.evidence, why))
            if not claim.target and event.target:
                why = f"target: that of the claimed '{doc[event.trigger_start].text}'"
                claim = out[k] = replace(claim, target=event.target, evidence=(*claim.evidence, why))
    return out


def _governs(upper: Token, lower: Token) -> bool:
    """Whether `lower` follows and hangs under `upper` (or the light verb whose object it is) through an
    adjunct, purpose or consequence clause."""
    if lower.i <= upper.i:
        return False
    anchors = {upper.i} | ({upper.head.i} if upper.dep_ in args.OBJECT_DEPS else set())
    node = lower
    for _ in range(4):
        if node.dep_ not in SUBORDINATE_DEPS or node.head is node:
            return False
        node = node.head
        if node.i in anchors:
            return True
    return False


def without_repeats(mentions: list[EventMention], doc: Doc, lexicon: Lexicon,
                    trace: Trace | None) -> list[EventMention]:
    """ "staged a hunger strike in protest", "shelled the city, killing 20": a clause that only restates or
    continues an event of the same PLOVER type by the same actor is that event, not a second one."""
    def plover(m: EventMention) -> tuple[str | None, str | None]:
        info = lexicon.ontology.get(m.code)
        return (info.plover_type, info.plover_mode) if info is not None else (None, None)

    def restates(m: EventMention, n: EventMention, coordinated: bool, consequence: bool) -> bool:
        (kind, mode), (main_kind, main_mode) = plover(m), plover(n)
        # a different mode is news of its own: "raided the house and arrested five" keeps the arrest, and so does
        # "stormed a gas plant and took dozens hostage" (a coordinated act of another root, with a mode the main
        # event lacks; "killed four and wounded six" is one attack with its casualties); "launched rocket fire,
        # killing 50" is one attack whatever the modes
        own_act = coordinated and m.code[:2] != n.code[:2] and m.code != INJURY_CODE and m.code[:2] not in VERBAL_ROOTS
        # "a hunger strike in protest against X", "burned cars to protest the verdict": the purpose is no act of its
        # own, whatever its mode
        same_mode = (mode is None or mode == main_mode or (main_mode is None and not own_act) or consequence
                     or _purpose(doc[m.trigger_start]))
        return (kind is not None and kind == main_kind and same_mode
                and {a.code for a in m.source} <= {a.code for a in n.source})

    dropped: list[EventMention] = []
    for m in mentions:
        kind = plover(m)[0]
        lower = doc[m.trigger_start]
        consequence = lower.tag_ == "VBG" and lower.dep_ == "advcl"  # "..., killing 50"
        main = next((n for n in mentions if n is not m and n.source
                     and restates(m, n, _coordinated(lower, doc[n.trigger_start]), consequence)
                     and (_governs(doc[n.trigger_start], lower) or _same_act(m, n, lower, doc[n.trigger_start]))),
                    None)
        if main is None:
            continue
        read_twice = _same_act(m, main, lower, doc[main.trigger_start])
        if (_vaguer(main.code, m.code) or (read_twice and _narrower(m.code, main.code))) \
                and main.modality is m.modality and all(d is not m for d in dropped):
            # "called for calm and demanded a ceasefire": the specific demand (1056) says more than the appeal (020)
            dropped.append(main)
            drop(trace, doc[main.trigger_start], f"said more precisely by '{lower.text}' (CAMEO {m.code})")
        else:
            dropped.append(m)
            drop(trace, lower, f"continues the {kind} event of '{doc[main.trigger_start].text}'")
    return [m for m in mentions if all(d is not m for d in dropped)]


def _purpose(token: Token) -> bool:
    """ "in protest (against)", "to protest": the trigger says what another act is for."""
    if token.dep_ == "pobj":
        return token.head.lower_ == "in" and not any(c.dep_ in {"det", "poss", "amod"} for c in token.children)
    return token.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _same_act(m: EventMention, n: EventMention, lower: Token, upper: Token) -> bool:
    """ "will provide 25,000 tons of food aid": what the verb says (033, 070) and what its object noun says (0333,
    073) are one act, read twice."""
    if m.derived != n.derived or m.modality is not n.modality:
        return False
    node = lower
    for _ in range(3):  # "provide aid", "provide 25,000 tons of aid"
        if node.dep_ not in {*args.OBJECT_DEPS, "pobj", "prep"} or node.head is node:
            return False
        node = node.head
        if node.i == upper.i:
            return True
    return False


def _narrower(code: str, other: str) -> bool:
    """Whether `code` is a more specific code of `other`'s family ("0333" of "033", "073" of the root's "070")."""
    generic = len(other) == 3 and other.endswith("0") and code[:2] == other[:2]
    return code != other and (code.startswith(other) or generic)


def _vaguer(code: str, other: str) -> bool:
    """Whether `code` is the catch-all of a verbal root ("020", "100") and `other` a specific code; material acts
    ("opened fire", 190) are news of their own however general their code."""
    return (len(code) == 3 and code.endswith("0") and code[:2] in VERBAL_ROOTS
            and not (len(other) == 3 and other.endswith("0")))


def _coordinated(lower: Token, upper: Token) -> bool:
    """ "stormed a plant and took hostages": a finite verb's conjunct (not "killing or wounding", two participles
    that continue one act)."""
    return lower.dep_ == "conj" and lower.head.i == upper.i and upper.tag_ != "VBG"


def visits(mention: EventMention, token: Token) -> list[EventMention]:
    """Hosting and visiting are two sides of one meeting (CAMEO 043 and 042): the hosted guests visited."""
    if mention.code != HOST_CODE or not (mention.source and mention.target) or \
            mention.modality is not Modality.ASSERTED:
        return []
    why = f"'{token.text}': the hosted made a visit (CAMEO {VISIT_CODE})"
    return [replace(mention, code=VISIT_CODE, source=mention.target, target=mention.source, derived="visit",
                    specific=False, evidence=(why, *mention.evidence[1:]))]


def reactions(mentions: list[EventMention], doc: Doc, lexicon: Lexicon,
              trace: Trace | None = None) -> list[EventMention]:
    """ "Turkish jets bombed PKK positions in Iraq. ... Baghdad condemned the raids": a statement, praise,
    criticism or rejection of a definite act the story told before ("the raids", "the decision", "the move") is
    aimed at whoever did that act, when the text names no target. The act is the latest earlier event (this
    sentence or the MAX_BACK before) of the noun's own word or family, or, for a generic noun ("the decision"),
    the latest asserted deed (not words) with a source."""
    out = list(mentions)
    for k, reaction in enumerate(out):
        if reaction.target or not reaction.source or not reaction.code.startswith(REACTION_CODES):
            continue
        act = _reacted_act(doc[reaction.trigger_start])
        if act is None:
            continue
        earlier = _earlier_act(act, reaction, out, doc, lexicon)
        if earlier is None:
            continue
        own = {a.code for a in reaction.source}
        target = tuple(a for a in earlier.source if a.code not in own)
        if not target:
            continue
        why = f"target: who did '{act.text}' ('{doc[earlier.trigger_start].text}', sentence {earlier.sentence})"
        out[k] = replace(reaction, target=target, evidence=(*reaction.evidence, why))
        if trace is not None:
            trace(f"  - '{doc[reaction.trigger_start].text}' aimed at {target[0].code}: {why}")
    return out


def _reacted_act(trigger: Token) -> Token | None:
    """The definite act noun a reaction is about: "condemned the raids", "criticism of the move", "rejected the
    decision"; not "condemned Israel's raids" or "the raids by X" (their doer is named)."""
    objects = [*args.direct_objects(trigger), *args.prep_objects(trigger, REACTION_PREPS)]
    for noun in objects:
        if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
            continue
        if any(c.dep_ in {"poss", "compound", "amod", "nmod"} and c.pos_ in {"PROPN", "PRON"} or c.ent_type_
               for c in noun.children) or args.has_prep(noun, frozenset({"by"})):
            return None
        if any(c.dep_ in {"acl", "relcl"} for c in noun.children):
            return None  # "the decision to ban the march": an act of its own, told right there
        return noun
    return None


def _earlier_act(act: Token, reaction: EventMention, mentions: Sequence[EventMention], doc: Doc,
                 lexicon: Lexicon) -> EventMention | None:
    lemma = act.lemma_.lower()
    families = {_family(e.code) for e in lexicon.noun_entries(lemma)}
    generic = lemma in GENERIC_ACTS
    for event in reversed(mentions):
        if event is reaction or event.trigger_start >= reaction.trigger_start:
            continue
        if event.sentence < reaction.sentence - MAX_BACK:
            break
        if not event.source or event.modality is not Modality.ASSERTED or event.derived:
            continue
        word = doc[event.trigger_start].lemma_.lower()
        if word == lemma or _family(event.code) in families or (generic and event.code[:2] not in VERBAL_ROOTS):
            return event
    return None


def _family(code: str) -> str:
    """Acts of force are one family ("the raids" after "jets bombed"); other roots are their own."""
    return "force" if code[:2] in FORCE_ROOTS else code[:2]
