"""Who the actors of a predicate are: its argument heads resolved to actors (coordinated and owned ones too), the
speaker's own words ("we", "our country"), the place of an event as its target, and the police no one names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from tacitus.actors.resolve import OTHER_SIDE, DocumentActors
from tacitus.coding import arguments as args
from tacitus.coding.police import reported_by_police
from tacitus.coding.predicates import THREAT_CODE
from tacitus.coding.senses import NOUN_POS
from tacitus.records import Actor

__all__ = ["MEET_CODE", "THIRD_LOCATION_CODE", "first_person", "first_person_owned", "first_resolved",
           "implicit_police", "own_country", "place_target", "resolve_all", "someone_held", "speakers_own",
           "third_location"]

# "The Saudi and Iranian ministers met in Beijing": a meeting in neither side's country is at a third location.
MEET_CODE, THIRD_LOCATION_CODE = "040", "044"
# Roots where, with no other target, the country of the place ("lifted a curfew in Montenegro") is the target.
PLACE_TARGET_ROOTS = frozenset({"07", "08", "13", "14", "15", "16", "17", "18", "19", "20"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})
FIRST_PERSON = frozenset({"we", "i", "us", "me"})  # in someone's words, the speaker (and the speaker's side)
FIRST_PERSON_OWN = frozenset({"our", "my"})
HOMELAND_NOUNS = frozenset({"country", "nation", "homeland", "motherland", "fatherland", "land", "soil", "territory"})
# Arrest nouns that stand for someone held even with no one named ("the arrests followed the visit"); others
# need a target to be an event ("charges of arson", "life imprisonment", "the prosecution machinery").
HELD_NOUNS = frozenset({"arrest", "detention", "custody"})
# Measures a state takes on its own country: curfews, martial law, bans (172x), their easing (081x), the intent to
# ease them (0351) and threats of them (132x). With no one else named, the target is the source's own country.
DOMESTIC_PREFIXES = ("172", "081", "0351", "132")
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
EMPATHY_CODE = "018"  # "expressed sorrow for the shootings in South Carolina": sympathy for the place's country


def resolve_all(tokens: Sequence[Token], actors: DocumentActors, *, as_target: bool = False) -> list[Actor]:
    out: list[Actor] = []
    for token in tokens:
        if as_target and _own(token) and not _names_a_country(token, actors):
            continue  # "withdrew its troops from Lebanon": the actor's own forces are not its target
        pair = actors.pair(token)  # "the two leaders": the last two people named
        if pair:
            out.extend(a for a in pair if all(a.code != b.code for b in out))
            continue
        actor = actors.resolve(token)
        if as_target and actor is not None and actor.country is None and token.dep_ in {"amod", "compound"} \
                and actor.code.startswith("---"):
            continue  # "joint military exercises", "terrorist activities": a kind of thing, not an actor
        if actor is not None and all(actor.end <= a.start or actor.start >= a.end for a in out):
            out.append(actor)  # spans that overlap one already taken are the same actor
            out.extend(_coordinated_owners(token, actor, actors))
    return out


def _own(token: Token) -> bool:
    """ "its troops", "their supporters": the actor's own people; not "his counterpart", the other side's."""
    return token.lemma_.lower() not in OTHER_SIDE and any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in token.children)


def speakers_own(speaker: Actor, said: Token, actors: DocumentActors) -> Actor:
    """What "us" or "our houses" stand for in the speaker's words: the speaker; "our country" is the speaker's
    country ('"We do not want a foreign army to invade our country," the colonel said': VEN, not VENMIL)."""
    if said.lemma_.lower() in HOMELAND_NOUNS and speaker.country is not None:
        phrase = said.doc[said.left_edge.i : said.right_edge.i + 1]
        return Actor(text=phrase.text, start=phrase.start_char, end=phrase.end_char, code=speaker.country,
                     country=speaker.country, sector=None, name=actors.dictionary.country_name(speaker.country),
                     why=f"'{phrase.text}' = the country of the speaker {speaker.text} ({speaker.code})")
    return replace(speaker, why=f"'{said.text}' = the speaker {speaker.text}; {speaker.why}")


def first_person(token: Token) -> bool:
    """ "we", "us", "I", "me" in someone's words; not "the US" (the country, whatever its tag)."""
    return token.lower_ in FIRST_PERSON and token.text != "US"


def first_person_owned(tokens: Sequence[Token]) -> bool:
    """ "'They burned our houses,' a villager said": what is the speaker's own (and is no actor) stands for the
    speaker."""
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON_OWN for t in tokens if t.pos_ != "PROPN"
               for c in t.children)


def _names_a_country(token: Token, actors: DocumentActors) -> bool:
    """Whether a modifier in the phrase names a country: "its Syrian allies" are Syria's, not the actor's own."""
    return any(c.dep_ in {"amod", "compound"} and c.i < token.i and (found := actors.resolve(c)) is not None
               and found.country is not None for c in token.children)


