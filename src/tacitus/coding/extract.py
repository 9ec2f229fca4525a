"""Turn a parsed Doc into event mentions: predicates (predicates.py) with their arguments resolved to actors,
their modality and attribution, and the events they imply.

Every decision is written to the mention's evidence (and to `trace`, for `tacitus explain`), so a user can
see why an event was coded, and why a candidate was not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from tacitus.actors.resolve import DocumentActors
from tacitus.coding import arguments as args
from tacitus.coding.attribution import according_to, attribution_of, speakers_of
from tacitus.coding.casualties import with_casualties
from tacitus.coding.lexicon import Lexicon
from tacitus.coding.mentions import EventMention, Trace, drop
from tacitus.coding.modality import IMPLICATIVE, modality_of, states_a_count
from tacitus.coding.police import crowd_dispersing, police_code, police_reporting_own_act
from tacitus.coding.predicates import CONDITION_MARKS, THREAT_CODE, Frame, dated_background, noun_frame, verb_frame
from tacitus.coding.quoted import in_a_title
from tacitus.coding.related import claims, reactions, responsibility, visits, without_repeats
from tacitus.coding.roles import (
    THIRD_LOCATION_CODE,
    first_person,
    first_person_owned,
    first_resolved,
    implicit_police,
    own_country,
    place_target,
    resolve_all,
    someone_held,
    speakers_own,
    third_location,
)
from tacitus.coding.senses import ARREST_CODE, NOUN_POS, choose_verb_entry
from tacitus.parse import tokens_with_tag
from tacitus.records import Actor, Modality

__all__ = ["Trace", "mend_lemmas", "mentions_from_doc", "sentence_mentions"]

# Roots where "X <verb> with Y" is mutual: both directions are events ("held talks with").
MUTUAL_ROOTS = frozenset({"04", "05", "06"})
# Consultation is with someone: a meeting, visit or talks with no counterpart found is not coded.
TARGET_REQUIRED_ROOTS = frozenset({"04"})
SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i"})
SEIZURE_CODE = "1711"  # confiscation: "20 kg of heroin was seized" is the police's
CROWD_CONTROL_CODE = "175"  # violent repression: tear gas, baton charges, dispersing crowds
# Codes narrowed by whom they hit or move: administrative sanctions (172) on the media restrict speech (1721), on the
# opposition or a party ban politicians (1722); an alert or a mobilization of the police is 151 or 153, not 152/154.
BY_TARGET_SECTOR = {"172": {"MED": "1721", "OPP": "1722", "PTY": "1722"}, "152": {"COP": "151"},
                    "154": {"COP": "153"}}
MENDED_TAGS = frozenset({"VBD", "VBN", "VBG"})
# transfers that a firm (a named organisation that is no actor) makes are sales: arms (072) and money (071)
COMMERCIAL_CODES = ("071", "072")
# Violence worth a record even when the text names no actor: "shops were looted", "a bomb killed five".
ACTORLESS_PREFIXES = ("14", "171", "18", "19", "20")
# ... but not verbs that accidents, disasters and sport share: "killed when a bus plunged", "was struck by a ship".
NEEDS_AN_ACTOR = frozenset({"kill", "injure", "wound", "hurt", "die", "strike", "hit", "battle", "fight", "take",
                            "capture", "seize", "destroy", "damage", "beat", "crush", "overrun", "occupy"})
OBLIGATION = frozenset({"must", "should"})
VISIT_CODES = frozenset({"042", "043"})
BEATING_CODE = "182"  # physical assault (not 1823 killing): people beat people; "Brazil beat Argentina" is sport
ULTIMATUM_MARKS = frozenset({"unless"})
FORCE_ROOTS = ("18", "19", "20")
SHOW_OF_FORCE_CODE = "150"
OPEN_WATER = frozenset({"sea", "ocean", "waters", "water"})
LAUNCHED = frozenset({"missile", "rocket"})
# A force that strikes abroad as often as at home: a state or its armed forces (police and rebels act at home).
ARMED_STATE_SECTORS = frozenset({None, "MIL"})
DEMAND_CODE = "100"
# Prepositions whose event noun came before the event the sentence reports ("protested after the killings").
PRIOR_PREPS = frozenset({"after", "following", "since"})
# Words whose infinitive names an event whose first step did happen, and the frames.tsv frame of that step:
# "tried to assassinate" (an attempt), "the army prepared to resume shelling" (military preparation).
STEP_CUES = {"try": "attempt", "attempt": "attempt", "seek": "attempt", "bid": "attempt",
             "prepare": "preparation", "preparation": "preparation"}


def _by_target_sector(code: str, note: str, target: Sequence[Actor]) -> tuple[str, str]:
    """ "revoked the licence of the last independent broadcaster": an administrative sanction on the media is a
    restriction on speech (172 -> 1721); "police were placed on alert" a police alert (152 -> 151)."""
    table = BY_TARGET_SECTOR.get(code, {})
    narrower = {table[a.sector] for a in target if a.sector in table}
    if len(narrower) != 1:
        return code, note
    [found] = narrower
    return found, f"{note}; aimed at {target[0].code} -> CAMEO {found}"


def _is_mutual(code: str, trigger: Token, target_tokens: Sequence[Token]) -> bool:
    """ "met with Y", "talks with Y": the "with" phrase hangs off the trigger (or its light verb)."""
    if code[:2] not in MUTUAL_ROOTS:
        return False
    return any(t.head.dep_ == "prep" and t.head.lower_ == "with" and t.head.head.i in {trigger.i, trigger.head.i}
               for t in target_tokens)


def _sold_by_a_firm(frame: Frame) -> bool:
    """ "Lockheed Martin delivered 150 jets to customers", "Boeing handed over a jet to Air India": arms or money
    handed over by a named organisation that resolves to no actor is business, not military or economic aid."""
    return frame.code.startswith(COMMERCIAL_CODES) and bool(frame.sources) and all(
        s.ent_type_ == "ORG" for s in frame.sources)


def _mention(token: Token, frame: Frame, sentence: int, cited: str | None, lexicon: Lexicon,
             actors: DocumentActors, trace: Trace | None) -> EventMention | None:
    cue = attribution_of(token, lexicon, cited)
    speaker = actors.resolve(cue.speaker) if cue.speaker is not None else None
    source = resolve_all(frame.sources, actors) or resolve_all(frame.source_fallback, actors)
    if not source and speaker is not None and cue.speaker is not None and any(
            t.lower_ in SPEAKER_PRONOUNS and t.i > cue.speaker.i for t in frame.sources):
        # "Syria says it will withdraw": in a reported clause, the pronoun subject is the speaker (who comes
        # first: in "bombers killed 23 when they blew themselves up, police said", "they" are the bombers)
        source = [replace(speaker, why=f"pronoun in the speaker's claim = {speaker.text}; {speaker.why}")]
    if not source and speaker is not None and any(first_person(t) for t in frame.sources):
        # '"We are asking Washington for arms," said the captain': the first person is the speaker
        source = [replace(speaker, why=f"'{frame.sources[0].text}' = the speaker {speaker.text}; {speaker.why}")]
    primary = next((option for option in frame.target_options if option), [])
    if speaker is not None and speaker not in source and (any(first_person(t) for t in primary)
                                                          or first_person_owned(primary)):
        target = [speakers_own(speaker, primary[0], actors)]
    else:
        target = first_resolved(frame.target_options, actors, source)
    if not target:
        target = place_target(token, frame.code, actors) or own_country(source, frame.code)
    if not source and frame.code.startswith(ARREST_CODE) and (target or someone_held(token)):
        source = [implicit_police(token, actors, speaker=speaker)]
    elif not source and frame.code.startswith(CROWD_CONTROL_CODE) and target:
        source = [implicit_police(token, actors, "crowd control (tear gas, baton charge, dispersal)", speaker)]
    elif not source and frame.code.startswith(SEIZURE_CODE) and args.is_passive(token):
        source = [implicit_police(token, actors, "a seizure (arms, drugs, contraband)", speaker)]
    elif not source:
        source = police_reporting_own_act(frame.code, speaker)
    if crowd_dispersing(token, frame.code, source):
        drop(trace, token, "a crowd dispersing by itself")
        return None
    if not source and _sold_by_a_firm(frame):
        drop(trace, token, f"CAMEO {frame.code} done by an organisation that is no political actor: a sale, not aid")
        return None
    if not source and not target and (not frame.code.startswith(ACTORLESS_PREFIXES)
                                      or token.lemma_.lower() in NEEDS_AN_ACTOR):
        drop(trace, token, f"CAMEO {frame.code} but no political actor as source or target")
        return None
    if not target and len(source) < 2 and frame.code[:2] in TARGET_REQUIRED_ROOTS and not _plainly_negated(token):
        # "Egypt will not host the talks" stays: its refusal to meet (125) needs no counterpart
        drop(trace, token, f"CAMEO {frame.code} (consult) needs someone consulted: no target found")
        return None
    if frame.code in VISIT_CODES and target and {a.code for a in target} <= {a.code for a in source}:
        drop(trace, token, "a visit to one's own seat ('the negotiator flew to Bamako', both MLIGOV) is no visit")
        return None
    if frame.code == BEATING_CODE and source and target and all(a.sector is None for a in [*source, *target]):
        drop(trace, token, "a country beating a country is a match or a vote, not a beating")
        return None
    target_tokens = [t for option in frame.target_options for t in option
                     if any(actors.resolve(t) == a for a in target)]
    code, note = _by_target_sector(frame.code, frame.note, target)
    code, note = police_code(code, note, token, source, target, actors)
    if not target and code.startswith(FORCE_ROOTS) and _into_open_water(token):
        code, note = SHOW_OF_FORCE_CODE, f"{note}; fired into open water at no one: a show of force -> CAMEO 150"
    third = third_location(token, code, [*source, *target], actors)
    if third is not None:
        code, note = THIRD_LOCATION_CODE, f"{note}; met in {third}, neither side's country -> CAMEO 044"
    joint = lexicon.derived_code("joint", code)
    together = joint is not None and _is_mutual(joint, token, target_tokens)
    if joint is not None and (len({a.country for a in source if a.country}) > 1 or together):
        # "French and Egyptian warships began war games", "held drills with Y": done together, not at someone
        code, note = joint, f"{note}; joint: two countries' forces together -> CAMEO {joint}"
        target = target if together else []
    modality, why_modality = modality_of(token, lexicon)
    evidence = [note, f"modality {modality.value}: {why_modality}"]
    evidence += [f"source '{a.text}' -> {a.code}: {a.why}" for a in source]
    evidence += [f"target '{a.text}' -> {a.code}: {a.why}" for a in target]
    if cue.why:
        evidence.append(cue.why)
    return EventMention(sentence=sentence, trigger_start=token.i, trigger_end=frame.trigger_end,
                        code=code, source=tuple(source), target=tuple(target), modality=modality,
                        speaker=speaker, according_to=cue.according_to, specific=frame.specific,
                        evidence=tuple(evidence), mutual=_is_mutual(code, token, target_tokens),
                        main_clause=args.clause_head(token).dep_ == "ROOT",
                        background=_background(token, lexicon))


def _into_open_water(token: Token) -> bool:
    """ "fired two ballistic missiles into the sea": a missile launch into open water hits no one (artillery fired
    into the sea near a border stays fire)."""
    return any(o.lemma_.lower() in LAUNCHED for o in args.direct_objects(token)) and any(
        o.lemma_.lower() in OPEN_WATER for o in args.prep_objects(token, ("into", "in", "toward", "towards")))


def _background(token: Token, lexicon: Lexicon) -> bool:
    """ "tribesmen backed by X" describes someone; in "protesters rallied, denouncing the verdict" the participle
    tells how the coded main event went: both are background to the news."""
    if token.dep_ == "acl" and token.tag_ in {"VBN", "VBG"}:
        return True
    head = token.head
    if token.pos_ in NOUN_POS and token.dep_ == "pobj" and head.lower_ in PRIOR_PREPS:
        return True  # "held vigils following two police shootings": what came before the news
    if token.dep_ != "advcl" or token.tag_ != "VBG" or head.pos_ != "VERB" \
            or any(c.dep_ in {"mark", "nsubj"} for c in token.children):
        return False
    lemma = head.lemma_.lower()
    return lemma in lexicon.light_verbs or choose_verb_entry(head, lexicon.verb_entries(lemma)) is not None


def _embedded_in_event(token: Token, lexicon: Lexicon) -> bool:
    """Whether the predicate is the content of another coded predicate ("offered to mediate")."""
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    if clause is not token and clause.lemma_.lower() not in lexicon.light_verbs and \
            choose_verb_entry(clause, lexicon.verb_entries(clause.lemma_.lower())) is not None:
        return True
    head = clause.head
    lemma = head.lemma_.lower()
    if lemma in lexicon.reporting or lemma in lexicon.light_verbs:
        return False  # "announced it would free": the speech is not an event of its own here
    return clause.dep_ in {"xcomp", "ccomp"} and choose_verb_entry(head, lexicon.verb_entries(lemma)) is not None


def _subject_desire(token: Token, lexicon: Lexicon) -> bool:
    """ "wants to help Israel": a desire for one's own action is an intent, not a request to others."""
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    head = clause.head
    return (clause.dep_ == "xcomp" and lexicon.modality.get(head.lemma_.lower()) is Modality.REQUESTED
            and not args.children_with(head, args.OBJECT_DEPS))


