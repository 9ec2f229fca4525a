"""Reported (indirect) speech from the parse: "X said (that) ...", "..., X said", "according to X, ...",
"X told CNN ...", "X accused Y of ..."."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tacitus.coding.attribution import cited_source
from tacitus.coding.lexicon import Lexicon
from tacitus.parse import sentence_of
from tacitus.quotes.speakers import subject_of

VERBAL_QUAD_CLASSES = frozenset({1, 3})  # verbal cooperation and verbal conflict: "agreed that", "warned that"
_CONTENT_DEPS = frozenset({"ccomp"})
_CUE_CLAUSE_DEPS = frozenset({"parataxis", "ccomp", "advcl"})
_EDGE_PUNCT = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "'", '"', "“", "”", "‘", "’"})
MIN_CONTENT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Reported:
    """One reported clause: its tokens (end exclusive), the cue, the speaker head and any cited outlet."""

    start: int
    end: int
    cue: Span
    speaker: Token | None
    according_to: str | None = None


def is_cue(token: Token, lexicon: Lexicon) -> bool:
    """A verb of speech: listed as reporting, or a verb whose every coded sense is a verbal event."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma in lexicon.reporting:
        return token.pos_ == "VERB"
    entries = lexicon.verb_entries(lemma)
    return token.pos_ == "VERB" and bool(entries) and all(
        entry.code in lexicon.ontology and lexicon.ontology[entry.code].quad_class in VERBAL_QUAD_CLASSES
        for entry in entries
    )


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].text in _EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space or
                           (doc[end - 1].is_punct and doc[end - 1].text not in {".", "!", "?"})):
        end -= 1
    while end > start and doc[end - 1].text in {".", "!", "?"}:
        end -= 1
    return start, end


def _clause_end(clause: Token, verb: Token) -> int:
    """The sentence end after a clause, but never across a quotation mark outside it."""
    for token in verb.doc[clause.right_edge.i + 1 : sentence_of(verb).end]:
        if token.is_quote:
            return token.i
    return sentence_of(verb).end


def _paragraph_end(doc: Doc, start: int, end: int) -> int:
    """A reported clause stops at a line break (the parse can run a sentence over a heading)."""
    for token in doc[start:end]:
        if "\n" in token.text or "\n" in token.whitespace_:
            return token.i + (0 if "\n" in token.text else 1)
    return end


def _words(doc: Doc, start: int, end: int) -> int:
    return sum(1 for t in doc[start:end] if not t.is_punct and not t.is_space)


def _from_verb(verb: Token, lexicon: Lexicon) -> Reported | None:
    """ "X said (that) ..." and "..., X said": the clause the cue governs or hangs from."""
    doc = verb.doc
    cue = doc[verb.i : verb.i + 1]
    speaker = subject_of(verb)
    for child in verb.children:
        if child.dep_ in _CONTENT_DEPS:
            # "X said that A and B": a clause after the cue runs to the end of the sentence
            end = _clause_end(child, verb) if child.i > verb.i else child.right_edge.i + 1
            return Reported(child.left_edge.i, max(end, child.right_edge.i + 1), cue, speaker)
        if child.dep_ == "prep" and child.lower_ == "of" and verb.lemma_.lower() == "accuse":
            for pcomp in child.children:
                if pcomp.dep_ in {"pcomp", "pobj"}:
                    return Reported(pcomp.left_edge.i, pcomp.right_edge.i + 1, cue, speaker)
    head = verb.head
    if (verb.dep_ in _CUE_CLAUSE_DEPS and head.i < verb.i and speaker is not None
            and speaker.i > head.i and verb.lemma_.lower() in lexicon.reporting):
        # "Talks will resume, the minister said": the content is the sentence before the cue clause
        sent = sentence_of(verb)
        return Reported(max(head.left_edge.i, sent.start), verb.left_edge.i, cue, speaker)
    return None


def _from_according(token: Token) -> Reported | None:
    """ "according to X, ..." / "..., according to X": the clause it modifies, minus the phrase."""
    objects = [obj for prep in token.children if prep.lower_ == "to" for obj in prep.children if obj.dep_ == "pobj"]
    if not objects:
        return None
    source = objects[0]
    doc = token.doc
    clause = token.head
    while clause.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"} and clause.head is not clause:
        clause = clause.head
    sent = sentence_of(token)
    start, end = max(clause.left_edge.i, sent.start), min(clause.right_edge.i + 1, sent.end)
    phrase_start, phrase_end = token.i, source.right_edge.i + 1
    if phrase_start <= start + 1:
        start = phrase_end
    elif phrase_end >= end - 2:
        end = phrase_start
    cue = doc[token.i : min(token.i + 2, len(doc))]
    return Reported(start, end, cue, source, cited_source(source))


def reported_clauses(doc: Doc, lexicon: Lexicon) -> list[Reported]:
    """Every reported clause of `doc` with at least a few words, trimmed of edge punctuation."""
    found: list[Reported] = []
    for token in doc:
        if token.lower_ == "according":
            reported = _from_according(token)
        elif is_cue(token, lexicon):
            reported = _from_verb(token, lexicon)
        else:
            continue
        if reported is None:
            continue
        start, end = _trimmed(doc, reported.start, _paragraph_end(doc, reported.start, reported.end))
        if _words(doc, start, end) < MIN_CONTENT_WORDS:
            continue
        found.append(Reported(start, end, reported.cue, reported.speaker, reported.according_to))
    return found