def _coordinated_owners(head: Token, actor: Actor, actors: DocumentActors) -> list[Actor]:
    """ "Indian and Pakistani troops" is two actors: INDMIL and PAKMIL."""
    out: list[Actor] = []
    # "the foreign ministers of Brazil and Mexico", "negotiators from Russia and Ukraine": the owner of people may
    # follow in an "of" or "from" phrase ("parts of Iraq and Syria" are places, not two actors)
    owned_by = [o for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "from"} for o in c.children
                if o.dep_ == "pobj"] if actor.sector is not None else []
    for modifier in [c for c in head.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i] + owned_by:
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
                               country=coded.country, name=coded.name, why=why))
    return out


def first_resolved(options: Sequence[Sequence[Token]], actors: DocumentActors,
                    exclude: Sequence[Actor]) -> list[Actor]:
    taken = {a.start for a in exclude}
    own = {a.code for a in exclude}
    weak: list[Actor] = []
    for option in options:
        # "Trump warned he would slap tariffs": a pronoun for the source is not its target
        option = [t for t in option if not (t.pos_ == "PRON" and (a := actors.resolve(t)) is not None
                                             and a.code in own)]
        found = [a for a in resolve_all(option, actors, as_target=True) if a.start not in taken]
        if found and any(a.country is not None or not a.code.startswith("---") for a in found):
            return found
        # "providing intelligence to Macedonia": a country-less thing-like actor yields to a named one
        weak = weak or found
    if weak:
        return weak
    for option in options:  # no actor anywhere: whose thing it is ("restrictions against German goods")
        owned = [o for t in option if t.lemma_.lower() not in args.EDGE_NOUNS and actors.resolve(t) is None
                 for o in args.owners_or_objects(t)]
        found = [a for a in resolve_all(owned, actors, as_target=True) if a.start not in taken]
        if not found:  # "part of a military aid program for Bosnia": one level further
            owned = [o for t in owned if actors.resolve(t) is None for o in args.owners_or_objects(t)]
            found = [a for a in resolve_all(owned, actors, as_target=True) if a.start not in taken]
        if found:
            return found
    return []


def place_target(token: Token, code: str, actors: DocumentActors) -> list[Actor]:
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


def own_country(source: Sequence[Actor], code: str) -> list[Actor]:
    """ "The government imposed martial law": a domestic measure with no one else named targets the state's own
    country (shown on the source's words)."""
    if not code.startswith(DOMESTIC_PREFIXES) or len(source) != 1:
        return []
    [state] = source
    if state.country is None or state.sector not in STATE_SECTORS or not state.code.startswith(state.country):
        return []
    return [replace(state, code=state.country, sector=None, why=f"a domestic measure: its own country {state.country}")]


def _place_country(nodes: Sequence[Token], actors: DocumentActors, reason: str, *,
                   also: Token | None = None) -> list[Actor]:
    """The country of the first named place "in" one of `nodes` (or `also`)."""
    heads = [also, *nodes] if also is not None else list(nodes)
    for found in [p for node in heads for p in args.place_objects(node)]:
        # "in the capital city of Algiers": the named place is the "of" object of a common noun
        place = found if found.ent_type_ in args.PLACE_ENTITIES else next(
            (o for o in args.prep_objects(found, ("of",)) if o.ent_type_ in args.PLACE_ENTITIES), None)
        if place is None:
            continue
        actor = actors.resolve(place)
        if actor is not None and actor.country:
            why = f"{reason} '{actor.text}'"
            return [replace(actor, code=actor.country, sector=None, why=why)]
    return []


def third_location(token: Token, code: str, sides: Sequence[Actor], actors: DocumentActors) -> str | None:
    """The country of the place of a meeting held in neither side's country ("met in Istanbul"), else None."""
    countries = {a.country for a in sides}
    if code != MEET_CODE or len(countries) < 2 or None in countries:
        return None
    place = _place_country([], actors, "the meeting's place", also=token)
    return place[0].country if place and place[0].country not in countries else None


def implicit_police(token: Token, actors: DocumentActors, what: str = "an arrest",
                     speaker: Actor | None = None) -> Actor:
    """ "Five activists were arrested", "tear gas was fired to disperse the crowd": with no one named, an
    arrest or crowd control is the police's (an empty span), or the police's who report it."""
    reporter = reported_by_police(speaker)
    if reporter is not None:
        return reporter
    found = actors.venue_country(token)
    country = found[0] if found is not None else None
    start = token.idx
    why = f"implicit agent: {what} with no one named is the police's" + (f"; {found[1]}" if found else "")
    return Actor(text="", start=start, end=start, code=(country or "---") + "COP", country=country,
                 sector="COP", name=None, why=why)


def someone_held(token: Token) -> bool:
    """Whether an arrest with no actor named still holds someone: "five persons were arrested", "the arrested
    men", "we arrested five persons", "the arrests followed"; not "life imprisonment", "in charge of the
    district", "the charge of a nexus", nor "rail travel will pick up"."""
    if token.pos_ in NOUN_POS:
        return token.lemma_.lower() in HELD_NOUNS
    return args.is_passive(token) or bool(args.direct_objects(token)) or token.dep_ in {"amod", "acl"}