def _plainly_negated(token: Token) -> bool:
    """ "will not accept", "does not recognise": the actor's own refusal, not a report that it did not happen."""
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    # "did not attack" reports; "must not allow", "should not accept" say what ought to be, not a refusal
    return any(c.dep_ == "neg" for c in clause.children) and not any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"did", "has", "have", "had", "was", "were", "must", "should",
                                                      "ought", "need"}
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


def _step_cue(token: Token, lexicon: Lexicon) -> Token | None:
    """The asserted cue of trying or preparing that governs the predicate ("tried to assassinate", "an attempt
    to assassinate ... was foiled", "prepared to resume shelling"), or None ("will try to", "did not try to")."""
    clause = token
    if clause.dep_ in {"xcomp", "dobj"} and clause.head.lemma_.lower() in IMPLICATIVE:
        clause = clause.head  # "prepared to resume shelling": the shelling is what is prepared
    if clause.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    head = clause.head
    verbal = clause.dep_ == "xcomp" and head.pos_ == "VERB"
    nominal = clause.dep_ == "acl" and head.pos_ in NOUN_POS
    if not (verbal or nominal) or head.lemma_.lower() not in STEP_CUES:
        return None
    return head if modality_of(head, lexicon)[0] is Modality.ASSERTED else None


def _first_step(mention: EventMention, token: Token, lexicon: Lexicon) -> EventMention | None:
    """ "X tried to assassinate Y" is an asserted attempt (CAMEO 185); "the army prepared to resume shelling" an
    asserted mobilization (154)."""
    if mention.modality not in {Modality.HYPOTHETICAL, Modality.FUTURE}:
        return None
    cue = _step_cue(token, lexicon)
    frame = STEP_CUES[cue.lemma_.lower()] if cue is not None else ""
    code = lexicon.derived_code(frame, mention.code) if cue is not None else None
    if cue is None or code is None:
        return None
    note = f"{frame}: '{cue.text}' to carry out CAMEO {mention.code} is an asserted CAMEO {code}"
    return replace(mention, code=code, modality=Modality.ASSERTED, derived=frame, specific=False,
                   evidence=(note, *mention.evidence[1:]))


