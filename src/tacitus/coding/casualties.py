"""Casualty counts of violent events: "killing 20 people", "97 died in police firing", "left two dead and five
injured", "the death toll rose to 30".

A sentence's stated, asserted counts of dead and injured are read off the parse, then given to the violent event
they belong to: the killing itself, the event the killing hangs under or over ("killed in police firing"), or the
sentence's only violent event. Vague counts ("dozens", "hundreds of people") give no number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token
from text_to_num import text2num

from tacitus.coding import arguments as args
from tacitus.coding.mentions import EventMention
from tacitus.records import Casualties

# Predicates of death and injury (lemmas). A grammatical class, not a lexicon of event codes: they say how many,
# the event lexicons say what happened.
KILLED = frozenset({"kill", "die", "dead", "death", "slay", "massacre", "behead", "lynch"})
INJURED = frozenset({"injure", "wound", "hurt", "injured", "wounded", "injury", "maim"})
TOLL_VERBS = frozenset({"rise", "climb", "reach", "stand", "increase", "mount", "jump", "hit"})
# CAMEO roots and codes of events that kill and injure: assaults, fights, mass violence, repression, riots.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
VIOLENT_CODES = frozenset({"175", "145", "1451", "1452", "1453", "1454"})
_COUNTED_DEPS = frozenset({"nummod", "quantmod", "compound"})
_VAGUE = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions", "several", "many", "some"})
_ONE = frozenset({"a", "an", "one"})


@dataclass(frozen=True, slots=True)
class _Count:
    token: Token  # the predicate: "killed", "died", "dead", "toll"
    killed: bool  # else injured
    number: int


def number_of(token: Token) -> int | None:
    """The integer a number token (with its numeric modifiers) says: "20", "5,176", "twenty-five", "five hundred"."""
    parts = sorted([token, *(c for c in token.children if c.dep_ in _COUNTED_DEPS and c.like_num)],
                   key=lambda t: t.i)
    text = " ".join(t.text for t in parts).replace(",", "")
    if text.isdigit():
        return int(text)
    try:
        return int(text2num(text.lower().replace("-", " "), "en"))
    except ValueError:
        return None


def _count(noun: Token) -> int | None:
    """How many a noun phrase counts: "20 people" 20, "97" 97, "a policeman" 1, "three soldiers and a child" 4;
    None when it gives no number ("dozens of people", "the protesters")."""
    total = 0
    for part in args.conjuncts(noun):
        found = _count_one(part)
        if found is None:
            return None if total == 0 else total
        total += found
    return total


def _count_one(noun: Token) -> int | None:
    if noun.lower_ in {"nobody", "none"} or any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return 0  # "no one was killed"
    if noun.lower_ in _VAGUE:
        return None
    if noun.like_num:
        return number_of(noun)
    numbers = [c for c in noun.children if c.dep_ == "nummod" and c.like_num]
    if numbers:
        return number_of(numbers[0])
    if noun.tag_ in {"NN", "NNP"} and any(c.dep_ == "det" and c.lower_ in _ONE for c in noun.children):
        return 1  # "a policeman was killed"
    return None


def _victims(predicate: Token) -> list[Token]:
    """The nouns counting the dead or injured of a death or injury predicate."""
    deps = {c.dep_: c for c in predicate.children}
    if predicate.pos_ == "VERB":
        if "nsubjpass" in deps:
            return [deps["nsubjpass"]]  # "four persons were killed"
        if "dobj" in deps:
            return [deps["dobj"]]  # "killing 20 people"
        if "nsubj" in deps and predicate.lemma_.lower() in {"die", "injure", "wound", "kill", "hurt"}:
            return [deps["nsubj"]]  # "97 died", "five injured"
        if predicate.dep_ in {"acl", "amod"}:
            return [predicate.head]  # "five injured" parsed as a participle on "five"
        return []
    if predicate.dep_ == "oprd":  # "left two dead", "were confirmed dead"
        return [c for c in predicate.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    if predicate.dep_ == "amod" and predicate.head.pos_ in {"NOUN", "PROPN", "NUM"}:
        return [predicate.head]  # "shot dead 98 rioters", "28 injured people"
    if predicate.pos_ == "NOUN":  # "40 of these deaths", "the deaths of 12 people"
        owners = [predicate.head.head] if predicate.dep_ == "pobj" and predicate.head.lower_ == "of" else []
        return owners + [c for c in predicate.children if c.dep_ == "nummod"] + [
            o for c in predicate.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj"]
    return []


def _toll(token: Token) -> int | None:
    """ "The death toll rose to 30", "the toll stands at 12"."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in TOLL_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "at"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.like_num:
                    return number_of(obj)
        if child.dep_ == "dobj" and child.like_num:
            return number_of(child)
    return None


def counts_in(sent: Span, asserted: Callable[[Token], bool]) -> list[_Count]:
    """Every stated count of dead or injured in the sentence, from predicates `asserted` accepts."""
    out: list[_Count] = []
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma == "toll" and any(c.lower_ in {"death", "casualty"} for c in token.children):
            number = _toll(token)
            if number is not None and asserted(token.head):
                out.append(_Count(token, True, number))
            continue
        killed = lemma in KILLED or token.lower_ in KILLED
        if not killed and lemma not in INJURED and token.lower_ not in INJURED:
            continue
        if token.pos_ not in {"VERB", "ADJ", "NOUN"} or not asserted(token):
            continue
        numbers = [n for n in (_count(v) for v in _victims(token)) if n is not None]
        if numbers:
            out.append(_Count(token, killed, max(numbers)))
    return out


def _linked(a: Token, b: Token) -> bool:
    """Whether one token hangs under the other (within a few arcs): "killed in police firing"."""
    return any(t.i == b.i for t in a.ancestors) or any(t.i == a.i for t in b.ancestors)


def _violent(mention: EventMention) -> bool:
    return mention.code[:2] in VIOLENT_ROOTS or mention.code in VIOLENT_CODES


def with_casualties(mentions: Sequence[EventMention], sent: Span,
                    asserted: Callable[[Token], bool]) -> list[EventMention]:
    """The mentions, each violent one with the casualties its sentence states for it."""
    violent = [m for m in mentions if _violent(m)]
    if not violent:
        return list(mentions)
    found: dict[int, tuple[int | None, int | None]] = {}
    for count in counts_in(sent, asserted):
        owners = [m for m in violent if m.trigger_start <= count.token.i < m.trigger_end]
        owners = owners or [m for m in violent if _linked(sent.doc[m.trigger_start], count.token)]
        if not owners and len({m.trigger_start for m in violent}) == 1:
            owners = violent
        for m in owners:
            killed, injured = found.get(id(m), (None, None))
            if count.killed:
                killed = max(killed or 0, count.number)
            else:
                injured = max(injured or 0, count.number)
            found[id(m)] = (killed, injured)
    return [replace(m, casualties=Casualties(killed=found[id(m)][0], injured=found[id(m)][1]))
            if id(m) in found else m for m in mentions]
