"""Turn a parsed Doc into event mentions: verbal and nominal predicates with their coded arguments.

Every decision is written to the mention's evidence (and to `trace`, for `tacitus explain`), so a user can
see why an event was coded, and why a candidate was not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from tacitus.actors.resolve import DocumentActors
from tacitus.coding import arguments as args
from tacitus.coding.attribution import according_to, attribution_of
from tacitus.coding.lexicon import Lexicon, NounEntry, VerbEntry
from tacitus.coding.mentions import EventMention, Trace, drop
from tacitus.coding.modality import modality_of
from tacitus.coding.related import claims, visits, without_repeats
from tacitus.records import Actor, Modality

__all__ = ["Trace", "inner_code", "mend_lemmas", "mentions_from_doc", "sentence_mentions"]
NOUN_POS = frozenset({"NOUN", "PROPN"})
APPEAL_CODE = "020"
# Generic codes refined by the event they embed: "urged X to release" 020 -> 0253 (frames.tsv).
FRAME_OF_CODE = {"020": "appeal", "030": "intent", "100": "demand", "130": "threat", "120": "refusal"}
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
# Roots where, with no other target, the country of the place ("lifted a curfew in Montenegro") is the target.
PLACE_TARGET_ROOTS = frozenset({"08", "13", "14", "15", "16", "17", "18", "19", "20"})
# Roots where "X <verb> with Y" is mutual: both directions are events ("held talks with").
MUTUAL_ROOTS = frozenset({"04", "05", "06"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Consultation is with someone: a meeting, visit or talks with no counterpart found is not coded.
TARGET_REQUIRED_ROOTS = frozenset({"04"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
PROTEST_ROOT = "14"
ARREST_CODE = "173"  # arrest, detain or charge with legal action
# Arrest nouns that stand for someone held even with no one named ("the arrests followed the visit"); others
# need a target to be an event ("charges of arson", "life imprisonment", "the prosecution machinery").
CROWD_CONTROL_CODE = "175"  # violent repression: tear gas, baton charges, dispersing crowds
MENDED_TAGS = frozenset({"VBD", "VBN", "VBG"})
# Nouns of confinement that after "in" name a state, not an event: "died in police custody", "remains in detention".
STATE_NOUNS = frozenset({"custody", "detention"})
HELD_NOUNS = frozenset({"arrest", "detention", "custody"})
# Violence worth a record even when the text names no actor: "shops were looted", "a bomb killed five".
ACTORLESS_PREFIXES = ("14", "171", "18", "19", "20")
# ... but not verbs that accidents, disasters and sport share: "killed when a bus plunged", "was struck by a ship".
NEEDS_AN_ACTOR = frozenset({"kill", "injure", "wound", "hurt", "die", "strike", "hit", "battle", "fight", "take",
                            "capture", "seize", "destroy", "damage", "beat", "crush", "overrun", "occupy"})
OBLIGATION = frozenset({"must", "should"})
ULTIMATUM_MARKS = frozenset({"unless"})
CONDITION_MARKS = frozenset({"if", "unless"})
THREAT_CODE = "130"
EMPATHY_CODE = "018"  # "expressed sorrow for the shootings in South Carolina": sympathy for the place's country
DEMAND_CODE = "100"


@dataclass(frozen=True, slots=True)
class _Frame:
    """A predicate's coded argument heads before actor resolution."""

    code: str
    sources: Sequence[Token]
    target_options: Sequence[Sequence[Token]]
    specific: bool
    note: str
    trigger_end: int
    source_fallback: Sequence[Token] = ()  # used only when no source resolves


def _choose_verb_entry(token: Token, entries: Sequence[VerbEntry]) -> VerbEntry | None:
    particles = args.particles(token)
    heads = args.direct_objects(token)
    if not heads and args.is_passive(token):  # "ten activists were held": the passive subject is the object
        heads = args.children_with(token, args.PASSIVE_SUBJECT_DEPS)
    chosen = _matching_entry(token, entries, particles, {o.lemma_.lower() for o in heads})
    if chosen is None or not chosen.objects:
        # "reduced food supplies", "received a mission of observers": the modifier or the "of" noun is the object
        inner = {t.lemma_.lower() for o in heads for t in args.object_kinds(o)}
        chosen = next((e for e in entries if e.objects and _matching_entry(token, [e], particles, inner)), chosen)
    return chosen