def _subordinate(token: Token) -> bool:
    """ "vowed to fight until the president resigns": an event in a clause of time or condition is not
    what the vow or plan promises, so it implies no intent of its own subject."""
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children)


def _implied(mention: EventMention, token: Token, lexicon: Lexicon) -> EventMention | None:
    """ "X will provide aid" states an intent (CAMEO 033); "X will attack" a threat (138)."""
    step = _first_step(mention, token, lexicon)
    if step is not None:
        return step
    future = mention.modality is Modality.FUTURE or (
        mention.modality is Modality.REQUESTED and _subject_desire(token, lexicon)) or (
        mention.modality is Modality.HYPOTHETICAL and _conditional_pledge(token, lexicon))
    refused = mention.modality is Modality.NEGATED and _plainly_negated(token)
    if not (future or refused) or not mention.source or _embedded_in_event(token, lexicon) \
            or _subordinate(token):
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


def _aimed_at_the_condition(threat: EventMention, token: Token, actors: DocumentActors) -> EventMention:
    """ "Unless the rebels disarm, the army will storm the town": an ultimatum with no one else named is aimed at
    whoever must meet its condition."""
    if threat.derived != "threat" or threat.target or not _has_condition(token, ULTIMATUM_MARKS):
        return threat
    clause = args.clause_head(token) if token.pos_ != "VERB" else token
    target = [a for a in resolve_all(args.condition_subjects(clause, ULTIMATUM_MARKS), actors, as_target=True)
              if a.code not in {s.code for s in threat.source}]
    if not target:
        return threat
    why = f"target: '{target[0].text}', who must meet the condition -> {target[0].code}"
    return replace(threat, target=tuple(target), evidence=(*threat.evidence, why))


