"""Predicates: a trigger token's CAMEO code and the heads of its arguments, before actors are resolved.

A verb sense is chosen by its particles, object and prepositions (senses.py, verbs.tsv); an event noun ("sanctions
on X", "protests against X") takes its arguments through its carrier verb (light_verbs.tsv); generic codes are
refined by the event they embed, what they are about and their means (refine.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.coding import arguments as args
from tacitus.coding.lexicon import Lexicon, VerbEntry
from tacitus.coding.mentions import Trace, drop
from tacitus.coding.refine import (
    FORCE_ROOT,
    MOBILIZE_ROOT,
    by_means,
    by_phone,
    protective,
    refine_by_content,
    refine_code,
    sense_code,
)
from tacitus.coding.senses import NOUN_POS, choose_verb_entry, noun_entry
from tacitus.records import Modality

__all__ = ["CONDITION_MARKS", "THREAT_CODE", "Frame", "dated_background", "noun_frame", "verb_frame"]

# A participle in a noun slot with a determiner is a noun: "evacuated the wounded", "the accused".
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
RESPONSIBILITY_CODE = "015"
DEPLOY_VERBS = frozenset({"deploy", "dispatch", "station", "send"})
APPEAL_CODE = "020"
APPEAL_ROOTS = frozenset({"02", "10"})
TIME_PREPS = frozenset({"after", "during", "following", "amid", "in"})
# Prepositions whose object is what a coded verb is about ("reneged on", "complained about", "protested against"),
# unlike those of circumstance ("killed in an air strike", "clashed during a protest").
CONTENT_PREPS = frozenset({"on", "about", "over", "against", "for", "of"})
# Roots whose target may be named by their purpose: "marched to demand X's resignation", "fired to disperse X".
PURPOSE_TARGET_ROOTS = frozenset({"14", "17", "18", "19"})
# Light verbs of speech carry an event noun only as their object ("reiterated its demand"), never through a
# preposition ("reiterated, on the party's charges, that ...").
SPEECH_CARRIERS = frozenset({"reiterate", "repeat", "voice", "express", "announce", "declare", "issue"})
# Roots whose target may be the subject of their clause: "demanded that the US cancel", "warned that Iran".
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "13"})
# Roots of verbs whose target may be that of the clause they embed ("offered to hand over to Britain").
EMBEDDING_ROOTS = frozenset({"02", "03", "10", "12", "13"})
# Roots whose target, when their object is an event, is the event's doer: "condemned Israeli air strikes on Syria".
DOER_ROOTS = frozenset({"11", "12"})
PROTEST_ROOT = "14"
# Nouns of confinement that after "in" name a state, not an event: "died in police custody", "remains in detention".
STATE_NOUNS = frozenset({"custody", "detention"})
CONDITION_MARKS = frozenset({"if", "unless"})
THREAT_CODE = "130"
# Documents whose author is the source when they are the subject: "a report by UN investigators accused X".
DOCUMENTS = frozenset({"report", "statement", "letter", "communique", "communiqué", "study", "dossier", "memo",
                       "declaration", "editorial", "complaint", "petition"})
# How a year hangs on an event: "the 2008 attacks" (nummod, compound), "the 1994 genocide" (amod).
YEAR_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod"})
MIN_YEAR, MAX_YEAR = 1900, 2099
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp"})
COERCE_ROOT = "17"
MEDIATION_CODE = "045"
# Documents of agreement whose "of"/"on" phrase says what was agreed: "a treaty of friendship and cooperation".
AGREEMENT_NOUNS = frozenset({"treaty", "agreement", "accord", "pact", "deal", "memorandum", "protocol",
                             "convention", "charter"})
# "militiamen armed with machetes", "troops equipped with night-vision goggles": a description, not CAMEO 072.
OUTFIT_VERBS = frozenset({"arm", "equip"})
CONSULT_ROOT, PHONE_CODE = "04", "041"
# Prepositions whose gerund the verb's object does: "accused X of attacking", "blamed X for shelling", with verbs
# of approval or disapproval (CAMEO 05, 11); "jailed X for helping militants" tells no act of X's as news.
CONTROL_PREPS = frozenset({"of", "for"})
JUDGING_ROOTS = frozenset({"05", "11"})
# Verbs of travel that carry the event noun of their purpose: "arrived in Geneva for talks with X".
RESORT_CARRIERS = frozenset({"resort"})  # "resorted to a lathi-charge": the noun under "to" is the act
TRAVEL_CARRIERS = frozenset({"arrive", "travel", "go", "come", "return", "fly", "head", "leave"})
VISIT_CODE = "042"
# Nouns of acts one does oneself, whose "of" phrase names the doer: "the resignation of the prime minister", "the
# withdrawal of Russian troops", "the disarmament of the militias", "the visit of the Chinese president".
SELF_ACT_CODES = frozenset({"0831", "0873", "0874", VISIT_CODE})
INSTRUMENT_VERBS = frozenset({"use", "employ", "fire", "burst", "lob"})  # their object is a means, not an agent
# Prepositions of where forces are moved or massed.
MOBILIZE_PREPS = ("to", "into", "near", "along", "on", "toward", "towards")


@dataclass(frozen=True, slots=True)
class Frame:
    """A predicate's coded argument heads before actor resolution."""

    code: str
    sources: Sequence[Token]
    target_options: Sequence[Sequence[Token]]
    specific: bool
    note: str
    trigger_end: int
    source_fallback: Sequence[Token] = ()  # used only when no source resolves