def _matching_entry(token: Token, entries: Sequence[VerbEntry], particles: frozenset[str],
                    objects: set[str]) -> VerbEntry | None:
    for entry in entries:  # most specific first
        if entry.particle and entry.particle not in particles:
            continue
        if entry.objects and not (entry.objects & objects):
            continue
        if entry.preps and not args.has_prep(token, entry.preps):
            continue
        if entry.preps and entry.code.startswith(ARREST_CODE) and _charged_with_conduct(token, entry.preps):
            continue
        return entry
    return None


def _charged_with_conduct(token: Token, preps: frozenset[str]) -> bool:
    """ "X charged Y with interfering": an accusation of conduct (a gerund), not a legal charge ("was charged
    with murder", "charged him with arson")."""
    objects = args.prep_objects(token, preps)
    return bool(objects) and not args.is_passive(token) and all(o.tag_ == "VBG" for o in objects)


def _names_event(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun or gerund is itself an event in the lexicon ("firing", "air strike", "shelling")."""
    return bool(lexicon.noun_entries(token.lemma_.lower()) or
                (token.tag_ == "VBG" and lexicon.verb_entries(token.lemma_.lower())))


def _defers_to_object(verb: Token, entry: VerbEntry, lexicon: Lexicon) -> bool:
    """A light verb hands its event to its object noun ("held talks"), unless it has its own sense for that
    object ("called off the strike"); a two-word noun ("military aid") is always more precise."""
    if verb.lemma_.lower() not in lexicon.light_verbs:
        return False
    for obj in args.children_with(verb, args.OBJECT_DEPS):
        noun = _noun_entry(obj, lexicon)
        if noun is not None and (not entry.objects or noun.modifier is not None):
            return True
    return False


def _inherited_subjects(token: Token) -> list[Token]:
    """Subjects a predicate without its own takes from the clause above (control, coordination)."""
    head = token.head
    if head is token:
        return []
    if token.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        return _subjects(head)
    if token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.head is not head:
        return _subjects(head.head)  # "France is ready to contribute troops"
    if token.dep_ == "xcomp" and args.is_passive(head) and not args.agents(head):
        # "Iraq is prepared to impose", "X was forced to withdraw": the passive subject does it
        return args.children_with(head, args.PASSIVE_SUBJECT_DEPS) or _subjects(head)
    if token.dep_ in {"xcomp", "ccomp", "advcl"} and head.pos_ in {"VERB", "AUX"}:
        controllers = args.children_with(head, args.OBJECT_DEPS) or args.children_with(head, frozenset({"dative"}))
        # "urged the army to abandon": object control; "agreed to undertake": subject control.
        return controllers if token.dep_ == "xcomp" and controllers else _subjects(head)
    if token.dep_ in {"relcl", "acl"} and head.pos_ in NOUN_POS:
        return [head]
    return []


def _subjects(token: Token) -> list[Token]:
    if args.is_passive(token):
        return args.agents(token)
    own = args.subjects(token)
    return own or _inherited_subjects(token)


def _verb_frame(token: Token, lexicon: Lexicon, trace: Trace | None) -> _Frame | None:
    lemma = token.lemma_.lower()
    entries = lexicon.verb_entries(lemma)
    if not entries:
        return _appeal_frame(token, lexicon) if lemma in lexicon.modality else None
    entry = _choose_verb_entry(token, entries)
    if entry is None:
        drop(trace, token, "no lexicon sense matches its particle, object or preposition")
        return None
    if lemma in lexicon.reporting and entry.specificity == 0:
        drop(trace, token, "reporting verb: gives attribution, not an event")
        return None
    objects = args.direct_objects(token)
    if _defers_to_object(token, entry, lexicon):
        drop(trace, token, "light verb: its object noun carries the event")
        return None
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in NOUN_POS:
        sources = args.agents(token)  # "soldiers killed by rebels": the noun is the patient
        primary = [token.head]
    elif args.is_passive(token):
        sources = args.agents(token)
        primary = args.children_with(token, args.PASSIVE_SUBJECT_DEPS)
    else:
        sources = _subjects(token)
        primary = objects
    if not sources:
        # "police firing" (a gerund's modifier), "killed in Israeli air strikes" (the agent of the means)
        sources = args.modifier_agents(token) if token.tag_ == "VBG" else []
        sources = sources or args.means_agents(token, lambda noun: _names_event(noun, lexicon))
    if entry.preps:
        primary = args.prep_objects(token, entry.preps)
    end = token.i + 1
    if entry.particle:
        for child in token.rights:
            if child.lower_ == entry.particle and child.i == end:
                end = child.i + 1
    options = [
        primary,
        args.children_with(token, frozenset({"dative"})),
        args.clause_targets(token) if entry.code[:2] in EMBEDDING_ROOTS else [],
        args.prep_objects(token, args.TARGET_PREPS),
        [p for o in objects for p in args.prep_objects(o, args.TARGET_PREPS)],
        [p for o in objects for p in args.owners(o)],
        [p for o in args.prep_objects(token, args.TARGET_PREPS) for p in args.owners(o)],
    ]
    if entry.preps:  # the lexicon's prepositional target, when it is a thing: "complained over Israeli raids"
        options.insert(1, [o for t in primary for o in args.owners(t)])
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
    code, note = _refine(entry.code, token, lexicon)
    fallback: list[Token] = []
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.head.pos_ == "VERB":
        # "the party issued a declaration demanding ...": the declaration's author demands
        fallback = _subjects(token.head.head)
    return _Frame(code, sources, options, entry.specificity > 0, f"verb sense {entry.source}{note}", end,
                  source_fallback=fallback)


def inner_code(token: Token, lexicon: Lexicon) -> str | None:
    """The code of the event a predicate embeds: its infinitive or clause, or its object noun."""
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ == "VERB":
            entry = _choose_verb_entry(child, lexicon.verb_entries(child.lemma_.lower()))
            if entry is not None:
                return entry.code
            for grandchild in child.children:
                found = _noun_entry(grandchild, lexicon) if grandchild.dep_ in args.OBJECT_DEPS else None
                if found is not None:
                    return found.code
    for child in token.children:
        nouns = [child] if child.dep_ in args.OBJECT_DEPS else []
        if child.dep_ == "prep" and child.lower_ == "for":
            nouns = args.children_with(child, frozenset({"pobj"}))
        for noun in nouns:
            entry_n = _noun_entry(noun, lexicon)
            if entry_n is not None:
                return entry_n.code
    return None


def _refine(code: str, token: Token, lexicon: Lexicon) -> tuple[str, str]:
    frame = FRAME_OF_CODE.get(code)
    inner = inner_code(token, lexicon) if frame else None
    derived = lexicon.derived_code(frame, inner) if frame and inner else None
    if derived is None:
        return code, ""
    return derived, f"; refined {code} -> {derived}: {frame} for CAMEO {inner}"


def _appeal_frame(token: Token, lexicon: Lexicon) -> _Frame | None:
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
        code, note = _refine(APPEAL_CODE, token, lexicon)
        return _Frame(code, _subjects(token), [addressees], True,
                      f"'{token.text} X to {clause.text}' is an appeal to X{note}", token.i + 1)
    return None


def _noun_entry(token: Token, lexicon: Lexicon) -> NounEntry | None:
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod"}}
    for entry in lexicon.noun_entries(token.lemma_.lower()):
        if entry.modifier is None or entry.modifier in modifiers:
            return entry
    return None


def _carrier(noun: Token, lexicon: Lexicon) -> Token | None:
    """The light verb that carries an event noun: "held talks", "provided tons of aid", "went on strike"."""
    node = noun
    for _ in range(3):
        head = node.head
        if node.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in lexicon.light_verbs:
            return head
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.head is not head:
            above = head.head
            if head.lower_ in {"on", "in"} and above.lemma_.lower() in lexicon.light_verbs - SPEECH_CARRIERS:
                return above
            if head.lower_ == "under" and above.lemma_.lower() in lexicon.recipients:
                return above  # "came under attack"
            if head.lower_ == "of" and above.pos_ in NOUN_POS:
                node = above
                continue
        break
    return None


def _noun_frame(token: Token, lexicon: Lexicon, trace: Trace | None) -> _Frame | None:
    if token.dep_ == "compound":
        return None
    entry = _noun_entry(token, lexicon)
    if entry is None:
        return None
    if token.lemma_.lower() in STATE_NOUNS and token.dep_ == "pobj" and token.head.lower_ == "in":
        drop(trace, token, "a state ('in custody'), not the arrest ('taken into custody')")
        return None
    content = token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in CONTENT_PREPS
    verb_above = token.head.head if content else token.head
    if (token.dep_ in args.OBJECT_DEPS or content) and verb_above.pos_ == "VERB":
        verb = verb_above
        verb_sense = _choose_verb_entry(verb, lexicon.verb_entries(verb.lemma_.lower()))
        if verb_sense is not None and not _defers_to_object(verb, verb_sense, lexicon):
            # "lifted the blockade", "condemned the attack", "reneged on its commitment": the verb's event has
            # the noun as its content
            drop(trace, token, f"object of the coded verb '{verb.text}'")
            return None
    carrier = _carrier(token, lexicon)
    own_sources = [c for c in token.children if c.dep_ in {"poss", "compound", "amod"}]
    own_sources += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                    for p in args.children_with(c, frozenset({"pobj"}))]
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
        note += f" carried by light verb '{carrier.text}'"
    if entry.code[:2] == PROTEST_ROOT:
        options.append(args.purpose_targets(token) + (args.purpose_targets(carrier) if carrier is not None else []))
    if entry.code[:2] in CLAUSE_TARGET_ROOTS:
        # "its demand that Israel ease restrictions": the subject of the noun's clause
        holders = [token] + ([carrier] if carrier is not None else [])
        options.append([s for h in holders for c in h.children if c.dep_ in {"acl", "ccomp"} for s in
                        args.children_with(c, args.SUBJECT_DEPS)])
    return _Frame(entry.code, sources, options, carrier is not None, note, token.i + 1)


def _fought_alongside(noun: Token) -> bool:
    """ "after fighting with X", "during clashes with X": combat with a counterpart, in a time phrase of a verb."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in TIME_PREPS
            and prep.head.pos_ == "VERB" and bool(args.prep_objects(noun, ("with",))))


