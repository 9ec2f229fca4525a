"""Who claims an event: the speaker of the reporting verb above it, and the source the sentence cites."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.coding.arguments import children_with, clause_head
from tacitus.coding.lexicon import Lexicon

CLAIM_DEPS = frozenset({"ccomp", "parataxis", "conj", "xcomp", "advcl", "acomp"})
SPEAKER_DEPS = frozenset({"nsubj"})
SOURCE_NOUNS = frozenset({"report", "statement", "source", "reports", "account", "dispatch", "broadcast"})
MAX_DEPTH = 8


@dataclass(frozen=True, slots=True)
class AttributionCue:
    """Token indices of a speaker and the text of a cited source, with the reasons for `explain`."""

    speaker: Token | None
    according_to: str | None
    why: str


def _reporting_ancestor(token: Token, lexicon: Lexicon) -> Token | None:
    clause = clause_head(token)
    current = clause
    for _ in range(MAX_DEPTH):
        if current.head is current or current.dep_ not in CLAIM_DEPS:
            break
        current = current.head
        if current.pos_ == "VERB" and current.lemma_.lower() in lexicon.reporting:
            return current
    # "X attacked Y, police said": the reporting verb can hang off the event verb (parataxis/ccomp).
    for child in clause.children:
        if (
            child.dep_ in {"parataxis", "ccomp", "advcl"}
            and child.lemma_.lower() in lexicon.reporting
            and any(c.dep_ in SPEAKER_DEPS for c in child.children)
        ):
            return child
    return None


def cited_source(phrase_head: Token) -> str:
    """The outlet or body in "a report by CNN" / "CNN" / "the state news agency"."""
    if phrase_head.lemma_.lower() in SOURCE_NOUNS:
        for child in phrase_head.children:
            if child.dep_ == "prep" and child.lower_ in {"by", "from", "of", "in"}:
                objects = children_with(child, frozenset({"pobj"}))
                if objects:
                    return _phrase_text(objects[0])
    return _phrase_text(phrase_head)


def _phrase_text(head: Token) -> str:
    left = head.left_edge.i
    while left < head.i and head.doc[left].dep_ == "det":
        left += 1
    right = head.i
    for child in head.rights:
        if child.dep_ in {"compound", "flat", "nmod"}:
            right = max(right, child.right_edge.i)
    return head.doc[left : right + 1].text


def according_to(sentence: Iterable[Token]) -> str | None:
    """The source cited by "according to X" in `sentence` (a Span or its tokens), if any."""
    for token in sentence:
        if token.lower_ == "according":
            for prep in token.children:
                if prep.lower_ == "to":
                    objects = children_with(prep, frozenset({"pobj"}))
                    if objects:
                        return cited_source(objects[0])
    return None


def speakers_of(verb: Token) -> list[Token]:
    """Who says what a reporting verb reports: its subject, else the subject of the act it is coordinated with
    or adjoined to ("Rebels rejected the plan and said they ...", "Kyiv rejected it, saying Moscow must ...")."""
    speakers = children_with(verb, SPEAKER_DEPS)
    if speakers or verb.head.pos_ not in {"VERB", "AUX"}:
        return speakers
    if verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return children_with(verb.head, SPEAKER_DEPS)
    return speakers


def attribution_of(trigger: Token, lexicon: Lexicon, cited: str | None) -> AttributionCue:
    """Attribution of the event at `trigger`: speaker of the reporting verb above it, cited source."""
    verb = _reporting_ancestor(trigger, lexicon)
    if verb is None:
        return AttributionCue(None, cited, f"according to {cited}" if cited else "")
    speakers = speakers_of(verb)
    speaker = speakers[0] if speakers else None
    outlet = cited
    if outlet is None and verb.lemma_.lower() == "tell":
        told = children_with(verb, frozenset({"dobj", "dative"}))
        if told and told[0].ent_type_ == "ORG":
            outlet = _phrase_text(told[0])
    why = f"reported by '{verb.text}'" + (f" with speaker '{speaker.text}'" if speaker is not None else "")
    return AttributionCue(speaker, outlet, why)