def _doers_first(options: list[list[Token]], objects: Sequence[Token], lexicon: Lexicon) -> list[list[Token]]:
    """ "condemned the Israeli air strikes on Syria", "criticised Washington's sanctions on Cuba": who does the
    event criticised is the target, before the event's own target."""
    doers = [d for o in objects if _names_event(o, lexicon) for c in o.children
             if (c.dep_ in {"poss", "amod", "compound"} and c.i < o.i) or (c.dep_ == "prep" and c.lower_ == "by")
             for d in (args.conjuncts(c) if c.dep_ != "prep" else args.children_with(c, frozenset({"pobj"})))]
    return [options[0], doers, *options[1:]] if doers else options


def _names_event(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun or gerund is itself an event in the lexicon ("firing", "air strike", "shelling")."""
    return bool(lexicon.noun_entries(token.lemma_.lower()) or
                (token.tag_ == "VBG" and lexicon.verb_entries(token.lemma_.lower())))


def _event_agents(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who does the event a noun names: its possessor or modifiers, except the one that makes a two-word event
    noun ("drone" in "a US drone strike"), and its "by" phrase ("shelling by the army")."""
    entry = noun_entry(noun, lexicon)
    kind = entry.modifier if entry is not None else None
    own = [m for m in args.modifier_agents(noun) if m.lemma_.lower() != kind]
    return own + [p for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                  for p in args.children_with(c, frozenset({"pobj"}))]


def _defers_to_object(verb: Token, entry: VerbEntry, lexicon: Lexicon) -> bool:
    """A light verb hands its event to its object noun ("held talks"), unless it has its own sense for that
    object ("called off the strike"); a two-word noun ("military aid") is always more precise."""
    if verb.lemma_.lower() not in lexicon.light_verbs:
        return False
    for obj in args.children_with(verb, args.OBJECT_DEPS) + args.prep_objects(verb, entry.preps):
        noun = noun_entry(obj, lexicon)  # "went on hunger strike": the two-word noun is more precise
        if noun is not None and (not entry.objects or noun.modifier is not None):
            return True
    return False


def _inherited_subjects(token: Token) -> list[Token]:
    """Subjects a predicate without its own takes from the clause above (control, coordination)."""
    head = token.head
    if head is token:
        return []
    if token.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        if args.is_passive(head) and not args.is_passive(token):
            # "the prime minister has been indicted by the court and will resign": the shared subject resigns
            return args.children_with(head, args.PASSIVE_SUBJECT_DEPS) or _inherited_subjects(head)
        return _subjects(head)
    if token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.head is not head:
        return _subjects(head.head)  # "France is ready to contribute troops"
    if token.dep_ == "xcomp" and args.is_passive(head) and not args.agents(head):
        # "Iraq is prepared to impose", "X was forced to withdraw": the passive subject does it
        return args.children_with(head, args.PASSIVE_SUBJECT_DEPS) or _subjects(head)
    if token.dep_ in {"xcomp", "ccomp", "advcl"} and head.pos_ in {"VERB", "AUX"}:
        controllers = args.children_with(head, args.OBJECT_DEPS) or args.children_with(head, frozenset({"dative"}))
        if head.lemma_.lower() in INSTRUMENT_VERBS:
            controllers = []  # "used force to disperse the crowd": the user disperses it, not the force
        # "urged the army to abandon": object control; "agreed to undertake": subject control.
        return controllers if token.dep_ == "xcomp" and controllers else _subjects(head)
    if token.dep_ in {"relcl", "acl"} and head.pos_ in NOUN_POS:
        return [head]
    return []


def _judged(token: Token, lexicon: Lexicon) -> list[Token]:
    """ "accused Israel of attacking", "praised Qatar for hosting": the object of a verb of approval or
    disapproval does what its of/for phrase says."""
    prep = token.head
    verb = prep.head
    if token.dep_ != "pcomp" or prep.lower_ not in CONTROL_PREPS or verb.pos_ != "VERB":
        return []
    senses = lexicon.verb_entries(verb.lemma_.lower())
    return args.direct_objects(verb) if any(e.code[:2] in JUDGING_ROOTS for e in senses) else []


def _raised_patients(token: Token) -> list[Token]:
    """ "The journalist is believed to have been abducted": the passive subject of the raising verb is the one the
    passive infinitive befalls."""
    head = token.head
    if token.dep_ != "xcomp" or head is token or not args.is_passive(head):
        return []
    return args.children_with(head, args.PASSIVE_SUBJECT_DEPS)


def _subjects(token: Token) -> list[Token]:
    if args.is_passive(token):
        return args.agents(token)
    own = args.subjects(token)
    return own or _inherited_subjects(token)


def verb_frame(token: Token, lexicon: Lexicon, trace: Trace | None) -> Frame | None:
    """The frame of a verb trigger (its sense, subjects and target candidates), or None with the reason traced."""
    lemma = token.lemma_.lower()
    entries = lexicon.verb_entries(lemma)
    if not entries:
        return _appeal_frame(token, lexicon) if lemma in lexicon.modality else None
    if token.dep_ in NOMINAL_DEPS and any(c.dep_ == "det" for c in token.children):
        drop(trace, token, "a participle used as a noun ('evacuated the wounded'), not an event")
        return None
    if lemma in OUTFIT_VERBS and token.tag_ == "VBN" and args.has_prep(token, frozenset({"with"})) and (
            token.dep_ in {"acl", "amod"} or args.is_passive(token)):
        drop(trace, token, f"'{token.text} with' describes how someone is equipped, not a transfer of arms")
        return None
    entry = choose_verb_entry(token, entries, lexicon.verbs)
    if entry is None:
        drop(trace, token, "no lexicon sense matches its particle, object or preposition")
        return None
    if lemma in lexicon.reporting and entry.specificity == 0:
        drop(trace, token, "reporting verb: gives attribution, not an event")
        return None
    idiom = choose_verb_entry(token, lexicon.idiom_entries(lemma))
    if idiom is not None and idiom.specificity >= entry.specificity:
        drop(trace, token, f"idiom {idiom.source}: no event")
        return None
    if _done_by_non_agents(token, lexicon):
        drop(trace, token, "done by an animal, a disease or a natural force (non_agents.tsv), not an actor")
        return None
    objects = args.direct_objects(token)
    if _defers_to_object(token, entry, lexicon):
        drop(trace, token, "light verb: its object noun carries the event")
        return None
    means: list[Token] = []  # event nouns whose verb this is: "a drone strike killed"
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in NOUN_POS and not objects:
        # "soldiers killed by rebels": the noun is the patient (with an object, the parser misread a clause:
        # "the coalition bombed Sanaa")
        sources = args.agents(token)
        primary = [token.head]
        if not sources and (entry.code[:2] == MOBILIZE_ROOT or lemma in DEPLOY_VERBS):
            # "security personnel deployed at the border": the forces described are the side that moves
            sources, primary = primary, args.prep_objects(token, ("to", "into"))
    elif args.is_passive(token):
        sources = args.agents(token)
        # "six were killed and dozens wounded": the parser makes "dozens" the subject of the bare participle
        primary = args.children_with(token, args.PASSIVE_SUBJECT_DEPS) or args.children_with(token, args.SUBJECT_DEPS)
        primary = primary or _raised_patients(token)
        if not sources and (entry.code[:2] == MOBILIZE_ROOT or token.lemma_.lower() in DEPLOY_VERBS):
            # "police were deployed in the city", "peacekeepers were sent to Haiti": the forces are the side that
            # moves, the destination (if any) the target
            sources, primary = primary, args.prep_objects(token, ("to", "into"))
    else:
        sources = _subjects(token) or _judged(token, lexicon)
        if sources and all(noun_entry(s, lexicon) is not None for s in sources):  # "peacekeeping force", not "forces"
            # "a US drone strike killed three militants", "shelling by the army killed two": the event's own agent
            means = list(sources)
            sources = [a for s in sources for a in _event_agents(s, lexicon)]
        # "sent troops to Mali": the mobilized forces are the source's own, the destination is the target
        primary = [] if entry.code[:2] == MOBILIZE_ROOT else objects
    if not sources:
        # "police firing" (a gerund's modifier), "killed in Israeli air strikes" (the agent of the means)
        sources = args.modifier_agents(token) if token.tag_ == "VBG" else []
        sources = sources or args.means_agents(token, lambda noun: _names_event(noun, lexicon))
    parties = _parties_between(token, entry.code) if not sources and token.tag_ == "VBG" else []
    if parties:  # "fighting between the army and the RSF killed 30": a gerund with two sides and no subject
        return Frame(entry.code, parties, [], entry.specificity > 0,
                     f"verb sense {entry.source}; the two sides 'between X and Y'", token.i + 1)
    if entry.preps:
        primary = args.prep_objects(token, entry.preps)
    end = token.i + 1
    if entry.particle:
        for child in token.rights:
            if child.lower_ == entry.particle and child.i == end:
                end = child.i + 1
    mobilized = entry.code[:2] == MOBILIZE_ROOT
    options = [
        primary,
        args.children_with(token, frozenset({"dative"})),
        args.clause_targets(token) if entry.code[:2] in EMBEDDING_ROOTS else [],
        args.prep_objects(token, args.TARGET_PREPS),
        [p for o in objects for p in args.prep_objects(o, args.TARGET_PREPS)],
        # "massed troops": the mobilized forces are the source's own, never the target
        [] if mobilized else [p for o in objects for p in args.owners(o)],
        args.target_owners(args.prep_objects(token, args.TARGET_PREPS)),
    ]
    if mobilized:  # "massed troops near its border with Ukraine": the other side of the border
        options.insert(1, _mobilized_toward(token, objects))
    if entry.code[:2] in DOER_ROOTS:
        options = _doers_first(options, objects, lexicon)
    if entry.preps:  # the lexicon's prepositional target, when it is a thing: "complained over Israeli raids"
        options.insert(1, args.target_owners(primary))
        # "filed a case against Myanmar at the ICJ": the preposition hangs on the object noun
        options.insert(1, [p for o in objects for p in args.prep_objects(o, entry.preps)])
        if entry.code[:2] != MOBILIZE_ROOT:  # "asked Washington for help": the one asked, when the thing is no actor
            options.insert(2, objects)
    if entry.code[:2] == CONSULT_ROOT:  # "brokered a deal between Russia and Ukraine": the parties mediated
        options.append([p for o in objects for p in args.prep_objects(o, ("between",))])
    if entry.code[:2] in PURPOSE_TARGET_ROOTS:  # "opened fire to disperse the demonstrators"
        options.append(args.purpose_targets(token))
    if entry.code[:2] in APPEAL_ROOTS:  # "called for sanctions against Nigeria": the target of what is asked for
        options.append([p for n in args.prep_objects(token, ("for",)) for p in args.prep_objects(n, args.TARGET_PREPS)])
    if entry.code[:2] in CLAUSE_TARGET_ROOTS:
        # "demanded that the US match the EU's support": the clause's subject before the clause's objects
        options.insert(2, [s for c in token.children if c.dep_ in {"ccomp", "xcomp"} for s in
                           args.children_with(c, args.SUBJECT_DEPS)])
    if entry.code[:2] == THREAT_CODE[:2]:
        # "threatened to stop talks if the United States deploys missiles": the threat is aimed at the US
        options.append(args.condition_subjects(token, CONDITION_MARKS))
    code, note = refine_code(sense_code(token, entry, lexicon), token, lexicon)
    code, note = by_means(code, note, token, [*means, *sources], lexicon)
    code, note = protective(code, note, token, lexicon)
    if code[:2] == CONSULT_ROOT and by_phone(token):
        code, note = PHONE_CODE, f"{note}; by telephone -> CAMEO {PHONE_CODE}"
    fallback: list[Token] = []
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.head.pos_ == "VERB":
        # "the party issued a declaration demanding ...": the declaration's author demands
        fallback = _subjects(token.head.head)
    fallback = fallback or _authors(sources)
    return Frame(code, sources, options, entry.specificity > 0, f"verb sense {entry.source}{note}", end,
                  source_fallback=fallback)


def _authors(sources: Sequence[Token]) -> list[Token]:
    """ "A report by UN investigators accused ...", "the ministry's statement condemned ...": who wrote the document
    that is the subject."""
    return [a for s in sources if s.lemma_.lower() in DOCUMENTS for c in s.children
            for a in ([c] if c.dep_ == "poss" else args.children_with(c, frozenset({"pobj"}))
                      if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"} else [])]


def _done_by_non_agents(verb: Token, lexicon: Lexicon) -> bool:
    """ "A crocodile attacked a fisherman", "a fisherman attacked by a crocodile": no actor did it."""
    doers = args.agents(verb) or ([] if args.is_passive(verb) or verb.dep_ == "acl" else _subjects(verb))
    return bool(doers) and all(d.lemma_.lower() in lexicon.non_agents or d.lower_ in lexicon.non_agents
                               for d in doers)  # "Measles" is lemmatized "measle"


def dated_background(token: Token) -> bool:
    """ "the 2008 Mumbai attacks", "since Ankara recalled its ambassador in 2018": an event noun or a subordinate
    clause dated by its year alone is history the story recalls, not its news (a full date, "on March 3, 2018", is
    no such mark; a main clause, "Russia annexed Crimea in 2014", states its event)."""
    if token.pos_ not in NOUN_POS and token.dep_ not in SUBORDINATE_DEPS:
        return False
    modifiers = [c for c in token.children if c.dep_ in YEAR_DEPS]
    modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ in YEAR_DEPS]
    return any(_bare_year(c) for c in modifiers) or any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and _bare_year(p) for p in c.children) for c in token.children)