def _resolve_all(tokens: Sequence[Token], actors: DocumentActors, *, as_target: bool = False) -> list[Actor]:
    out: list[Actor] = []
    for token in tokens:
        if as_target and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in token.children):
            continue  # "withdrew its troops from Lebanon": the actor's own forces are not its target
        actor = actors.resolve(token)
        if as_target and actor is not None and actor.country is None and token.dep_ in {"amod", "compound"} \
                and actor.code.startswith("---"):
            continue  # "joint military exercises", "terrorist activities": a kind of thing, not an actor
        if actor is not None and all(actor.end <= a.start or actor.start >= a.end for a in out):
            out.append(actor)  # spans that overlap one already taken are the same actor
            out.extend(_coordinated_owners(token, actor, actors))
    return out


def _coordinated_owners(head: Token, actor: Actor, actors: DocumentActors) -> list[Actor]:
    """ "Indian and Pakistani troops" is two actors: INDMIL and PAKMIL."""
    out: list[Actor] = []
    for modifier in head.children:
        if modifier.dep_ not in {"amod", "compound", "nmod"} or modifier.i > head.i:
            continue
        first = actors.resolve(modifier)
        if first is None or first.country is None or first.country != actor.country:
            continue
        for other in (c for c in modifier.children if c.dep_ == "conj"):
            coded = actors.resolve(other)
            if coded is None or coded.country is None or coded.country == actor.country:
                continue
            code = coded.code[: len(coded.country)] + actor.code[len(actor.country):]
            why = f"'{other.text}' coordinated with '{modifier.text}' in '{actor.text}'; {actor.why}"
            out.append(replace(actor, text=coded.text, start=coded.start, end=coded.end, code=code,
                               country=coded.country, why=why))
    return out