def _demands(tokens: Sequence[Token], index: int, lexicon: Lexicon, actors: DocumentActors,
             cited: str | None) -> list[EventMention]:
    """ "The minister said that Libya must hand over the suspects": a demand on Libya by the speaker (`tokens`: the
    sentence's)."""
    out: list[EventMention] = []
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.reporting:
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in clause.children):
                continue
            target = resolve_all(args.children_with(clause, args.SUBJECT_DEPS), actors)
            source = resolve_all(args.subjects(verb) or speakers_of(verb), actors)
            if not target:
                continue
            entry = choose_verb_entry(clause, lexicon.verb_entries(clause.lemma_.lower()))
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


def _not_news(token: Token) -> str | None:
    if in_a_title(token):
        return "in a quoted title or slogan ('The Invasion', 'Death to America'), not an event"
    if dated_background(token):
        return "dated by a bare year ('the 2008 attacks'): history the story recalls, not its news"
    return None


def sentence_mentions(sent: Span, index: int, lexicon: Lexicon, actors: DocumentActors,
                      trace: Trace | None = None) -> list[EventMention]:
    """Event mentions of one sentence."""
    tokens = list(sent)  # walked several times: spaCy would build every Token anew on each walk
    cited = according_to(tokens)
    lemmas = frozenset(t.lemma_.lower() for t in tokens)
    out: list[EventMention] = []
    for token in tokens:
        if token.pos_ == "VERB":
            frame = verb_frame(token, lexicon, trace)
        elif token.pos_ in NOUN_POS:
            frame = noun_frame(token, lexicon, trace)
        else:
            continue
        if frame is None:
            continue
        reason = _discarded(token, lexicon, lemmas) or _not_news(token)
        if reason:
            drop(trace, token, reason)
            continue
        mention = _mention(token, frame, index, cited, lexicon, actors, trace)
        if mention is not None:
            out.append(mention)
            out.extend(visits(mention, token))
            implied = _implied(mention, token, lexicon)
            if implied is not None:
                out.append(_aimed_at_the_condition(implied, token, actors))
    out.extend(_demands(tokens, index, lexicon, actors, cited))
    out.extend(claims(sent, index, out, lambda tokens: resolve_all(tokens, actors), cited))
    out = without_repeats(responsibility(out, sent.doc), sent.doc, lexicon, trace)
    out = with_casualties(out, sent, lambda token: states_a_count(token, lexicon))
    out = [_victims_unplaced(m, actors) for m in out]
    if any(m.source or m.target for m in out):
        # an actor-less record only says "violence happened here": redundant beside a coded one
        out = [m for m in out if m.source or m.target]
    return out


