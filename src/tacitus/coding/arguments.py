"""Find the syntactic arguments of a predicate in a spaCy dependency parse.

Functions take and return spaCy Tokens; they never resolve actors (that is `tacitus.actors`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from tacitus.actors.resolve import OTHER_SIDE

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
# Dependents that can act as a verb's particle: "stepped down" (prt, advmod or prep), "shot dead" (acomp, oprd).
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep", "acomp", "oprd"})
# Particles that take a preposition of their own: "walked out of", "walked away from", "pulled back from".
HOLLOW_PARTICLES = frozenset({"out", "away", "back"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
# Prepositions whose object is a plausible target when the lexicon entry names none.
TARGET_PREPS = ("against", "on", "upon", "with", "to", "at", "toward", "towards", "into", "from")
# Entity labels of named places.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Verbs of a crowd coming together for an event: "converged on Lagos for a rally", "gathered for a vigil".
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "march", "rally", "throng", "flock"})
# Where, not whom: "captured a stronghold on the Thai border", "took to the streets of Dhaka" target no country.
EDGE_NOUNS = frozenset({"border", "frontier", "boundary", "side", "coast", "outskirts", "edge", "street",
                        "road", "highway", "motorway",  # "the road to Kabul was blocked": a way, not a party
                        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
# Compass points: "a target southwest of Baghdad" is where the target is; the parser may make the point the head.
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
# Dependencies of a predicative adjective that completes its verb: "was found guilty" (oprd), "found X guilty" (ccomp).
PREDICATIVE_DEPS = frozenset({"oprd", "acomp", "ccomp"})


def conjuncts(token: Token) -> list[Token]:
    """`token` and the tokens coordinated with it ("Jordan and Britain" -> [Jordan, Britain])."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.extend(conjuncts(child))
        elif child.dep_ == "appos" and any(g.dep_ in {"cc", "conj"} for g in child.children):
            out.extend(conjuncts(child))  # "The US, Russia, and Switzerland": a list parsed as apposition
    return out