def _first_resolved(options: Sequence[Sequence[Token]], actors: DocumentActors,
                    exclude: Sequence[Actor]) -> list[Actor]:
    taken = {a.start for a in exclude}
    weak: list[Actor] = []
    for option in options:
        found = [a for a in _resolve_all(option, actors, as_target=True) if a.start not in taken]
        if found and any(a.country is not None or not a.code.startswith("---") for a in found):
            return found
        # "providing intelligence to Macedonia": a country-less thing-like actor yields to a named one
        weak = weak or found
    if weak:
        return weak
    for option in options:  # no actor anywhere: whose thing it is ("restrictions against German goods")
        owned = [o for t in option if actors.resolve(t) is None for o in args.owners_or_objects(t)]
        found = [a for a in _resolve_all(owned, actors, as_target=True) if a.start not in taken]
        if not found:  # "part of a military aid program for Bosnia": one level further
            owned = [o for t in owned if actors.resolve(t) is None for o in args.owners_or_objects(t)]
            found = [a for a in _resolve_all(owned, actors, as_target=True) if a.start not in taken]
        if found:
            return found
    return []


def _place_target(token: Token, code: str, actors: DocumentActors) -> list[Actor]:
    """With no explicit target, the country of the place where a material event happened."""
    if code == EMPATHY_CODE:
        mourned = args.prep_objects(token, ("for", "over", "at")) + [
            p for o in args.direct_objects(token) for p in args.prep_objects(o, ("for", "over", "at"))]
        return _place_country(mourned, actors, "sympathy with the country of")
    if code[:2] not in PLACE_TARGET_ROOTS:
        return []
    # a threat's place is that of what it threatens: "threatened to resume attacks in Israel"
    clauses = [c for c in token.children if c.dep_ == "xcomp"] if code[:2] == THREAT_CODE[:2] else []
    return _place_country(clauses, actors, "no explicit target: country of the place", also=token)