def _victims_unplaced(mention: EventMention, actors: DocumentActors) -> EventMention:
    """ "Russian troops killed five civilians": the civilians took RUS only because it is the one country of the
    sentence, and an armed state's victims are as often abroad. They lose that country (the place of the event
    may give them theirs, geo/stage.py) rather than make an attack abroad look like repression at home."""
    if not mention.code.startswith(FORCE_ROOTS):
        return mention
    attackers = {a.country for a in mention.source
                 if a.country and a.sector in ARMED_STATE_SECTORS and actors.unborrowed(a) is None}
    target = tuple(_unplaced(a, actors) if a.country in attackers else a for a in mention.target)
    return mention if target == mention.target else replace(mention, target=target)


def _unplaced(actor: Actor, actors: DocumentActors) -> Actor:
    before = actors.unborrowed(actor)
    if before is None:
        return actor
    return replace(before, why=f"{before.why}; not {actor.country}: the country of the armed force that struck it")


def mentions_from_doc(doc: Doc, lexicon: Lexicon, actors: DocumentActors,
                      trace: Trace | None = None) -> list[EventMention]:
    """All event mentions of a parsed document, sentence by sentence, in text order.

    The caller mends lemmas first (`mend_lemmas`), right after parsing, as `pipeline.process_doc` does.
    """
    out: list[EventMention] = []
    for index, sent in enumerate(doc.sents):
        out.extend(sentence_mentions(sent, index, lexicon, actors, trace))
    return reactions(out, doc, lexicon, trace)  # "Baghdad condemned the raids": whoever raided, sentences before


