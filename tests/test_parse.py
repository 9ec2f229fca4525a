"""Parsing helpers: the pipeline loader, O(1) sentence lookup and the document text built once."""

from __future__ import annotations

import pytest
import spacy

from tacitus.errors import ConfigError
from tacitus.parse import (
    build_nlp,
    document_text,
    entities_from,
    keep_hyphenated,
    keep_text,
    sentence_of,
    span_entities,
    tokens_with_pos,
    tokens_with_tag,
)
from tacitus.pipeline import Coder


def test_build_nlp_names_a_missing_pipeline() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        build_nlp("no_such_pipeline_xx")


def test_sentence_of_matches_spacy_for_every_token(coder: Coder) -> None:
    doc = coder.nlp("Police arrested ten protesters. Iran condemned Israel on Monday. Talks resumed.")
    assert [sentence_of(token).start for token in doc] == [token.sent.start for token in doc]
    assert [sentence_of(token).end for token in doc] == [token.sent.end for token in doc]


def test_document_text_is_the_text_and_is_kept(coder: Coder) -> None:
    doc = coder.nlp("Rebels attacked  an army base.\n\nThe army  responded.")
    assert document_text(doc) == doc.text
    assert document_text(doc) is document_text(doc)


_ENTITIES = ("President Joe Biden met Chancellor Olaf Scholz in Berlin on Friday. The European Union and NATO "
             "condemned Russia. Protests erupted in Kenya, Uganda and Tanzania last week.")


def test_span_entities_match_spacy_for_every_sentence_and_span(coder: Coder) -> None:
    doc = coder.nlp(_ENTITIES)
    for sent in doc.sents:
        assert span_entities(sent) == list(sent.ents)
    for start, end in ((0, len(doc)), (0, 3), (2, 9), (5, len(doc) - 4)):
        assert span_entities(doc[start:end]) == list(doc[start:end].ents)


def test_entities_from_gives_the_entities_starting_in_a_range(coder: Coder) -> None:
    doc = coder.nlp(_ENTITIES)
    for first, last in ((0, len(doc)), (0, -1), (3, 12), (10, 10)):
        assert entities_from(doc, first, last) == [e for e in doc.ents if first <= e.start <= last]


def test_tokens_with_pos_and_tag_match_the_tokens(coder: Coder) -> None:
    doc = coder.nlp("According to police, the army arrested ten protesters and detained their leader on Monday.")
    assert tokens_with_pos(doc, {"VERB", "PROPN"}) == [t.i for t in doc if t.pos_ in {"VERB", "PROPN"}]
    assert tokens_with_pos(doc, {"AUX"}, words={"according", "police"}) == [
        t.i for t in doc if t.pos_ == "AUX" or t.lower_ in {"according", "police"}]
    assert tokens_with_tag(doc, {"VBD", "VBN"}) == [t.i for t in doc if t.tag_ in {"VBD", "VBN"}]
    assert tokens_with_pos(doc, set()) == []


def test_keep_text_gives_document_text_the_parsed_text(coder: Coder) -> None:
    text = "Rebels attacked  an army base.\n\nThe army  responded. "
    doc = coder.nlp(text)
    keep_text(doc, text)
    assert document_text(doc) is text


def test_keep_text_ignores_a_text_of_another_length(coder: Coder) -> None:
    doc = coder.nlp("Rebels attacked an army base.")
    keep_text(doc, "Rebels attacked an army base. And more.")
    assert document_text(doc) == doc.text


def test_keep_hyphenated_lexicon_words_whole() -> None:
    nlp = spacy.blank("en")
    assert [t.text for t in nlp("a sit-in.")] == ["a", "sit", "-", "in", "."]
    keep_hyphenated(nlp, ["sit-in", "protest"])
    assert [t.text for t in nlp("Sit-ins and a sit-in.")] == ["Sit-ins", "and", "a", "sit-in", "."]