def _place_country(nodes: Sequence[Token], actors: DocumentActors, reason: str, *,
                   also: Token | None = None) -> list[Actor]:
    """The country of the first named place "in" one of `nodes` (or `also`)."""
    heads = [also, *nodes] if also is not None else list(nodes)
    for found in [p for node in heads for p in args.place_objects(node)]:
        # "in the capital city of Algiers": the named place is the "of" object of a common noun
        place = found if found.ent_type_ in PLACE_ENTITIES else next(
            (o for o in args.prep_objects(found, ("of",)) if o.ent_type_ in PLACE_ENTITIES), None)
        if place is None:
            continue
        actor = actors.resolve(place)
        if actor is not None and actor.country:
            why = f"{reason} '{actor.text}'"
            return [replace(actor, code=actor.country, sector=None, why=why)]
    return []


def _implicit_police(token: Token, actors: DocumentActors, what: str = "an arrest") -> Actor:
    """ "Five activists were arrested", "tear gas was fired to disperse the crowd": with no one named, an
    arrest or crowd control is the police's (an empty span)."""
    country = actors.main_country
    start = token.idx
    why = f"implicit agent: {what} with no one named is the police's" + (
        f"; country {country} from the document's main country" if country else "")
    return Actor(text="", start=start, end=start, code=(country or "---") + "COP", country=country,
                 sector="COP", name=None, why=why)


def _someone_held(token: Token) -> bool:
    """Whether an arrest with no actor named still holds someone: "five persons were arrested", "the arrested
    men", "we arrested five persons", "the arrests followed"; not "life imprisonment", "in charge of the
    district", "the charge of a nexus", nor "rail travel will pick up"."""
    if token.pos_ in NOUN_POS:
        return token.lemma_.lower() in HELD_NOUNS
    return args.is_passive(token) or bool(args.direct_objects(token)) or token.dep_ in {"amod", "acl"}


def _is_mutual(code: str, trigger: Token, target_tokens: Sequence[Token]) -> bool:
    """ "met with Y", "talks with Y": the "with" phrase hangs off the trigger (or its light verb)."""
    if code[:2] not in MUTUAL_ROOTS:
        return False
    return any(t.head.dep_ == "prep" and t.head.lower_ == "with" and t.head.head.i in {trigger.i, trigger.head.i}
               for t in target_tokens)


