"""What the police do, read off a coded predicate and its resolved actors: who made an arrest or a seizure that
no one is named for, when firing is the repression of a crowd, when a mobilisation is of police."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from tacitus.actors.resolve import DocumentActors
from tacitus.coding import arguments as args
from tacitus.records import Actor

POLICE = "COP"
REPRESSION_CODE = "175"  # violent repression: tear gas, baton charges, firing on crowds
# shooting, force, small arms, beating: of a crowd, by police, it is repression
FIRING_CODES = frozenset({"180", "182", "190", "193"})
CROWD_SECTORS = frozenset({"OPP", "CVL", "EDU", "LAB", "AGR"})  # protesters, a mob, students, workers, farmers
# what police do (and report doing): investigate crime, show force, alert, deploy, search, seize, arrest,
# repress, cordon off, impose curfews
POLICE_ACTS = frozenset({"091", "150", "151", "153", "171", "1711", "173", "175", "191", "1723"})
CROWD_WORDS = frozenset({"crowd", "crowds", "mob", "mobs", "gathering", "procession", "rally", "rioters", "agitators"})
AIMED = ("on", "at", "into", "upon")
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
TROOPS_CODE, POLICE_FORCES_CODE = "154", "153"  # mobilise armed forces / police power
RIOT_CODE = "145"
GENERIC_FORCE = frozenset({"180", "182", "190"})  # a killing or a bombing keeps its own code
CLASH_CODES = frozenset({"180", "190"})  # beating one opponent stays an assault (182)
RIOTING_SECTORS = frozenset({"OPP", "EDU", "LAB"})  # demonstrators, students, strikers ("a mob" is CVL: mob violence)


def reported_by_police(speaker: Actor | None) -> Actor | None:
    """ "Five men were arrested, police said": the police who report an act that no one is named for made it."""
    if speaker is None or speaker.sector != POLICE:
        return None
    return replace(speaker, why=f"implicit agent: the police who report it; {speaker.why}")


def police_reporting_own_act(code: str, speaker: Actor | None) -> list[Actor]:
    """ "A case has been registered against the shopkeeper, police said": an act of the police's kind with no
    one named, that the police report, is theirs."""
    reporter = reported_by_police(speaker) if code in POLICE_ACTS else None
    return [reporter] if reporter is not None else []


def police_code(code: str, note: str, token: Token, source: Sequence[Actor], target: Sequence[Actor],
                actors: DocumentActors) -> tuple[str, str]:
    """ "police opened fire on a mob" (190 -> 175: repression of a crowd), "rushed paramilitary forces to
    Manipur" (154 -> 153: police, not troops)."""
    if code in FIRING_CODES and _all_of(source, {POLICE}) and target and (
            all(_a_crowd(a, token.doc) for a in target) or _aimed_at_a_crowd(token)):
        return REPRESSION_CODE, f"{note}; police firing on a crowd -> CAMEO {REPRESSION_CODE}"
    if code == TROOPS_CODE and _moves_police(token, actors):
        return POLICE_FORCES_CODE, f"{note}; the forces moved are police -> CAMEO {POLICE_FORCES_CODE}"
    return code, note


def crowd_force_code(code: str, source: Sequence[Actor], target: Sequence[Actor], doc: Doc) -> tuple[str, str]:
    """Generic force between a crowd and the police, by who does it (one dyad of an event): demonstrators,
    students or strikers who clash with police or storm a building riot (145); police who clash with them repress
    (175). Not military force (190) or an assault (180, 182)."""
    if code not in GENERIC_FORCE or not source:
        return code, ""
    if _all_of(source, RIOTING_SECTORS) and all(_a_crowd(a, doc) for a in source):
        return RIOT_CODE, f"CAMEO {code} by {source[0].text} ({source[0].sector}): a violent protest"
    if code in CLASH_CODES and target and _all_of(source, {POLICE}) and all(_a_crowd(a, doc) for a in target):
        return REPRESSION_CODE, f"CAMEO {code} by {source[0].text} on {target[0].text}: violent repression"
    return code, ""


def crowd_dispersing(token: Token, code: str, source: Sequence[Actor]) -> bool:
    """ "The protesters dispersed": a crowd that breaks up by itself is repressed by no one."""
    return (code.startswith(REPRESSION_CODE) and token.pos_ == "VERB" and not args.direct_objects(token)
            and not args.is_passive(token) and _all_of(source, CROWD_SECTORS))


def _a_crowd(actor: Actor, doc: Doc) -> bool:
    """Protesters, villagers, students (many of them), or a crowd or mob of anyone: not one student shot, nor
    one opposition candidate beaten."""
    if CROWD_WORDS & set(actor.text.lower().split()):
        return True
    span = doc.char_span(actor.start, actor.end)
    return actor.sector in CROWD_SECTORS and span is not None and span.root.tag_ in PLURAL_TAGS


def _aimed_at_a_crowd(token: Token) -> bool:
    """ "opened fire on a crowd of villagers": the phrase the fire is aimed at names a crowd."""
    aimed = [*args.prep_objects(token, AIMED), *(o for d in args.direct_objects(token)
                                                 for o in args.prep_objects(d, AIMED))]
    return any(o.lower_ in CROWD_WORDS for o in aimed)


def _all_of(side: Sequence[Actor], sectors: frozenset[str] | set[str]) -> bool:
    return bool(side) and all(a.sector in sectors for a in side)


def _moves_police(token: Token, actors: DocumentActors) -> bool:
    """Whether the forces a mobilisation moves are police: its object ("deployed 500 policemen"), its passive
    subject ("police were deployed"), a noun's "of" phrase ("the deployment of paramilitary forces"), or what
    they count ("20 companies of paramilitary forces")."""
    moved = [*args.direct_objects(token), *args.children_with(token, args.PASSIVE_SUBJECT_DEPS)]
    if token.pos_ != "VERB":
        moved += args.prep_objects(token, ("of",))
    heads = [h for o in moved for h in (o, *args.object_kinds(o))]
    coded = [a for a in (actors.resolve(h) for h in heads) if a is not None]
    return bool(coded) and all(a.sector == POLICE for a in coded)