def _bare_year(token: Token) -> bool:
    return (len(token.text) == 4 and token.text.isdigit() and MIN_YEAR <= int(token.text) <= MAX_YEAR
            and not any(c.dep_ != "punct" for c in token.children))


def _mobilized_toward(token: Token, objects: Sequence[Token]) -> list[Token]:
    """Where forces are moved: "sent troops to Mali" -> Mali, "massed troops near its border with Ukraine" ->
    Ukraine (a border's other side)."""
    places = [p for node in (token, *objects) for p in args.prep_objects(node, MOBILIZE_PREPS)]
    edges = args.EDGE_NOUNS
    return [o for p in places for o in (args.prep_objects(p, ("with",)) if p.lemma_.lower() in edges else [p])]


def _appeal_frame(token: Token, lexicon: Lexicon) -> Frame | None:
    """ "want the US to give them arms" is an appeal to the US (CAMEO 02); the arming is only requested."""
    if lexicon.modality.get(token.lemma_.lower()) is not Modality.REQUESTED:
        return None
    for clause in token.children:
        if clause.dep_ not in {"ccomp", "xcomp"} or not any(c.lower_ == "to" for c in clause.children):
            continue
        addressees = args.children_with(clause, args.SUBJECT_DEPS) if clause.dep_ == "ccomp" else \
            args.children_with(token, args.OBJECT_DEPS)
        if not addressees:
            continue
        code, note = refine_code(APPEAL_CODE, token, lexicon)
        return Frame(code, _subjects(token), [addressees], True,
                      f"'{token.text} X to {clause.text}' is an appeal to X{note}", token.i + 1)
    return None