def _mention(token: Token, frame: _Frame, sentence: int, cited: str | None, lexicon: Lexicon,
             actors: DocumentActors, trace: Trace | None) -> EventMention | None:
    cue = attribution_of(token, lexicon, cited)
    speaker = actors.resolve(cue.speaker) if cue.speaker is not None else None
    source = _resolve_all(frame.sources, actors) or _resolve_all(frame.source_fallback, actors)
    if not source and speaker is not None and cue.speaker is not None and any(
            t.lower_ in SPEAKER_PRONOUNS and t.i > cue.speaker.i for t in frame.sources):
        # "Syria says it will withdraw": in a reported clause, the pronoun subject is the speaker (who comes
        # first: in "bombers killed 23 when they blew themselves up, police said", "they" are the bombers)
        source = [replace(speaker, why=f"pronoun in the speaker's claim = {speaker.text}; {speaker.why}")]
    target = _first_resolved(frame.target_options, actors, source)
    if not target:
        target = _place_target(token, frame.code, actors)
    if not source and frame.code.startswith(ARREST_CODE) and (target or _someone_held(token)):
        source = [_implicit_police(token, actors)]
    elif not source and frame.code.startswith(CROWD_CONTROL_CODE) and target:
        source = [_implicit_police(token, actors, "crowd control (tear gas, baton charge, dispersal)")]
    if not source and not target and (not frame.code.startswith(ACTORLESS_PREFIXES)
                                      or token.lemma_.lower() in NEEDS_AN_ACTOR):
        drop(trace, token, f"CAMEO {frame.code} but no political actor as source or target")
        return None
    if not target and len(source) < 2 and frame.code[:2] in TARGET_REQUIRED_ROOTS:
        drop(trace, token, f"CAMEO {frame.code} (consult) needs someone consulted: no target found")
        return None
    target_tokens = [t for option in frame.target_options for t in option
                     if any(actors.resolve(t) == a for a in target)]
    modality, why_modality = modality_of(token, lexicon)
    evidence = [frame.note, f"modality {modality.value}: {why_modality}"]
    evidence += [f"source '{a.text}' -> {a.code}: {a.why}" for a in source]
    evidence += [f"target '{a.text}' -> {a.code}: {a.why}" for a in target]
    if cue.why:
        evidence.append(cue.why)
    return EventMention(sentence=sentence, trigger_start=token.i, trigger_end=frame.trigger_end,
                        code=frame.code, source=tuple(source), target=tuple(target), modality=modality,
                        speaker=speaker, according_to=cue.according_to, specific=frame.specific,
                        evidence=tuple(evidence), mutual=_is_mutual(frame.code, token, target_tokens),
                        main_clause=args.clause_head(token).dep_ == "ROOT",
                        background=token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"})


def _embedded_in_event(token: Token, lexicon: Lexicon) -> bool:
    """Whether the predicate is the content of another coded predicate ("offered to mediate")."""
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    if clause is not token and clause.lemma_.lower() not in lexicon.light_verbs and \
            _choose_verb_entry(clause, lexicon.verb_entries(clause.lemma_.lower())) is not None:
        return True
    head = clause.head
    lemma = head.lemma_.lower()
    if lemma in lexicon.reporting or lemma in lexicon.light_verbs:
        return False  # "announced it would free": the speech is not an event of its own here
    return clause.dep_ in {"xcomp", "ccomp"} and _choose_verb_entry(head, lexicon.verb_entries(lemma)) is not None


def _subject_desire(token: Token, lexicon: Lexicon) -> bool:
    """ "wants to help Israel": a desire for one's own action is an intent, not a request to others."""
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    head = clause.head
    return (clause.dep_ == "xcomp" and lexicon.modality.get(head.lemma_.lower()) is Modality.REQUESTED
            and not args.children_with(head, args.OBJECT_DEPS))


def _plainly_negated(token: Token) -> bool:
    """ "will not accept", "does not recognise": the actor's own refusal, not a report that it did not happen."""
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    return any(c.dep_ == "neg" for c in clause.children) and not any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"did", "has", "have", "had", "was", "were"}
        for c in clause.children)


def _has_condition(token: Token, marks: frozenset[str]) -> bool:
    """Whether the predicate's clause has a conditional clause introduced by one of `marks` ("unless X ...")."""
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in clause.children)


def _conditional_pledge(token: Token, lexicon: Lexicon) -> bool:
    """ "said they would meet X if he gave them a veto": a reported, conditional promise is still an intent."""
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    return (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.reporting
            and any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in clause.children)
            and _has_condition(token, CONDITION_MARKS))


def _implied(mention: EventMention, token: Token, lexicon: Lexicon) -> EventMention | None:
    """ "X will provide aid" states an intent (CAMEO 033); "X will attack" a threat (138)."""
    future = mention.modality is Modality.FUTURE or (
        mention.modality is Modality.REQUESTED and _subject_desire(token, lexicon)) or (
        mention.modality is Modality.HYPOTHETICAL and _conditional_pledge(token, lexicon))
    refused = mention.modality is Modality.NEGATED and _plainly_negated(token)
    if not (future or refused) or not mention.source or _embedded_in_event(token, lexicon):
        return None
    root = mention.code[:2]
    ultimatum = future and _has_condition(token, ULTIMATUM_MARKS)
    if refused:
        frame = "refusal" if "03" <= root <= "08" else None
    elif ultimatum:
        frame = "threat"  # "will withdraw its troops unless X holds elections": a threat to X
    else:
        frame = "intent" if "04" <= root <= "08" else "threat" if root >= "14" else None
    code = lexicon.derived_code(frame, mention.code) if frame else None
    if ultimatum and code is None:
        code = THREAT_CODE
    if code is None or frame is None:
        return None
    note = f"{frame}: a {mention.modality.value} CAMEO {mention.code} event is an asserted CAMEO {code}"
    return replace(mention, code=code, modality=Modality.ASSERTED, specific=False, derived=frame,
                   evidence=(note, *mention.evidence[1:]))