def mend_lemmas(doc: Doc, lexicon: Lexicon) -> None:
    """Restore a lexicon verb's lemma that the lemmatizer mangled: "raped"/"raping" -> "rap" should be "rape" ("rap"
    would make "rapped"), "unbanned" -> "unbanne" should be "unban". Only where the given lemma is no trigger."""
    def known(word: str) -> bool:  # "hoped" -> "hop" must be "hope", a modality verb
        return bool(lexicon.verb_entries(word)) or word in lexicon.modality

    for i in tokens_with_tag(doc, MENDED_TAGS):
        token = doc[i]
        lemma = token.lemma_.lower()
        if known(lemma):
            continue
        if token.lower_ in {lemma + "ed", lemma + "ing"} and known(lemma + "e"):
            token.lemma_ = lemma + "e"
        elif token.lower_ == lemma + "d" and lemma.endswith("e") and lexicon.verb_entries(lemma[:-1]):
            token.lemma_ = lemma[:-1]  # "cordoned" -> "cordone" should be "cordon"
        elif (stem := _undoubled(token.lower_)) is not None and lexicon.verb_entries(stem):
            token.lemma_ = stem


def _undoubled(word: str) -> str | None:
    """The stem of a participle with a doubled final consonant: "unbanned" -> "unban", "unbanning" -> "unban"."""
    for ending in ("ed", "ing"):
        stem = word.removesuffix(ending)
        if stem != word and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            return stem[:-1]
    return None