def _carrier(noun: Token, lexicon: Lexicon) -> Token | None:
    """The light verb that carries an event noun: "held talks", "provided tons of aid", "went on strike"."""
    node = noun
    while node.dep_ == "conj" and node.head is not node and node.head.pos_ in NOUN_POS:
        node = node.head  # "launched artillery, mortar and rocket fire": the first conjunct's verb carries them all
    for _ in range(3):
        head = node.head
        if node.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in lexicon.light_verbs:
            return head
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.head is not head:
            above = head.head
            if head.lower_ in {"on", "in"} and above.lemma_.lower() in lexicon.light_verbs - SPEECH_CARRIERS:
                return above
            if head.lower_ == "to" and above.lemma_.lower() in RESORT_CARRIERS:
                return above  # "resorted to a lathi-charge"
            if head.lower_ == "for" and above.lemma_.lower() in args.GATHERING_VERBS:
                return above  # "converged on Lagos for a rally"
            if head.lower_ == "under" and above.lemma_.lower() in lexicon.recipients:
                return above  # "came under attack"
            if head.lower_ == "under" and above.lemma_.lower() in lexicon.light_verbs - SPEECH_CARRIERS:
                return above  # "placed X under arrest", "was put under investigation", "held under house arrest"
            if head.lower_ == "for" and above.lemma_.lower() in TRAVEL_CARRIERS and node.i == noun.i:
                return above  # "arrived in Geneva for talks with X"
            if head.lower_ == "of" and above.pos_ in NOUN_POS:
                node = above
                continue
        break
    return None