def _substitute(token: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("Guaido, whom the US recognised"); a compass
    point the parser made the head of "an Islamic State target southwest of Baghdad" stands for its compound."""
    if token.lemma_.lower() in DIRECTIONS:
        return next((c for c in token.children if c.dep_ == "compound" and c.i < token.i), token)
    if token.lower_ in RELATIVE_PRONOUNS:
        clause = token.head
        while clause.dep_ in {"conj", "xcomp", "ccomp"} and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "relcl":
            return clause.head
    return token


def children_with(token: Token, deps: frozenset[str]) -> list[Token]:
    """Children of `token` whose dependency is in `deps`, expanded over conjunctions."""
    out: list[Token] = []
    for child in token.children:
        if child.dep_ in deps:
            out.extend(_substitute(c) for c in conjuncts(child))
    return out


def subjects(verb: Token) -> list[Token]:
    """Subjects of `verb`; a verb parsed as the subject ("The Red Cross operating in Iraq said") stands for its own
    subject, the noun its participle describes."""
    out: list[Token] = []
    for subject in children_with(verb, SUBJECT_DEPS):
        inner = children_with(subject, SUBJECT_DEPS) if subject.pos_ == "VERB" and subject.tag_ == "VBG" else []
        out.extend(inner or [subject])
    return out


def is_passive(verb: Token) -> bool:
    """Passive voice: a passive subject or a passive auxiliary, or a bare participle coordinated with a passive
    ("six were killed and dozens wounded")."""
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "auxpass" for c in verb.children):
        return True
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head is not verb and is_passive(verb.head)
            and not any(c.dep_ in {"aux", "dobj"} for c in verb.children))


def agents(verb: Token) -> list[Token]:
    """Objects of the passive agent "by X"."""
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent":
            out.extend(children_with(child, frozenset({"pobj"})))
    return out


def prep_objects(token: Token, preps: frozenset[str] | tuple[str, ...]) -> list[Token]:
    """Objects of the prepositions in `preps` attached to `token` ("meet with X" -> [X], "walked out of X")."""
    out: list[Token] = []
    for child in _prep_children(token):
        if child.dep_ in {"prep", "dative"} and child.lower_ in preps:
            out.extend(children_with(child, frozenset({"pobj", "pcomp"})))
    return out


def has_prep(token: Token, preps: frozenset[str]) -> bool:
    """Whether `token` governs one of the prepositions in `preps`."""
    return any(c.dep_ in {"prep", "dative", "agent"} and c.lower_ in preps for c in _prep_children(token))


def _prep_children(token: Token) -> list[Token]:
    """The token's children, and the prepositions that hang on its bare particle: the parser attaches "of" in
    "walked out of the talks" and "from" in "walked away from" to the particle, not to the verb."""
    children = list(token.children)
    out = list(children)
    for child in children:
        if child.dep_ in PARTICLE_DEPS and child.lower_ in HOLLOW_PARTICLES and not children_with(
                child, frozenset({"pobj", "pcomp"})):
            out.extend(c for c in child.children if c.dep_ == "prep")
    return out


def direct_objects(verb: Token) -> list[Token]:
    """Direct objects, including the subject of an infinitive the verb governs ("allowed refugees to return")."""
    out = children_with(verb, OBJECT_DEPS)
    if not out:
        out = _counted_objects(verb)
    for clause in verb.children:
        if clause.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            out.extend(children_with(clause, SUBJECT_DEPS))
    return out


def _counted_objects(verb: Token) -> list[Token]:
    """An object counted with "up to" that the parser hangs on a particle: "kidnapped up to 16 advisers"."""
    for up in verb.children:
        if up.dep_ in {"prt", "advmod", "prep"} and up.lower_ == "up" and up.i == verb.i + 1:
            for to in up.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    return [p for p in children_with(to, frozenset({"pobj"}))
                            if any(c.dep_ == "nummod" for c in p.children)]
    return []


def object_kinds(noun: Token) -> list[Token]:
    """Nouns saying what an object is made of: "food supplies" -> food, "a mission of observers" -> observers,
    "$5 million in aid" -> aid."""
    out = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    for child in noun.children:
        # "$300 million in security assistance": an amount is of what follows "in"
        if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "in" and noun.ent_type_ == "MONEY")):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def particles(verb: Token) -> frozenset[str]:
    """Words that can act as the verb's particle: the parser tags "stepped down" as prt, advmod or prep, the
    result of "shot dead" as acomp or oprd; the adjective of "found X guilty" (ccomp) completes its verb too."""
    return frozenset(c.lower_ for c in verb.children if c.i > verb.i and (
        c.dep_ in PARTICLE_DEPS or (c.pos_ == "ADJ" and c.dep_ in PREDICATIVE_DEPS))) | _resultatives(verb)


def _resultatives(verb: Token) -> frozenset[str]:
    """ "shot dead two protesters": the parser hangs the result on the object; right after the verb it is the
    verb's (its other senses need no such particle, so an ordinary adjective there changes nothing)."""
    return frozenset(c.lower_ for o in verb.children if o.dep_ in OBJECT_DEPS
                     for c in o.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i == verb.i + 1)


def owners(noun: Token) -> list[Token]:
    """Whose thing a non-actor object is: "praised Haiti's efforts", "the plans of Iran" -> Haiti, Iran."""
    out: list[Token] = []
    for child in noun.children:
        if child.dep_ == "poss" and noun.lemma_.lower() in OTHER_SIDE:
            continue  # "met his counterpart": the counterpart is not his
        if child.dep_ in {"poss", "amod", "compound"} and child.i < noun.i:
            out.extend(conjuncts(child))  # "Haiti's efforts", "an Indian proposal", "a US plan"
        elif child.dep_ == "prep" and child.lower_ in {"of", "by", "from"}:
            out.extend(children_with(child, frozenset({"pobj"})))  # "calls by Belarus", "an offer from Kabul"
    return out


def target_owners(nouns: Sequence[Token]) -> list[Token]:
    """Owners of things that may stand for their owner as a target ("complained over Israeli raids" -> Israeli);
    a border's or a street's owner is where, not whom."""
    return [o for noun in nouns if noun.lemma_.lower() not in EDGE_NOUNS for o in owners(noun)]


def owners_or_objects(noun: Token) -> list[Token]:
    """Who a non-actor noun belongs to or is aimed at: "German goods" -> German, "a demand from the US President"
    -> President, "the war against Iraq" -> Iraq."""
    aimed = [o for o in prep_objects(noun, (*TARGET_PREPS, "for")) if o.lemma_.lower() not in EDGE_NOUNS]
    return owners(noun) + aimed  # "a camp for Congolese refugees"


def modifier_agents(token: Token) -> list[Token]:
    """Possessors and noun modifiers that name who acts: "police firing", "Israel's shelling"."""
    return [c for c in token.children if c.dep_ in {"poss", "compound", "amod", "nmod"} and c.i < token.i]


def means_agents(verb: Token, is_event: Callable[[Token], bool]) -> list[Token]:
    """Who acted through the event a passive names: "killed in police firing", "wounded in an Israeli raid"."""
    out: list[Token] = []
    for noun in prep_objects(verb, ("in", "by", "during")):
        if is_event(noun):
            # "killed in an encounter with police", "in clashes with security forces": the other side of the fight
            out.extend(modifier_agents(noun) or prep_objects(noun, ("with",)))
        elif any(c.dep_ == "acl" and c.i == noun.i + 1 and is_event(c) for c in noun.children):
            out.append(noun)  # the parser hangs "firing" on "police": "killed in police firing"
    return out


def clause_targets(verb: Token) -> list[Token]:
    """Targets of the clause a verb embeds: "threatened to cut off electricity to X" -> X."""
    out: list[Token] = []
    for clause in verb.children:
        if clause.dep_ in {"xcomp", "ccomp"} and clause.pos_ in {"VERB", "AUX"}:
            out.extend(_clause_arguments(clause))
    return out


def _clause_arguments(clause: Token) -> list[Token]:
    """Objects, recipients and prepositional targets of a clause, then those of its object noun."""
    objects = children_with(clause, OBJECT_DEPS)
    out = objects + children_with(clause, frozenset({"dative"})) + prep_objects(clause, TARGET_PREPS)
    for noun in objects + prep_objects(clause, ("for",)):  # "calling for independence from Iraq"
        out.extend(prep_objects(noun, TARGET_PREPS))  # "break relations with Russia"
        out.extend(owners(noun))  # "demand the resignation of the president"
    return out


def condition_subjects(verb: Token, marks: frozenset[str]) -> list[Token]:
    """Subjects of conditional clauses ("if X ...", "unless X ...") of the verb or of the clause it embeds."""
    out: list[Token] = []
    for node in [verb, *(c for c in verb.children if c.dep_ in CLAUSE_DEPS)]:
        for clause in node.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children):
                out.extend(children_with(clause, SUBJECT_DEPS))
    return out


PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "conj"})


def purpose_targets(token: Token) -> list[Token]:
    """Targets named in a protest's purpose: "marched to demand the resignation of X", "in protest against X"."""
    out: list[Token] = []
    nodes = [token] + ([token.head] if token.dep_ in {"dobj", "pobj"} else [])
    for node in nodes:
        for child in node.children:
            if child.dep_ in PURPOSE_DEPS and child.pos_ in {"VERB", "AUX"} and child.i > node.i:
                out.extend(_clause_arguments(child))
            elif child.dep_ == "prep" and child.lower_ == "in":
                for noun in children_with(child, frozenset({"pobj"})):
                    if noun.lemma_.lower() in {"protest", "opposition", "response"}:
                        out.extend(prep_objects(noun, ("against", "of", "at", "to")))
    return out


def place_objects(token: Token) -> list[Token]:
    """Objects of "in"/"inside" attached to the predicate, its object, or the verb whose object it is ("staged a
    protest in Beijing"): where the event happened."""
    out: list[Token] = []
    carrier = [token.head] if token.dep_ in OBJECT_DEPS and token.head.pos_ == "VERB" else []
    sites = prep_objects(token, ("at", "on"))  # "an attack on a mall in Nairobi", "a bombing at a market in Kabul"
    for node in [token, *(c for c in token.children if c.dep_ in OBJECT_DEPS), *carrier, *sites]:
        out.extend(prep_objects(node, ("in", "inside")))
    return out


def particle(verb: Token) -> str | None:
    """The verb particle ("crack down" -> "down")."""
    for child in verb.children:
        if child.dep_ == "prt":
            return child.lower_
    return None


def clause_head(token: Token, max_depth: int = 8) -> Token:
    """The verb whose clause a noun trigger belongs to ("imposed sanctions" -> imposed), else the token."""
    current = token
    for _ in range(max_depth):
        if current.pos_ in {"VERB", "AUX"} or current.head is current:
            return current
        if current.dep_ in {"relcl", "acl", "appos"}:
            return current
        current = current.head
    return current