def _demands(sent: Span, index: int, lexicon: Lexicon, actors: DocumentActors,
             cited: str | None) -> list[EventMention]:
    """ "The minister said that Libya must hand over the suspects": a demand on Libya by the speaker."""
    out: list[EventMention] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.reporting:
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in clause.children):
                continue
            target = _resolve_all(args.children_with(clause, args.SUBJECT_DEPS), actors)
            source = _resolve_all(args.subjects(verb), actors)
            if not target:
                continue
            entry = _choose_verb_entry(clause, lexicon.verb_entries(clause.lemma_.lower()))
            code = (lexicon.derived_code("demand", entry.code) if entry else None) or DEMAND_CODE
            why = f"'{verb.text} ... {clause.text}' with an obligation: a demand (CAMEO {code})"
            out.append(EventMention(sentence=index, trigger_start=clause.i, trigger_end=clause.i + 1, code=code,
                                    source=tuple(source), target=tuple(target), modality=Modality.ASSERTED,
                                    speaker=source[0] if source else None, according_to=cited, specific=False,
                                    evidence=(why,), derived="demand"))
    return out


def _discarded(token: Token, lexicon: Lexicon, sentence_lemmas: frozenset[str]) -> str | None:
    context = lexicon.discards.get(token.lemma_.lower())
    if context:
        hits = context & sentence_lemmas
        if hits:
            return f"discarded: non-political sense (context '{sorted(hits)[0]}')"
    return None


def sentence_mentions(sent: Span, index: int, lexicon: Lexicon, actors: DocumentActors,
                      trace: Trace | None = None) -> list[EventMention]:
    """Event mentions of one sentence."""
    cited = according_to(sent)
    lemmas = frozenset(t.lemma_.lower() for t in sent)
    out: list[EventMention] = []
    for token in sent:
        if token.pos_ == "VERB":
            frame = _verb_frame(token, lexicon, trace)
        elif token.pos_ in NOUN_POS:
            frame = _noun_frame(token, lexicon, trace)
        else:
            continue
        if frame is None:
            continue
        reason = _discarded(token, lexicon, lemmas)
        if reason:
            drop(trace, token, reason)
            continue
        mention = _mention(token, frame, index, cited, lexicon, actors, trace)
        if mention is not None:
            out.append(mention)
            out.extend(visits(mention, token))
            implied = _implied(mention, token, lexicon)
            if implied is not None:
                out.append(implied)
    out.extend(_demands(sent, index, lexicon, actors, cited))
    out.extend(claims(sent, index, out, lambda tokens: _resolve_all(tokens, actors), cited))
    out = without_repeats(out, sent.doc, lexicon, trace)
    if any(m.source or m.target for m in out):
        # an actor-less record only says "violence happened here": redundant beside a coded one
        out = [m for m in out if m.source or m.target]
    return out


def mentions_from_doc(doc: Doc, lexicon: Lexicon, actors: DocumentActors,
                      trace: Trace | None = None) -> list[EventMention]:
    """All event mentions of a parsed document, sentence by sentence, in text order."""
    mend_lemmas(doc, lexicon)
    out: list[EventMention] = []
    for index, sent in enumerate(doc.sents):
        out.extend(sentence_mentions(sent, index, lexicon, actors, trace))
    return out


def mend_lemmas(doc: Doc, lexicon: Lexicon) -> None:
    """Restore a lexicon verb's final "e" that the lemmatizer dropped: "raped"/"raping" -> "rap" should be "rape"
    ("rap" would make "rapped"). Only where the short lemma is no trigger and the long one is."""
    for token in doc:
        if token.tag_ not in MENDED_TAGS:
            continue
        lemma = token.lemma_.lower()
        if token.lower_ in {lemma + "ed", lemma + "ing"} and not lexicon.verb_entries(lemma) \
                and lexicon.verb_entries(lemma + "e"):
            token.lemma_ = lemma + "e"