def noun_frame(token: Token, lexicon: Lexicon, trace: Trace | None) -> Frame | None:
    """The frame of an event noun, its arguments taken from the noun itself or from its carrier verb."""
    if token.dep_ == "compound":
        return None
    entry = noun_entry(token, lexicon)
    if entry is None:
        return None
    if token.ent_type_ == "DATE":
        drop(trace, token, "part of a date ('KABUL, March 3'), not an event")
        return None
    if token.lemma_.lower() in STATE_NOUNS and token.dep_ == "pobj" and token.head.lower_ == "in":
        drop(trace, token, "a state ('in custody'), not the arrest ('taken into custody')")
        return None
    content = token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in CONTENT_PREPS
    verb_above = token.head.head if content else token.head
    if (token.dep_ in args.OBJECT_DEPS or content) and verb_above.pos_ == "VERB":
        verb = verb_above
        verb_sense = choose_verb_entry(verb, lexicon.verb_entries(verb.lemma_.lower()))
        if verb_sense is not None and not _defers_to_object(verb, verb_sense, lexicon):
            # "lifted the blockade", "condemned the attack", "reneged on its commitment": the verb's event has
            # the noun as its content
            drop(trace, token, f"object of the coded verb '{verb.text}'")
            return None
    if _done_by_its_verb(token, entry.code, lexicon):
        # "a drone strike killed three militants": one attack, coded on the verb and refined by the strike
        drop(trace, token, f"the means of the coded verb '{token.head.text}'")
        return None
    if _terms_of_an_agreement(token):
        # "signed a treaty of friendship and cooperation", "reached a deal on a ceasefire": what was agreed on
        drop(trace, token, "the content of an agreement, not an event of its own")
        return None
    if content and _topic_of_a_statement(verb_above, lexicon):
        # "expressed sorrow for the shootings", "voiced concern over the clashes": what the statement is about
        drop(trace, token, f"topic of '{verb_above.head.text} {verb_above.text}'")
        return None
    carrier = _carrier(token, lexicon)
    # the modifier that makes a two-word event noun is its kind, not its actor: "general strike", "military aid"
    own_sources = [c for c in token.children if c.dep_ in {"poss", "compound", "amod"}
                   and c.lemma_.lower() != entry.modifier]
    own_sources += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                    for p in args.children_with(c, frozenset({"pobj"}))]
    if entry.code in SELF_ACT_CODES and "of" not in entry.preps:
        own_sources += args.prep_objects(token, ("of",))
    # "a strike called by the unions", "a rally organised by students": the agent of its participle
    own_sources += [p for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in args.agents(c)]
    preps = (entry.preps | {"against"}) if entry.preps else frozenset(args.TARGET_PREPS)
    options: list[Sequence[Token]] = [args.prep_objects(token, preps)]
    note = f"noun sense {entry.source}"
    sources: Sequence[Token] = own_sources
    if carrier is None and _fought_alongside(token) and not [c for c in own_sources if c.pos_ != "ADJ" or c.ent_type_]:
        # "retook the village after fierce fighting with guerrillas": the clause's subject did the fighting
        sources = own_sources = _subjects(token.head.head)
        note += f"; fought by the subject of '{token.head.head.text}'"
    if carrier is not None and carrier.lemma_.lower() in lexicon.recipients:
        # "Obama faces pressure from Congress": Congress is the source, the subject the target
        senders = args.prep_objects(token, ("from", "by")) or args.prep_objects(carrier, ("from", "by"))
        sources = senders or [c for c in own_sources if c.dep_ != "poss"]
        options = [_subjects(carrier), *options]
        note += f" received by the subject of '{carrier.text}'"
    elif carrier is not None:
        sources = _subjects(carrier) or own_sources
        options.append(args.prep_objects(carrier, preps))
        options.append(args.children_with(carrier, frozenset({"dative"})))
        # "engaged Filipino peacekeepers in a firefight": the carrier's own object, when the noun hangs on "in"
        if token.dep_ == "pobj":
            options.append(args.direct_objects(carrier))
        # "five activists were placed under arrest": the carrier's passive subject is the one it befalls
        options.append([o for o in args.children_with(carrier, args.PASSIVE_SUBJECT_DEPS) if o is not token])
        if carrier.lemma_.lower() in TRAVEL_CARRIERS:  # "flew to Moscow for talks": the hosts are the counterpart
            # "arrived in Australia for a visit": the place of arrival is the one visited
            destinations = ("to", "for", "in") if entry.code == VISIT_CODE else ("to", "for")
            options.append([o for o in args.prep_objects(carrier, destinations) if o.i != token.i])
        note += f" carried by light verb '{carrier.text}'"
    parties = _parties_between(token, entry.code)
    if parties and not sources:
        # "clashes between police and protesters", "talks between Israel and Hamas resumed": both sides act, each
        # towards the other (a reciprocal compound source), unless someone else holds the talks or mediates
        sources, options = parties, []
        note += "; the two sides 'between X and Y'"
    elif carrier is None and token.dep_ == "nsubj" and token.head.pos_ == "VERB" and entry.code[:2] >= FORCE_ROOT:
        # "a drone strike killed three militants", "an air strike hit a hospital": what the strike's verb hit
        options.append(args.direct_objects(token.head))
    if entry.code[:2] == PROTEST_ROOT:
        options.append(args.purpose_targets(token) + (args.purpose_targets(carrier) if carrier is not None else []))
    if entry.code[:2] in CLAUSE_TARGET_ROOTS:
        # "its demand that Israel ease restrictions": the subject of the noun's clause
        holders = [token] + ([carrier] if carrier is not None else [])
        options.append([s for h in holders for c in h.children if c.dep_ in {"acl", "ccomp"} for s in
                        args.children_with(c, args.SUBJECT_DEPS)])
    code, refined = refine_code(entry.code, token, lexicon)
    if not refined and carrier is not None and carrier.lemma_.lower() not in lexicon.recipients:
        # "launched a probe into the murder": the parser hangs the content on the light verb
        code, refined = refine_by_content(code, carrier, lexicon)
    note += refined
    if code[:2] == CONSULT_ROOT and (by_phone(token) or (carrier is not None and by_phone(carrier))):
        code, note = PHONE_CODE, f"{note}; by telephone -> CAMEO {PHONE_CODE}"
    return Frame(code, sources, options, carrier is not None, note, token.i + 1)


