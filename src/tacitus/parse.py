"""Build the spaCy pipeline that tacitus parses with."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable
from typing import Any

import numpy
import spacy
from spacy.attrs import LOWER, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from tacitus.errors import ConfigError


def build_nlp(model_name: str) -> Language:
    """Load the installed spaCy pipeline `model_name`; it must have a parser, a lemmatizer and NER."""
    try:
        nlp = spacy.load(model_name)
    except OSError as err:
        raise ConfigError(
            f"spaCy pipeline {model_name!r} is not installed; install it (pip install {model_name}) "
            "or set spacy_model / TACITUS_SPACY_MODEL to an installed one"
        ) from err
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ConfigError(f"spaCy pipeline {model_name!r} lacks {', '.join(sorted(missing))}")
    return nlp


def keep_hyphenated(nlp: Language, words: Iterable[str]) -> None:
    """Make the tokenizer keep hyphenated lexicon words whole ("sit-in", "walk-out"), which it would split in three
    tokens that no lexicon entry matches."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for word in words:
        if "-" not in word:
            continue
        for base in _inflections(word):
            for form in {base, base.capitalize(), base.upper()}:
                tokenizer.add_special_case(form, [{ORTH: form}])


def _inflections(word: str) -> set[str]:
    """The word with its plural or third person, and, for a verb like "lathi-charge", its past and gerund."""
    stem = word[:-1] if word.endswith("e") else word
    return {word, word + "s", stem + "ed", stem + "ing"}


SENT_BOUNDS_KEY = "tacitus_sentence_of"
TEXT_KEY = "tacitus_text"


def document_text(doc: Doc) -> str:
    """The document's text, built once (spaCy's `doc.text` joins every token again on each access)."""
    text = doc.user_data.get(TEXT_KEY)
    if not isinstance(text, str):
        text = doc.text
        doc.user_data[TEXT_KEY] = text
    return text


def keep_text(doc: Doc, text: str) -> None:
    """Give `document_text` the text `doc` was parsed from, sparing it the join over every token: spaCy's tokenizer
    keeps every character, so it is `doc.text` (a text of another length is not taken)."""
    if len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[TEXT_KEY] = text


def sentence_of(token: Token) -> Span:
    """The sentence of `token`, in O(1) after one pass over the document.

    spaCy's `token.sent` checks the whole document's annotation on every call, which is quadratic when
    every event, quote and place asks; the per-token sentence starts are kept in `doc.user_data` (plain ints).
    """
    doc = token.doc
    bounds = doc.user_data.get(SENT_BOUNDS_KEY)
    if bounds is None:
        starts: list[int] = []
        ends: list[int] = []
        sents = doc.sents if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else [doc[:]]
        for sent in sents:
            starts.extend([sent.start] * len(sent))
            ends.extend([sent.end] * len(sent))
        bounds = (starts, ends)
        doc.user_data[SENT_BOUNDS_KEY] = bounds
    starts, ends = bounds
    return doc[starts[token.i] : ends[token.i]]


def tokens_with_pos(doc: Doc, pos: Collection[str], *, words: Collection[str] = ()) -> list[int]:
    """Indices of the tokens whose coarse tag (`token.pos_`) is in `pos`, or whose `lower_` is one of `words`, in
    order, read off the document's arrays: a walk that skips every other token need not build a Token for each
    (spaCy makes a new one on every access)."""
    wanted = _ids([IDS[name] for name in pos])
    if not words:
        return _where(numpy.isin(doc.to_array(POS), wanted))
    rows = doc.to_array([POS, LOWER]).reshape(-1, 2)
    lowers = _ids([doc.vocab.strings[word] for word in words])
    return _where(numpy.isin(rows[:, 0], wanted) | numpy.isin(rows[:, 1], lowers))


def tokens_with_tag(doc: Doc, tags: Collection[str]) -> list[int]:
    """Indices of the tokens whose fine-grained tag (`token.tag_`) is in `tags`, in order (as `tokens_with_pos`)."""
    return _where(numpy.isin(doc.to_array(TAG), _ids([doc.vocab.strings[name] for name in tags])))


def _ids(values: list[int]) -> numpy.ndarray[Any, numpy.dtype[numpy.uint64]]:
    return numpy.array(values, dtype=numpy.uint64)  # attribute ids and string hashes are unsigned 64-bit


def _where(mask: numpy.ndarray[Any, numpy.dtype[numpy.bool_]]) -> list[int]:
    indices: list[int] = numpy.flatnonzero(mask).tolist()
    return indices


ENTS_KEY = "tacitus_entities"
_EntityBounds = tuple[list[int], list[tuple[int, int, int, int, int]]]


def _entity_bounds(doc: Doc) -> _EntityBounds:
    """The entities' starts and (start, end, label, kb_id, id), read once: `doc.ents` scans every token and builds
    a Span per entity on each access, and `span.ents` reads all of `doc.ents` again. Kept in `doc.user_data`."""
    bounds = doc.user_data.get(ENTS_KEY)
    if bounds is None:
        rows = [(ent.start, ent.end, ent.label, ent.kb_id, ent.id) for ent in doc.ents]
        bounds = ([row[0] for row in rows], rows)
        doc.user_data[ENTS_KEY] = bounds
    return bounds


def _entity(doc: Doc, row: tuple[int, int, int, int, int]) -> Span:
    start, end, label, kb_id, span_id = row
    return Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)


def span_entities(span: Span) -> list[Span]:
    """`span.ents` (the entities wholly inside `span`, in order), without reading every entity of the document."""
    starts, rows = _entity_bounds(span.doc)
    out: list[Span] = []
    for row in rows[bisect_left(starts, span.start):]:
        if row[1] > span.end:
            break
        out.append(_entity(span.doc, row))
    return out


def entities_from(doc: Doc, first: int, last: int) -> list[Span]:
    """The document's entities that start at token `first` up to `last` (both inclusive), in order."""
    starts, rows = _entity_bounds(doc)
    return [_entity(doc, row) for row in rows[bisect_left(starts, first):bisect_right(starts, last)]]