def _parties_between(noun: Token, code: str) -> list[Token]:
    """The sides named by "between X and Y" on an event noun or on the verb it is the subject of ("fighting broke out
    between X and Y"); none for mediation, whose "between" names those mediated between."""
    if code.startswith(MEDIATION_CODE):
        return []
    found = args.prep_objects(noun, ("between",))
    if not found and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        found = args.prep_objects(noun.head, ("between",))
    return found if len(found) >= 2 else []


def _done_by_its_verb(noun: Token, code: str, lexicon: Lexicon) -> bool:
    """Whether a violent event noun is the subject of a coded violent verb ("an air strike killed four")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or code[:2] < FORCE_ROOT:
        return False
    sense = choose_verb_entry(verb, lexicon.verb_entries(verb.lemma_.lower()))
    return sense is not None and sense.code[:2] >= COERCE_ROOT  # "a missile strike destroyed a school" too


def _terms_of_an_agreement(noun: Token) -> bool:
    """Whether the noun (or the first of its conjuncts) is in the of/on phrase of an agreement noun."""
    node = noun
    while node.dep_ == "conj" and node.head is not node and node.head.pos_ in NOUN_POS:
        node = node.head
    prep = node.head
    return (node.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in {"of", "on"}
            and prep.head.lemma_.lower() in AGREEMENT_NOUNS)


def _topic_of_a_statement(noun: Token, lexicon: Lexicon) -> bool:
    """Whether `noun` is the object that a coded verb sense names ("expressed concern", "voiced sorrow")."""
    verb = noun.head
    if noun.pos_ not in NOUN_POS or noun.dep_ not in args.OBJECT_DEPS or verb.pos_ != "VERB":
        return False
    entry = choose_verb_entry(verb, lexicon.verb_entries(verb.lemma_.lower()))
    # "claimed responsibility for the attack": the attack claimed is news of its own
    return entry is not None and noun.lemma_.lower() in entry.objects and entry.code != RESPONSIBILITY_CODE


def _fought_alongside(noun: Token) -> bool:
    """ "after fighting with X", "during clashes with X": combat with a counterpart, in a time phrase of a verb."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in TIME_PREPS
            and prep.head.pos_ == "VERB" and bool(args.prep_objects(noun, ("with",))))
